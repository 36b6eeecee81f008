/*
 * lua_syscall.h — model.syscalls as userdata views over the C model
 * (lua_syscall.c explains why).
 */
#ifndef SYSCALLC_LUA_SYSCALL_H
#define SYSCALLC_LUA_SYSCALL_H

#include <lua.h>
#include <stdbool.h>
#include <stddef.h>

struct model;

/*
 * Push the list of syscalls of m (a plain table, not yet frozen).
 * `helpers` is the stack index of a table of Lua functions the views call:
 *   readonly(t, k)             __newindex: raise "read-only"
 *   flags(bits, compat)        the shared frozen flag set
 *   arg(type, name, part, pad) the shared frozen argument table
 *   entry(i)                   model.entries[i]
 */
void	lua_push_syscalls(lua_State *L, struct model *m, int helpers);

/* If the value at idx is a syscall view, store its 0-based index. */
bool	lua_syscall_index(lua_State *L, int idx, size_t *i);

#endif /* SYSCALLC_LUA_SYSCALL_H */
