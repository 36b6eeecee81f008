/*
 * test_linux_ioctl.c — the runtime's linux_ioctl() (runtime/kern/
 * linux_ioctl.c, from the 2.6.16 amd64 libkern.a) on the generated tables:
 * every command of the terminal set reaches the terminal handler with its
 * entry (or gets its declared quiet/unimplemented answer), commands only
 * the set's range covers reach it without one, every command outside all
 * sets answers ENOTTY and is logged once by number, and a handler that
 * declines turns into ENOTTY logged by name.
 *
 * The set handlers are replaced by recording ones (strong definitions
 * override the generated weak ones). The logging functions are the
 * recording fakes of fake_kern.c: the in-process host is not on main yet
 * (docs/translation-specs.md, "Tests"); its kern_log_once() is what makes
 * "once" true, so here the test checks the key each call passes.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "kern_api.h"
#include <sys/sysent.h>
#include <sys/sysproto.h>
#include "linux_types.h"
#include "linux_proto.h"
#include "linux_ioctl_table.h"
#include "fake_kern.h"
#include "fixture.h"

struct handler_call {
	const char			*handler;
	const struct linux_ioctl_cmd	*cmd;
	uint32_t			 linux_cmd;
	int				 fd;
	uintptr_t			 arg;
};

static struct handler_call calls[4];
static int ncalls;
static int handler_answer;	/* what every handler returns */

#define	RECORDING_HANDLER(name)						\
int									\
name(struct thread *td, int fd, const struct linux_ioctl_cmd *cmd,	\
    uint32_t linux_cmd, uintptr_t arg)					\
{									\
									\
	(void)td;							\
	if (ncalls < 4)							\
		calls[ncalls] = (struct handler_call){ #name, cmd,	\
		    linux_cmd, fd, arg };				\
	ncalls++;							\
	return (handler_answer);					\
}
RECORDING_HANDLER(linux_ioctl_termio)
RECORDING_HANDLER(linux_ioctl_console)
RECORDING_HANDLER(linux_ioctl_sound)
RECORDING_HANDLER(linux_ioctl_cdrom)
RECORDING_HANDLER(linux_ioctl_scsi)
RECORDING_HANDLER(linux_ioctl_hdio)
RECORDING_HANDLER(linux_ioctl_disk)
RECORDING_HANDLER(linux_ioctl_vfat)
RECORDING_HANDLER(linux_ioctl_socket)
RECORDING_HANDLER(linux_ioctl_private)
RECORDING_HANDLER(linux_ioctl_sg)
RECORDING_HANDLER(linux_ioctl_drm)
RECORDING_HANDLER(linux_ioctl_v4l)

static struct thread td;

static int
call_ioctl(unsigned fd, uint32_t cmd, unsigned long arg)
{
	struct linux_ioctl_args a;

	memset(&a, 0, sizeof(a));
	a.fd = fd;
	a.cmd = cmd;
	a.arg = arg;
	ncalls = 0;
	fake_log_reset();
	return (linux_ioctl(&td, &a));
}

static void
setup(void)
{
	handler_answer = 0;
}

TestSuite(linux_ioctl, .init = setup);

static const struct linux_ioctl_set *termio =
    &linux_ioctl_sets[LINUX_IOCTL_SET_TERMIO];

Test(linux_ioctl, every_terminal_command_reaches_the_terminal_handler_or_its_declared_answer)
{
	int implemented = 0, quiet = 0, unimplemented = 0;
	char key[64];

	for (int i = 0; i < LINUX_IOCTL_NCMDS; i++) {
		const struct linux_ioctl_cmd *c = &linux_ioctl_cmds[i];
		int r;

		if (c->set != LINUX_IOCTL_SET_TERMIO)
			continue;
		handler_answer = EPERM;	/* passed through unchanged */
		r = call_ioctl(7, c->cmd, 0xfeedUL);
		switch (c->status) {
		case LINUX_IOCTL_IMPLEMENTED:
			implemented++;
			cr_expect_eq(r, EPERM, "%s", c->name);
			cr_assert_eq(ncalls, 1, "%s: %d handler calls", c->name,
			    ncalls);
			cr_expect_str_eq(calls[0].handler, "linux_ioctl_termio");
			cr_expect_eq(calls[0].cmd, c, "%s: entry", c->name);
			cr_expect_eq(calls[0].linux_cmd, c->cmd);
			cr_expect_eq(calls[0].fd, 7);
			cr_expect_eq(calls[0].arg, 0xfeed);
			cr_expect_eq(fake_nlogs, 0, "%s logged", c->name);
			break;
		case LINUX_IOCTL_QUIET:
			quiet++;
			cr_expect_eq(r, 0, "%s", c->name);
			cr_expect_eq(ncalls, 0, "%s reached a handler", c->name);
			cr_expect_eq(fake_nlogs, 0, "%s logged", c->name);
			break;
		case LINUX_IOCTL_UNIMPLEMENTED:
			unimplemented++;
			cr_expect_eq(r, c->host_errno, "%s", c->name);
			cr_expect_eq(ncalls, 0, "%s reached a handler", c->name);
			snprintf(key, sizeof(key), "ioctl %s", c->name);
			cr_assert_eq(fake_nlogs, 1, "%s", c->name);
			cr_expect(fake_logs[0].once);
			cr_expect_str_eq(fake_logs[0].key, key);
			cr_expect(strstr(fake_logs[0].msg, c->name) != NULL,
			    "%s", fake_logs[0].msg);
			break;
		}
	}
	cr_assert_gt(implemented, 30);
	cr_assert_gt(quiet, 0);
	cr_assert_gt(unimplemented, 5);
}

Test(linux_ioctl, terminal_ioctls_the_spec_does_not_list_reach_the_handler_without_an_entry)
{
	struct fixture *io = fixture_load("linux/ioctls-generic-x86.tsv");
	int value = fixture_col(io, "value"), unlisted = 0;

	for (int i = 0; i < io->nrows; i++) {
		uint32_t cmd = (uint32_t)fixture_num(&io->rows[i], value);
		uint32_t key = cmd & 0xffff;

		if (key < termio->lo || key > termio->hi ||
		    linux_ioctl_lookup(cmd) != NULL)
			continue;
		unlisted++;
		cr_expect_eq(call_ioctl(3, cmd, 0), 0);
		cr_assert_eq(ncalls, 1, "%#x", cmd);
		cr_expect_str_eq(calls[0].handler, "linux_ioctl_termio");
		cr_expect_null(calls[0].cmd);
		cr_expect_eq(calls[0].linux_cmd, cmd);
	}
	/* Newer ioctls (TIOCGRS485, TCGETX, ...) fall in the range. */
	cr_assert_gt(unlisted, 5);
	fixture_free(io);
}

static bool
in_some_set(uint32_t key)
{
	for (int s = 0; s < LINUX_IOCTL_NSETS; s++)
		if (key >= linux_ioctl_sets[s].lo && key <= linux_ioctl_sets[s].hi)
			return true;
	return false;
}

Test(linux_ioctl, every_command_outside_all_sets_answers_enotty_logged_by_number)
{
	int outside = 0;
	uint32_t high = 0x1234;

	for (uint32_t key = 0; key <= 0xffff; key++) {
		char want[64];
		uint32_t cmd;

		if (in_some_set(key))
			continue;
		outside++;
		high = high * 1103515245u + 12345u;
		cmd = (high & 0xffff0000u) | key;
		if (linux_ioctl_lookup(cmd) != NULL)
			continue;	/* a listed _IOx command: not outside */
		cr_assert_eq(call_ioctl(4, cmd, 0), ENOTTY, "%#x", cmd);
		cr_assert_eq(ncalls, 0, "%#x reached %s", cmd,
		    calls[0].handler);
		cr_assert_eq(fake_nlogs, 1, "%#x", cmd);
		snprintf(want, sizeof(want), "ioctl 0x%08x", cmd);
		cr_assert(fake_logs[0].once);
		cr_assert_str_eq(fake_logs[0].key, want);
		cr_assert(strstr(fake_logs[0].msg, "no set") != NULL, "%s",
		    fake_logs[0].msg);
	}
	cr_assert_gt(outside, 50000);
}

Test(linux_ioctl, a_handler_that_declines_turns_into_enotty_logged_by_name_or_number)
{
	const struct linux_ioctl_cmd *tcgets = NULL;

	for (int i = 0; i < LINUX_IOCTL_NCMDS; i++)
		if (strcmp(linux_ioctl_cmds[i].name, "TCGETS") == 0)
			tcgets = &linux_ioctl_cmds[i];
	cr_assert_not_null(tcgets);
	handler_answer = ENOIOCTL;
	cr_expect_eq(call_ioctl(1, tcgets->cmd, 0), ENOTTY);
	cr_expect_eq(ncalls, 1);
	cr_assert_eq(fake_nlogs, 1);
	cr_expect_str_eq(fake_logs[0].key, "ioctl TCGETS");
	cr_expect(strstr(fake_logs[0].msg, "termio set") != NULL, "%s",
	    fake_logs[0].msg);

	/* 0x5426 (TIOCTTYGSTRUCT once) is in the range but not listed. */
	cr_assert_null(linux_ioctl_lookup(0x5426));
	cr_expect_eq(call_ioctl(1, 0x5426, 0), ENOTTY);
	cr_expect_eq(ncalls, 1);
	cr_assert_eq(fake_nlogs, 1);
	cr_expect_str_eq(fake_logs[0].key, "ioctl 0x00005426");
	cr_expect(strstr(fake_logs[0].msg, "termio set") != NULL, "%s",
	    fake_logs[0].msg);

	/* Other errors of a handler pass through untouched. */
	handler_answer = EINVAL;
	cr_expect_eq(call_ioctl(1, tcgets->cmd, 0), EINVAL);
	cr_expect_eq(fake_nlogs, 0);
}

Test(linux_ioctl, nested_sets_reach_the_innermost_handler)
{
	/* SCSI's keys sit inside cdrom's, which sit inside console's. */
	const struct linux_ioctl_set *scsi =
	    &linux_ioctl_sets[LINUX_IOCTL_SET_SCSI];
	const struct linux_ioctl_set *cdrom =
	    &linux_ioctl_sets[LINUX_IOCTL_SET_CDROM];

	cr_expect_eq(call_ioctl(1, scsi->lo, 0), 0);
	cr_assert_eq(ncalls, 1);
	cr_expect_str_eq(calls[0].handler, "linux_ioctl_scsi");
	cr_expect_eq(call_ioctl(1, cdrom->lo, 0), 0);
	cr_assert_eq(ncalls, 1);
	cr_expect_str_eq(calls[0].handler, "linux_ioctl_cdrom");
	cr_expect_eq(call_ioctl(1, 0x4b40, 0), 0);	/* console only */
	cr_assert_eq(ncalls, 1);
	cr_expect_str_eq(calls[0].handler, "linux_ioctl_console");
}
