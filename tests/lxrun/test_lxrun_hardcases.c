/*
 * test_lxrun_hardcases.c — the hard cases of issue 10 (item 3), each a
 * program of tests/lxrun/progs run natively and under lxrun with the
 * same output expected: a signal to a thread sleeping in a futex wait
 * (EINTR, or a restart with SA_RESTART), execve from a thread, the exit
 * ordering of CLONE_CHILD_CLEARTID, vfork, group stops, futex timeouts,
 * shared futexes keyed by mapping, and remapped after their keys were
 * cached (keyremap) or while a remap is in flight (keywindow), atomic
 * read-modify-write (WAKE_OP);
 * and the machine state in signal frames: trap number, error code and
 * address (trapinfo), FP images (fpframe), the vDSO's sigreturn
 * trampolines for i386 handlers without SA_RESTORER (sigtramp).
 * Robust-list OWNER_DIED is test_lxrun_programs' robust test.
 */
#include "lxt_compare.h"

#define	HARDCASE(prog, features)					\
Test(lxrun_hardcases, prog, .timeout = 60) {				\
	char *argv[] = { lxt_path("progs/" #prog "_amd64"), NULL };	\
									\
	compare_program_with("amd64", argv, #prog, features);		\
	free(argv[0]);							\
}

HARDCASE(sigfutex, "threads signals")
HARDCASE(execthread, "threads")
HARDCASE(cleartid, "threads")
HARDCASE(vfork, "threads")
HARDCASE(groupstop, "threads signals")
HARDCASE(timeout, "threads")
HARDCASE(sharedfutex, "threads")
HARDCASE(keyremap, "threads")
HARDCASE(keywindow, "threads")
HARDCASE(wakeop, "threads")

/* The same for a 32-bit program: the i386 engine's atomics and keys. */
Test(lxrun_hardcases, wakeop_i386, .timeout = 60) {
	char *argv[] = { lxt_path("progs/wakeop_i386"), NULL };

	compare_program_with("i386", argv, "wakeop (i386)", "threads");
	free(argv[0]);
}

Test(lxrun_hardcases, sharedfutex_i386, .timeout = 60) {
	char *argv[] = { lxt_path("progs/sharedfutex_i386"), NULL };

	compare_program_with("i386", argv, "sharedfutex (i386)", "threads");
	free(argv[0]);
}

/* Remapped futex addresses (the tracer's key cache): mmap2, mremap, and
   shmat/shmdt as i386 makes them. */
Test(lxrun_hardcases, keyremap_i386, .timeout = 60) {
	char *argv[] = { lxt_path("progs/keyremap_i386"), NULL };

	compare_program_with("i386", argv, "keyremap (i386)", "threads");
	free(argv[0]);
}

/*
 * Handlers installed without SA_RESTORER (kern_sigtramp): i386 returns
 * through the real vDSO's trampolines; x86-64 refuses the frame.
 */
Test(lxrun_hardcases, sigtramp_i386, .timeout = 60) {
	char *argv[] = { lxt_path("progs/sigtramp_i386"), NULL };

	compare_program_with("i386", argv, "sigtramp (i386)",
	    "threads signals");
	free(argv[0]);
}

HARDCASE(sigtramp, "threads signals")

/*
 * trapno, err and cr2 in the sigcontext of fault handlers, and stale in
 * later frames (the tracer host captures them from the real kernel).
 */
HARDCASE(trapinfo, "threads signals")

Test(lxrun_hardcases, trapinfo_i386, .timeout = 60) {
	char *argv[] = { lxt_path("progs/trapinfo_i386"), NULL };

	compare_program_with("i386", argv, "trapinfo (i386)",
	    "threads signals");
	free(argv[0]);
}

/*
 * FP images a handler rewrote: compacted (kfp_compacted) and with AMX's
 * tile-data bit (kfp_xcr0 from XGETBV) are taken as Linux takes them,
 * and an untouched one gives the interrupted code its registers back.
 */
HARDCASE(fpframe, "threads signals")
