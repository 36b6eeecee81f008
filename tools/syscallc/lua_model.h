/*
 * lua_model.h — the model as templates see it: read-only Lua tables
 * (docs/syscallc-model.md documents every field).
 *
 * Tables are protected proxies: writing a field, or changing a metatable,
 * raises an error, so one template cannot change what the next one sees.
 * Fields that are cheap to compute and rarely read (symbol, args_size,
 * argstr_*, the source entry...) are computed when read, which keeps a
 * 100,000-entry master within memory.
 */
#ifndef SYSCALLC_LUA_MODEL_H
#define SYSCALLC_LUA_MODEL_H

#include <lua.h>

#include "model.h"

struct template_set;

/*
 * Push the model of m onto L's stack.  `config_defaults(arg, L)` pushes
 * nothing but may add keys to the table at the top of the stack (the config
 * table being built): the templates' declared options with their defaults,
 * applied before the conf's own lines.  m must outlive L.
 */
void	lua_push_model(lua_State *L, struct model *m, const char *master_path,
	    const char *conf_path,
	    void (*config_defaults)(void *arg, lua_State *L), void *arg);

/* Wrap the table at the top of the stack in a read-only proxy (replaces it
 * with the proxy).  Exposed for the syscallc.* helpers. */
void	lua_model_freeze(lua_State *L);

/*
 * The source position of a model object (syscall, entry, arg, item) at
 * stack index idx, for located template errors.  Returns false when the
 * object has none.
 */
bool	lua_model_position(lua_State *L, int idx, struct model *m,
	    struct srcpos *pos);

#endif /* SYSCALLC_LUA_MODEL_H */
