/*
 * test_tspec.c — the translation-spec checks: each bad input gets its named,
 * located diagnostic; a good input gets none.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "check_tables.h"
#include "helpers.h"
#include "tspec.h"

static struct capture cap;
static struct diag *d;
static struct tspec *ts;

static void
setup(void)
{
	capture_open(&cap);
	d = diag_new(cap.fp, "syscallc");
	cr_assert(syscallc_register_checks(d) == 0);
	ts = tspec_new(d);
}

static void
teardown(void)
{
	tspec_free(ts);
	diag_free(d);
	capture_close(&cap);
}

TestSuite(tspec, .init = setup, .fini = teardown);

static const char host_errno[] =
    "errno EPERM 1 \"x\"\nerrno EAGAIN 2 \"x\"\nerrno EINVAL 3 \"x\"\n"
    "errno ENOTTY 4 \"x\"\nerrno ENOSYS 5 \"x\"\nlast ELAST 5\n"
    "errno ERESTART -1 internal \"r\"\n";

static void
assert_reports(const char *check, const char *where)
{
	const char *out = capture_text(&cap);
	char tag[64];

	snprintf(tag, sizeof(tag), "[%s]", check);
	cr_assert(strstr(out, tag) != NULL, "expected %s in:\n%s", tag, out);
	cr_assert(strstr(out, where) != NULL, "expected %s in:\n%s", where,
	    out);
}

Test(tspec, a_complete_errno_map_checks_clean)
{
	tspec_parse_string(ts, TSF_HOST_DEFS, "h.defs", host_errno);
	tspec_parse_string(ts, TSF_ERRNO_MAP, "errno.map",
	    "host freebsd\nerrno EPERM 1\nerrno EAGAIN 11\nerrno EINVAL 22\n"
	    "errno ENOTTY 25\nerrno ENOSYS 38\nerrno EWOULDBLOCK = EAGAIN\n"
	    "unmappable host ERESTART \"syscall path\"\n");
	cr_assert_eq(tspec_check(ts, NULL, NULL), 0, "%s",
	    capture_text(&cap));
	cr_assert_eq(ts->nxlat[TK_ERRNO][TS_HOST], 6);
	cr_assert_eq(ts->xlat[TK_ERRNO][TS_HOST][2].to, 11);	/* EAGAIN */
}

Test(tspec, an_unmapped_host_errno_is_reported_where_declared)
{
	tspec_parse_string(ts, TSF_HOST_DEFS, "h.defs", host_errno);
	tspec_parse_string(ts, TSF_ERRNO_MAP, "errno.map",
	    "host freebsd\nerrno EPERM 1\nerrno EINVAL 22\nerrno ENOTTY 25\n"
	    "errno ENOSYS 38\nunmappable host ERESTART\n");
	cr_assert_gt(tspec_check(ts, NULL, NULL), 0);
	assert_reports("tspec-unmapped", "h.defs:2:7: error: host errno EAGAIN (2)");
}

Test(tspec, a_doubly_mapped_errno_points_at_the_first_mapping)
{
	tspec_parse_string(ts, TSF_HOST_DEFS, "h.defs", host_errno);
	tspec_parse_string(ts, TSF_ERRNO_MAP, "errno.map",
	    "host freebsd\nerrno EPERM 1\nerrno EAGAIN 11\nerrno EINVAL 22\n"
	    "errno ENOTTY 25\nerrno ENOSYS 38\n"
	    "unmappable host ERESTART\nmap host EPERM -> EINVAL\n");
	cr_assert_gt(tspec_check(ts, NULL, NULL), 0);
	assert_reports("tspec-double-map", "errno.map:8:1: error: host errno 1 is already mapped");
}

Test(tspec, a_syntax_error_is_located_and_parsing_goes_on)
{
	tspec_parse_string(ts, TSF_ERRNO_MAP, "errno.map",
	    "host freebsd\nerrno EPERM one\nerrno EAGAIN 11 12\n");
	assert_reports("tspec-syntax", "errno.map:2:13: error:");
	assert_reports("tspec-syntax", "errno.map:3:17: error:");
}

Test(tspec, clone_flags_that_are_not_single_bits_or_overlap_are_errors)
{
	tspec_parse_string(ts, TSF_HOST_DEFS, "h.defs", host_errno);
	tspec_parse_string(ts, TSF_CLONE_FLAGS, "clone.flags",
	    "host freebsd\nflag A 0x100 supported\nflag B 0x300 ignored\n"
	    "flag C 0x100 ignored\nrule A requires Z EINVAL\n");
	cr_assert_gt(tspec_check(ts, NULL, NULL), 0);
	assert_reports("clone-flag-not-bit", "clone.flags:3:6: error: B is 0x300");
	assert_reports("clone-flag-overlap", "clone.flags:4:6: error: C (0x100) shares bits with A");
	assert_reports("clone-rule-unknown-flag", "clone.flags:5:17: error:");
}

static const char ioctl_base[] =
    "host freebsd\ntype int 4 4\ntype long 4 8\nhandler h\n";

Test(tspec, overlapping_ioctl_sets_need_nesting)
{
	char text[1024];

	tspec_parse_string(ts, TSF_HOST_DEFS, "h.defs", host_errno);
	snprintf(text, sizeof(text), "%s"
	    "set a 0x5400..0x54ff handler h {\n}\n"
	    "set b 0x5450..0x5460 handler h {\n}\n"
	    "set c 0x5410..0x5420 handler h nested in a {\n}\n"
	    "set d 0x5300..0x5320 handler nope {\n}\n", ioctl_base);
	tspec_parse_string(ts, TSF_IOCTL_SETS, "ioctl.sets", text);
	tspec_check(ts, NULL, NULL);
	assert_reports("ioctl-overlap", "ioctl.sets:7:7: error: set b (0x5450..0x5460) overlaps set a");
	assert_reports("ioctl-unknown-handler", "ioctl.sets:11:30: error: handler nope");
	cr_assert(strstr(capture_text(&cap), "set c") == NULL,
	    "a nested set is not an overlap:\n%s", capture_text(&cap));
}

Test(tspec, ioctl_commands_are_checked_for_range_duplicates_and_size)
{
	char text[1024];

	tspec_parse_string(ts, TSF_HOST_DEFS, "h.defs", host_errno);
	snprintf(text, sizeof(text), "%s"
	    "set a 0x5400..0x54ff handler h {\n"
	    "\tX 0x5401 quiet\n"
	    "\tY 0x5501 quiet\n"
	    "\tZ 0x5401 quiet\n"
	    "\tW _IOR('T', 2, long) quiet\n"
	    "\tV 0x80085403 out int quiet\n"
	    "}\n", ioctl_base);
	tspec_parse_string(ts, TSF_IOCTL_SETS, "ioctl.sets", text);
	tspec_check(ts, NULL, NULL);
	assert_reports("ioctl-outside-set", "ioctl.sets:7:4: error: Y (0x5501, key 0x5501) lies outside set a");
	assert_reports("ioctl-duplicate", "ioctl.sets:8:2: error: Z has the same command number (0x5401) as X");
	assert_reports("ioctl-size", "sizeof(long), which is 4 on i386 but 8 on amd64");
	assert_reports("ioctl-size", "V encodes size 8 but sizeof(int) is 4 on i386");
}

static enum ts_master_status
fake_master(void *arg, int arch, const char *name)
{
	(void)arg;
	(void)arch;
	if (strcmp(name, "setfsuid") == 0)
		return TM_STUBBABLE;
	if (strcmp(name, "read") == 0)
		return TM_IMPLEMENTED;
	return TM_ABSENT;
}

Test(tspec, dummies_are_checked_against_the_master_and_errno_map)
{
	tspec_parse_string(ts, TSF_HOST_DEFS, "h.defs", host_errno);
	tspec_parse_string(ts, TSF_ERRNO_MAP, "errno.map",
	    "host freebsd\nerrno EPERM 1\nerrno EAGAIN 11\nerrno EINVAL 22\n"
	    "errno ENOTTY 25\nerrno ENOSYS 38\nunmappable host ERESTART\n");
	tspec_parse_string(ts, TSF_DUMMY_LIST, "dummy.list",
	    "dummy setfsuid unimplemented\n"
	    "dummy read unimplemented\n"
	    "dummy nosuch unimplemented\n"
	    "dummy setfsuid obsolete errno EFTYPE arch i386\n");
	tspec_check(ts, fake_master, NULL);
	assert_reports("dummy-implemented", "dummy.list:2:7: error: i386's master already implements read");
	assert_reports("dummy-not-in-master", "dummy.list:3:7: error: no master has a syscall nosuch");
	assert_reports("dummy-errno", "dummy.list:4:31: error: EFTYPE is not a Linux errno");
	assert_reports("dummy-arch", "dummy.list:4:7: error: setfsuid is already a DUMMY");
	cr_assert_eq(ts->dummies[0].host_errno, 5);	/* ENOSYS on the host */
}
