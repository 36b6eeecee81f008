/*
 * import.h — `syscallc import`: the syscalls.master of a new Linux release
 * from Linux's own syscall table and the older release's spec.
 *
 * The result is an ordinary master that a person then edits:
 *   - every number up to the table's largest is present;
 *   - an entry of the older spec whose syscall Linux still implements at
 *     the same number is copied verbatim (status, prototype, notes,
 *     comments and ;@ annotations);
 *   - a syscall the older spec lacks (or had as UNIMPL/OBSOL) and Linux now
 *     implements enters as a STD entry whose handler is a stub: a
 *     `dummy NAME imported arch ARCH` line is added to dummy.list, and
 *     the prototype comes from the kernel's declaration when one is given
 *     (import_protos.h), else it is an empty skeleton to fill in;
 *   - a syscall the older spec handles and the table no longer implements
 *     becomes OBSOL (and loses its dummy.list line for this arch);
 *   - numbers the table lacks are UNIMPL (runs of them as N-M ranges).
 * Importing the result again with the same table changes nothing.
 */
#ifndef SYSCALLC_IMPORT_H
#define SYSCALLC_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

/*
 * The dummy.list reason of the stubs import adds: "new in this release,
 * nobody has decided about it yet" (ENOSYS, logged once, like every stub).
 * A person replaces it by a handler (and ;@implemented) or by a decided
 * reason (unimplemented, security, host-lacks, obsolete).  lxrun runs
 * such calls natively, as it does STD entries runtime/kern lacks.
 */
#define IMPORT_REASON	"imported"

struct diag;

struct import_options {
	const char	*old_master;	/* the older release's master */
	const char	*new_master;	/* where to write ("-": stdout) */
	const char	*table;		/* Linux's .tbl */
	const char	*abis;		/* ABIs to take from it (NULL: all) */
	const char	*arch;		/* arch word of dummy.list lines */
	const char	*release;	/* "linux-6.12", for comments */
	const char	*dummy_in;	/* dummy.list to start from, or NULL */
	const char	*dummy_out;	/* dummy.list to write, or NULL */
	const char	*conf_in;	/* syscalls.conf to copy, or NULL */
	const char	*conf_out;
	const char	*conf_from;	/* release name replaced in the conf */
	const char *const *protos;	/* kernel declaration files */
	size_t		 nprotos;
	bool		 quiet;		/* no summary on stderr */
};

/*
 * Run one import.  Returns 0 (written), 1 (errors in the inputs: nothing
 * written) or 2 (usage or I/O errors: nothing written).
 */
int	syscallc_import(const struct import_options *o, struct diag *d);

/*
 * dummy.list update (import_dummy.c).  `text` is the current file (may be
 * NULL: none); `add` the stub names this arch's master gained, `drop` the
 * names that became OBSOL on it.  Returns the new text (malloc'd) or NULL
 * after reporting a line that cannot be read.  The file name is for
 * diagnostics.
 */
char	*import_update_dummies(const char *path, const char *text,
	    const char *arch, const char *release,
	    const char *const *add, size_t nadd,
	    const char *const *drop, size_t ndrop, struct diag *d);

#endif /* SYSCALLC_IMPORT_H */
