/*
 * lua_syscall.c — model.syscalls as templates see it: each syscall is a
 * small userdata (its index) whose fields are read from the C model on
 * access.
 *
 * Why not tables: a table per syscall with twenty fields costs about 1 KB
 * and microseconds to build; a 100,000-entry master would spend 100 MB and
 * half a second before any template ran.  A userdata costs 48 bytes, is
 * read-only by construction, and a field read is one C call that finds the
 * field by the address of the interned key string (no strcmp).  Strings that
 * are unique per syscall and read often (name, arg_alias, symbol) are kept
 * in Lua arrays after their first use.
 */
#include "lua_syscall.h"

#include <lauxlib.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "model.h"

enum field {
	SF_NONE = -1,
	SF_NUM, SF_NAME, SF_ALIAS, SF_AUDIT, SF_FLAGS, SF_COMPAT, SF_NATIVE,
	SF_COMPAT_PREFIX, SF_SYMBOL, SF_RET, SF_RETTYPE, SF_ARG_ALIAS, SF_ARGS,
	SF_ARGS_SIZE, SF_ARGSTR_TYPE, SF_ARGSTR_TYPE_VAR, SF_ARGSTR_VAR, SF_CAP,
	SF_THR, SF_PROLOG, SF_PREFIX, SF_CHANGES_ABI, SF_NOPROTO, SF_ALTNAME,
	SF_ALTTAG, SF_ENTRY, SF_FILE, SF_LINE, SF_COLUMN, SF_INDEX,
	SF_HANDLER,
	SF__COUNT
};

/* Field names, in enum order (also the order pairs() visits them). */
static const char *const field_names[SF__COUNT] = {
	"num", "name", "alias", "audit", "flags", "compat", "native",
	"compat_prefix", "symbol", "ret", "rettype", "arg_alias", "args",
	"args_size", "argstr_type", "argstr_type_var", "argstr_var", "cap",
	"thr", "prolog", "prefix", "changes_abi", "noproto", "altname",
	"alttag", "entry", "file", "line", "column", "index", "handler",
};

/*
 * The syscall metatable holds this address as a key: out:emit() asks "is
 * this a syscall?" once per call, and a raw lookup by pointer is much
 * cheaper than reading and comparing __name.
 */
static const char syscall_marker;

#define KEYTAB	64	/* power of two, > 2 * SF__COUNT */

/* Per Lua state; a full userdata so Lua frees it. */
struct lsys {
	struct model	*m;
	const char	*key[KEYTAB];	/* interned key string addresses */
	signed char	 id[KEYTAB];
};

/* Upvalues of the metamethods. */
enum {
	UV_CTX = 1,	/* struct lsys */
	UV_NAMES,	/* name of syscall i at [i + 1], filled on use */
	UV_ALIASES,	/* arg_alias */
	UV_SYMBOLS,	/* symbol */
	UV_ARGLISTS,	/* the args list userdata */
	UV_ARGS,	/* type (light) -> { name (light) -> arg table } */
	UV_HELPERS,	/* table: flags(), entry(), freeze() from lua_model.c */
	UV_FLAGS,	/* flags|compat<<20 -> the shared flag set */
	UV_STRINGS,	/* constant strings, see enum cstr */
	UV_PTRSTR,	/* model string (light) -> the same Lua string */
	UV__COUNT = UV_PTRSTR
};

/*
 * Push a string the model interned (model_intern()): one Lua string per
 * address, looked up without hashing the text again.
 */
static void
push_interned(lua_State *L, const char *s)
{
	if (lua_rawgetp(L, lua_upvalueindex(UV_PTRSTR), s) != LUA_TNIL)
		return;
	lua_pop(L, 1);
	lua_pushstring(L, s);
	lua_pushvalue(L, -1);
	lua_rawsetp(L, lua_upvalueindex(UV_PTRSTR), s);
}

/*
 * Strings pushed for most syscalls are kept once in a Lua array, so a field
 * read does not hash and intern them again.
 */
enum cstr {
	CS_EMPTY = 1, CS_ZERO, CS_CAPENABLED, CS_THR_STATIC, CS_THR_ABSENT,
	CS__COUNT = CS_THR_ABSENT
};

static const char *const cstr_text[CS__COUNT + 1] = {
	NULL, "", "0", "SYF_CAPENABLED", "SY_THR_STATIC", "SY_THR_ABSENT",
};

static void
push_cstr(lua_State *L, enum cstr c)
{
	lua_rawgeti(L, lua_upvalueindex(UV_STRINGS), c);
}

static unsigned
key_hash(const char *k)
{
	return (unsigned)(((uintptr_t)k >> 4) ^ ((uintptr_t)k >> 11)) &
	    (KEYTAB - 1);
}

static enum field
field_of(const struct lsys *X, const char *k)
{
	unsigned h = key_hash(k);

	while (X->key[h] != NULL) {
		if (X->key[h] == k)
			return (enum field)X->id[h];
		h = (h + 1) & (KEYTAB - 1);
	}
	return SF_NONE;
}

static struct lsys *
ctx(lua_State *L)
{
	return lua_touserdata(L, lua_upvalueindex(UV_CTX));
}

static uint32_t
index_of(lua_State *L, int idx)
{
	return *(uint32_t *)lua_touserdata(L, idx);
}

/* compatPrefix() into buf. */
static const char *
compat_prefix(char *buf, size_t len, const struct syscall *s)
{
	if (s->flags & F_OBSOL)
		return "obs_";
	if (s->flags & F_RESERVED)
		return "reserved #";
	if (s->flags & F_UNIMPL)
		return "unimp_";
	if (s->compat == 3)
		return "o";
	if (s->compat < COMPAT_NATIVE) {
		snprintf(buf, len, "freebsd%d_", s->compat);
		return buf;
	}
	return "";
}

/* processArgstrings(): "type, type", "type name, ...", "name, ...". */
static void
push_argstr(lua_State *L, const struct syscall *s, int which)
{
	luaL_Buffer b;
	size_t i;

	if (s->nargs == 0) {
		lua_pushstring(L, which == 2 ? "" : "void");
		return;
	}
	luaL_buffinit(L, &b);
	for (i = 0; i < s->nargs; i++) {
		if (i > 0)
			luaL_addstring(&b, ", ");
		if (which != 2)
			luaL_addstring(&b, s->args[i].type);
		if (which == 1)
			luaL_addchar(&b, ' ');
		if (which != 0)
			luaL_addstring(&b, s->args[i].name);
	}
	luaL_pushresult(&b);
}

/* A string kept in the Lua array at upvalue uv, computed by fn on first
 * use. */
static void
push_cached(lua_State *L, int uv, uint32_t i,
    void (*fn)(lua_State *L, const struct syscall *s),
    const struct syscall *s)
{
	if (lua_rawgeti(L, lua_upvalueindex(uv), (lua_Integer)i + 1) !=
	    LUA_TNIL)
		return;
	lua_pop(L, 1);
	fn(L, s);
	lua_pushvalue(L, -1);
	lua_rawseti(L, lua_upvalueindex(uv), (lua_Integer)i + 1);
}

static void
make_name(lua_State *L, const struct syscall *s)
{
	lua_pushstring(L, s->name);
}

static void
make_arg_alias(lua_State *L, const struct syscall *s)
{
	lua_pushstring(L, s->arg_alias);
}

static void
make_symbol(lua_State *L, const struct syscall *s)
{
	char buf[32];

	lua_pushfstring(L, "%s%s", compat_prefix(buf, sizeof(buf), s),
	    s->name);
}

/* A helper from lua_model.c: helpers[name](args...) with n args on the
 * stack, one result. */
static void
call_helper(lua_State *L, const char *name, int nargs)
{
	lua_getfield(L, lua_upvalueindex(UV_HELPERS), name);
	lua_insert(L, -1 - nargs);
	lua_call(L, nargs, 1);
}

static int
arglist_index(lua_State *L);
static int
arglist_len(lua_State *L);

static void
push_arglist(lua_State *L, uint32_t i)
{
	int k;

	if (lua_rawgeti(L, lua_upvalueindex(UV_ARGLISTS),
	    (lua_Integer)i + 1) != LUA_TNIL)
		return;
	lua_pop(L, 1);
	*(uint32_t *)lua_newuserdatauv(L, sizeof(uint32_t), 0) = i;
	/* its metatable: __index and __len share our upvalues */
	if (luaL_newmetatable(L, "syscallc.arglist")) {
		for (k = 1; k <= UV__COUNT; k++)
			lua_pushvalue(L, lua_upvalueindex(k));
		lua_pushcclosure(L, arglist_index, UV__COUNT);
		lua_setfield(L, -2, "__index");
		for (k = 1; k <= UV__COUNT; k++)
			lua_pushvalue(L, lua_upvalueindex(k));
		lua_pushcclosure(L, arglist_len, UV__COUNT);
		lua_setfield(L, -2, "__len");
		lua_getfield(L, lua_upvalueindex(UV_HELPERS), "readonly");
		lua_setfield(L, -2, "__newindex");
		lua_pushliteral(L, "syscallc.arglist");
		lua_setfield(L, -2, "__name");
	}
	lua_setmetatable(L, -2);
	lua_pushvalue(L, -1);
	lua_rawseti(L, lua_upvalueindex(UV_ARGLISTS), (lua_Integer)i + 1);
}

static int
arglist_len(lua_State *L)
{
	struct lsys *X = ctx(L);

	lua_pushinteger(L, (lua_Integer)X->m->syscalls[index_of(L, 1)].nargs);
	return 1;
}

/* args[k]: a frozen {type, name[, pad][, part]} table, shared between
 * equal arguments. */
static int
arglist_index(lua_State *L)
{
	struct lsys *X = ctx(L);
	const struct syscall *s = &X->m->syscalls[index_of(L, 1)];
	lua_Integer k;
	const struct scarg *a;

	if (!lua_isinteger(L, 2))
		return luaL_error(L, "an argument list is indexed by number");
	k = lua_tointeger(L, 2);
	if (k < 1 || (size_t)k > s->nargs)
		return 0;
	a = &s->args[k - 1];
	if (a->part != 0 || a->src == NULL) {
		/* halves of a 64-bit pair and the pad: rare, keyed by text */
		lua_pushstring(L, a->type);
		lua_pushstring(L, a->name);
		lua_pushinteger(L, a->part);
		lua_pushboolean(L, a->src == NULL);
		call_helper(L, "arg", 4);
		return 1;
	}
	/* type and name are interned: their addresses are the key */
	if (lua_rawgetp(L, lua_upvalueindex(UV_ARGS), a->type) == LUA_TNIL) {
		lua_pop(L, 1);
		lua_createtable(L, 0, 4);
		lua_pushvalue(L, -1);
		lua_rawsetp(L, lua_upvalueindex(UV_ARGS), a->type);
	}
	if (lua_rawgetp(L, -1, a->name) != LUA_TNIL)
		return 1;
	lua_pop(L, 1);
	push_interned(L, a->type);
	push_interned(L, a->name);
	lua_pushinteger(L, 0);
	lua_pushboolean(L, 0);
	call_helper(L, "arg", 4);
	lua_pushvalue(L, -1);
	lua_rawsetp(L, -3, a->name);
	return 1;
}

static int
push_field(lua_State *L, struct lsys *X, uint32_t i, enum field f)
{
	const struct syscall *s = &X->m->syscalls[i];
	const struct entry *e = &X->m->entries[s->entry];

	switch (f) {
	case SF_NUM:
		lua_pushinteger(L, s->num);
		break;
	case SF_NAME:
		push_cached(L, UV_NAMES, i, make_name, s);
		break;
	case SF_ALIAS:
		lua_pushstring(L, s->alias);
		break;
	case SF_AUDIT:
		push_interned(L, s->audit);
		break;
	case SF_FLAGS: {
		lua_Integer key = (lua_Integer)s->flags |
		    ((lua_Integer)e->compat << 20);

		if (lua_rawgeti(L, lua_upvalueindex(UV_FLAGS), key) !=
		    LUA_TNIL)
			break;
		lua_pop(L, 1);
		lua_pushinteger(L, s->flags);
		lua_pushinteger(L, e->compat);
		call_helper(L, "flags", 2);
		lua_pushvalue(L, -1);
		lua_rawseti(L, lua_upvalueindex(UV_FLAGS), key);
		break;
	}
	case SF_COMPAT:
		lua_pushinteger(L, s->compat);
		break;
	case SF_NATIVE:
		lua_pushboolean(L, s->compat == COMPAT_NATIVE);
		break;
	case SF_COMPAT_PREFIX: {
		char buf[32];

		lua_pushstring(L, compat_prefix(buf, sizeof(buf), s));
		break;
	}
	case SF_SYMBOL:
		push_cached(L, UV_SYMBOLS, i, make_symbol, s);
		break;
	case SF_RET:
		if (s->ret == NULL)
			return 0;	/* one-line entries have no prototype */
		push_interned(L, s->ret);
		break;
	case SF_RETTYPE:
		if (s->rettype == NULL)
			return 0;
		lua_pushstring(L, s->rettype);
		break;
	case SF_ARG_ALIAS:
		push_cached(L, UV_ALIASES, i, make_arg_alias, s);
		break;
	case SF_ARGS:
		push_arglist(L, i);
		break;
	case SF_ARGS_SIZE:
		if (!(s->flags & F_SYSMUX) &&
		    (s->nargs != 0 || (s->flags & F_NODEF)))
			lua_pushfstring(L, "AS(%s)", s->arg_alias);
		else
			push_cstr(L, CS_ZERO);
		break;
	case SF_ARGSTR_TYPE:
		push_argstr(L, s, 0);
		break;
	case SF_ARGSTR_TYPE_VAR:
		push_argstr(L, s, 1);
		break;
	case SF_ARGSTR_VAR:
		push_argstr(L, s, 2);
		break;
	case SF_CAP:
		push_cstr(L, (s->flags & F_CAPENABLED) ? CS_CAPENABLED :
		    CS_ZERO);
		break;
	case SF_THR:
		push_cstr(L, (s->flags & F_NOTSTATIC) ? CS_THR_ABSENT :
		    CS_THR_STATIC);
		break;
	case SF_PROLOG:
		push_interned(L, e->prolog);
		break;
	case SF_PREFIX:
		lua_pushstring(L, s->prefix);
		break;
	case SF_CHANGES_ABI:
		lua_pushboolean(L, s->changes_abi);
		break;
	case SF_NOPROTO:
		lua_pushboolean(L, s->noproto);
		break;
	case SF_ALTNAME:
		if (e->altname == NULL || e->form == FORM_OLD)
			return 0;
		lua_pushstring(L, e->altname);
		break;
	case SF_ALTTAG:
		if (e->alttag == NULL || e->form == FORM_OLD)
			return 0;
		lua_pushstring(L, e->alttag);
		break;
	case SF_ENTRY:
		lua_pushinteger(L, (lua_Integer)s->entry + 1);
		call_helper(L, "entry", 1);
		break;
	case SF_FILE:
		lua_pushstring(L, X->m->master->name);
		break;
	case SF_LINE:
		lua_pushinteger(L, e->pos.first_line);
		break;
	case SF_COLUMN:
		lua_pushinteger(L, e->pos.first_column);
		break;
	case SF_INDEX:
		lua_pushinteger(L, (lua_Integer)i + 1);
		break;
	case SF_HANDLER:
		lua_pushstring(L, s->handler);
		break;
	default:
		return -1;
	}
	return 1;
}

static int
sys_index(lua_State *L)
{
	struct lsys *X = ctx(L);
	enum field f = lua_type(L, 2) == LUA_TSTRING ?
	    field_of(X, lua_tostring(L, 2)) : SF_NONE;
	int r;

	if (f == SF_NONE || (r = push_field(L, X, index_of(L, 1), f)) < 0)
		return luaL_error(L, "a syscall has no field '%s' "
		    "(docs/syscallc-model.md)", luaL_tolstring(L, 2, NULL));
	return r;
}

/* pairs(s): every field that has a value, in documentation order. */
static int
sys_next(lua_State *L)
{
	struct lsys *X = ctx(L);
	uint32_t i = index_of(L, 1);
	int f = 0, r;

	if (!lua_isnil(L, 2)) {
		f = field_of(X, lua_tostring(L, 2));
		f = f < 0 ? SF__COUNT : f + 1;
	}
	for (; f < SF__COUNT; f++) {
		if (f == SF_ENTRY)
			continue;	/* a back reference: not a value */
		lua_pushstring(L, field_names[f]);
		r = push_field(L, X, i, (enum field)f);
		if (r > 0)
			return 2;
		lua_pop(L, 1);
	}
	return 0;
}

static int
sys_pairs(lua_State *L)
{
	int k;

	for (k = 1; k <= UV__COUNT; k++)
		lua_pushvalue(L, lua_upvalueindex(k));
	lua_pushcclosure(L, sys_next, UV__COUNT);
	lua_pushvalue(L, 1);
	lua_pushnil(L);
	return 3;
}

static int
sys_tostring(lua_State *L)
{
	struct lsys *X = ctx(L);
	const struct syscall *s = &X->m->syscalls[index_of(L, 1)];

	lua_pushfstring(L, "syscall %d %s", (int)s->num, s->name);
	return 1;
}

void
lua_push_syscalls(lua_State *L, struct model *m, int helpers)
{
	struct lsys *X;
	size_t i;
	int k, base;

	helpers = lua_absindex(L, helpers);
	X = lua_newuserdatauv(L, sizeof(*X), 1);
	memset(X, 0, sizeof(*X));
	X->m = m;
	/* Keep the key strings alive (uservalue) so their addresses stay
	 * the interned ones. */
	lua_createtable(L, SF__COUNT, 0);
	for (k = 0; k < SF__COUNT; k++) {
		unsigned h;
		const char *key;

		lua_pushstring(L, field_names[k]);
		key = lua_tostring(L, -1);
		lua_rawseti(L, -2, k + 1);
		for (h = key_hash(key); X->key[h] != NULL;
		    h = (h + 1) & (KEYTAB - 1))
			;
		X->key[h] = key;
		X->id[h] = (signed char)k;
	}
	lua_setiuservalue(L, -2, 1);
	base = lua_gettop(L);
	lua_createtable(L, (int)m->nsyscalls, 0);	/* names */
	lua_createtable(L, 0, 0);			/* aliases */
	lua_createtable(L, 0, 0);			/* symbols */
	lua_createtable(L, 0, 0);			/* arglists */
	lua_createtable(L, 0, 0);			/* args */
	lua_pushvalue(L, helpers);
	lua_createtable(L, 0, 0);			/* flags */
	lua_createtable(L, CS__COUNT, 0);		/* strings */
	for (k = 1; k <= CS__COUNT; k++) {
		lua_pushstring(L, cstr_text[k]);
		lua_rawseti(L, -2, k);
	}
	lua_createtable(L, 0, 64);			/* interned */

	/* the metatable shared by every syscall */
	lua_createtable(L, 0, 6);
	for (k = 0; k < UV__COUNT; k++)
		lua_pushvalue(L, base + k);
	lua_pushcclosure(L, sys_index, UV__COUNT);
	lua_setfield(L, -2, "__index");
	for (k = 0; k < UV__COUNT; k++)
		lua_pushvalue(L, base + k);
	lua_pushcclosure(L, sys_pairs, UV__COUNT);
	lua_setfield(L, -2, "__pairs");
	for (k = 0; k < UV__COUNT; k++)
		lua_pushvalue(L, base + k);
	lua_pushcclosure(L, sys_tostring, UV__COUNT);
	lua_setfield(L, -2, "__tostring");
	lua_getfield(L, helpers, "readonly");
	lua_setfield(L, -2, "__newindex");
	lua_pushliteral(L, "syscallc.syscall");
	lua_setfield(L, -2, "__name");
	lua_pushboolean(L, 1);
	lua_rawsetp(L, -2, &syscall_marker);
	lua_pushboolean(L, 0);
	lua_setfield(L, -2, "__metatable");
	k = lua_gettop(L);

	/* model.syscalls: a frozen list of the userdata */
	lua_createtable(L, (int)m->nsyscalls, 5);
	for (i = 0; i < m->nsyscalls; i++) {
		*(uint32_t *)lua_newuserdatauv(L, sizeof(uint32_t), 0) =
		    (uint32_t)i;
		lua_pushvalue(L, k);
		lua_setmetatable(L, -2);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_replace(L, base);
	lua_settop(L, base);
}

bool
lua_syscall_index(lua_State *L, int idx, size_t *i)
{
	bool is_syscall;

	if (lua_type(L, idx) != LUA_TUSERDATA || !lua_getmetatable(L, idx))
		return false;
	is_syscall = lua_rawgetp(L, -1, &syscall_marker) != LUA_TNIL;
	lua_pop(L, 2);
	if (is_syscall)
		*i = *(uint32_t *)lua_touserdata(L, idx);
	return is_syscall;
}

int
lua_syscall_field(const char *name, size_t len)
{
	int f;

	for (f = 0; f < SF__COUNT; f++)
		if (strlen(field_names[f]) == len &&
		    memcmp(field_names[f], name, len) == 0)
			return f;
	return -1;
}

static void
put_str(void (*add)(void *, const char *, size_t), void *arg, const char *s)
{
	add(arg, s, strlen(s));
}

/*
 * A number in decimal: every syscall's number is written by several
 * outputs, and snprintf() was a visible share of the time.
 */
static void
put_num(void (*add)(void *, const char *, size_t), void *arg, long long v)
{
	char buf[24], *p = buf + sizeof(buf);
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v :
	    (unsigned long long)v;

	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	if (v < 0)
		*--p = '-';
	add(arg, p, (size_t)(buf + sizeof(buf) - p));
}

int
lua_syscall_write(const struct model *m, size_t i, int f,
    void (*add)(void *arg, const char *s, size_t len), void *arg)
{
	const struct syscall *s = &m->syscalls[i];
	const struct entry *e = &m->entries[s->entry];
	char buf[64];
	size_t k;

	switch ((enum field)f) {
	case SF_NUM:
		put_num(add, arg, s->num);
		break;
	case SF_NAME:
		put_str(add, arg, s->name);
		break;
	case SF_ALIAS:
		put_str(add, arg, s->alias);
		break;
	case SF_AUDIT:
		put_str(add, arg, s->audit);
		break;
	case SF_COMPAT:
		put_num(add, arg, s->compat);
		break;
	case SF_COMPAT_PREFIX:
		put_str(add, arg, compat_prefix(buf, sizeof(buf), s));
		break;
	case SF_SYMBOL:
		put_str(add, arg, compat_prefix(buf, sizeof(buf), s));
		put_str(add, arg, s->name);
		break;
	case SF_RET:
		if (s->ret == NULL)
			return 0;
		put_str(add, arg, s->ret);
		break;
	case SF_RETTYPE:
		if (s->rettype == NULL)
			return 0;
		put_str(add, arg, s->rettype);
		break;
	case SF_ARG_ALIAS:
		put_str(add, arg, s->arg_alias);
		break;
	case SF_ARGS_SIZE:
		if (!(s->flags & F_SYSMUX) &&
		    (s->nargs != 0 || (s->flags & F_NODEF))) {
			put_str(add, arg, "AS(");
			put_str(add, arg, s->arg_alias);
			put_str(add, arg, ")");
		} else {
			put_str(add, arg, "0");
		}
		break;
	case SF_ARGSTR_TYPE:
	case SF_ARGSTR_TYPE_VAR:
	case SF_ARGSTR_VAR:
		if (s->nargs == 0 && f != SF_ARGSTR_VAR)
			put_str(add, arg, "void");
		for (k = 0; k < s->nargs; k++) {
			if (k > 0)
				put_str(add, arg, ", ");
			if (f != SF_ARGSTR_VAR)
				put_str(add, arg, s->args[k].type);
			if (f == SF_ARGSTR_TYPE_VAR)
				put_str(add, arg, " ");
			if (f != SF_ARGSTR_TYPE)
				put_str(add, arg, s->args[k].name);
		}
		break;
	case SF_CAP:
		put_str(add, arg, (s->flags & F_CAPENABLED) ? "SYF_CAPENABLED" :
		    "0");
		break;
	case SF_THR:
		put_str(add, arg, (s->flags & F_NOTSTATIC) ? "SY_THR_ABSENT" :
		    "SY_THR_STATIC");
		break;
	case SF_PROLOG:
		put_str(add, arg, e->prolog);
		break;
	case SF_PREFIX:
		put_str(add, arg, s->prefix);
		break;
	case SF_FILE:
		put_str(add, arg, m->master->name);
		break;
	case SF_LINE:
		put_num(add, arg, e->pos.first_line);
		break;
	case SF_COLUMN:
		put_num(add, arg, e->pos.first_column);
		break;
	case SF_INDEX:
		put_num(add, arg, (long long)i + 1);
		break;
	case SF_HANDLER:
		put_str(add, arg, s->handler);
		break;
	case SF_ALTNAME:
	case SF_ALTTAG:
		if ((f == SF_ALTNAME ? e->altname : e->alttag) == NULL ||
		    e->form == FORM_OLD)
			return 0;
		put_str(add, arg, f == SF_ALTNAME ? e->altname : e->alttag);
		break;
	default:
		return -1;	/* not text: flags, args, entry, booleans */
	}
	return 1;
}
