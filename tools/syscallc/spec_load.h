/*
 * spec_load.h — one arch of a release spec as `syscallc coverage` and
 * `syscallc diff` see it: per syscall number its status, handler, note,
 * place in the master and first Linux release.
 *
 * STATUS (docs/import-coverage.md, "What a status means") comes from the
 * spec alone, never from a list kept elsewhere:
 *   implemented     STD entry preceded by a `;@implemented` comment: the
 *                   runtime (runtime/kern) has the handler
 *   passthrough     NOPROTO: the host's own system call serves it
 *   stub            STD entry whose handler has a dummy.list line for this
 *                   arch: a deliberate, logged answer (ENOSYS, EPERM...)
 *   unimplemented   any other STD entry (the generated weak fallback
 *                   answers ENOSYS, logged once), or UNIMPL/RESERVED
 *   obsolete        OBSOL
 */
#ifndef SYSCALLC_SPEC_LOAD_H
#define SYSCALLC_SPEC_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

struct diag;

enum cov_status {
	CS_IMPLEMENTED,
	CS_PASSTHROUGH,
	CS_STUB,
	CS_UNIMPLEMENTED,
	CS_OBSOLETE,
	CS__COUNT
};

extern const char *const cov_status_names[CS__COUNT];

struct cov_row {
	long		 num;
	const char	*name;		/* Linux's name of the number */
	const char	*entry;		/* Linux's entry point, NULL: none */
	const char	*type;		/* the master's type word */
	enum cov_status	 status;
	bool		 in_linux;	/* Linux implements this number */
	const char	*handler;	/* what linux_sysent calls */
	const char	*args;		/* "l_int fd, char *buf" ("" none) */
	const char	*note;		/* the comments above the entry */
	const char	*file;		/* the master, as named */
	int		 line;
	const char	*since;		/* first Linux release, NULL unknown */
	const char	*stub_reason;	/* CS_STUB: dummy.list's reason */
	const char	*stub_errno;
};

struct spec_arch {
	const char	*release;	/* "linux-6.12" (directory name) */
	const char	*arch;		/* "amd64" */
	const char	*dir;		/* spec/linux-6.12/amd64 */
	const char	*master;
	const char	*table;		/* the Linux table read, or NULL */
	struct cov_row	*rows;
	size_t		 nrows;
};

struct spec_set {
	struct arena	 arena;
	const char	*release;
	const char	*release_dir;	/* spec/linux-6.12 */
	struct spec_arch *arches;
	size_t		 narches;
};

/*
 * Load SPEC: a release directory (every <arch>/syscalls.master under it),
 * an arch directory, or a master file.  `since` is the first-release table
 * (NULL: spec/syscall-since.tsv above the release directory, if any).
 * Returns 0, 1 (errors in the spec, reported), 2 (I/O or usage).
 */
int	spec_load(struct spec_set *s, const char *spec, const char *since,
	    struct diag *d);
void	spec_free(struct spec_set *s);

/* One line of a dummy.list: `dummy NAME REASON [errno E] [log L] [arch A]`
 * (import_dummy.c).  Returns false for other lines. */
struct dummy_fields {
	char	*name, *reason, *errno_name, *arch;
};
bool	dummy_line_fields(const char *line, struct dummy_fields *f);
void	dummy_fields_free(struct dummy_fields *f);

#endif /* SYSCALLC_SPEC_LOAD_H */
