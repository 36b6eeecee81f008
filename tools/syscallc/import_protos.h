/*
 * import_protos.h — argument lists for the syscalls `syscallc import` adds,
 * read from the kernel's own declarations (include/linux/syscalls.h,
 * arch/x86/include/asm/syscalls.h of a linux-source tree, or any file of
 * such lines):
 *
 *     asmlinkage long sys_openat2(int dfd, const char __user *filename,
 *                                 struct open_how __user *how, size_t size);
 *
 * Each argument's kernel type becomes the spec's l_* type of the same width
 * (docs/import-coverage.md, "Prototype skeletons"); a scalar type with no
 * such equivalent becomes l_ulong with a `proto-type` warning, a pointer to
 * one becomes void *.  Nothing else of the file is read: #ifdef branches
 * are not evaluated, and the first declaration of a name wins.
 */
#ifndef SYSCALLC_IMPORT_PROTOS_H
#define SYSCALLC_IMPORT_PROTOS_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "srcpos.h"

struct diag;

struct proto_arg {
	const char	*type;		/* spec type: "const char *", "l_int" */
	const char	*name;
	const char	*kernel_type;	/* as declared, for the notes */
};

struct proto {
	const char	*name;		/* "sys_openat2" */
	struct proto_arg *args;
	size_t		 nargs;
	struct srcpos	 pos;
	bool		 inexact;	/* some type had no l_* equivalent */
};

struct proto_set {
	struct arena	  arena;
	struct srcfile	**srcs;
	size_t		  nsrcs;
	struct proto	 *v;
	size_t		  n, cap;
};

void	proto_set_init(struct proto_set *ps);
void	proto_set_free(struct proto_set *ps);

/* Add the declarations of one file.  Returns 0, -1 on an I/O error, 1 if
 * some declaration could not be read (reported). */
int	proto_read(struct proto_set *ps, const char *path, struct diag *d);

/* The declaration of `sysname` ("sys_openat2"), or NULL. */
const struct proto *proto_find(const struct proto_set *ps,
	    const char *sysname);

#endif /* SYSCALLC_IMPORT_PROTOS_H */
