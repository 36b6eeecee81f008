/*
 * linux_ioctl_termio.c — the terminal ioctl set (Linux 0x5401..0x545d):
 * every command spec/<release>/ioctl.sets lists as implemented, translated
 * to the host's terminal ioctls (kern_ioctl(), FreeBSD's numbering and
 * structures) and back.
 *
 * What comes from where:
 *  - which commands reach this handler, their host command, argument size
 *    and direction: the generated dispatcher (linux_ioctl_table.[ch]);
 *    quiet and unimplemented commands never get here;
 *  - flag bits, c_cc slots and speed codes: the generated termios
 *    translation (linux_termios.[ch], from termios.map and the host's
 *    termios.defs);
 *  - structure layouts: linux_termios_types.h, host_termios_types.h.
 *
 * Most commands carry the same bytes on both sides (an int, a char, a
 * struct winsize) and take the generic path; the rest have a helper each.
 * Where this departs from Linux, and why:
 *  - Setting termios (TCSETS*, TCSETA*, TIOCSSOFTCAR) reads the host's
 *    termios first and changes only what Linux can express: host-only
 *    bits and c_cc slots (VSTATUS, ALTWERASE...) keep their value, where
 *    a plain conversion would clear them behind the program's back.
 *  - Linux bits and slots the host cannot hold (termios.map's
 *    `unmappable linux`: IUCLC, OLCUC, XCASE, VSWTC...) are dropped on
 *    set and read as 0; c_line reads as N_TTY, the host's one discipline.
 *  - An input speed equal to the output speed reads back as CIBAUD 0
 *    ("as output"): the host keeps two rates, not whether they were
 *    given apart. A CBAUD code without a rate keeps the host's speed.
 *  - TCSBRK with 0 and TCSBRKP send the break with TIOCSBRK, a timed
 *    sleep and TIOCCBRK; a line that cannot send one (the host refuses
 *    TIOCSBRK) succeeds, as Linux does for drivers without break_ctl.
 *  - TCXONC's TCIOFF/TCION write the STOP/START character as ordinary
 *    output (the host has no priority path), so they queue behind output
 *    and wait while output is stopped.
 *  - TIOCSCTTY's "steal" argument has no host counterpart and is ignored.
 *  - Process group and session ids pass unchanged: the runtime's TGIDs
 *    are the host's process ids (linux_pid.c).
 *  - The argument is copied in before the host is asked, as FreeBSD's
 *    ioctl(2) does: with a bad pointer, a command Linux first refuses
 *    for the terminal (TIOCSPGRP without a controlling terminal, TIOCM*
 *    on a pty) gives EFAULT here, ENOTTY there.
 */
#include "kern_api.h"
#include "kern_api_file.h"
#include "host_ioctl.h"
#include "host_termios_types.h"
#include "linux_ioctl_table.h"
#include "linux_termios_types.h"

#define	TERMIO_NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * The Linux code of a host rate. A rate Linux has no code for (one only
 * the host knows, such as 7200) reads as the fastest code below it.
 */
static int64_t
speed_code_at_most(uint32_t baud)
{
	int64_t code = 0;
	uint32_t best = 0;

	for (int i = 0; i < linux_termios_nspeeds; i++)
		if (linux_termios_speeds[i].baud <= baud &&
		    linux_termios_speeds[i].baud >= best) {
			best = linux_termios_speeds[i].baud;
			code = linux_termios_speeds[i].code;
		}
	return (code);
}

static void
termios_from_host(const struct host_termios *bt, struct l_termios *lt)
{
	int64_t ocode, icode;

	lt->c_iflag = linux_termios_c_iflag_from_host(bt->c_iflag);
	lt->c_oflag = linux_termios_c_oflag_from_host(bt->c_oflag);
	lt->c_cflag = linux_termios_c_cflag_from_host(bt->c_cflag);
	lt->c_lflag = linux_termios_c_lflag_from_host(bt->c_lflag);
	lt->c_line = LINUX_N_TTY;
	linux_termios_cc_from_host(bt->c_cc, lt->c_cc);

	ocode = speed_code_at_most(bt->c_ospeed);
	lt->c_cflag |= ((uint32_t)ocode << LINUX_CBAUD_SHIFT) & LINUX_CBAUD;
	if (bt->c_ispeed != 0 && bt->c_ispeed != bt->c_ospeed) {
		icode = speed_code_at_most(bt->c_ispeed);
		lt->c_cflag |= ((uint32_t)icode << LINUX_CIBAUD_SHIFT) &
		    LINUX_CIBAUD;
	}
}

/*
 * Apply a Linux termios to the host's current one (bt, as TIOCGETA gave
 * it): host-only bits and slots stay.
 */
static void
termios_to_host(const struct l_termios *lt, struct host_termios *bt)
{
	int64_t obaud, ibaud;
	uint32_t icode;

	bt->c_iflag = linux_termios_c_iflag_to_host(lt->c_iflag, bt->c_iflag);
	bt->c_oflag = linux_termios_c_oflag_to_host(lt->c_oflag, bt->c_oflag);
	bt->c_cflag = linux_termios_c_cflag_to_host(lt->c_cflag, bt->c_cflag);
	bt->c_lflag = linux_termios_c_lflag_to_host(lt->c_lflag, bt->c_lflag);
	linux_termios_cc_to_host(lt->c_cc, bt->c_cc);

	obaud = linux_termios_speed_baud(
	    (lt->c_cflag & LINUX_CBAUD) >> LINUX_CBAUD_SHIFT);
	if (obaud >= 0)
		bt->c_ospeed = (uint32_t)obaud;
	icode = (lt->c_cflag & LINUX_CIBAUD) >> LINUX_CIBAUD_SHIFT;
	if (icode == 0)
		bt->c_ispeed = 0;	/* as output */
	else if ((ibaud = linux_termios_speed_baud(icode)) >= 0)
		bt->c_ispeed = (uint32_t)ibaud;
}

static int
termio_tcgets(struct thread *td, int fd, uintptr_t arg)
{
	struct host_termios bt;
	struct l_termios lt;
	int error;

	error = kern_ioctl(td, fd, HOST_TIOCGETA, &bt);
	if (error != 0)
		return (error);
	termios_from_host(&bt, &lt);
	return (copyout(&lt, (void *)arg, sizeof(lt)));
}

static int
termio_tcsets(struct thread *td, int fd, u_long host_cmd, uintptr_t arg)
{
	struct host_termios bt;
	struct l_termios lt;
	int error;

	error = kern_ioctl(td, fd, HOST_TIOCGETA, &bt);
	if (error != 0)
		return (error);
	error = copyin((const void *)arg, &lt, sizeof(lt));
	if (error != 0)
		return (error);
	termios_to_host(&lt, &bt);
	return (kern_ioctl(td, fd, host_cmd, &bt));
}

static int
termio_tcgeta(struct thread *td, int fd, uintptr_t arg)
{
	struct host_termios bt;
	struct l_termios lt;
	struct l_termio lo;
	int error;

	error = kern_ioctl(td, fd, HOST_TIOCGETA, &bt);
	if (error != 0)
		return (error);
	termios_from_host(&bt, &lt);
	lo.c_iflag = (uint16_t)lt.c_iflag;
	lo.c_oflag = (uint16_t)lt.c_oflag;
	lo.c_cflag = (uint16_t)lt.c_cflag;
	lo.c_lflag = (uint16_t)lt.c_lflag;
	lo.c_line = lt.c_line;
	for (int i = 0; i < LINUX_NCC; i++)
		lo.c_cc[i] = lt.c_cc[i];
	return (copyout(&lo, (void *)arg, sizeof(lo)));
}

/* TCSETA*: the low halves of the flag words and c_cc[0..7]; the rest stays. */
static int
termio_tcseta(struct thread *td, int fd, u_long host_cmd, uintptr_t arg)
{
	struct host_termios bt;
	struct l_termios lt;
	struct l_termio lo;
	int error;

	error = kern_ioctl(td, fd, HOST_TIOCGETA, &bt);
	if (error != 0)
		return (error);
	error = copyin((const void *)arg, &lo, sizeof(lo));
	if (error != 0)
		return (error);
	termios_from_host(&bt, &lt);
	lt.c_iflag = (lt.c_iflag & 0xffff0000u) | lo.c_iflag;
	lt.c_oflag = (lt.c_oflag & 0xffff0000u) | lo.c_oflag;
	lt.c_cflag = (lt.c_cflag & 0xffff0000u) | lo.c_cflag;
	lt.c_lflag = (lt.c_lflag & 0xffff0000u) | lo.c_lflag;
	lt.c_line = lo.c_line;
	for (int i = 0; i < LINUX_NCC; i++)
		lt.c_cc[i] = lo.c_cc[i];
	termios_to_host(&lt, &bt);
	return (kern_ioctl(td, fd, host_cmd, &bt));
}

/* TIOCGSOFTCAR/TIOCSSOFTCAR: CLOCAL, as an int. */
static int
termio_softcar(struct thread *td, int fd, bool set, uintptr_t arg)
{
	struct host_termios bt;
	int32_t on;
	int error;

	error = kern_ioctl(td, fd, HOST_TIOCGETA, &bt);
	if (error != 0)
		return (error);
	if (!set) {
		on = (bt.c_cflag & HOST_CLOCAL) != 0;
		return (copyout(&on, (void *)arg, sizeof(on)));
	}
	error = copyin((const void *)arg, &on, sizeof(on));
	if (error != 0)
		return (error);
	if (on != 0)
		bt.c_cflag |= HOST_CLOCAL;
	else
		bt.c_cflag &= ~(uint32_t)HOST_CLOCAL;
	return (kern_ioctl(td, fd, HOST_TIOCSETA, &bt));
}

/*
 * A break of `ms` milliseconds after the output drained. The sleep can be
 * cut short by a signal; the break is cleared whatever happens.
 */
static int
termio_break(struct thread *td, int fd, int64_t ms)
{
	struct ktimeout deadline;
	struct kmutex m;
	int error, serror;

	error = kern_ioctl(td, fd, HOST_TIOCDRAIN, NULL);
	if (error != 0)
		return (error);
	if (kern_ioctl(td, fd, HOST_TIOCSBRK, NULL) != 0)
		return (0);	/* a line that cannot send a break */
	deadline.kt_clock = KCLOCK_MONOTONIC;
	deadline.kt_deadline_ns = kern_clock_ns(KCLOCK_MONOTONIC) +
	    ms * 1000000;
	kmtx_init(&m, "tcsbrk");
	kmtx_lock(&m);
	do
		serror = kern_msleep(&m, &m, KSLEEP_CATCH, "tcsbrk", &deadline);
	while (serror == 0);
	kmtx_unlock(&m);
	kmtx_destroy(&m);
	error = kern_ioctl(td, fd, HOST_TIOCCBRK, NULL);
	/* Linux answers EINTR, never a restart, when a signal ends it. */
	if (serror == EINTR || serror == ERESTART)
		return (EINTR);
	return (error);
}

static int
termio_tcxonc(struct thread *td, int fd, uintptr_t arg)
{
	struct host_termios bt;
	size_t done;
	uint8_t c;
	int error;

	switch (arg) {
	case LINUX_TCOOFF:
		return (kern_ioctl(td, fd, HOST_TIOCSTOP, NULL));
	case LINUX_TCOON:
		return (kern_ioctl(td, fd, HOST_TIOCSTART, NULL));
	case LINUX_TCIOFF:
	case LINUX_TCION:
		error = kern_ioctl(td, fd, HOST_TIOCGETA, &bt);
		if (error != 0)
			return (error);
		c = bt.c_cc[arg == LINUX_TCIOFF ? HOST_VSTOP : HOST_VSTART];
		if (c == HOST_VDISABLE)
			return (0);
		return (kern_fd_write(td, fd, &c, 1, &done));
	default:
		return (EINVAL);
	}
}

static int
termio_tcflsh(struct thread *td, int fd, uintptr_t arg)
{
	int32_t which;

	switch (arg) {
	case LINUX_TCIFLUSH:
		which = HOST_FREAD;
		break;
	case LINUX_TCOFLUSH:
		which = HOST_FWRITE;
		break;
	case LINUX_TCIOFLUSH:
		which = HOST_FREAD | HOST_FWRITE;
		break;
	default:
		return (EINVAL);
	}
	return (kern_ioctl(td, fd, HOST_TIOCFLUSH, &which));
}

/* Line disciplines both sides have; anything else is EINVAL. */
static const struct {
	int32_t	linux_disc, host_disc;
} termio_discs[] = {
	{ LINUX_N_TTY, HOST_TTYDISC },
	{ LINUX_N_SLIP, HOST_SLIPDISC },
	{ LINUX_N_PPP, HOST_PPPDISC },
	{ LINUX_N_HCI, HOST_H4DISC },
};

static int
termio_disc(struct thread *td, int fd, bool set, uintptr_t arg)
{
	int32_t disc;
	int error;

	if (set) {
		error = copyin((const void *)arg, &disc, sizeof(disc));
		if (error != 0)
			return (error);
		for (size_t i = 0; i < TERMIO_NITEMS(termio_discs); i++)
			if (termio_discs[i].linux_disc == disc) {
				disc = termio_discs[i].host_disc;
				return (kern_ioctl(td, fd, HOST_TIOCSETD,
				    &disc));
			}
		return (EINVAL);
	}
	error = kern_ioctl(td, fd, HOST_TIOCGETD, &disc);
	if (error != 0)
		return (error);
	for (size_t i = 0; i < TERMIO_NITEMS(termio_discs); i++)
		if (termio_discs[i].host_disc == disc) {
			disc = termio_discs[i].linux_disc;
			return (copyout(&disc, (void *)arg, sizeof(disc)));
		}
	return (EINVAL);
}

/*
 * Modem lines: the same bits for the lines both have; Linux's OUT1, OUT2
 * and LOOP are not set on the host and read as 0.
 */
static int
termio_modem(struct thread *td, int fd, const struct linux_ioctl_cmd *cmd,
    uintptr_t arg)
{
	int32_t bits;
	int error;

	if (cmd->dir == LINUX_IOCTL_OUT) {
		error = kern_ioctl(td, fd, (u_long)cmd->host_cmd, &bits);
		if (error != 0)
			return (error);
		bits &= HOST_TIOCM_ALL;
		return (copyout(&bits, (void *)arg, sizeof(bits)));
	}
	error = copyin((const void *)arg, &bits, sizeof(bits));
	if (error != 0)
		return (error);
	bits &= HOST_TIOCM_ALL;
	return (kern_ioctl(td, fd, (u_long)cmd->host_cmd, &bits));
}

/*
 * A command whose argument is the same bytes on both sides (an int, a
 * char, a struct winsize), or none: copy in, call, copy out.
 */
static int
termio_same_bytes(struct thread *td, int fd, const struct linux_ioctl_cmd *cmd,
    uintptr_t arg)
{
	uint64_t buf[2];	/* the largest: struct winsize */
	size_t len;
	u_long host_cmd;
	int error;

	host_cmd = (u_long)cmd->host_cmd;
	len = cmd->arg_size > 0 ? (size_t)cmd->arg_size : 0;
	KASSERT(cmd->host_cmd >= 0 && len <= sizeof(buf) &&
	    (cmd->dir == LINUX_IOCTL_NONE || cmd->dir == LINUX_IOCTL_VALUE ||
	    HOST_IOCPARM_LEN(host_cmd) == len),
	    ("linux_ioctl_termio: %s: %zu bytes for host command %#lx",
	    cmd->name, len, host_cmd));
	switch (cmd->dir) {
	case LINUX_IOCTL_IN:
	case LINUX_IOCTL_INOUT:
		error = copyin((const void *)arg, buf, len);
		if (error != 0)
			return (error);
		break;
	case LINUX_IOCTL_NONE:
	case LINUX_IOCTL_VALUE:
		/* The value (TIOCSCTTY's "steal") has no host counterpart. */
		return (kern_ioctl(td, fd, host_cmd, NULL));
	default:
		break;
	}
	error = kern_ioctl(td, fd, host_cmd, buf);
	if (error != 0 || (cmd->dir != LINUX_IOCTL_OUT &&
	    cmd->dir != LINUX_IOCTL_INOUT))
		return (error);
	return (copyout(buf, (void *)arg, len));
}

int
linux_ioctl_termio(struct thread *td, int fd, const struct linux_ioctl_cmd *cmd,
    uint32_t linux_cmd, uintptr_t arg)
{
	int32_t on;

	/* A key of the range the spec does not list: nothing Linux had. */
	if (cmd == NULL)
		return (ENOIOCTL);
	switch (linux_cmd) {
	case LINUX_TCGETS:
		return (termio_tcgets(td, fd, arg));
	case LINUX_TCSETS:
	case LINUX_TCSETSW:
	case LINUX_TCSETSF:
		return (termio_tcsets(td, fd, (u_long)cmd->host_cmd, arg));
	case LINUX_TCGETA:
		return (termio_tcgeta(td, fd, arg));
	case LINUX_TCSETA:
	case LINUX_TCSETAW:
	case LINUX_TCSETAF:
		return (termio_tcseta(td, fd, (u_long)cmd->host_cmd, arg));
	case LINUX_TCSBRK:
		if (arg != 0)	/* tcdrain(): no break */
			return (kern_ioctl(td, fd, HOST_TIOCDRAIN, NULL));
		return (termio_break(td, fd, 250));
	case LINUX_TCSBRKP:
		/* Deciseconds, 0 meaning the usual quarter second. */
		return (termio_break(td, fd, arg == 0 ? 250 :
		    (int64_t)(arg > 864000 ? 864000 : arg) * 100));
	case LINUX_TCXONC:
		return (termio_tcxonc(td, fd, arg));
	case LINUX_TCFLSH:
		return (termio_tcflsh(td, fd, arg));
	case LINUX_TIOCGSOFTCAR:
		return (termio_softcar(td, fd, false, arg));
	case LINUX_TIOCSSOFTCAR:
		return (termio_softcar(td, fd, true, arg));
	case LINUX_TIOCGETD:
		return (termio_disc(td, fd, false, arg));
	case LINUX_TIOCSETD:
		return (termio_disc(td, fd, true, arg));
	case LINUX_TIOCMGET:
	case LINUX_TIOCMBIS:
	case LINUX_TIOCMBIC:
	case LINUX_TIOCMSET:
		return (termio_modem(td, fd, cmd, arg));
	case LINUX_TIOCCONS:
		/* Linux's has no argument; the host's says "on". */
		on = 1;
		return (kern_ioctl(td, fd, HOST_TIOCCONS, &on));
	default:
		if (cmd->host_cmd < 0)
			return (ENOIOCTL);	/* implemented, but not here */
		return (termio_same_bytes(td, fd, cmd, arg));
	}
}
