/*
 * report_lua.h — the reports of `syscallc coverage` and `syscallc diff` are
 * rendered by Lua modules in <templates>/report/ (coverage.lua, diff.lua,
 * with one renderer per format): the C side reads and checks the inputs
 * (spec_load.h, futex_ops.h, strace_log.h) and hands them over as plain
 * tables (docs/import-coverage.md, "Report data").
 */
#ifndef SYSCALLC_REPORT_LUA_H
#define SYSCALLC_REPORT_LUA_H

#include <lua.h>
#include <stddef.h>

struct diag;
struct futex_ops;
struct spec_set;
struct trace_log;

/*
 * A Lua state whose require() finds <templates>/report/<name>.lua; tdir is
 * the templates directory (NULL: the default one, templates.h).  Returns
 * NULL after reporting.
 */
lua_State *report_open(const char *tdir, struct diag *d);

/* Push a spec (with its futex.ops, may be NULL, and the path of its
 * translation-coverage feed, may be NULL) as a table. */
void	report_push_spec(lua_State *L, const struct spec_set *s,
	    const struct futex_ops *fo, const char *feed);
void	report_push_trace(lua_State *L, const struct trace_log *t);

/*
 * Call require(module).render(...) with the nargs values on the stack;
 * *out gets the returned string (malloc'd).  Returns 0, or 2 after
 * reporting a Lua error (a bug in a renderer, or an unreadable feed).
 */
int	report_render(lua_State *L, const char *module, int nargs, char **out,
	    size_t *len, struct diag *d);

#endif /* SYSCALLC_REPORT_LUA_H */
