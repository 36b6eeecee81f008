/*
 * tspec_master.h — what the DUMMY checks of dummy.list need to know about a
 * release's syscalls.master files: for each arch, whether a syscall exists
 * and who handles it (enum ts_master_status, tspec.h).
 *
 * THE INTERFACE IS THE LOOK-UP, NOT THE READER. tspec_check() only ever
 * calls a ts_master_lookup_fn; this module is one way to answer it. Until
 * the compiler's master model (model.h, master_parse()) is on main, it
 * reads the masters itself, minimally: entry headers (number, audit, type
 * flags, one-line name) and the function name of each entry's prototype,
 * nothing else. When the model lands, tspec_masters_open() builds the same
 * index from model->syscalls (NOPROTO -> implemented, UNIMPL/OBSOL/
 * RESERVED -> unimplemented, otherwise stubbable) and no caller changes.
 * Everything else a master holds is the compiler's business: a master that
 * this reader accepts may still be rejected by `syscallc compile`.
 */
#ifndef SYSCALLC_TSPEC_MASTER_H
#define SYSCALLC_TSPEC_MASTER_H

#include "tspec.h"

struct ts_masters;

/*
 * Read SPECDIR/<arch>/syscalls.master for every arch of tspec_arches[]
 * that has one. Problems are reported to d (located, check
 * `tspec-master`; unreadable files as I/O errors). *archmask gets a bit
 * per arch whose master was read. Never returns NULL (a result with no
 * masters answers TM_ABSENT for everything).
 */
struct ts_masters *tspec_masters_open(struct diag *d, const char *specdir,
		    unsigned *archmask);
void		 tspec_masters_free(struct ts_masters *m);

/* The ts_master_lookup_fn; `arg` is a struct ts_masters. */
enum ts_master_status tspec_masters_lookup(void *arg, int arch,
		    const char *name);

#endif /* SYSCALLC_TSPEC_MASTER_H */
