/*
 * test_lxrun_hardcases.c — the hard cases of issue 10 (item 3), each a
 * program of tests/lxrun/progs run natively and under lxrun with the
 * same output expected: a signal to a thread sleeping in a futex wait
 * (EINTR, or a restart with SA_RESTART), execve from a thread, the exit
 * ordering of CLONE_CHILD_CLEARTID, vfork, group stops, futex timeouts,
 * shared futexes keyed by mapping, atomic read-modify-write (WAKE_OP).
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
