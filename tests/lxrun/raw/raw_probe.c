/*
 * raw_probe.c — what the generated filter does with calls the runtime does
 * not implement: a dummy.list stub (setfsuid: logs its name, ENOSYS), a
 * number the release does not have (afs_syscall, UNIMPL in every master:
 * logged, ENOSYS), and on amd64 an i386 syscall made with int $0x80 (the
 * other arch: ENOSYS). Prints each result.
 */
#include "raw.h"

#if defined(__x86_64__)
#define	NR_SETFSUID	122
#define	NR_AFS		183
#else
#define	NR_SETFSUID	215	/* setfsuid32 */
#define	NR_AFS		137
#endif

int
raw_main(void)
{
	long r;

	raw_puts("stub=");
	raw_putnum(RAW1(NR_SETFSUID, 0));
	raw_puts(" unimplemented=");
	raw_putnum(RAW0(NR_AFS));
#if defined(__x86_64__)
	/* getpid as i386 numbers it (20), through the i386 entry. */
	__asm__ volatile("int $0x80" : "=a"(r) : "a"(20L) : "memory");
	raw_puts(" int80=");
	raw_putnum(r);
#else
	(void)r;
#endif
	raw_puts("\n");
	return (0);
}
