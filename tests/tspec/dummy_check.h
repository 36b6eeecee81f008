/*
 * dummy_check.h — the checks of one arch's generated DUMMY stubs against
 * the facts, shared by the amd64 Criterion test and the i386 helper (the
 * i386 stubs are compiled with -m32, where Criterion is not available).
 */
#ifndef TSPEC_TEST_DUMMY_CHECK_H
#define TSPEC_TEST_DUMMY_CHECK_H

#include <stdio.h>

/*
 * Call every stub of linux_dummy_stubs[] and check it against the facts:
 * the syscall exists in the arch's 2.6.16 table (fixture), the stub
 * returns its host errno, that errno translates to the Linux errno the
 * table names, which is the Linux errno of that name (fixture), and the
 * stub logs its own name as its policy says. `syscalls` is the fixture
 * (linux/i386-2.6.16.tsv or linux/x86_64-2.6.16.tsv). Every problem is
 * printed on `out`; returns their number (and the number of stubs checked
 * in *nchecked).
 */
int	dummy_check_stubs(const char *syscalls, FILE *out, int *nchecked);

#endif /* TSPEC_TEST_DUMMY_CHECK_H */
