/*
 * report_lua.c — handing specs and traces to the report renderers
 * (report_lua.h).
 */
#include "report_lua.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "futex_ops.h"
#include "lua_fields.h"
#include "release_checks.h"
#include "spec_load.h"
#include "strace_log.h"
#include "templates.h"

lua_State *
report_open(const char *tdir, struct diag *d)
{
	char *dflt = tdir == NULL ? templates_default_dir() : NULL;
	const char *dir = tdir != NULL ? tdir : dflt;
	lua_State *L;

	if (dir == NULL) {
		diag_io_error(d, "cannot find the template directory (set "
		    "SYSCALLC_TEMPLATES)");
		return NULL;
	}
	if ((L = luaL_newstate()) == NULL)
		abort();
	luaL_openlibs(L);
	lua_getglobal(L, "package");
	lua_pushfstring(L, "%s/report/?.lua", dir);
	lua_setfield(L, -2, "path");
	lua_pushstring(L, "");
	lua_setfield(L, -2, "cpath");
	lua_pop(L, 1);
	free(dflt);
	return L;
}

static void
push_row(lua_State *L, const struct cov_row *r)
{
	lua_createtable(L, 0, 16);
	lf_set_int(L, "num", r->num);
	lf_set_str(L, "name", r->name);
	lf_set_str(L, "entry", r->entry);
	lf_set_str(L, "type", r->type);
	lf_set_str(L, "status", cov_status_names[r->status]);
	lf_set_bool(L, "in_linux", r->in_linux);
	lf_set_str(L, "handler", r->handler);
	lf_set_str(L, "args", r->args);
	lf_set_str(L, "note", r->note);
	lf_set_str(L, "file", r->file);
	lf_set_int(L, "line", r->line);
	lf_set_str(L, "since", r->since);
	lf_set_str(L, "stub_reason", r->stub_reason);
	lf_set_str(L, "stub_errno", r->stub_errno);
}

void
report_push_spec(lua_State *L, const struct spec_set *s,
    const struct futex_ops *fo, const char *feed)
{
	size_t i, k;

	lua_createtable(L, 0, 6);
	lf_set_str(L, "release", s->release);
	lf_set_str(L, "dir", s->release_dir);
	lf_set_str(L, "feed", feed);
	lua_createtable(L, (int)s->narches, 0);
	for (i = 0; i < s->narches; i++) {
		const struct spec_arch *a = &s->arches[i];

		lua_createtable(L, 0, 5);
		lf_set_str(L, "arch", a->arch);
		lf_set_str(L, "master", a->master);
		lf_set_str(L, "table", a->table);
		lua_createtable(L, (int)a->nrows, 0);
		for (k = 0; k < a->nrows; k++) {
			push_row(L, &a->rows[k]);
			lua_rawseti(L, -2, (lua_Integer)k + 1);
		}
		lua_setfield(L, -2, "rows");
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_setfield(L, -2, "arches");
	if (fo != NULL) {
		lua_createtable(L, 0, 2);
		lf_set_str(L, "file", fo->path);
		lua_createtable(L, (int)fo->n, 0);
		for (i = 0; i < fo->n; i++) {
			const struct futex_op *o = &fo->v[i];

			lua_createtable(L, 0, 7);
			lf_set_str(L, "kind", o->is_flag ? "flag" : "op");
			lf_set_str(L, "name", o->name);
			lf_set_int(L, "value", o->value);
			lf_set_str(L, "since", o->since);
			lf_set_str(L, "until", o->until);
			lf_set_str(L, "status", o->implemented ? "implemented" :
			    "unimplemented");
			lf_set_int(L, "line", o->line);
			lua_rawseti(L, -2, (lua_Integer)i + 1);
		}
		lua_setfield(L, -2, "ops");
		lua_setfield(L, -2, "futex");
	}
}

void
report_push_trace(lua_State *L, const struct trace_log *t)
{
	size_t i;

	lua_createtable(L, 0, 6);
	lf_set_str(L, "file", t->src->name);
	lf_set_int(L, "total", (long)t->total);
	lf_set_bool(L, "mode32", t->mode32);
	lf_set_bool(L, "is_list", t->is_list);
	if (t->is_json)
		lf_set_str(L, "json_text", t->src->text);
	lua_createtable(L, (int)t->ncalls, 0);
	for (i = 0; i < t->ncalls; i++) {
		lua_createtable(L, 0, 4);
		lf_set_str(L, "name", t->calls[i].name);
		if (t->calls[i].num >= 0)
			lf_set_int(L, "num", t->calls[i].num);
		lf_set_int(L, "count", (long)t->calls[i].count);
		lf_set_int(L, "line", t->calls[i].pos.first_line);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_setfield(L, -2, "calls");
	lua_createtable(L, (int)t->ndetails, 0);
	for (i = 0; i < t->ndetails; i++) {
		lua_createtable(L, 0, 3);
		lf_set_str(L, "syscall", t->details[i].syscall);
		lf_set_str(L, "item", t->details[i].item);
		lf_set_int(L, "count", (long)t->details[i].count);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_setfield(L, -2, "details");
}

/* The message handler: a renderer's own error (a bug) gets a traceback;
 * an error about its inputs is raised as { input = "message" } and kept. */
static int
traceback(lua_State *L)
{
	if (lua_istable(L, 1))
		return 1;
	luaL_traceback(L, L, lua_tostring(L, 1), 1);
	return 1;
}

int
report_render(lua_State *L, const char *module, int nargs, char **out,
    size_t *len, struct diag *d)
{
	int base = lua_gettop(L) - nargs;
	const char *s;

	lua_pushcfunction(L, traceback);
	lua_insert(L, base + 1);
	lua_getglobal(L, "require");
	lua_pushstring(L, module);
	if (lua_pcall(L, 1, 1, base + 1) != LUA_OK)
		goto fail;
	lua_getfield(L, -1, "render");
	lua_remove(L, -2);
	lua_insert(L, base + 2);
	if (lua_pcall(L, nargs, 1, base + 1) != LUA_OK)
		goto fail;
	s = lua_tolstring(L, -1, len);
	if (s == NULL) {
		diag_io_error(d, "report %s returned no text", module);
		lua_settop(L, base);
		return 2;
	}
	*out = malloc(*len + 1);
	if (*out == NULL)
		abort();
	memcpy(*out, s, *len + 1);
	lua_settop(L, base);
	return 0;
fail:
	if (lua_istable(L, -1)) {
		lua_getfield(L, -1, "input");
		diag_report(d, RC(REPORT_INPUT), NULL, "%s",
		    lua_isstring(L, -1) ? lua_tostring(L, -1) : "bad input");
		lua_settop(L, base);
		return 1;
	}
	diag_io_error(d, "report %s: %s", module, lua_tostring(L, -1));
	lua_settop(L, base);
	return 2;
}
