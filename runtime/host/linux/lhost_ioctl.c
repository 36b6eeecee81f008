/*
 * lhost_ioctl.c — the modelled host's terminal ioctls (FreeBSD numbers and
 * structures) as the real Linux system's (lhost_ioctl.h says why).
 *
 * The pairs below are written by name: the host's value comes from the
 * host facts (generated HOST_* headers), Linux's from the real system's
 * <asm/termbits.h> and <sys/ioctl.h>. None of it comes from the runtime's
 * tables, which translate the other way for Linux 2.6.16.
 *
 * What the model implies for a real Linux terminal: the host's termios
 * has no c_line, no VSWTC, no Linux-only bits (IUCLC, IUTF8, OLCUC...);
 * setting it through here clears them on the real terminal, and reading
 * it shows the host-only slots (VERASE2, VDSUSP, VSTATUS) disabled and the
 * host-only bits (ALTWERASE, NOKERNINFO...) clear, as a FreeBSD terminal
 * that never had them set would.
 */
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <asm/termbits.h>
#include <unistd.h>

#include "host_ioctl.h"
#include "host_termios_types.h"
#include "lhost_ioctl.h"

/*
 * Host errno values come through lhost_errno(), by name: this file sees
 * the real system's <errno.h>, not the host's numbers.
 */

/* How a command's argument travels. */
enum lhost_kind {
	K_NONE,		/* no argument either side */
	K_SAME,		/* the same bytes both sides (int, char, winsize) */
	K_VALUE0,	/* no host argument; Linux wants the value 0 */
	K_VALUE1,	/* no host argument; Linux wants the value 1 */
	K_TERMIOS_GET,
	K_TERMIOS_SET,
	K_FLUSH,	/* host FREAD|FWRITE -> Linux TCIFLUSH... */
	K_XON,		/* TIOCSTART: TCXONC TCOON */
	K_XOFF,		/* TIOCSTOP: TCXONC TCOOFF */
	K_DISC_GET,
	K_DISC_SET,
	K_MODEM_GET,
	K_MODEM_SET,
	K_CONS,		/* host int "on"; Linux none */
};

static const struct lhost_cmd {
	unsigned long	host_cmd;
	unsigned long	linux_cmd;
	enum lhost_kind	kind;
} lhost_cmds[] = {
	{ HOST_TIOCGETA, TCGETS, K_TERMIOS_GET },
	{ HOST_TIOCSETA, TCSETS, K_TERMIOS_SET },
	{ HOST_TIOCSETAW, TCSETSW, K_TERMIOS_SET },
	{ HOST_TIOCSETAF, TCSETSF, K_TERMIOS_SET },
	{ HOST_TIOCDRAIN, TCSBRK, K_VALUE1 },	/* tcdrain() */
	{ HOST_TIOCFLUSH, TCFLSH, K_FLUSH },
	{ HOST_TIOCSTART, TCXONC, K_XON },
	{ HOST_TIOCSTOP, TCXONC, K_XOFF },
	{ HOST_TIOCEXCL, TIOCEXCL, K_NONE },
	{ HOST_TIOCNXCL, TIOCNXCL, K_NONE },
	{ HOST_TIOCSCTTY, TIOCSCTTY, K_VALUE0 },	/* never steal */
	{ HOST_TIOCGPGRP, TIOCGPGRP, K_SAME },
	{ HOST_TIOCSPGRP, TIOCSPGRP, K_SAME },
	{ HOST_TIOCOUTQ, TIOCOUTQ, K_SAME },
	{ HOST_TIOCSTI, TIOCSTI, K_SAME },
	{ HOST_TIOCGWINSZ, TIOCGWINSZ, K_SAME },
	{ HOST_TIOCSWINSZ, TIOCSWINSZ, K_SAME },
	{ HOST_TIOCMGET, TIOCMGET, K_MODEM_GET },
	{ HOST_TIOCMBIS, TIOCMBIS, K_MODEM_SET },
	{ HOST_TIOCMBIC, TIOCMBIC, K_MODEM_SET },
	{ HOST_TIOCMSET, TIOCMSET, K_MODEM_SET },
	{ HOST_FIONREAD, FIONREAD, K_SAME },
	{ HOST_TIOCCONS, TIOCCONS, K_CONS },
	{ HOST_TIOCPKT, TIOCPKT, K_SAME },
	{ HOST_FIONBIO, FIONBIO, K_SAME },
	{ HOST_TIOCNOTTY, TIOCNOTTY, K_NONE },
	{ HOST_TIOCSETD, TIOCSETD, K_DISC_SET },
	{ HOST_TIOCGETD, TIOCGETD, K_DISC_GET },
	{ HOST_TIOCSBRK, TIOCSBRK, K_NONE },
	{ HOST_TIOCCBRK, TIOCCBRK, K_NONE },
	{ HOST_TIOCGSID, TIOCGSID, K_SAME },
	{ HOST_TIOCGPTN, TIOCGPTN, K_SAME },
	{ HOST_FIONCLEX, FIONCLEX, K_NONE },
	{ HOST_FIOCLEX, FIOCLEX, K_NONE },
	{ HOST_FIOASYNC, FIOASYNC, K_SAME },
};

/* A flag, or one value of a field: (word & mask) == value on each side. */
struct lhost_bits {
	uint32_t	host_mask, host_value;
	uint32_t	linux_mask, linux_value;
};
#define	FLAG(name)		{ HOST_##name, HOST_##name, name, name }
#define	VALUE(field, name)	{ HOST_##field, HOST_##name, field, name }

static const struct lhost_bits lhost_iflag[] = {
	FLAG(IGNBRK), FLAG(BRKINT), FLAG(IGNPAR), FLAG(PARMRK), FLAG(INPCK),
	FLAG(ISTRIP), FLAG(INLCR), FLAG(IGNCR), FLAG(ICRNL), FLAG(IXON),
	FLAG(IXOFF), FLAG(IXANY), FLAG(IMAXBEL),
};
static const struct lhost_bits lhost_oflag[] = {
	FLAG(OPOST), FLAG(ONLCR), FLAG(OCRNL), FLAG(ONOCR), FLAG(ONLRET),
	VALUE(TABDLY, TAB0), VALUE(TABDLY, TAB3),
};
static const struct lhost_bits lhost_cflag[] = {
	VALUE(CSIZE, CS5), VALUE(CSIZE, CS6), VALUE(CSIZE, CS7),
	VALUE(CSIZE, CS8), FLAG(CSTOPB), FLAG(CREAD), FLAG(PARENB),
	FLAG(PARODD), FLAG(HUPCL), FLAG(CLOCAL),
	FLAG(CRTSCTS),		/* the host's is two bits: both ways */
};
static const struct lhost_bits lhost_lflag[] = {
	FLAG(ECHOKE), FLAG(ECHOE), FLAG(ECHOK), FLAG(ECHO), FLAG(ECHONL),
	FLAG(ECHOPRT), FLAG(ECHOCTL), FLAG(ISIG), FLAG(ICANON), FLAG(IEXTEN),
	FLAG(EXTPROC), FLAG(TOSTOP), FLAG(FLUSHO), FLAG(PENDIN), FLAG(NOFLSH),
};
#undef FLAG
#undef VALUE

static uint32_t
bits_to_linux(const struct lhost_bits *t, size_t n, uint32_t host)
{
	uint32_t r = 0;

	for (size_t i = 0; i < n; i++)
		if ((host & t[i].host_mask) == t[i].host_value)
			r |= t[i].linux_value;
	return (r);
}

static uint32_t
bits_to_host(const struct lhost_bits *t, size_t n, uint32_t lnx)
{
	uint32_t r = 0;

	for (size_t i = 0; i < n; i++)
		if ((lnx & t[i].linux_mask) == t[i].linux_value)
			r |= t[i].host_value;
	return (r);
}

#define	NITEMS(a)	(sizeof(a) / sizeof((a)[0]))

/* c_cc slots both have; the kernel's disabled character is '\0'. */
#define	LINUX_DISABLED	0
static const struct {
	uint8_t	host_slot, linux_slot;
	bool	count;
} lhost_cc[] = {
#define	CC(name, count)	{ HOST_##name, name, count }
	CC(VEOF, false), CC(VEOL, false), CC(VEOL2, false),
	CC(VERASE, false), CC(VWERASE, false), CC(VKILL, false),
	CC(VREPRINT, false), CC(VINTR, false), CC(VQUIT, false),
	CC(VSUSP, false), CC(VSTART, false), CC(VSTOP, false),
	CC(VLNEXT, false), CC(VDISCARD, false), CC(VMIN, true),
	CC(VTIME, true),
#undef CC
};

/* Speeds: the host's rate, the real system's CBAUD code. */
static const struct {
	uint32_t	baud;
	uint32_t	code;
} lhost_speeds[] = {
#define	SPEED(n)	{ n, B##n }
	SPEED(0), SPEED(50), SPEED(75), SPEED(110), SPEED(134), SPEED(150),
	SPEED(200), SPEED(300), SPEED(600), SPEED(1200), SPEED(1800),
	SPEED(2400), SPEED(4800), SPEED(9600), SPEED(19200), SPEED(38400),
	SPEED(57600), SPEED(115200), SPEED(230400), SPEED(460800),
	SPEED(500000), SPEED(576000), SPEED(921600), SPEED(1000000),
	SPEED(1152000), SPEED(1500000), SPEED(2000000), SPEED(2500000),
	SPEED(3000000), SPEED(3500000), SPEED(4000000),
#undef SPEED
};

static int
speed_code(uint32_t baud, uint32_t *code)
{

	for (size_t i = 0; i < NITEMS(lhost_speeds); i++)
		if (lhost_speeds[i].baud == baud) {
			*code = lhost_speeds[i].code;
			return (0);
		}
	return (-1);
}

/* A code the table lacks (BOTHER, set by someone else) reads as 0. */
static uint32_t
speed_baud(uint32_t code)
{

	for (size_t i = 0; i < NITEMS(lhost_speeds); i++)
		if (lhost_speeds[i].code == code)
			return (lhost_speeds[i].baud);
	return (0);
}

static void
termios_to_host(const struct termios *lt, struct host_termios *bt)
{
	uint32_t icode;

	memset(bt, 0, sizeof(*bt));
	bt->c_iflag = bits_to_host(lhost_iflag, NITEMS(lhost_iflag),
	    lt->c_iflag);
	bt->c_oflag = bits_to_host(lhost_oflag, NITEMS(lhost_oflag),
	    lt->c_oflag);
	bt->c_cflag = bits_to_host(lhost_cflag, NITEMS(lhost_cflag),
	    lt->c_cflag);
	bt->c_lflag = bits_to_host(lhost_lflag, NITEMS(lhost_lflag),
	    lt->c_lflag);
	memset(bt->c_cc, HOST_VDISABLE, sizeof(bt->c_cc));
	for (size_t i = 0; i < NITEMS(lhost_cc); i++) {
		uint8_t c = lt->c_cc[lhost_cc[i].linux_slot];
		bt->c_cc[lhost_cc[i].host_slot] = !lhost_cc[i].count &&
		    c == LINUX_DISABLED ? HOST_VDISABLE : c;
	}
	bt->c_ospeed = speed_baud(lt->c_cflag & CBAUD);
	icode = (lt->c_cflag & CIBAUD) >> IBSHIFT;
	/* The host never reports 0: it stores "as output" as the rate. */
	bt->c_ispeed = icode == 0 ? bt->c_ospeed : speed_baud(icode);
}

static int
termios_to_linux(const struct host_termios *bt, struct termios *lt)
{
	uint32_t ocode, icode;
	uint32_t ispeed;

	memset(lt, 0, sizeof(*lt));
	ispeed = bt->c_ispeed == 0 ? bt->c_ospeed : bt->c_ispeed;
	if (speed_code(bt->c_ospeed, &ocode) != 0 ||
	    speed_code(ispeed, &icode) != 0)
		return (EINVAL);
	lt->c_iflag = bits_to_linux(lhost_iflag, NITEMS(lhost_iflag),
	    bt->c_iflag);
	lt->c_oflag = bits_to_linux(lhost_oflag, NITEMS(lhost_oflag),
	    bt->c_oflag);
	lt->c_cflag = bits_to_linux(lhost_cflag, NITEMS(lhost_cflag),
	    bt->c_cflag);
	lt->c_lflag = bits_to_linux(lhost_lflag, NITEMS(lhost_lflag),
	    bt->c_lflag);
	lt->c_cflag |= ocode;
	if (ispeed != bt->c_ospeed)
		lt->c_cflag |= icode << IBSHIFT;
	lt->c_line = N_TTY;
	for (size_t i = 0; i < NITEMS(lhost_cc); i++) {
		uint8_t c = bt->c_cc[lhost_cc[i].host_slot];
		lt->c_cc[lhost_cc[i].linux_slot] = !lhost_cc[i].count &&
		    c == HOST_VDISABLE ? LINUX_DISABLED : c;
	}
	return (0);
}

static const struct {
	int32_t	host_disc, linux_disc;
} lhost_discs[] = {
	{ HOST_TTYDISC, N_TTY },
	{ HOST_SLIPDISC, N_SLIP },
	{ HOST_PPPDISC, N_PPP },
	{ HOST_H4DISC, N_HCI },
};

/* The nine modem lines both systems have carry the same bits. */
_Static_assert(TIOCM_LE == HOST_TIOCM_LE && TIOCM_DTR == HOST_TIOCM_DTR &&
    TIOCM_RTS == HOST_TIOCM_RTS && TIOCM_ST == HOST_TIOCM_ST &&
    TIOCM_SR == HOST_TIOCM_SR && TIOCM_CTS == HOST_TIOCM_CTS &&
    TIOCM_CAR == HOST_TIOCM_DCD && TIOCM_RNG == HOST_TIOCM_RI &&
    TIOCM_DSR == HOST_TIOCM_DSR, "modem lines");

int
lhost_ioctl_encode(unsigned long host_cmd, const void *host_data,
    struct lhost_ioctl *lc)
{
	const struct lhost_cmd *c = NULL;
	int32_t v;

	for (size_t i = 0; i < NITEMS(lhost_cmds); i++)
		if (lhost_cmds[i].host_cmd == host_cmd) {
			c = &lhost_cmds[i];
			break;
		}
	memset(lc, 0, sizeof(*lc));
	if (c == NULL)
		return (lhost_errno(ENOTTY));
	lc->lc_cmd = c->linux_cmd;
	lc->lc_kind = c->kind;
	switch (c->kind) {
	case K_NONE:
		lc->lc_arg = LHOST_ARG_NONE;
		break;
	case K_VALUE0:
	case K_VALUE1:
	case K_XON:
	case K_XOFF:
		lc->lc_arg = LHOST_ARG_VALUE;
		lc->lc_value = c->kind == K_VALUE1 ? 1 : c->kind == K_XON ?
		    TCOON : c->kind == K_XOFF ? TCOOFF : 0;
		break;
	case K_SAME:
		lc->lc_arg = LHOST_ARG_BUF;
		lc->lc_len = HOST_IOCPARM_LEN(host_cmd);
		lc->lc_in = (host_cmd & HOST_IOC_IN) != 0;
		lc->lc_out = (host_cmd & HOST_IOC_OUT) != 0;
		if (lc->lc_in)
			memcpy(lc->lc_buf.bytes, host_data, lc->lc_len);
		break;
	case K_TERMIOS_GET:
		lc->lc_arg = LHOST_ARG_BUF;
		lc->lc_len = sizeof(struct termios);
		lc->lc_out = true;
		break;
	case K_TERMIOS_SET:
		lc->lc_arg = LHOST_ARG_BUF;
		lc->lc_len = sizeof(struct termios);
		lc->lc_in = true;
		if (termios_to_linux(host_data,
		    (struct termios *)lc->lc_buf.bytes) != 0)
			return (lhost_errno(EINVAL));	/* a rate Linux lacks */
		break;
	case K_FLUSH:
		memcpy(&v, host_data, sizeof(v));
		if ((v & (HOST_FREAD | HOST_FWRITE)) == 0)
			v = HOST_FREAD | HOST_FWRITE;	/* 0 means both */
		lc->lc_arg = LHOST_ARG_VALUE;
		lc->lc_value = (v & HOST_FREAD) && (v & HOST_FWRITE) ?
		    TCIOFLUSH : (v & HOST_FREAD) ? TCIFLUSH : TCOFLUSH;
		break;
	case K_DISC_SET:
		memcpy(&v, host_data, sizeof(v));
		for (size_t i = 0; i < NITEMS(lhost_discs); i++)
			if (lhost_discs[i].host_disc == v) {
				v = lhost_discs[i].linux_disc;
				lc->lc_arg = LHOST_ARG_BUF;
				lc->lc_len = sizeof(v);
				lc->lc_in = true;
				memcpy(lc->lc_buf.bytes, &v, sizeof(v));
				return (0);
			}
		return (lhost_errno(EINVAL));
	case K_DISC_GET:
	case K_MODEM_GET:
		lc->lc_arg = LHOST_ARG_BUF;
		lc->lc_len = sizeof(int32_t);
		lc->lc_out = true;
		break;
	case K_MODEM_SET:
		memcpy(&v, host_data, sizeof(v));
		v &= HOST_TIOCM_ALL;
		lc->lc_arg = LHOST_ARG_BUF;
		lc->lc_len = sizeof(v);
		lc->lc_in = true;
		memcpy(lc->lc_buf.bytes, &v, sizeof(v));
		break;
	case K_CONS:
		/* Linux can only take the console; giving it back is
		   TIOCCONS on /dev/console, which the host has not. */
		memcpy(&v, host_data, sizeof(v));
		if (v == 0)
			return (lhost_errno(EINVAL));
		lc->lc_arg = LHOST_ARG_NONE;
		break;
	}
	return (0);
}

int
lhost_ioctl_decode(const struct lhost_ioctl *lc, void *host_data)
{
	int32_t v;

	switch ((enum lhost_kind)lc->lc_kind) {
	case K_SAME:
		if (lc->lc_out)
			memcpy(host_data, lc->lc_buf.bytes, lc->lc_len);
		break;
	case K_TERMIOS_GET:
		termios_to_host((const struct termios *)lc->lc_buf.bytes,
		    host_data);
		break;
	case K_DISC_GET:
		memcpy(&v, lc->lc_buf.bytes, sizeof(v));
		for (size_t i = 0; i < NITEMS(lhost_discs); i++)
			if (lhost_discs[i].linux_disc == v) {
				memcpy(host_data, &lhost_discs[i].host_disc,
				    sizeof(v));
				return (0);
			}
		return (lhost_errno(EINVAL));	/* a discipline the host lacks */
	case K_MODEM_GET:
		memcpy(&v, lc->lc_buf.bytes, sizeof(v));
		v &= HOST_TIOCM_ALL;
		memcpy(host_data, &v, sizeof(v));
		break;
	default:
		break;
	}
	return (0);
}

int
lhost_ioctl_local(int fd, unsigned long host_cmd, void *host_data)
{
	struct lhost_ioctl lc;
	int error, r;

	error = lhost_ioctl_encode(host_cmd, host_data, &lc);
	if (error != 0)
		return (error);
	switch (lc.lc_arg) {
	case LHOST_ARG_NONE:
		r = ioctl(fd, lc.lc_cmd, 0);
		break;
	case LHOST_ARG_VALUE:
		r = ioctl(fd, lc.lc_cmd, lc.lc_value);
		break;
	default:
		r = ioctl(fd, lc.lc_cmd, lc.lc_buf.bytes);
		break;
	}
	if (r < 0)
		return (lhost_errno(errno));
	return (lhost_ioctl_decode(&lc, host_data));
}

int
lhost_write_local(int fd, const void *buf, size_t len, size_t *done)
{
	ssize_t n;

	*done = 0;
	n = write(fd, buf, len);
	if (n < 0)
		return (lhost_errno(errno));
	*done = (size_t)n;
	return (0);
}
