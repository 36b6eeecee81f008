/*
 * tspec_master.h — what the DUMMY checks of dummy.list need to know about a
 * release's syscalls.master files: for each arch, whether a syscall exists
 * and who handles it (enum ts_master_status, tspec.h).
 *
 * The DUMMY checks only ever call a ts_master_lookup_fn (tspec.h); this
 * module answers it from the compiler's master model (model.h): each
 * arch's master is parsed and derived as `syscallc compile` does it.
 */
#ifndef SYSCALLC_TSPEC_MASTER_H
#define SYSCALLC_TSPEC_MASTER_H

#include "tspec.h"

struct ts_masters;

/*
 * Read SPECDIR/<arch>/syscalls.master (and syscalls.conf beside it) for
 * every arch of tspec_arches[] that has one. Problems in a master are
 * reported to d with the compiler's own checks; unreadable files as I/O
 * errors. *archmask gets a bit per arch whose master was read. Never
 * returns NULL (a result with no masters answers TM_ABSENT for
 * everything).
 */
struct ts_masters *tspec_masters_open(struct diag *d, const char *specdir,
		    unsigned *archmask);
void		 tspec_masters_free(struct ts_masters *m);

/* The ts_master_lookup_fn; `arg` is a struct ts_masters. */
enum ts_master_status tspec_masters_lookup(void *arg, int arch,
		    const char *name);

#endif /* SYSCALLC_TSPEC_MASTER_H */
