/*
 * strace_log.h — what a program asked of the kernel, for
 * `syscallc coverage SPEC --trace LOG`: an `strace -f` log (with or without
 * -t/-tt/-ttt/-r timestamps), or a list of syscall names or numbers, one a
 * line, each optionally followed by a count.
 *
 * A call is counted once, at its start (`<... NAME resumed>` lines are the
 * same call).  A file that starts with `{` or `[` is a coverage document
 * (docs/coverage-schema.md, what lxrun --coverage writes): its syscalls and
 * counts are read by the report (templates/report/model.lua).  strace's `syscall_0x1b6(...)` names a number it does not
 * know.  For futex, clone, clone3 and ioctl the log's decoded arguments
 * also give the operations, flags and commands used (details).
 */
#ifndef SYSCALLC_STRACE_LOG_H
#define SYSCALLC_STRACE_LOG_H

#include <stdbool.h>
#include <stddef.h>

#include "srcpos.h"

struct diag;

struct trace_call {
	char		*name;		/* NULL when given by number */
	long		 num;		/* -1 when given by name */
	unsigned long	 count;
	struct srcpos	 pos;		/* first occurrence */
};

struct trace_detail {
	char		*syscall;	/* futex, clone, ioctl */
	char		*item;		/* FUTEX_WAIT, CLONE_VM, TCGETS */
	unsigned long	 count;
};

struct trace_log {
	struct srcfile	*src;
	struct trace_call *calls;
	size_t		 ncalls;
	struct trace_detail *details;
	size_t		 ndetails;
	unsigned long	 total;		/* calls counted */
	bool		 mode32;	/* strace saw a 32-bit process */
	bool		 is_list;	/* names/numbers, not strace lines */
	bool		 is_json;	/* a coverage document (lxrun
					   --coverage): decoded by the report */
};

/* Read path.  Returns 0, 1 (nothing usable: reported), 2 (I/O error). */
int	trace_read(struct trace_log *t, const char *path, struct diag *d);
void	trace_free(struct trace_log *t);

#endif /* SYSCALLC_STRACE_LOG_H */
