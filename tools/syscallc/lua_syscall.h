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

/* The id of a syscall field by name (for out:emit()), or -1. */
int	lua_syscall_field(const char *name, size_t len);

/*
 * Write field f of syscall i as text through add(): 1 written, 0 the field
 * is absent (nil), -1 the field is not text (flags, args, entry...).
 */
int	lua_syscall_write(const struct model *m, size_t i, int f,
	    void (*add)(void *arg, const char *s, size_t len), void *arg);

#endif /* SYSCALLC_LUA_SYSCALL_H */
