/*
 * linux_tbl.h — Linux's own syscall tables: arch/x86/entry/syscalls/
 * syscall_{32,64}.tbl and the asm-generic scripts/syscall.tbl (arm64,
 * riscv, loongarch...), one line per syscall and ABI:
 *
 *     NR  ABI  NAME  [ENTRY  [COMPAT  [noreturn]]]      # comment
 *
 * ENTRY absent or sys_ni_syscall: Linux answers ENOSYS at that number.
 * COMPAT "-" stands for "none" (it only holds the noreturn column's place).
 * A table can give one number several times for different ABIs (x86_64's
 * x32 lines, the generic table's time32/64 pairs); the reader keeps only
 * the lines of the ABIs asked for, and two of those for one number are an
 * error.
 */
#ifndef SYSCALLC_LINUX_TBL_H
#define SYSCALLC_LINUX_TBL_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "srcpos.h"

struct diag;

struct tbl_entry {
	long		 num;
	const char	*abi;
	const char	*name;
	const char	*entry;		/* NULL: no entry point */
	const char	*compat;	/* NULL: none */
	bool		 noreturn;
	struct srcpos	 pos;		/* the line */
	struct srcpos	 num_pos, name_pos;
};

struct linux_tbl {
	struct arena	 arena;
	struct srcfile	*src;
	struct tbl_entry *v;		/* selected lines, ascending numbers */
	size_t		 n;
	long		 max_num;	/* -1 if empty */
};

/*
 * Read the table at path, keeping the lines whose ABI is in `abis` (a
 * comma-separated list; NULL keeps every line).  Problems go to d.
 * Returns 0, -1 on an I/O error (reported), or 1 when the table has
 * errors (reported; t holds what could be read).
 */
int	linux_tbl_read(struct linux_tbl *t, const char *path,
	    const char *abis, struct diag *d);
void	linux_tbl_free(struct linux_tbl *t);

/* The selected line for number num, or NULL. */
const struct tbl_entry *linux_tbl_find(const struct linux_tbl *t, long num);

/* Does Linux implement the line's syscall (an entry other than
 * sys_ni_syscall)? */
bool	tbl_entry_implemented(const struct tbl_entry *e);

/*
 * The handler name the specs give a Linux entry point (docs/spec.md,
 * "Names"): "linux_" + the entry point without sys_ / compat_sys_ /
 * ptregs_ prefixes.  Allocated in t's arena.
 */
const char *tbl_handler_name(struct linux_tbl *t, const struct tbl_entry *e);

#endif /* SYSCALLC_LINUX_TBL_H */
