/*
 * engine.h — the lxrun engine: the tracer host (runtime/host/tracer)
 * linked with one release's runtime/kern for one arch, and what lxrun adds
 * around it: the generated seccomp filter, --debug and --coverage.
 *
 * The engine is built per (release, arch): lxrun-<release>-<arch>. The
 * front-end (lxrun/lxrun.c) chooses one and runs it with the options it
 * understood; the engine's own command line is
 *   lxrun-<release>-<arch> [--debug LIST] [--coverage FILE] [--log FILE]
 *       -- PROGRAM [ARGS…]
 */
#ifndef _LXRUN_ENGINE_H_
#define _LXRUN_ENGINE_H_

#include <stdbool.h>
#include <stdint.h>

#include "tracer.h"
#include "engine_libc.h"

/* engine_sysvec.c: the host's hooks into runtime/kern. */
void	lx_sysvec_init(void);
const char *lx_features(void);
int	lx_set_osrelease(const char *release);
int	lx_futex_nr(void);	/* futex's number if emulated, else -1 */
extern bool lx_observing;		/* --debug or --coverage traps more */

/* engine_debug.c: --debug (the thesis's ldebug/LMSG/ARGS). */
int	lx_debug_select(const char *list);	/* 0, or -1 (unknown name) */
bool	lx_debug_selected(unsigned nr);
bool	lx_debug_any_native(void);
/* Syscall numbers --debug wants to see that the spec lets run natively. */
int	lx_debug_native_set(unsigned *nrs, int max);
struct lx_call {
	unsigned	lc_nr;
	tr_reg_t	lc_args[6];
	char		lc_strs[6][64];	/* string arguments, read at entry */
};
void	lx_debug_enter(struct tr_thread *t, struct lx_call *c);
void	lx_debug_leave(struct tr_thread *t, const struct lx_call *c,
	    long ret);

#endif /* !_LXRUN_ENGINE_H_ */
