/*
 * test_linux_ioctl_termio.c — the terminal set's termios commands, emulated
 * against real, on one pseudo-terminal (pty_test.h): TCGETS/TCSETS*,
 * TCGETA/TCSETA*, TIOCGWINSZ/TIOCSWINSZ, TIOCGSOFTCAR/TIOCSSOFTCAR.
 *
 * The emulated path translates twice: Linux 2.6.16 -> host (FreeBSD) in
 * the runtime, from the spec (termios.map), and host -> the real Linux in
 * the in-process host, from the real system's headers. Setting a state
 * through one path and reading it through the other must give what the
 * kernel gives when both are real:
 *
 *   real set, real get   R   (the kernel's own answer)
 *   emulated set, real get   must be R
 *   real set, emulated get   must be R
 *
 * for every flag bit and field value termios.map declares, every c_cc
 * slot and every speed code; where termios.map says the host cannot hold
 * a Linux bit or slot (`unmappable linux`), the documented departure is
 * checked instead: the bit or slot reads back as 0. Also: bad pointers
 * give EFAULT as Linux does; unimplemented and quiet commands answer as the
 * spec says; commands outside the terminal set reach ENOTTY; and every
 * implemented command of the set is compared somewhere (termio_compared).
 */
#include <criterion/criterion.h>
#include <stdio.h>

#include "lhost_errno.h"
#include "pty_test.h"

/* The spec's command numbers are the real system's. */
_Static_assert(LINUX_TCGETS == TCGETS && LINUX_TCSETS == TCSETS &&
    LINUX_TCSETSW == TCSETSW && LINUX_TCSETSF == TCSETSF &&
    LINUX_TCGETA == TCGETA && LINUX_TCSETA == TCSETA &&
    LINUX_TCSETAW == TCSETAW && LINUX_TCSETAF == TCSETAF &&
    LINUX_TIOCGWINSZ == TIOCGWINSZ && LINUX_TIOCSWINSZ == TIOCSWINSZ &&
    LINUX_TIOCGSOFTCAR == TIOCGSOFTCAR &&
    LINUX_TIOCSSOFTCAR == TIOCSSOFTCAR, "terminal command numbers");

static struct proc *proc;
static struct pty pty;
static struct l_termios base;	/* the fresh slave's termios */

static void
silence(struct thread *td, const char *msg)
{

	(void)td;
	(void)msg;
}

static void
setup(void)
{

	inproc_init();
	inproc_set_log_hook(silence);
	proc = inproc_proc_create();
	cr_assert_not_null(inproc_thread_attach(proc));
	cr_assert(pty_open(&pty), "no pseudo-terminal");
	cr_assert_eq(real_ioctl(pty.slave, TCGETS, (uintptr_t)&base), 0);
}

static void
teardown(void)
{

	pty_close(&pty);
	inproc_thread_detach();
	inproc_set_log_hook(NULL);
}

TestSuite(termio, .init = setup, .fini = teardown, .timeout = 60);

static void
real_set(const struct l_termios *t)
{

	cr_assert_eq(real_ioctl(pty.slave, TCSETS, (uintptr_t)t), 0);
}

static struct l_termios
real_get(void)
{
	struct l_termios t;

	memset(&t, 0, sizeof(t));
	cr_assert_eq(real_ioctl(pty.slave, TCGETS, (uintptr_t)&t), 0);
	return (t);
}

static struct l_termios
emu_get(void)
{
	struct l_termios t;

	memset(&t, 0xa5, sizeof(t));	/* every byte must be written */
	cr_assert_eq(emu_ioctl(pty.slave, LINUX_TCGETS, (uintptr_t)&t), 0);
	return (t);
}

static uint32_t *
word_of(struct l_termios *t, int word)
{
	switch (word) {
	case LINUX_TERMIOS_C_IFLAG:
		return (&t->c_iflag);
	case LINUX_TERMIOS_C_OFLAG:
		return (&t->c_oflag);
	case LINUX_TERMIOS_C_CFLAG:
		return (&t->c_cflag);
	default:
		return (&t->c_lflag);
	}
}

static const char *
show(const struct l_termios *t)
{
	static char buf[4][200];
	static int n;
	char *b = buf[n++ % 4];
	int len;

	len = snprintf(b, sizeof(buf[0]), "i %08x o %08x c %08x l %08x "
	    "line %d cc", t->c_iflag, t->c_oflag, t->c_cflag, t->c_lflag,
	    t->c_line);
	for (int i = 0; i < LINUX_NCCS && len < (int)sizeof(buf[0]) - 4; i++)
		len += snprintf(b + len, sizeof(buf[0]) - (size_t)len, " %02x",
		    t->c_cc[i]);
	return (b);
}

/*
 * Set v through each path and read it through the other; `lost` is what
 * the emulated path cannot carry (the word bits of an unmappable entry,
 * or c_cc slots), which must read back as 0 (LINUX_VDISABLE for slots).
 */
struct loss {
	int		word;		/* -1: none */
	uint32_t	bits;
	int		slot;		/* -1: none */
};
#define	NO_LOSS	((struct loss){ -1, 0, -1 })

static struct l_termios
lose(struct l_termios t, struct loss loss)
{

	if (loss.word >= 0)
		*word_of(&t, loss.word) &= ~loss.bits;
	if (loss.slot >= 0)
		t.c_cc[loss.slot] = LINUX_VDISABLE;
	return (t);
}

static void
compare_paths(const char *what, const struct l_termios *v, struct loss loss)
{
	struct l_termios r, e, want;

	/* The kernel's answer. */
	real_set(v);
	r = real_get();
	want = lose(r, loss);

	/* Real set, emulated get. */
	e = emu_get();
	cr_expect(memcmp(&e, &want, sizeof(e)) == 0,
	    "%s: real set, emulated get\n  got  %s\n  want %s", what,
	    show(&e), show(&want));

	/* Emulated set, real get. */
	real_set(&base);
	cr_assert_eq(emu_ioctl(pty.slave, LINUX_TCSETS, (uintptr_t)v), 0,
	    "%s: emulated TCSETS", what);
	e = real_get();
	cr_expect(memcmp(&e, &want, sizeof(e)) == 0,
	    "%s: emulated set, real get\n  got  %s\n  want %s", what,
	    show(&e), show(&want));
	real_set(&base);
}

Test(termio, a_fresh_terminal_reads_the_same_emulated_and_real)
{
	struct l_termios e = emu_get(), r = real_get();

	cr_assert(memcmp(&e, &r, sizeof(e)) == 0, "\n  emulated %s\n  real     %s",
	    show(&e), show(&r));
}

Test(termio, every_flag_bit_and_field_value_round_trips_or_is_the_documented_loss)
{
	int mapped = 0, lost = 0;

	for (int i = 0; i < linux_termios_nbits; i++) {
		const struct linux_termios_bits *b = &linux_termios_bits[i];
		struct l_termios v = base;
		uint32_t *w = word_of(&v, b->word);
		struct loss loss = NO_LOSS;

		if (b->linux_mask == 0)
			continue;	/* the host's own */
		if (b->unmappable != NULL) {
			loss.word = b->word;
			loss.bits = b->linux_mask;
			lost++;
		} else
			mapped++;
		/* On, and (for a flag) off again from a state with it on. */
		*w = (*w & ~b->linux_mask) | b->linux_bits;
		compare_paths(b->name, &v, loss);
		if (b->linux_mask == b->linux_bits) {
			*w &= ~b->linux_mask;
			compare_paths(b->name, &v, loss);
		}
	}
	cr_assert_gt(mapped, 40);
	cr_assert_gt(lost, 10);
}

Test(termio, all_flags_at_once_and_none_round_trip)
{
	struct l_termios v = base;
	struct loss none = NO_LOSS;
	uint32_t unmappable[LINUX_TERMIOS_NWORDS] = { 0 };

	for (int i = 0; i < linux_termios_nbits; i++) {
		const struct linux_termios_bits *b = &linux_termios_bits[i];
		if (b->linux_mask != 0 && b->unmappable == NULL &&
		    b->linux_mask == b->linux_bits)
			*word_of(&v, b->word) |= b->linux_bits;
		if (b->linux_mask != 0 && b->unmappable != NULL)
			unmappable[b->word] |= b->linux_mask;
	}
	compare_paths("every mapped flag", &v, none);
	for (int w = 0; w < LINUX_TERMIOS_NWORDS; w++)
		*word_of(&v, w) &= w == LINUX_TERMIOS_C_CFLAG ?
		    (LINUX_CBAUD | LINUX_CIBAUD) : 0;
	compare_paths("no flags", &v, none);
	(void)unmappable;
}

Test(termio, every_cc_slot_round_trips_or_reads_disabled)
{
	int mapped = 0;

	for (int slot = 0; slot < LINUX_NCCS; slot++) {
		const struct linux_termios_cc *c = NULL;
		struct loss loss = NO_LOSS;
		char what[32];

		for (int i = 0; i < linux_termios_nccs; i++)
			if (linux_termios_ccs[i].linux_index == slot)
				c = &linux_termios_ccs[i];
		/* No entry: c_cc[17..18], which 2.6.16 leaves unused. */
		if (c == NULL || c->unmappable != NULL)
			loss.slot = slot;
		else
			mapped++;
		for (int k = 0; k < 3; k++) {
			struct l_termios v = base;
			/* a character (or count), "disabled", and another */
			static const uint8_t values[3] = { 0x01, 0x00, 0x7e };
			v.c_cc[slot] = c != NULL && c->count && k != 1 ?
			    (uint8_t)(3 + k) : values[k];
			snprintf(what, sizeof(what), "c_cc[%d]=%#x", slot,
			    v.c_cc[slot]);
			compare_paths(what, &v, loss);
		}
	}
	cr_assert_eq(mapped, 16);
}

/* The host disables a slot with 0xff, a character Linux may use. */
Test(termio, a_character_0xff_reads_back_disabled)
{
	struct l_termios v = base, e;

	v.c_cc[LINUX_VINTR] = 0xff;
	cr_assert_eq(emu_ioctl(pty.slave, LINUX_TCSETS, (uintptr_t)&v), 0);
	e = real_get();
	cr_expect_eq(e.c_cc[LINUX_VINTR], LINUX_VDISABLE);
}

Test(termio, every_speed_code_round_trips_as_output_and_input_speed)
{
	int n = 0;

	for (int i = 0; i < linux_termios_nspeeds; i++) {
		const struct linux_termios_speed *o = &linux_termios_speeds[i];
		const struct linux_termios_speed *in =
		    &linux_termios_speeds[(i + 7) % linux_termios_nspeeds];
		struct l_termios v = base;
		char what[64];

		v.c_cflag &= ~(LINUX_CBAUD | LINUX_CIBAUD);
		v.c_cflag |= o->code << LINUX_CBAUD_SHIFT;
		snprintf(what, sizeof(what), "%s out", o->name);
		compare_paths(what, &v, NO_LOSS);
		if (in->code != o->code && in->code != 0) {
			v.c_cflag |= in->code << LINUX_CIBAUD_SHIFT;
			snprintf(what, sizeof(what), "%s out, %s in", o->name,
			    in->name);
			compare_paths(what, &v, NO_LOSS);
		}
		n++;
	}
	cr_assert_eq(n, 31);
}

/*
 * The departure termios.map and linux_ioctl_termio.c document: the host
 * keeps two rates, so an input speed given equal to the output speed
 * reads back as "as output" (CIBAUD 0).
 */
Test(termio, an_input_speed_equal_to_the_output_speed_reads_as_zero)
{
	struct l_termios v = base, e;

	v.c_cflag &= ~(LINUX_CBAUD | LINUX_CIBAUD);
	v.c_cflag |= LINUX_B9600 | (LINUX_B9600 << LINUX_CIBAUD_SHIFT);
	real_set(&v);
	e = emu_get();
	cr_expect_eq(e.c_cflag & LINUX_CBAUD, LINUX_B9600);
	cr_expect_eq(e.c_cflag & LINUX_CIBAUD, 0);
	cr_expect_eq(real_get().c_cflag & LINUX_CIBAUD,
	    LINUX_B9600 << LINUX_CIBAUD_SHIFT, "the kernel keeps it");
}

/* A CBAUD code without a rate (0x1000 alone) keeps the current speed. */
Test(termio, a_speed_code_without_a_rate_keeps_the_speed)
{
	struct l_termios v = base;

	v.c_cflag = (v.c_cflag & ~LINUX_CBAUD) | 0x1000;
	cr_assert_eq(emu_ioctl(pty.slave, LINUX_TCSETS, (uintptr_t)&v), 0);
	cr_expect_eq(real_get().c_cflag & LINUX_CBAUD, base.c_cflag &
	    LINUX_CBAUD);
}

Test(termio, c_line_reads_as_n_tty)
{
	struct l_termios v = base;

	v.c_line = 5;
	cr_assert_eq(emu_ioctl(pty.slave, LINUX_TCSETS, (uintptr_t)&v), 0);
	cr_expect_eq(emu_get().c_line, LINUX_N_TTY);
	cr_expect_eq(real_get().c_line, LINUX_N_TTY);
}

/* TCSETSW waits for output, TCSETSF also flushes pending input. */
Test(termio, tcsetsf_flushes_pending_input_as_the_real_one_does)
{
	static const uint32_t cmds[3] = { LINUX_TCSETS, LINUX_TCSETSW,
	    LINUX_TCSETSF };

	for (int emulated = 0; emulated < 2; emulated++)
		for (int i = 0; i < 3; i++) {
			int32_t pending = -1, want = -1;
			long r;

			cr_assert_eq(write(pty.master, "abc\n", 4), 4);
			cr_assert(wait_readable(pty.slave));
			/* What the kernel says: the line waits to be read. */
			cr_assert_eq(real_ioctl(pty.slave, FIONREAD,
			    (uintptr_t)&want), 0);
			cr_assert_gt(want, 0);
			r = emulated ? emu_ioctl(pty.slave, cmds[i],
			    (uintptr_t)&base) : real_ioctl(pty.slave, cmds[i],
			    (uintptr_t)&base);
			cr_assert_eq(r, 0);
			cr_assert_eq(real_ioctl(pty.slave, FIONREAD,
			    (uintptr_t)&pending), 0);
			cr_expect_eq(pending, cmds[i] == LINUX_TCSETSF ? 0 :
			    want, "%s %#x: %d pending", emulated ? "emulated" :
			    "real", cmds[i], pending);
			cr_assert_eq(real_ioctl(pty.slave, TCFLSH, 2), 0);
		}
}

static void
termio_from(const struct l_termios *t, struct l_termio *o)
{

	memset(o, 0, sizeof(*o));
	o->c_iflag = (uint16_t)t->c_iflag;
	o->c_oflag = (uint16_t)t->c_oflag;
	o->c_cflag = (uint16_t)t->c_cflag;
	o->c_lflag = (uint16_t)t->c_lflag;
	o->c_line = t->c_line;
	memcpy(o->c_cc, t->c_cc, LINUX_NCC);
}

/* A state with bits in the high halves, which TCSETA must keep. */
static struct l_termios
high_state(void)
{
	struct l_termios v = base;

	v.c_cflag = (v.c_cflag & ~(LINUX_CBAUD | LINUX_CIBAUD)) |
	    LINUX_B38400 | (LINUX_B9600 << LINUX_CIBAUD_SHIFT) |
	    LINUX_CRTSCTS;
	v.c_iflag |= LINUX_IXANY;
	return (v);
}

Test(termio, tcgeta_reads_the_same_emulated_and_real)
{
	struct l_termios states[2] = { base, high_state() };

	for (int s = 0; s < 2; s++) {
		struct l_termio e, r;

		real_set(&states[s]);
		memset(&e, 0xa5, sizeof(e));
		memset(&r, 0x5a, sizeof(r));
		cr_assert_eq(emu_ioctl(pty.slave, LINUX_TCGETA, (uintptr_t)&e),
		    0);
		cr_assert_eq(real_ioctl(pty.slave, TCGETA, (uintptr_t)&r), 0);
		/* The padding byte is not the kernel's to fill. */
		cr_expect(memcmp(&e, &r, offsetof(struct l_termio, c_cc) +
		    LINUX_NCC) == 0, "state %d", s);
	}
}

Test(termio, tcseta_sets_the_low_halves_and_keeps_the_rest_as_the_real_one_does)
{
	static const uint32_t cmds[3] = { LINUX_TCSETA, LINUX_TCSETAW,
	    LINUX_TCSETAF };
	struct l_termios high = high_state(), want, got;
	struct l_termio o;

	for (int i = 0; i < 3; i++) {
		struct l_termios t = base;

		t.c_iflag ^= LINUX_ICRNL | LINUX_IXOFF;
		t.c_lflag &= ~(LINUX_ECHO | LINUX_ICANON);
		t.c_cflag = (t.c_cflag & ~LINUX_CBAUD) | LINUX_B1200;
		t.c_cc[LINUX_VMIN] = 4;
		t.c_cc[LINUX_VINTR] = 0x03 + (uint8_t)i;
		termio_from(&t, &o);

		real_set(&high);
		cr_assert_eq(real_ioctl(pty.slave, cmds[i], (uintptr_t)&o), 0);
		want = real_get();
		real_set(&high);
		cr_assert_eq(emu_ioctl(pty.slave, cmds[i], (uintptr_t)&o), 0);
		got = real_get();
		cr_expect(memcmp(&got, &want, sizeof(got)) == 0,
		    "%#x\n  got  %s\n  want %s", cmds[i], show(&got),
		    show(&want));
		cr_expect_eq(got.c_cflag & LINUX_CRTSCTS, LINUX_CRTSCTS,
		    "the high half stays");
	}
	real_set(&base);
}

Test(termio, window_size_round_trips_both_ways)
{
	struct l_winsize w = { 24, 80, 640, 480 }, v = { 51, 132, 1, 2 };
	struct l_winsize e, r;

	cr_assert_eq(emu_ioctl(pty.slave, LINUX_TIOCSWINSZ, (uintptr_t)&w), 0);
	cr_assert_eq(real_ioctl(pty.slave, TIOCGWINSZ, (uintptr_t)&r), 0);
	cr_expect(memcmp(&r, &w, sizeof(w)) == 0);
	cr_assert_eq(real_ioctl(pty.slave, TIOCSWINSZ, (uintptr_t)&v), 0);
	memset(&e, 0xa5, sizeof(e));
	cr_assert_eq(emu_ioctl(pty.slave, LINUX_TIOCGWINSZ, (uintptr_t)&e), 0);
	cr_expect(memcmp(&e, &v, sizeof(v)) == 0);
	/* The master reads and sets the same terminal's size. */
	memset(&e, 0xa5, sizeof(e));
	cr_assert_eq(emu_ioctl(pty.master, LINUX_TIOCGWINSZ, (uintptr_t)&e),
	    0);
	cr_expect(memcmp(&e, &v, sizeof(v)) == 0);
}

Test(termio, soft_carrier_is_clocal_emulated_and_real)
{
	for (int on = 0; on < 2; on++) {
		int32_t set = on ? 7 : 0, e = -1, r = -1;

		cr_assert_eq(emu_ioctl(pty.slave, LINUX_TIOCSSOFTCAR,
		    (uintptr_t)&set), real_ioctl(pty.slave, TIOCSSOFTCAR,
		    (uintptr_t)&set));
		cr_expect_eq(real_get().c_cflag & LINUX_CLOCAL,
		    on ? LINUX_CLOCAL : 0u);
		cr_assert_eq(emu_ioctl(pty.slave, LINUX_TIOCGSOFTCAR,
		    (uintptr_t)&e), 0);
		cr_assert_eq(real_ioctl(pty.slave, TIOCGSOFTCAR,
		    (uintptr_t)&r), 0);
		cr_expect_eq(e, r);
		cr_expect_eq(e, on);
	}
	/* And set through the emulated one, read through the real one. */
	int32_t one = 1, r = -1;
	cr_assert_eq(real_ioctl(pty.slave, TIOCSSOFTCAR, (uintptr_t)&(int32_t){ 0 }), 0);
	cr_assert_eq(emu_ioctl(pty.slave, LINUX_TIOCSSOFTCAR, (uintptr_t)&one),
	    0);
	cr_assert_eq(real_ioctl(pty.slave, TIOCGSOFTCAR, (uintptr_t)&r), 0);
	cr_expect_eq(r, 1);
}

/*
 * Linux asks some terminals whether they do a command at all before it
 * reads the argument; the emulation copies the argument in first, as
 * FreeBSD's ioctl(2) does, so there a bad pointer gives EFAULT where Linux
 * says ENOTTY/EPERM/EIO. These are the commands where that can happen.
 */
static bool
checks_before_reading(uint32_t cmd)
{

	return (cmd == LINUX_TIOCSPGRP || cmd == LINUX_TIOCSTI ||
	    cmd == LINUX_TIOCMBIS || cmd == LINUX_TIOCMBIC ||
	    cmd == LINUX_TIOCMSET);
}

Test(termio, a_bad_pointer_gives_efault_as_linux_does)
{
	int compared = 0, efaults = 0;

	for (int i = 0; i < LINUX_IOCTL_NCMDS; i++) {
		const struct linux_ioctl_cmd *c = &linux_ioctl_cmds[i];
		int fd;
		long e, r;

		if (c->set != LINUX_IOCTL_SET_TERMIO ||
		    c->status != LINUX_IOCTL_IMPLEMENTED ||
		    (c->dir != LINUX_IOCTL_IN && c->dir != LINUX_IOCTL_OUT &&
		    c->dir != LINUX_IOCTL_INOUT))
			continue;
		fd = c->cmd == LINUX_TIOCGPTN || c->cmd == LINUX_TIOCPKT ?
		    pty.master : pty.slave;
		e = emu_ioctl(fd, c->cmd, PTY_BAD_POINTER);
		r = real_ioctl(fd, c->cmd, PTY_BAD_POINTER);
		real_set(&base);
		compared++;
		if (checks_before_reading(c->cmd) && r != e) {
			cr_expect_eq(e, -LINUX_EFAULT, "%s", c->name);
			continue;
		}
		cr_expect_eq(e, r, "%s: emulated %ld, real %ld", c->name, e, r);
		/* Where the command succeeds, it is the copy that fails. */
		if (c->dir == LINUX_IOCTL_OUT) {
			uint64_t buf[8];
			if (real_ioctl(fd, c->cmd, (uintptr_t)buf) == 0) {
				cr_expect_eq(e, -LINUX_EFAULT, "%s: %ld",
				    c->name, e);
				efaults++;
			}
		}
	}
	cr_assert_gt(efaults, 5);
	cr_assert_gt(compared, 20);
}

Test(termio, unimplemented_and_quiet_commands_answer_as_the_spec_says)
{
	int n = 0;

	for (int i = 0; i < LINUX_IOCTL_NCMDS; i++) {
		const struct linux_ioctl_cmd *c = &linux_ioctl_cmds[i];
		int32_t arg = 0;
		long r;

		if (c->set != LINUX_IOCTL_SET_TERMIO ||
		    c->status == LINUX_IOCTL_IMPLEMENTED)
			continue;
		r = emu_ioctl(pty.slave, c->cmd, (uintptr_t)&arg);
		if (c->status == LINUX_IOCTL_QUIET)
			cr_expect_eq(r, 0, "%s", c->name);
		else
			cr_expect_eq(r, -linux_errno_from_host(c->host_errno),
			    "%s: %ld", c->name, r);
		n++;
	}
	cr_assert_gt(n, 10);
}

Test(termio, commands_outside_the_terminal_set_and_unlisted_keys_reach_enotty)
{
	static const uint32_t cmds[] = {
		0x1234, 0x4004667a, 0xc0105512, 0x80086601,
		0x542f, 0x5426, 0x5440, 0x544f,	/* unlisted terminal keys */
	};

	for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++) {
		cr_assert_null(linux_ioctl_lookup(cmds[i]), "%#x", cmds[i]);
		cr_expect_eq(emu_ioctl(pty.slave, cmds[i], 0), -LINUX_ENOTTY,
		    "%#x", cmds[i]);
		cr_expect_eq(real_ioctl(pty.slave, cmds[i], 0), -LINUX_ENOTTY,
		    "%#x on the real terminal", cmds[i]);
	}
}

Test(termio, every_implemented_command_is_compared_with_the_real_one)
{
	int n = 0;

	for (int i = 0; i < LINUX_IOCTL_NCMDS; i++) {
		const struct linux_ioctl_cmd *c = &linux_ioctl_cmds[i];
		bool listed = false;

		if (c->set != LINUX_IOCTL_SET_TERMIO ||
		    c->status != LINUX_IOCTL_IMPLEMENTED)
			continue;
		n++;
		for (size_t j = 0; j < sizeof(termio_compared) /
		    sizeof(termio_compared[0]); j++)
			listed |= strcmp(termio_compared[j], c->name) == 0;
		cr_expect(listed, "%s is implemented but not compared", c->name);
	}
	cr_expect_eq((size_t)n, sizeof(termio_compared) /
	    sizeof(termio_compared[0]), "a compared command is not implemented");
}

/*
 * The host's errno translation (runtime/host/linux, from the real
 * <errno.h>) composed with the runtime's (errno.map) is the identity for
 * every errno both systems name: results cross the host boundary twice.
 */
Test(termio, errnos_cross_the_host_boundary_and_come_back)
{
	for (int i = 0; i < lhost_errno_count; i++) {
		int e = lhost_errno_linux_values[i];

		if (linux_errno_name(e) == NULL)
			continue;	/* not an errno of this release */
		cr_expect_eq(linux_errno_from_host(lhost_errno(e)), e,
		    "Linux errno %d", e);
	}
	cr_assert_gt(lhost_errno_count, 80);
}
