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

/*
 * `syscallc translate`: compile a release's translation specs.
 * Returns the exit status (0, 1 spec errors, 2 usage or I/O).
 */
int	tspec_translate_main(int argc, char **argv);

#endif /* SYSCALLC_TSPEC_LUA_H */
