/*
 * futex_ops.h — spec/<release>/futex.ops: which futex(2) operations and
 * operation flags a release has and which of them runtime/kern emulates,
 * for the per-operation part of `syscallc coverage`.  One statement per
 * line, `;` starts a comment (the translation specs' conventions):
 *
 *     op   NAME VALUE since VERSION [until VERSION] STATUS
 *     flag NAME VALUE since VERSION STATUS
 *
 * STATUS is `implemented` or `unimplemented`; `until` names the first
 * release without the operation.  The runtime's own table
 * (runtime/kern/linux_futex_syscall.c, futex_cmds[]) is what it does;
 * this file declares it, and tests/release checks that they agree.
 */
#ifndef SYSCALLC_FUTEX_OPS_H
#define SYSCALLC_FUTEX_OPS_H

#include <stdbool.h>
#include <stddef.h>

struct diag;

struct futex_op {
	bool	 is_flag;
	char	*name;
	long	 value;
	char	*since, *until;		/* until: NULL */
	bool	 implemented;
	int	 line;
};

struct futex_ops {
	char		*path;
	struct futex_op	*v;
	size_t		 n;
};

/* Read path.  Returns 0, 1 (errors, reported), 2 (I/O error). */
int	futex_ops_read(struct futex_ops *f, const char *path, struct diag *d);
void	futex_ops_free(struct futex_ops *f);

#endif /* SYSCALLC_FUTEX_OPS_H */
