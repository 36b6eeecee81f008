/*
 * lua_fields.h — setting a field of the table on top of the Lua stack.
 *
 * The model (lua_model.c), the translation specs (tspec_lua.c) and the
 * reports (report_lua.c) all build Lua tables field by field; these are
 * the three setters they share.  A NULL string leaves the field unset (nil),
 * which is how templates tell "absent" from "empty".
 */
#ifndef SYSCALLC_LUA_FIELDS_H
#define SYSCALLC_LUA_FIELDS_H

#include <lua.h>
#include <stdbool.h>
#include <stdint.h>

static inline void
lf_set_str(lua_State *L, const char *k, const char *v)
{
	if (v == NULL)
		return;
	lua_pushstring(L, v);
	lua_setfield(L, -2, k);
}

static inline void
lf_set_int(lua_State *L, const char *k, int64_t v)
{
	lua_pushinteger(L, (lua_Integer)v);
	lua_setfield(L, -2, k);
}

static inline void
lf_set_bool(lua_State *L, const char *k, bool v)
{
	lua_pushboolean(L, v);
	lua_setfield(L, -2, k);
}

#endif
