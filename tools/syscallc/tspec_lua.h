/*
 * tspec_lua.h — the translation-spec model as a Lua table (tspec_lua.c).
 */
#ifndef SYSCALLC_TSPEC_LUA_H
#define SYSCALLC_TSPEC_LUA_H

#include <lua.h>

#include "tspec.h"

/* Push the model table (docs/translation-specs.md, "Template model"). */
void	tspec_push_model(lua_State *L, const struct tspec *ts,
	    const char *release);

#endif /* SYSCALLC_TSPEC_LUA_H */
