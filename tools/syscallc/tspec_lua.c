/*
 * tspec_lua.c — hand the checked translation-spec model to Lua templates.
 *
 * The model becomes one read-only-by-convention Lua table (layout in
 * docs/translation-specs.md, "Template model"); each template is a module
 * returning { output = "file", needs = "errno_map", per_arch = bool,
 * generate = function(model, arch) return text end }. The same table,
 * serialised as JSON by templates/translate/coverage_json.lua, is the
 * coverage data feed.
 */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>

#include "lua_fields.h"
#include "tspec.h"
#include "tspec_lua.h"

/* Append the table on top of the stack to the array just below it. */
static void
append(lua_State *L)
{
	lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
}

static void
push_syms(lua_State *L, const struct tspec *ts, enum ts_side side,
    enum ts_kind kind)
{
	lua_newtable(L);
	for (int i = 0; i < ts->nsyms; i++) {
		const struct ts_sym *s = ts->syms[i];
		if (s->side != side || s->kind != kind)
			continue;
		lua_newtable(L);
		lf_set_str(L, "name", s->name);
		lf_set_int(L, "value", s->value);
		lf_set_str(L, "alias_of", kind == TK_IOCTL ? NULL : s->alias_of);
		lf_set_str(L, "message", s->message);
		lf_set_bool(L, "internal", s->internal);
		lf_set_int(L, "line", s->pos.first_line);
		if (kind == TK_TYPE) {
			lf_set_int(L, "size_i386", s->size[0]);
			lf_set_int(L, "size_amd64", s->size[1]);
		}
		append(L);
	}
}

static void
push_xlat(lua_State *L, const struct tspec *ts, int kind, int side)
{
	lua_newtable(L);
	for (int i = 0; i < ts->nxlat[kind][side]; i++) {
		const struct ts_xlat *x = &ts->xlat[kind][side][i];
		lua_newtable(L);
		lf_set_int(L, "from", x->from);
		lf_set_int(L, "to", x->to);
		lf_set_str(L, "from_name", x->from_name);
		lf_set_str(L, "to_name", x->to_name);
		lf_set_bool(L, "exact", x->exact);
		lf_set_bool(L, "unmappable", x->to == -1);
		append(L);
	}
}

static void
push_map_kind(lua_State *L, const struct tspec *ts, int kind)
{
	lua_newtable(L);
	push_syms(L, ts, TS_LINUX, (enum ts_kind)kind);
	lua_setfield(L, -2, "linux");
	push_syms(L, ts, TS_HOST, (enum ts_kind)kind);
	lua_setfield(L, -2, "host");
	push_xlat(L, ts, kind, TS_LINUX);
	lua_setfield(L, -2, "linux_to_host");
	push_xlat(L, ts, kind, TS_HOST);
	lua_setfield(L, -2, "host_to_linux");
	if (kind == TK_SIGNAL)
		for (int side = 0; side < 2; side++) {
			lua_newtable(L);
			if (ts->rt[side].present) {
				lf_set_int(L, "min", ts->rt[side].min);
				lf_set_int(L, "max", ts->rt[side].max);
				lf_set_str(L, "min_name", ts->rt[side].min_name);
				lf_set_str(L, "max_name", ts->rt[side].max_name);
			}
			lf_set_int(L, "sigset_words", ts->sigset_words[side]);
			lua_setfield(L, -2, side == TS_LINUX ? "linux_abi" :
			    "host_abi");
		}
}

static const char *const class_names[] = {
	"supported", "ignored", "rejected", "field",
};
static const char *const log_names[] = { "once", "quiet", "every" };
static const char *const dir_names[] = {
	"none", "value", "in", "out", "inout",
};
static const char *const status_names[] = {
	"implemented", "quiet", "unimplemented",
};

static void
push_clone(lua_State *L, const struct tspec *ts)
{
	int64_t v;

	lua_newtable(L);
	lua_newtable(L);
	for (int i = 0; i < ts->nflags; i++) {
		const struct ts_flag *f = &ts->flags[i];
		lua_newtable(L);
		lf_set_str(L, "name", f->sym->name);
		lf_set_int(L, "value", f->sym->value);
		lf_set_str(L, "class", class_names[f->cls]);
		lf_set_str(L, "field", f->field_meaning);
		if (f->reject_errno != NULL) {
			lf_set_str(L, "errno", f->reject_errno);
			if (tspec_value(ts, TS_HOST, TK_ERRNO, f->reject_errno,
			    &v))
				lf_set_int(L, "errno_value", v);
		}
		lua_newtable(L);
		for (int j = 0; j < f->neffects; j++) {
			lua_newtable(L);
			lf_set_bool(L, "set", f->effects[j].set);
			lf_set_str(L, "rfork", f->effects[j].rfork);
			if (tspec_value(ts, TS_HOST, TK_RFORK,
			    f->effects[j].rfork, &v))
				lf_set_int(L, "value", v);
			append(L);
		}
		lua_setfield(L, -2, "effects");
		append(L);
	}
	lua_setfield(L, -2, "flags");
	lua_newtable(L);
	for (int i = 0; i < ts->nbase; i++) {
		lua_newtable(L);
		lf_set_str(L, "name", ts->base_rfork[i]);
		if (tspec_value(ts, TS_HOST, TK_RFORK, ts->base_rfork[i], &v))
			lf_set_int(L, "value", v);
		append(L);
	}
	lua_setfield(L, -2, "base");
	lua_newtable(L);
	for (int i = 0; i < ts->nrules; i++) {
		const struct ts_rule *r = &ts->rules[i];
		lua_newtable(L);
		lf_set_str(L, "kind", r->kind == TR_REQUIRES ? "requires" :
		    "excludes");
		lf_set_str(L, "a", r->a);
		lf_set_str(L, "b", r->b);
		lf_set_int(L, "a_value", r->a_val);
		lf_set_int(L, "b_value", r->b_val);
		lf_set_str(L, "errno", r->errno_name);
		lf_set_int(L, "errno_value", r->errno_val);
		lf_set_str(L, "note", r->note);
		append(L);
	}
	lua_setfield(L, -2, "rules");
	push_syms(L, ts, TS_HOST, TK_RFORK);
	lua_setfield(L, -2, "rfork");
}

static void
push_traps(lua_State *L, const struct tspec *ts)
{
	lua_newtable(L);
	lua_newtable(L);
	for (int i = 0; i < ts->ntraps; i++) {
		const struct ts_trap *t = &ts->traps[i];
		lua_newtable(L);
		lf_set_str(L, "signal", t->signal);
		lf_set_str(L, "code", t->code);
		lf_set_str(L, "to", t->to);
		lf_set_int(L, "signal_value", t->signal_val);
		lf_set_int(L, "code_value", t->code_val);
		lf_set_int(L, "to_value", t->to_val);
		append(L);
	}
	lua_setfield(L, -2, "translations");
	push_syms(L, ts, TS_HOST, TK_TRAP);
	lua_setfield(L, -2, "codes");
}

static void
push_dummies(lua_State *L, const struct tspec *ts)
{
	lua_newtable(L);
	for (int i = 0; i < ts->ndummies; i++) {
		const struct ts_dummy *d = &ts->dummies[i];
		lua_newtable(L);
		lf_set_str(L, "name", d->name);
		lf_set_str(L, "reason", d->reason);
		lf_set_str(L, "errno", d->errno_name != NULL ? d->errno_name :
		    "ENOSYS");
		lf_set_int(L, "linux_errno", d->linux_errno);
		lf_set_int(L, "host_errno", d->host_errno);
		lf_set_str(L, "log", log_names[d->log]);
		lua_newtable(L);
		for (int a = 0; a < TS_NARCH; a++)
			lf_set_bool(L, tspec_arches[a],
			    (d->arch_mask & (1u << a)) != 0);
		lua_setfield(L, -2, "arches");
		append(L);
	}
}

static void
push_ioctl(lua_State *L, const struct tspec *ts)
{
	lua_newtable(L);
	push_syms(L, ts, TS_LINUX, TK_HANDLER);
	lua_setfield(L, -2, "handlers");
	push_syms(L, ts, TS_LINUX, TK_TYPE);
	lua_setfield(L, -2, "types");
	push_syms(L, ts, TS_HOST, TK_IOCTL);
	lua_setfield(L, -2, "host_commands");
	lua_newtable(L);
	for (int i = 0; i < ts->nsets; i++) {
		const struct ts_set *s = &ts->sets[i];
		lua_newtable(L);
		lf_set_str(L, "name", s->name);
		lf_set_int(L, "lo", s->lo);
		lf_set_int(L, "hi", s->hi);
		lf_set_str(L, "handler", s->handler);
		if (s->parent >= 0)
			lf_set_int(L, "parent", s->parent + 1);
		lf_set_int(L, "depth", s->depth);
		lua_newtable(L);
		for (int j = 0; j < s->ncmds; j++) {
			const struct ts_cmd *c = &s->cmds[j];
			lua_newtable(L);
			lf_set_str(L, "name", c->name);
			lf_set_int(L, "value", c->value);
			lf_set_str(L, "dir", dir_names[c->dir]);
			lf_set_str(L, "argtype", c->ioc.argtype != NULL ?
			    c->ioc.argtype : c->argtype);
			lf_set_int(L, "size_i386", c->arg_size[0]);
			lf_set_int(L, "size_amd64", c->arg_size[1]);
			lf_set_str(L, "status", status_names[c->status]);
			lf_set_str(L, "host_cmd", c->host_cmd);
			lf_set_int(L, "host_value", c->host_value);
			if (c->status == TS_UNIMPLEMENTED) {
				lf_set_str(L, "errno", c->errno_name != NULL ?
				    c->errno_name : "ENOTTY");
				lf_set_int(L, "linux_errno", c->linux_errno);
				lf_set_int(L, "host_errno", c->host_errno);
			}
			append(L);
		}
		lua_setfield(L, -2, "cmds");
		append(L);
	}
	lua_setfield(L, -2, "sets");
}

/*
 * One side's termios description: words in declaration order, flags,
 * fields (with their values), c_cc slots and speeds. `peer` is the
 * namesake's value on the other side; `unmappable` and `reason` say why
 * there is none.
 */
static void
push_tc_common(lua_State *L, const struct ts_sym *s)
{
	lf_set_str(L, "name", s->name);
	lf_set_int(L, "value", s->value);
	lf_set_int(L, "line", s->pos.first_line);
	if (s->peer != NULL)
		lf_set_int(L, "peer", s->peer->value);
	lf_set_bool(L, "unmappable", s->unmappable);
	lf_set_str(L, "reason", s->unmappable ? s->reason : NULL);
}

static void
push_termios_side(lua_State *L, const struct tspec *ts, int side)
{
	int nwords = 0;

	lua_newtable(L);
	if (ts->have_ncc[side])
		lf_set_int(L, "ncc", ts->ncc[side]);
	if (ts->have_vdisable[side])
		lf_set_int(L, "vdisable", ts->vdisable[side]);
	lua_newtable(L);
	for (int i = 0; i < ts->nsyms; i++) {
		const struct ts_sym *s = ts->syms[i];
		bool seen = false;
		if ((int)s->side != side || (s->kind != TK_TCFLAG &&
		    s->kind != TK_TCFIELD))
			continue;
		for (int j = 0; j < i && !seen; j++) {
			const struct ts_sym *o = ts->syms[j];
			seen = (int)o->side == side && (o->kind == TK_TCFLAG ||
			    o->kind == TK_TCFIELD) &&
			    strcmp(o->owner, s->owner) == 0;
		}
		if (seen)
			continue;
		lua_pushstring(L, s->owner);
		lua_rawseti(L, -2, ++nwords);
	}
	lua_setfield(L, -2, "words");
	lua_newtable(L);
	for (int i = 0; i < ts->nsyms; i++) {
		const struct ts_sym *s = ts->syms[i];
		if ((int)s->side != side || s->kind != TK_TCFLAG)
			continue;
		lua_newtable(L);
		push_tc_common(L, s);
		lf_set_str(L, "word", s->owner);
		append(L);
	}
	lua_setfield(L, -2, "flags");
	lua_newtable(L);
	for (int i = 0; i < ts->nsyms; i++) {
		const struct ts_sym *s = ts->syms[i];
		if ((int)s->side != side || s->kind != TK_TCFIELD)
			continue;
		lua_newtable(L);
		push_tc_common(L, s);
		lf_set_str(L, "word", s->owner);
		lf_set_bool(L, "speed", s->opt);
		lua_newtable(L);
		for (int j = 0; j < ts->nsyms; j++) {
			const struct ts_sym *v = ts->syms[j];
			if ((int)v->side != side || v->kind != TK_TCVALUE ||
			    strcmp(v->owner, s->name) != 0)
				continue;
			lua_newtable(L);
			push_tc_common(L, v);
			append(L);
		}
		lua_setfield(L, -2, "values");
		append(L);
	}
	lua_setfield(L, -2, "fields");
	lua_newtable(L);
	for (int i = 0; i < ts->nsyms; i++) {
		const struct ts_sym *s = ts->syms[i];
		if ((int)s->side != side || s->kind != TK_CC)
			continue;
		lua_newtable(L);
		push_tc_common(L, s);
		lf_set_bool(L, "count", s->opt);
		append(L);
	}
	lua_setfield(L, -2, "cc");
	lua_newtable(L);
	for (int i = 0; i < ts->nsyms; i++) {
		const struct ts_sym *s = ts->syms[i];
		if ((int)s->side != side || s->kind != TK_SPEED)
			continue;
		lua_newtable(L);
		lf_set_str(L, "name", s->name);
		lf_set_int(L, "code", s->value);
		lf_set_int(L, "baud", s->baud);
		append(L);
	}
	lua_setfield(L, -2, "speeds");
}

static bool
have_host_kind(const struct tspec *ts, enum ts_kind kind)
{
	for (int i = 0; i < ts->nsyms; i++)
		if (ts->syms[i]->side == TS_HOST && ts->syms[i]->kind == kind)
			return true;
	return false;
}

void
tspec_push_model(lua_State *L, const struct tspec *ts, const char *release)
{
	static const char *const file_keys[TSF__COUNT] = {
		"host_defs", "errno_map", "signal_map", "clone_flags",
		"trap_map", "dummy_list", "ioctl_sets", "termios_map",
	};

	lua_newtable(L);
	lf_set_str(L, "host", ts->host);
	lf_set_str(L, "release", release);
	lua_newtable(L);
	for (int k = 0; k < TSF__COUNT; k++)
		lf_set_bool(L, file_keys[k], (ts->files & (1u << k)) != 0);
	/* Host facts some host-wide outputs need (not every host has). */
	lf_set_bool(L, "host_ioctls", (ts->files & (1u << TSF_HOST_DEFS)) &&
	    have_host_kind(ts, TK_IOCTL));
	lf_set_bool(L, "host_termios", (ts->files & (1u << TSF_HOST_DEFS)) &&
	    ts->have_ncc[TS_HOST]);
	lua_setfield(L, -2, "files");
	lua_newtable(L);
	for (int a = 0; a < TS_NARCH; a++) {
		lua_pushstring(L, tspec_arches[a]);
		lua_rawseti(L, -2, a + 1);
	}
	lua_setfield(L, -2, "arches");
	push_map_kind(L, ts, TK_ERRNO);
	if (ts->errno_last_name != NULL) {
		lf_set_str(L, "host_last_name", ts->errno_last_name);
		lf_set_int(L, "host_last", ts->errno_last);
	}
	lua_setfield(L, -2, "errno");
	push_map_kind(L, ts, TK_SIGNAL);
	lua_setfield(L, -2, "signal");
	push_clone(L, ts);
	lua_setfield(L, -2, "clone");
	push_traps(L, ts);
	lua_setfield(L, -2, "trap");
	push_dummies(L, ts);
	lua_setfield(L, -2, "dummies");
	push_ioctl(L, ts);
	lua_setfield(L, -2, "ioctl");
	lua_newtable(L);
	push_termios_side(L, ts, TS_LINUX);
	lua_setfield(L, -2, "linux");
	push_termios_side(L, ts, TS_HOST);
	lua_setfield(L, -2, "host");
	lua_setfield(L, -2, "termios");
}
