/*
 * raw_utsns.c — a program that moves into another UTS namespace (setns on
 * descriptor 100, which the test opened on a namespace whose host name it
 * set), then prints newuname's node name. Under lxrun the tracer stays in
 * its own namespace, and uname must still tell the program's
 * (tests/lxrun/test_lxrun_uname.c). Prints "setns=<result>" and exits 3
 * when the move fails.
 */
#include "raw.h"

#if defined(__x86_64__)
#define	NR_NEWUNAME	63
#define	NR_SETNS	308
#else
#define	NR_NEWUNAME	122
#define	NR_SETNS	346
#endif
#define	CLONE_NEWUTS	0x04000000
#define	NS_FD		100

int
raw_main(void)
{
	static char buf[6 * 65];
	long r;

	if ((r = RAW3(NR_SETNS, NS_FD, CLONE_NEWUTS, 0)) != 0) {
		raw_puts("setns=");
		raw_putnum(r);
		raw_puts("\n");
		return (3);
	}
	if (RAW1(NR_NEWUNAME, buf) != 0)
		return (5);
	raw_puts("nodename=");
	raw_puts(buf + 65);
	raw_puts("\n");
	return (0);
}
