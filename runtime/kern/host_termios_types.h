/*
 * host_termios_types.h — the host's (FreeBSD's) terminal structures and
 * the small facts about terminal ioctl arguments that go with them. Facts
 * from FreeBSD sys/sys/_termios.h, sys/sys/ttycom.h and sys/sys/fcntl.h;
 * and sys/sys/ioccom.h; the flag bits and c_cc slots are generated from spec/host/<host>/
 * termios.defs into host_termios.h, the command numbers from ioctl.defs
 * into host_ioctl.h.
 *
 * Everything is under HOST_ names and this file includes nothing of the
 * kernel API, so that host code translating host calls into the real
 * system's (runtime/host/linux/) can include it next to <sys/ioctl.h>.
 */
#ifndef _HOST_TERMIOS_TYPES_H_
#define _HOST_TERMIOS_TYPES_H_

#include <stdint.h>

#include "host_termios.h"	/* generated: HOST_NCCS, flags, slots */

/*
 * TIOCGETA/TIOCSETA*. There is no c_line; the speeds are rates in baud
 * (B9600 is 9600), and a c_ispeed of 0 means "as c_ospeed".
 */
struct host_termios {
	uint32_t	c_iflag;
	uint32_t	c_oflag;
	uint32_t	c_cflag;
	uint32_t	c_lflag;
	uint8_t		c_cc[HOST_NCCS];
	uint32_t	c_ispeed;
	uint32_t	c_ospeed;
};

/* TIOCGWINSZ/TIOCSWINSZ: the same layout as Linux's. */
struct host_winsize {
	uint16_t	ws_row;
	uint16_t	ws_col;
	uint16_t	ws_xpixel;
	uint16_t	ws_ypixel;
};

_Static_assert(sizeof(struct host_termios) == 44, "host struct termios");
_Static_assert(sizeof(struct host_winsize) == 8, "host struct winsize");

/*
 * The host's ioctl encoding (sys/sys/ioccom.h): direction bits and a
 * 13-bit argument size in the command number.
 */
#define	HOST_IOC_VOID		0x20000000u
#define	HOST_IOC_OUT		0x40000000u
#define	HOST_IOC_IN		0x80000000u
#define	HOST_IOCPARM_LEN(cmd)	(((cmd) >> 16) & 0x1fff)

/* TIOCFLUSH's argument: which queues (0: both). sys/fcntl.h. */
#define	HOST_FREAD		0x0001
#define	HOST_FWRITE		0x0002

/* Line disciplines (TIOCGETD/TIOCSETD). */
#define	HOST_TTYDISC		0
#define	HOST_SLIPDISC		4
#define	HOST_PPPDISC		5
#define	HOST_NETGRAPHDISC	6
#define	HOST_H4DISC		7

/*
 * Modem lines (TIOCMGET and friends): the nine lines both systems have
 * carry the same bits (LE 0001 ... DSR 0400); Linux's OUT1, OUT2 and LOOP
 * have no host bit.
 */
#define	HOST_TIOCM_LE		0001
#define	HOST_TIOCM_DTR		0002
#define	HOST_TIOCM_RTS		0004
#define	HOST_TIOCM_ST		0010
#define	HOST_TIOCM_SR		0020
#define	HOST_TIOCM_CTS		0040
#define	HOST_TIOCM_DCD		0100
#define	HOST_TIOCM_RI		0200
#define	HOST_TIOCM_DSR		0400
#define	HOST_TIOCM_ALL		0777

#endif /* !_HOST_TERMIOS_TYPES_H_ */
