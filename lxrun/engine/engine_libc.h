/*
 * engine_libc.h — the engine's functions that live on the libc side of the
 * errno line: their files use libc's errno and never include kern_api.h
 * (whose errno names are the modelled host's), so this header does not
 * include it either.
 */
#ifndef _LXRUN_ENGINE_LIBC_H_
#define _LXRUN_ENGINE_LIBC_H_

#include <stdbool.h>
#include <stdio.h>

/* engine_debug.c: the release's Linux name of syscall nr, or NULL. */
const char *lx_syscall_name(unsigned nr);

/* engine_coverage.c: --coverage. lx_cov_write: 0, or a message printed
   and -1. */
void	lx_cov_enable(void);
bool	lx_cov_enabled(void);
void	lx_cov_count(unsigned nr);
int	lx_cov_write(const char *path, char *const argv[]);

/* engine_io.c: open the --log file (NULL and a message on failure). */
FILE	*lx_open_log(const char *path);

#endif /* !_LXRUN_ENGINE_LIBC_H_ */
