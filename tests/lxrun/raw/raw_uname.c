/*
 * raw_uname.c — prints the release uname(2) reports, and the exit status
 * says whether getpid() and gettid() agree in a one-thread process.
 * No C library: runs on every release's spec.
 */
#include "raw.h"

int
raw_main(void)
{
	char uts[6 * 65];

	if (RAW1(RAW_NR_UNAME, uts) != 0)
		return (2);
	raw_puts("release=");
	raw_puts(uts + 2 * 65);
	raw_puts("\n");
	return (RAW0(RAW_NR_GETPID) == RAW0(RAW_NR_GETTID) ? 0 : 1);
}
