/*
 * linux_termios_types.h — Linux's terminal structures, as a Linux program
 * passes them to ioctl(2): facts from Linux 2.6.16 include/asm-i386/
 * termbits.h and termios.h (asm-x86_64's are the same). The flag bits,
 * c_cc slots and speed codes are generated from spec/<release>/termios.map
 * into linux_termios.h; the command numbers from ioctl.sets into
 * linux_ioctl_table.h.
 */
#ifndef _LINUX_TERMIOS_TYPES_H_
#define _LINUX_TERMIOS_TYPES_H_

#include <stdint.h>

#include "linux_termios.h"	/* generated: LINUX_NCCS, flags, speeds */

/* TCGETS/TCSETS*: the kernel's struct termios (not glibc's). */
struct l_termios {
	uint32_t	c_iflag;
	uint32_t	c_oflag;
	uint32_t	c_cflag;
	uint32_t	c_lflag;
	uint8_t		c_line;		/* line discipline */
	uint8_t		c_cc[LINUX_NCCS];
};

/*
 * TCGETA/TCSETA*: System V's struct termio, the low 16 bits of each flag
 * word and the first NCC slots of c_cc. TCSETA* keep the high halves.
 */
#define	LINUX_NCC	8
struct l_termio {
	uint16_t	c_iflag;
	uint16_t	c_oflag;
	uint16_t	c_cflag;
	uint16_t	c_lflag;
	uint8_t		c_line;
	uint8_t		c_cc[LINUX_NCC];
};

/* TIOCGWINSZ/TIOCSWINSZ. */
struct l_winsize {
	uint16_t	ws_row;
	uint16_t	ws_col;
	uint16_t	ws_xpixel;
	uint16_t	ws_ypixel;
};

_Static_assert(sizeof(struct l_termios) == 36, "Linux struct termios");
_Static_assert(sizeof(struct l_termio) == 18, "Linux struct termio");
_Static_assert(sizeof(struct l_winsize) == 8, "Linux struct winsize");

/* TCXONC's argument. */
#define	LINUX_TCOOFF		0	/* suspend output */
#define	LINUX_TCOON		1	/* restart output */
#define	LINUX_TCIOFF		2	/* send a STOP character */
#define	LINUX_TCION		3	/* send a START character */

/* TCFLSH's argument. */
#define	LINUX_TCIFLUSH		0
#define	LINUX_TCOFLUSH		1
#define	LINUX_TCIOFLUSH		2

/* Line disciplines (TIOCGETD/TIOCSETD, c_line): include/linux/tty.h. */
#define	LINUX_N_TTY		0
#define	LINUX_N_SLIP		1
#define	LINUX_N_PPP		3
#define	LINUX_N_HCI		15	/* Bluetooth HCI UART (H4) */

/* Modem lines (TIOCMGET and friends): include/asm-i386/termios.h. */
#define	LINUX_TIOCM_LE		0x001
#define	LINUX_TIOCM_DTR		0x002
#define	LINUX_TIOCM_RTS		0x004
#define	LINUX_TIOCM_ST		0x008
#define	LINUX_TIOCM_SR		0x010
#define	LINUX_TIOCM_CTS		0x020
#define	LINUX_TIOCM_CAR		0x040
#define	LINUX_TIOCM_RNG		0x080
#define	LINUX_TIOCM_DSR		0x100
#define	LINUX_TIOCM_OUT1	0x2000
#define	LINUX_TIOCM_OUT2	0x4000
#define	LINUX_TIOCM_LOOP	0x8000

#endif /* !_LINUX_TERMIOS_TYPES_H_ */
