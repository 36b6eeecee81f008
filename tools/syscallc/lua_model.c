/*
 * lua_model.c — building the read-only Lua view of the model.
 *
 * A frozen table is an empty proxy whose metatable is the data table itself
 * (with __index pointing back at it): one extra table per object instead of
 * two, and field reads stay on Lua's fast path.  Syscall data tables have a
 * shared metatable of their own whose __index computes the derived fields
 * and rejects misspelt names.
 */
#include "lua_model.h"

#include <lauxlib.h>
#include <string.h>

#include "check_tables.h"
#include "conf.h"
#include "lua_fields.h"
#include "lua_syscall.h"

/* Registry keys: addresses of these statics. */
static const char key_newindex, key_len, key_pairs, key_flags_cache,
    key_arg_cache, key_root, key_model, key_entry_meta;

static int
ro_newindex(lua_State *L)
{
	const char *k = lua_tostring(L, 2);

	return luaL_error(L, "the model is read-only (assignment to '%s')",
	    k != NULL ? k : luaL_typename(L, 2));
}

static int
ro_len(lua_State *L)
{
	lua_Unsigned n = 0;

	if (lua_getmetatable(L, 1)) {
		n = lua_rawlen(L, -1);
		lua_pop(L, 1);
	}
	lua_pushinteger(L, (lua_Integer)n);
	return 1;
}

/* next() over the data table, skipping internal keys ("_..."). */
static int
ro_next(lua_State *L)
{
	lua_settop(L, 2);
	if (!lua_getmetatable(L, 1))
		return 0;
	lua_pushvalue(L, 2);
	while (lua_next(L, 3)) {
		if (lua_type(L, -2) == LUA_TSTRING &&
		    lua_tostring(L, -2)[0] == '_') {
			lua_pop(L, 1);
			continue;
		}
		return 2;
	}
	return 0;
}

static int
ro_pairs(lua_State *L)
{
	lua_pushcfunction(L, ro_next);
	lua_pushvalue(L, 1);
	lua_pushnil(L);
	return 3;
}

static void
push_reg_fn(lua_State *L, const void *key, lua_CFunction fn)
{
	if (lua_rawgetp(L, LUA_REGISTRYINDEX, key) == LUA_TNIL) {
		lua_pop(L, 1);
		lua_pushcfunction(L, fn);
		lua_pushvalue(L, -1);
		lua_rawsetp(L, LUA_REGISTRYINDEX, key);
	}
}

void
lua_model_freeze(lua_State *L)
{
	int t = lua_gettop(L);

	lua_pushvalue(L, t);
	lua_setfield(L, t, "__index");
	push_reg_fn(L, &key_newindex, ro_newindex);
	lua_setfield(L, t, "__newindex");
	push_reg_fn(L, &key_len, ro_len);
	lua_setfield(L, t, "__len");
	push_reg_fn(L, &key_pairs, ro_pairs);
	lua_setfield(L, t, "__pairs");
	lua_pushboolean(L, 0);
	lua_setfield(L, t, "__metatable");
	lua_createtable(L, 0, 0);
	lua_pushvalue(L, t);
	lua_setmetatable(L, -2);
	lua_replace(L, t);
}

static void
set_pos(lua_State *L, const struct srcpos *p)
{
	lf_set_int(L, "line", p->first_line);
	lf_set_int(L, "column", p->first_column);
	lf_set_int(L, "end_line", p->last_line);
	lf_set_int(L, "end_column", p->last_column);
}

/* A frozen list of strings. */
static void
push_string_list(lua_State *L, const char *const *v, size_t n)
{
	size_t i;

	lua_createtable(L, (int)n, 5);
	for (i = 0; i < n; i++) {
		lua_pushstring(L, v[i]);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_model_freeze(L);
}

/* Raw field read of the table at idx (no metamethods). */
static int
raw_field(lua_State *L, int idx, const char *k)
{
	idx = lua_absindex(L, idx);
	lua_pushstring(L, k);
	return lua_rawget(L, idx);
}

/*
 * Look `key` (at the top of the stack) up in the registry cache `ck`:
 * on a hit, leaves the cached value in place of the key and returns 1;
 * on a miss leaves the key and returns 0 (then call cache_store()).
 */
static int
cache_lookup(lua_State *L, const void *ck)
{
	lua_rawgetp(L, LUA_REGISTRYINDEX, ck);
	lua_pushvalue(L, -2);
	if (lua_rawget(L, -2) != LUA_TNIL) {
		lua_replace(L, -3);
		lua_pop(L, 1);
		return 1;
	}
	lua_pop(L, 2);
	return 0;
}

/* Stack: key value -> value, with cache[key] = value. */
static void
cache_store(lua_State *L, const void *ck)
{
	lua_rawgetp(L, LUA_REGISTRYINDEX, ck);
	lua_pushvalue(L, -3);
	lua_pushvalue(L, -3);
	lua_rawset(L, -3);
	lua_pop(L, 1);
	lua_remove(L, -2);
}

/* The flag set {STD = true, ...}; one shared table per combination. */
static void
push_flags(lua_State *L, unsigned flags, int compat)
{
	unsigned i;

	lua_pushinteger(L, (lua_Integer)flags | ((lua_Integer)compat << 20));
	if (cache_lookup(L, &key_flags_cache))
		return;
	lua_createtable(L, 0, 8);
	for (i = 0; i < F__COUNT; i++)
		if (flags & (1u << i))
			lf_set_bool(L, model_flag_name(i), 1);
	if (compat > 0 && !(compat == 3 && (flags & F_COMPAT))) {
		lua_pushfstring(L, "COMPAT%d", compat);
		lua_pushboolean(L, 1);
		lua_rawset(L, -3);
	}
	lua_model_freeze(L);
	cache_store(L, &key_flags_cache);
}

/* helpers.arg(type, name, part, pad): a frozen argument, shared when
 * equal. */
static int
helper_arg(lua_State *L)
{
	lua_settop(L, 4);
	lua_pushfstring(L, "%s\n%s\n%d%s", lua_tostring(L, 1),
	    lua_tostring(L, 2), (int)lua_tointeger(L, 3),
	    lua_toboolean(L, 4) ? "p" : "");
	if (cache_lookup(L, &key_arg_cache))
		return 1;
	lua_createtable(L, 0, 8);
	lua_pushvalue(L, 1);
	lua_setfield(L, -2, "type");
	lua_pushvalue(L, 2);
	lua_setfield(L, -2, "name");
	if (lua_toboolean(L, 4))
		lf_set_bool(L, "pad", 1);
	if (lua_tointeger(L, 3) > 0)
		lf_set_int(L, "part", lua_tointeger(L, 3));
	lua_model_freeze(L);
	cache_store(L, &key_arg_cache);
	return 1;
}

static int
helper_flags(lua_State *L)
{
	push_flags(L, (unsigned)lua_tointeger(L, 1), (int)lua_tointeger(L, 2));
	return 1;
}

static void push_entries(lua_State *L, struct model *m);

static int
helper_entry(lua_State *L)
{
	struct model *m = lua_touserdata(L, lua_upvalueindex(1));

	push_entries(L, m);
	lua_geti(L, -1, lua_tointeger(L, 1));
	return 1;
}

static void
push_helpers(lua_State *L, struct model *m)
{
	lua_createtable(L, 0, 4);
	push_reg_fn(L, &key_newindex, ro_newindex);
	lua_setfield(L, -2, "readonly");
	lua_pushcfunction(L, helper_flags);
	lua_setfield(L, -2, "flags");
	lua_pushcfunction(L, helper_arg);
	lua_setfield(L, -2, "arg");
	lua_pushlightuserdata(L, m);
	lua_pushcclosure(L, helper_entry, 1);
	lua_setfield(L, -2, "entry");
}

static const char *
form_name(enum entry_form f)
{
	switch (f) {
	case FORM_ONE_LINE:
		return "one-line";
	case FORM_MULTI_LINE:
		return "multi-line";
	case FORM_OLD:
		return "old";
	}
	return "?";
}

static void
push_entry(lua_State *L, struct model *m, size_t i)
{
	const struct entry *e = &m->entries[i];
	size_t k;

	lua_createtable(L, 0, 32);
	lf_set_int(L, "index", (lua_Integer)i + 1);
	lf_set_str(L, "number", e->number);
	lf_set_int(L, "first", e->first);
	lf_set_int(L, "last", e->last);
	lf_set_bool(L, "is_range", e->is_range);
	lf_set_str(L, "audit", e->audit);
	lf_set_str(L, "type", e->type_word);
	push_flags(L, e->flags, e->compat);
	lua_setfield(L, -2, "flags");
	if (e->compat > 0)
		lf_set_int(L, "compat", e->compat);
	lf_set_str(L, "name", e->name);
	lf_set_str(L, "form", form_name(e->form));
	lua_pushlstring(L, e->text, e->text_len);
	lua_setfield(L, -2, "text");
	lf_set_str(L, "file", m->master->name);
	set_pos(L, &e->pos);
	lf_set_str(L, "prolog", e->prolog);
	lf_set_str(L, "ret", e->ret);
	lf_set_str(L, "func_text", e->func_text);
	lf_set_str(L, "altname", e->altname);
	lf_set_str(L, "alttag", e->alttag);
	lf_set_str(L, "altrtype", e->altrtype);
	lf_set_bool(L, "broken", e->broken);
	lf_set_int(L, "item", (lua_Integer)e->item + 1);
	lua_createtable(L, (int)e->nargs, 5);
	for (k = 0; k < e->nargs; k++) {
		const struct arg *a = &e->args[k];

		lua_createtable(L, 0, 16);
		lf_set_str(L, "type", a->type);
		lf_set_str(L, "name", a->name);
		lua_pushlstring(L, a->text, a->text_len);
		lua_setfield(L, -2, "text");
		lf_set_str(L, "annotations", a->annotations);
		lf_set_bool(L, "dropped", a->dropped);
		lf_set_bool(L, "abi_change", a->abi_change);
		set_pos(L, &a->pos);
		lua_model_freeze(L);
		lua_rawseti(L, -2, (lua_Integer)k + 1);
	}
	lua_model_freeze(L);
	lua_setfield(L, -2, "args");
	/* its syscalls, the same tables as model.syscalls */
	lua_createtable(L, (int)e->nsyscalls, 5);
	lua_rawgetp(L, LUA_REGISTRYINDEX, &key_root);
	raw_field(L, -1, "syscalls");
	for (k = 0; k < e->nsyscalls; k++) {
		lua_geti(L, -1, (lua_Integer)(e->first_syscall + k) + 1);
		lua_rawseti(L, -4, (lua_Integer)k + 1);
	}
	lua_pop(L, 2);
	lua_model_freeze(L);
	lua_setfield(L, -2, "syscalls");
	lua_rawgetp(L, LUA_REGISTRYINDEX, &key_entry_meta);
	lua_setmetatable(L, -2);
	lua_model_freeze(L);
}

/* Entries: optional fields read as nil, misspelt names are errors. */
static int
entry_index(lua_State *L)
{
	static const char *const optional[] = {
		"compat", "ret", "func_text", "altname", "alttag", "altrtype",
		NULL,
	};
	const char *k = lua_tostring(L, 2);
	size_t i;

	for (i = 0; k != NULL && optional[i] != NULL; i++)
		if (strcmp(k, optional[i]) == 0)
			return 0;
	return luaL_error(L, "an entry has no field '%s' "
	    "(docs/syscallc-model.md)", k != NULL ? k : "?");
}

/* model.entries, built on first use and kept. */
static void
push_entries(lua_State *L, struct model *m)
{
	size_t i;

	lua_rawgetp(L, LUA_REGISTRYINDEX, &key_root);
	if (raw_field(L, -1, "_entries") != LUA_TNIL) {
		lua_remove(L, -2);
		return;
	}
	lua_pop(L, 1);
	lua_createtable(L, (int)m->nentries, 5);
	for (i = 0; i < m->nentries; i++) {
		push_entry(L, m, i);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_model_freeze(L);
	lua_pushliteral(L, "_entries");
	lua_pushvalue(L, -2);
	lua_rawset(L, -4);
	lua_remove(L, -2);
}

static const char *
item_kind_name(enum item_kind k)
{
	static const char *const names[] = {
		"entry", "include", "abi_headers", "cpp", "comment", "blank",
	};

	return names[k];
}

static const char *
cpp_kind_name(enum cpp_kind k)
{
	static const char *const names[] = {
		NULL, "if", "elif", "else", "endif", "define", "include",
		"other",
	};

	return names[k];
}

static void
push_items(lua_State *L, struct model *m)
{
	size_t i;

	lua_rawgetp(L, LUA_REGISTRYINDEX, &key_root);
	if (raw_field(L, -1, "_items") != LUA_TNIL) {
		lua_remove(L, -2);
		return;
	}
	lua_pop(L, 1);
	push_entries(L, m);
	lua_createtable(L, (int)m->nitems, 5);
	for (i = 0; i < m->nitems; i++) {
		const struct item *it = &m->items[i];

		lua_createtable(L, 0, 16);
		lf_set_int(L, "index", (lua_Integer)i + 1);
		lf_set_str(L, "kind", item_kind_name(it->kind));
		lua_pushlstring(L, it->text, it->text_len);
		lua_setfield(L, -2, "text");
		set_pos(L, &it->pos);
		lf_set_str(L, "cpp", cpp_kind_name(it->cpp));
		if (it->kind == ITEM_COMMENT)
			lf_set_bool(L, "in_entry", it->in_entry);
		if (it->kind == ITEM_ENTRY) {
			lua_geti(L, -3, (lua_Integer)it->entry + 1);
			lua_setfield(L, -2, "entry");
		}
		lua_model_freeze(L);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_model_freeze(L);
	lua_remove(L, -2);
	lua_pushliteral(L, "_items");
	lua_pushvalue(L, -2);
	lua_rawset(L, -4);
	lua_remove(L, -2);
}

/* Lazy fields of the model root. */
static int
root_derived(lua_State *L)
{
	struct model *m = lua_touserdata(L, lua_upvalueindex(1));
	const char *k = luaL_checkstring(L, 2);

	if (strcmp(k, "entries") == 0)
		push_entries(L, m);
	else if (strcmp(k, "items") == 0)
		push_items(L, m);
	else
		return luaL_error(L, "the model has no field '%s' "
		    "(docs/syscallc-model.md)", k);
	return 1;
}

static void
push_config(lua_State *L, struct model *m,
    void (*config_defaults)(void *arg, lua_State *L), void *arg)
{
	const struct conf *c = m->conf;
	static const char *const sets[] = {
		"obsol", "unimpl", "syscall_abi_change",
		"syscall_no_abi_change",
	};
	size_t i;

	lua_createtable(L, 0, 64);
	/* semantic keys with FreeBSD's defaults */
	for (i = 0;; i++) {
		static const char *const keys[] = {
			"syscallprefix", "abi_flags", "abi_func_prefix",
			"abi_type_suffix", "abi_long", "abi_u_long",
			"abi_semid_t", "abi_size_t", "abi_ptr_array_t",
			"abi_headers", "abi_intptr_t", "obsol", "unimpl",
			"syscall_abi_change", "syscall_no_abi_change",
			"compat_set", "mincompat", NULL,
		};

		if (keys[i] == NULL)
			break;
		lf_set_str(L, keys[i], conf_default(keys[i]));
	}
	if (config_defaults != NULL)
		config_defaults(arg, L);
	for (i = 0; i < c->nkv; i++)
		lf_set_str(L, c->kv[i].key, c->kv[i].value);
	lua_model_freeze(L);
	lua_setfield(L, -2, "config");

	/* parsed forms */
	lua_createtable(L, 0, 8);
	if (conf_find(c, "abi_flags") != NULL) {
		const char *s = conf_find(c, "abi_flags")->value, *p;

		for (; *s; s = p) {
			while (*s == '|')
				s++;
			for (p = s; *p && *p != '|'; p++)
				;
			if (p > s) {
				lua_pushlstring(L, s, (size_t)(p - s));
				lua_pushboolean(L, 1);
				lua_rawset(L, -3);
			}
		}
	}
	lua_model_freeze(L);
	lua_setfield(L, -2, "abi_flags");

	lua_createtable(L, 0, 4);
	for (i = 0; i < 4; i++) {
		const struct name_set *ns = i == 0 ? &c->obsol :
		    i == 1 ? &c->unimpl : i == 2 ? &c->abi_change :
		    &c->no_abi_change;
		size_t k;

		lua_createtable(L, 0, (int)ns->n);
		for (k = 0; k < ns->n; k++)
			lf_set_bool(L, ns->names[k], 1);
		lua_model_freeze(L);
		lua_setfield(L, -2, sets[i]);
	}
	lua_model_freeze(L);
	lua_setfield(L, -2, "config_sets");

	lua_createtable(L, (int)c->ncompat, 5);
	for (i = 0; i < c->ncompat; i++) {
		const struct compat_option *o = &c->compat[i];

		lua_createtable(L, 0, 10);
		lf_set_str(L, "definition", o->definition);
		lf_set_int(L, "level", o->level);
		lf_set_str(L, "flag", o->flag);
		lf_set_str(L, "prefix", o->prefix);
		lf_set_str(L, "descr", o->descr);
		lua_model_freeze(L);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_model_freeze(L);
	lua_setfield(L, -2, "compat_options");
}

void
lua_push_model(lua_State *L, struct model *m, const char *master_path,
    const char *conf_path, void (*config_defaults)(void *arg, lua_State *L),
    void *arg)
{
	lua_pushlightuserdata(L, m);
	lua_rawsetp(L, LUA_REGISTRYINDEX, &key_model);
	lua_newtable(L);
	lua_rawsetp(L, LUA_REGISTRYINDEX, &key_flags_cache);
	lua_newtable(L);
	lua_rawsetp(L, LUA_REGISTRYINDEX, &key_arg_cache);

	/* shared metatable of entries: strict field names */
	lua_createtable(L, 0, 1);
	lua_pushcfunction(L, entry_index);
	lua_setfield(L, -2, "__index");
	lua_rawsetp(L, LUA_REGISTRYINDEX, &key_entry_meta);

	lua_createtable(L, 0, 32);	/* root data table */
	lua_pushvalue(L, -1);
	lua_rawsetp(L, LUA_REGISTRYINDEX, &key_root);

	push_helpers(L, m);
	lua_push_syscalls(L, m, -1);
	lua_model_freeze(L);
	lua_setfield(L, -3, "syscalls");
	lua_pop(L, 1);

	lf_set_str(L, "includes", m->includes);
	lf_set_str(L, "prolog", m->prolog);
	lf_set_str(L, "epilog", m->epilog);
	lf_set_int(L, "max_num", m->max_num);
	push_string_list(L, m->structs, m->nstructs);
	lua_setfield(L, -2, "structs");
	push_config(L, m, config_defaults, arg);

	lua_createtable(L, 0, 2);
	lf_set_str(L, "master", master_path);
	lf_set_str(L, "conf", conf_path);
	lua_model_freeze(L);
	lua_setfield(L, -2, "files");

	lua_createtable(L, 0, 1);
	lua_pushlightuserdata(L, m);
	lua_pushcclosure(L, root_derived, 1);
	lua_setfield(L, -2, "__index");
	lua_setmetatable(L, -2);
	lua_model_freeze(L);
}

bool
lua_model_position(lua_State *L, int idx, struct model *m,
    struct srcpos *pos)
{
	int top = lua_gettop(L), meta;
	bool ok = false;

	idx = lua_absindex(L, idx);
	{
		size_t si;

		if (lua_syscall_index(L, idx, &si)) {
			*pos = m->entries[m->syscalls[si].entry].pos;
			return true;
		}
	}
	if (!lua_istable(L, idx) || !lua_getmetatable(L, idx))
		return false;
	meta = lua_gettop(L);
	if (raw_field(L, meta, "_i") == LUA_TNUMBER) {
		lua_Integer i = lua_tointeger(L, -1);

		if (i >= 0 && (size_t)i < m->nsyscalls) {
			*pos = m->entries[m->syscalls[i].entry].pos;
			ok = true;
		}
	} else if (raw_field(L, meta, "line") == LUA_TNUMBER) {
		pos->file = m->master;
		pos->first_line = (int)lua_tointeger(L, -1);
		raw_field(L, meta, "column");
		pos->first_column = (int)lua_tointeger(L, -1);
		raw_field(L, meta, "end_line");
		pos->last_line = (int)lua_tointeger(L, -1);
		raw_field(L, meta, "end_column");
		pos->last_column = (int)lua_tointeger(L, -1);
		ok = pos->first_line > 0;
	}
	lua_settop(L, top);
	return ok;
}
