/*
 * test_linux_ioctl.c — ioctl(2) through the whole emulated syscall path on
 * the in-process host: inproc_syscall() -> linux_syscall() -> linux_sysent
 * -> linux_ioctl() (runtime/kern/linux_ioctl.c) -> the generated dispatcher
 * (out/<release>/linux_ioctl_table.c) -> a set handler, and the errno back
 * in Linux's numbering.
 *
 *  - every command of the terminal set reaches the terminal handler with
 *    its entry, or gets its declared quiet / unimplemented answer;
 *  - every key of the terminal range the spec does not list reaches the
 *    handler without an entry;
 *  - every command outside all sets answers -ENOTTY and is logged once per
 *    process, by number; a handler that declines gives -ENOTTY logged once
 *    by name; nested sets reach their innermost handler.
 *
 * The set handlers are replaced by recording ones: strong definitions
 * override the generated weak ones, and the runtime's real terminal
 * handler (linux_ioctl_termio.c) gives way because this test is linked
 * with --allow-multiple-definition and its object first
 * (RT_TEST_LDFLAGS_linux_ioctl in tests/runtime/rules.mk); the real
 * handler is tested in test_linux_ioctl_termio.c and test_linux_ioctl_tty.c.
 * The host's kern_log_once() is the real one, so "once per process" is
 * what the host does.
 */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "inproc.h"
#include "linux_errno.h"
#include "linux_ioctl_table.h"
#include "linux_syscall.h"

struct handler_call {
	const char			*handler;
	const struct linux_ioctl_cmd	*cmd;
	uint32_t			 linux_cmd;
	int				 fd;
	uintptr_t			 arg;
};

static struct handler_call calls[4];
static int ncalls;
static int handler_answer;	/* a host errno every handler returns */

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

/* Messages the host printed (after its once-per-process filter). */
static char logged[8][256];
static int nlogged;

static void
capture_log(struct thread *td, const char *msg)
{

	(void)td;
	if (nlogged < 8)
		snprintf(logged[nlogged], sizeof(logged[0]), "%s", msg);
	nlogged++;
}

static struct proc *proc;

static void
setup(void)
{

	inproc_init();
	inproc_set_log_hook(capture_log);
	proc = inproc_proc_create();
	cr_assert_not_null(inproc_thread_attach(proc));
	handler_answer = 0;
}

static void
teardown(void)
{

	inproc_thread_detach();
	inproc_set_log_hook(NULL);
}

/* The program's ioctl(fd, cmd, arg): the result or -(Linux errno). */
static long
sys_ioctl(unsigned fd, uint32_t cmd, unsigned long arg)
{

	ncalls = 0;
	nlogged = 0;
	return (inproc_syscall(LINUX_SYS_linux_ioctl, (long)fd, (long)cmd,
	    (long)arg, 0, 0, 0));
}

/* The Linux errno the program sees for a host errno of the runtime. */
static long
linux_err(int host)
{

	return (-(long)linux_errno_from_host(host));
}

static const struct linux_ioctl_set *
set_named(const char *name)
{
	for (int s = 0; s < LINUX_IOCTL_NSETS; s++)
		if (strcmp(linux_ioctl_sets[s].name, name) == 0)
			return (&linux_ioctl_sets[s]);
	cr_assert_fail("no set %s", name);
	return (NULL);
}

/* ioctl(1, cmd, 0) on a thread of another process (inproc_thread_spawn). */
static long
ioctl_in_thread(void *cmd)
{

	return (sys_ioctl(1, (uint32_t)(uintptr_t)cmd, 0));
}

TestSuite(linux_ioctl, .init = setup, .fini = teardown, .timeout = 60);

Test(linux_ioctl, every_terminal_command_reaches_the_terminal_handler_or_its_declared_answer)
{
	const struct linux_ioctl_set *termio = set_named("termio");
	int implemented = 0, quiet = 0, unimplemented = 0;

	for (int i = 0; i < LINUX_IOCTL_NCMDS; i++) {
		const struct linux_ioctl_cmd *c = &linux_ioctl_cmds[i];
		long r;

		if (&linux_ioctl_sets[c->set] != termio)
			continue;
		handler_answer = EPERM;		/* passed through, translated */
		r = sys_ioctl(7, c->cmd, 0xfeedUL);
		switch (c->status) {
		case LINUX_IOCTL_IMPLEMENTED:
			implemented++;
			cr_expect_eq(r, -LINUX_EPERM, "%s: %ld", c->name, r);
			cr_assert_eq(ncalls, 1, "%s: %d handler calls", c->name,
			    ncalls);
			cr_expect_str_eq(calls[0].handler, "linux_ioctl_termio");
			cr_expect_eq(calls[0].cmd, c, "%s: entry", c->name);
			cr_expect_eq(calls[0].linux_cmd, c->cmd);
			cr_expect_eq(calls[0].fd, 7);
			cr_expect_eq(calls[0].arg, 0xfeed);
			cr_expect_eq(nlogged, 0, "%s logged %s", c->name,
			    logged[0]);
			break;
		case LINUX_IOCTL_QUIET:
			quiet++;
			cr_expect_eq(r, 0, "%s: %ld", c->name, r);
			cr_expect_eq(ncalls, 0, "%s reached a handler", c->name);
			cr_expect_eq(nlogged, 0, "%s logged", c->name);
			break;
		case LINUX_IOCTL_UNIMPLEMENTED:
			unimplemented++;
			cr_expect_eq(r, linux_err(c->host_errno), "%s: %ld",
			    c->name, r);
			cr_expect_eq(ncalls, 0, "%s reached a handler", c->name);
			cr_assert_eq(nlogged, 1, "%s", c->name);
			cr_expect(strstr(logged[0], c->name) != NULL, "%s",
			    logged[0]);
			/* Once per process: a second call is silent. */
			cr_expect_eq(sys_ioctl(7, c->cmd, 0),
			    linux_err(c->host_errno));
			cr_expect_eq(nlogged, 0, "%s logged twice", c->name);
			break;
		}
	}
	cr_assert_gt(implemented, 30);
	cr_assert_gt(quiet, 0);
	cr_assert_gt(unimplemented, 5);
}

Test(linux_ioctl, unlisted_terminal_keys_reach_the_terminal_handler_without_an_entry)
{
	const struct linux_ioctl_set *termio = set_named("termio");
	int unlisted = 0;

	for (uint32_t key = termio->lo; key <= termio->hi; key++) {
		if (linux_ioctl_lookup(key) != NULL)
			continue;
		unlisted++;
		cr_expect_eq(sys_ioctl(3, key, 0), 0, "%#x", key);
		cr_assert_eq(ncalls, 1, "%#x", key);
		cr_expect_str_eq(calls[0].handler, "linux_ioctl_termio");
		cr_expect_null(calls[0].cmd, "%#x", key);
		cr_expect_eq(calls[0].linux_cmd, key);
	}
	cr_assert_gt(unlisted, 10);
}

static bool
in_some_set(uint32_t key)
{
	for (int s = 0; s < LINUX_IOCTL_NSETS; s++)
		if (key >= linux_ioctl_sets[s].lo &&
		    key <= linux_ioctl_sets[s].hi)
			return (true);
	return (false);
}

Test(linux_ioctl, every_command_outside_all_sets_answers_enotty_logged_once_by_number)
{
	uint32_t high = 0x1234;
	int outside = 0;

	for (uint32_t key = 0; key <= 0xffff; key++) {
		char want[32];
		uint32_t cmd;

		if (in_some_set(key))
			continue;
		high = high * 1103515245u + 12345u;
		cmd = (high & 0xffff0000u) | key;
		if (linux_ioctl_lookup(cmd) != NULL)
			continue;	/* a listed _IOx number: not outside */
		outside++;
		cr_assert_eq(sys_ioctl(4, cmd, 0), -LINUX_ENOTTY, "%#x", cmd);
		cr_assert_eq(ncalls, 0, "%#x reached %s", cmd,
		    calls[0].handler);
		cr_assert_eq(nlogged, 1, "%#x: %d messages", cmd, nlogged);
		snprintf(want, sizeof(want), "0x%08x", cmd);
		cr_assert(strstr(logged[0], want) != NULL &&
		    strstr(logged[0], "no set") != NULL, "%s", logged[0]);
		cr_assert_eq(sys_ioctl(4, cmd, 0), -LINUX_ENOTTY);
		cr_assert_eq(nlogged, 0, "%#x logged twice", cmd);
	}
	cr_assert_gt(outside, 50000);
}

Test(linux_ioctl, a_handler_that_declines_gives_enotty_logged_once_by_name_or_number)
{
	const struct linux_ioctl_cmd *tcgets = NULL;
	struct inproc_spawned *s;
	struct proc *other;

	for (int i = 0; i < LINUX_IOCTL_NCMDS; i++)
		if (strcmp(linux_ioctl_cmds[i].name, "TCGETS") == 0)
			tcgets = &linux_ioctl_cmds[i];
	cr_assert_not_null(tcgets);
	handler_answer = ENOIOCTL;
	cr_expect_eq(sys_ioctl(1, tcgets->cmd, 0), -LINUX_ENOTTY);
	cr_expect_eq(ncalls, 1);
	cr_assert_eq(nlogged, 1);
	cr_expect(strstr(logged[0], "TCGETS") != NULL &&
	    strstr(logged[0], "termio set") != NULL, "%s", logged[0]);
	cr_expect_eq(sys_ioctl(1, tcgets->cmd, 0), -LINUX_ENOTTY);
	cr_expect_eq(nlogged, 0, "logged twice: %s", logged[0]);

	/* In the terminal range but not listed: by number, with the set. */
	cr_assert_null(linux_ioctl_lookup(0x5426));
	cr_expect_eq(sys_ioctl(1, 0x5426, 0), -LINUX_ENOTTY);
	cr_assert_eq(nlogged, 1);
	cr_expect(strstr(logged[0], "0x00005426") != NULL &&
	    strstr(logged[0], "termio set") != NULL, "%s", logged[0]);

	/* Another process hears about it again: "once" is per process. */
	other = inproc_proc_create();
	s = inproc_thread_spawn(other, ioctl_in_thread,
	    (void *)(uintptr_t)tcgets->cmd, 0);
	cr_expect_eq(inproc_thread_join(s), -LINUX_ENOTTY);
	cr_expect_eq(nlogged, 1, "a new process is told once more");

	/* Other errors of a handler pass through, translated. */
	handler_answer = EAGAIN;
	cr_expect_eq(sys_ioctl(1, tcgets->cmd, 0), -LINUX_EAGAIN);
	cr_expect_eq(nlogged, 0);
}

Test(linux_ioctl, nested_sets_reach_their_innermost_handler)
{
	/* SCSI inside cdrom inside console, as Linux numbers them. */
	cr_expect_eq(sys_ioctl(1, set_named("scsi")->lo, 0), 0);
	cr_assert_eq(ncalls, 1);
	cr_expect_str_eq(calls[0].handler, "linux_ioctl_scsi");
	cr_expect_eq(sys_ioctl(1, set_named("cdrom")->lo, 0), 0);
	cr_assert_eq(ncalls, 1);
	cr_expect_str_eq(calls[0].handler, "linux_ioctl_cdrom");
	cr_expect_eq(sys_ioctl(1, set_named("console")->lo, 0), 0);
	cr_assert_eq(ncalls, 1);
	cr_expect_str_eq(calls[0].handler, "linux_ioctl_console");
}
