/*
 * pty_test.h — what the terminal ioctl tests share: a pseudo-terminal of
 * this process, the program's ioctl(2) through the whole emulated path
 * (inproc_syscall -> linux_syscall -> linux_ioctl -> linux_ioctl_termio ->
 * kern_ioctl -> the in-process host -> the real ioctl), and the real
 * ioctl(2) on the same descriptor, both answering the result or -errno in
 * Linux's numbering so they compare directly.
 *
 * No <errno.h> here: inproc.h brings the modelled host's errno names.
 */
#ifndef _PTY_TEST_H_
#define _PTY_TEST_H_

#include <fcntl.h>
#include <poll.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "inproc.h"
#include "linux_errno.h"
#include "linux_ioctl_table.h"
#include "linux_syscall.h"
#include "linux_termios_types.h"

struct pty {
	int	master;
	int	slave;
};

/* A fresh pseudo-terminal, neither end our controlling terminal. */
static inline bool
pty_open(struct pty *p)
{
	p->master = posix_openpt(O_RDWR | O_NOCTTY);
	if (p->master < 0 || grantpt(p->master) != 0 ||
	    unlockpt(p->master) != 0)
		return (false);
	p->slave = open(ptsname(p->master), O_RDWR | O_NOCTTY);
	return (p->slave >= 0);
}

static inline void
pty_close(struct pty *p)
{

	if (p->slave >= 0)
		close(p->slave);
	if (p->master >= 0)
		close(p->master);
	p->master = p->slave = -1;
}

/* The emulated program's ioctl(fd, cmd, arg). */
static inline long
emu_ioctl(int fd, uint32_t cmd, uintptr_t arg)
{

	return (inproc_syscall(LINUX_SYS_linux_ioctl, (long)fd, (long)cmd,
	    (long)arg, 0, 0, 0));
}

/* The real ioctl(2), as the kernel answers it: no libc errno. */
static inline long
real_ioctl(int fd, uint32_t cmd, uintptr_t arg)
{
	long ret;

	__asm__ volatile ("syscall"
	    : "=a" (ret)
	    : "0" ((long)SYS_ioctl), "D" ((long)fd), "S" ((long)cmd),
	      "d" (arg)
	    : "rcx", "r11", "memory");
	return (ret);
}

/*
 * Wait until fd has input: what is written to one end of a pty reaches
 * the other through the kernel's work queue, not at once. A handshake,
 * with a generous limit against a hang (false: it never came).
 */
static inline bool
wait_readable(int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };

	return (poll(&p, 1, 10000) == 1);
}

/* A user address that is never mapped. */
#define	PTY_BAD_POINTER	((uintptr_t)8)

/*
 * Every command of the terminal set the spec marks implemented must be in
 * this list, and the tests that compare it with the real ioctl name it
 * here: test_linux_ioctl_termio checks that the two agree.
 */
static const char *const termio_compared[] = {
	/* test_linux_ioctl_termio.c */
	"TCGETS", "TCSETS", "TCSETSW", "TCSETSF", "TCGETA", "TCSETA",
	"TCSETAW", "TCSETAF", "TIOCGWINSZ", "TIOCSWINSZ", "TIOCGSOFTCAR",
	"TIOCSSOFTCAR",
	/* test_linux_ioctl_tty.c */
	"TCSBRK", "TCSBRKP", "TCXONC", "TCFLSH", "TIOCEXCL", "TIOCNXCL",
	"TIOCSCTTY", "TIOCGPGRP", "TIOCSPGRP", "TIOCOUTQ", "TIOCSTI",
	"TIOCMGET", "TIOCMBIS", "TIOCMBIC", "TIOCMSET", "FIONREAD",
	"TIOCCONS", "TIOCPKT", "FIONBIO", "TIOCNOTTY", "TIOCSETD",
	"TIOCGETD", "TIOCSBRK", "TIOCCBRK", "TIOCGSID", "TIOCGPTN",
	"FIONCLEX", "FIOCLEX", "FIOASYNC",
};

#endif /* !_PTY_TEST_H_ */
