/*
 * test_lxrun_cli.c — the lxrun command: its errors, the release and arch
 * it picks, uname's release, --debug lines and the --coverage file, on
 * programs without a C library (tests/lxrun/raw) that run on any release.
 */
#include <sys/stat.h>

#include "lxt_run.h"

#define	RELEASE	"linux-2.6.16"

static struct lxt_result
lxrun(const char *a1, const char *a2, const char *a3, const char *a4,
    const char *a5, const char *a6)
{
	char *argv[8] = { lxt_bin("bin/lxrun") };
	const char *rest[] = { a1, a2, a3, a4, a5, a6 };
	struct lxt_result r;
	int i, n = 1;

	for (i = 0; i < 6 && rest[i] != NULL; i++)
		argv[n++] = (char *)rest[i];
	argv[n] = NULL;
	r = lxt_run(argv);
	free(argv[0]);
	return (r);
}

Test(lxrun_cli, without_a_program_prints_usage_and_exits_2, .timeout = 30) {
	struct lxt_result r = lxrun("--", NULL, NULL, NULL, NULL, NULL);

	cr_expect_eq(r.status, 2);
	cr_expect(strstr(r.err, "usage: lxrun") != NULL, "%s", r.err);
	lxt_free(&r);
	r = lxrun("--bogus", "x", "--", "/bin/true", NULL, NULL);
	cr_expect_eq(r.status, 2);
	cr_expect(strstr(r.err, "usage: lxrun") != NULL, "%s", r.err);
	lxt_free(&r);
}

Test(lxrun_cli, help_is_on_stdout_and_exits_0, .timeout = 30) {
	const char *opts[] = { "--spec", "--debug", "--coverage", "--log",
	    "--osrelease", "--ptrace-only", "--stats", "--help" };
	struct lxt_result r = lxrun("--help", NULL, NULL, NULL, NULL, NULL);
	size_t i;

	cr_expect_eq(r.status, 0);
	cr_expect_str_empty(r.err);
	cr_expect(strncmp(r.out, "usage: lxrun", 12) == 0, "%s", r.out);
	for (i = 0; i < sizeof(opts) / sizeof(opts[0]); i++)
		cr_expect(strstr(r.out, opts[i]) != NULL, "%s missing: %s",
		    opts[i], r.out);
	lxt_free(&r);
	r = lxrun("--stats", "-h", "--", "no-such-program-here", NULL, NULL);
	cr_expect_eq(r.status, 0, "-h runs nothing");
	cr_expect(strncmp(r.out, "usage: lxrun", 12) == 0, "%s", r.out);
	lxt_free(&r);
}

Test(lxrun_cli, usage_errors_say_what_is_wrong, .timeout = 30) {
	struct lxt_result r = lxrun("--bogus", "x", "--", "/bin/true", NULL,
	    NULL);

	cr_expect_eq(r.status, 2);
	cr_expect_str_empty(r.out);
	cr_expect(strstr(r.err, "unknown option '--bogus'") != NULL, "%s",
	    r.err);
	lxt_free(&r);
	r = lxrun("--spec", NULL, NULL, NULL, NULL, NULL);
	cr_expect_eq(r.status, 2);
	cr_expect(strstr(r.err, "no value for '--spec'") != NULL, "%s", r.err);
	lxt_free(&r);
	r = lxrun("/bin/true", NULL, NULL, NULL, NULL, NULL);
	cr_expect_eq(r.status, 2);
	cr_expect(strstr(r.err, "-- must come before the program") != NULL,
	    "%s", r.err);
	cr_expect(strstr(r.err, "usage: lxrun") != NULL, "%s", r.err);
	lxt_free(&r);
}

Test(lxrun_cli, unknown_release_names_the_engines_there_are, .timeout = 30) {
	struct lxt_result r = lxrun("--spec", "spec/linux-9.99", "--",
	    "/bin/true", NULL, NULL);

	cr_expect_eq(r.status, 2);
	cr_expect(strstr(r.err, "no engine for release linux-9.99") != NULL,
	    "%s", r.err);
	cr_expect(strstr(r.err, RELEASE) != NULL, "engines not listed: %s",
	    r.err);
	lxt_free(&r);
}

Test(lxrun_cli, missing_program_exits_127, .timeout = 30) {
	struct lxt_result r = lxrun("--", "no-such-program-here", NULL, NULL,
	    NULL, NULL);

	cr_expect_eq(r.status, 127);
	cr_expect(strstr(r.err, "no-such-program-here: not found") != NULL,
	    "%s", r.err);
	lxt_free(&r);
}

Test(lxrun_cli, a_file_that_is_not_elf_is_refused, .timeout = 30) {
	char *path = lxt_path("not-elf.txt");
	FILE *f = fopen(path, "w");
	struct lxt_result r;

	cr_assert(f != NULL);
	fputs("plain text\n", f);
	fclose(f);
	chmod(path, 0755);
	r = lxrun("--", path, NULL, NULL, NULL, NULL);
	cr_expect_eq(r.status, 126);
	cr_expect(strstr(r.err, "not an x86_64 or i386 ELF") != NULL, "%s",
	    r.err);
	lxt_free(&r);
	unlink(path);
	free(path);
}

Test(lxrun_cli, unknown_debug_syscall_is_an_error, .timeout = 30) {
	char *prog = lxt_path("raw/raw_uname_amd64");
	struct lxt_result r = lxrun("--debug", "uname,no_such_call", "--",
	    prog, NULL, NULL);

	cr_expect_eq(r.status, 2);
	cr_expect(strstr(r.err, "no syscall 'no_such_call'") != NULL, "%s",
	    r.err);
	lxt_free(&r);
	free(prog);
}

/*
 * uname reports the spec's release (compat.linux.osrelease), whatever the
 * kernel underneath is, and the engine follows the program's ELF class.
 */
static void
uname_reports_release(const char *arch)
{
	char *prog = lxt_path("raw/raw_uname_%s", arch);
	struct lxt_result r;

	LXT_REQUIRE(RELEASE, arch, "threads");
	r = lxrun("--spec", "spec/" RELEASE "/", "--", prog, NULL, NULL);
	cr_expect_eq(r.status, 0, "exit %d; stderr: %s", r.status, r.err);
	cr_expect_str_eq(r.out, "release=2.6.16\n");
	lxt_free(&r);
	free(prog);
}

Test(lxrun_cli, uname_reports_the_spec_release_amd64, .timeout = 30) {
	uname_reports_release("amd64");
}

Test(lxrun_cli, uname_reports_the_spec_release_i386, .timeout = 30) {
	uname_reports_release("i386");
}

/* One line per selected call: linux(pid/tid): name(arg=value…) = result. */
Test(lxrun_cli, debug_prints_one_decoded_line_per_selected_call,
    .timeout = 30) {
	char *prog = lxt_path("raw/raw_uname_amd64");
	struct lxt_result r;
	char *line;
	int pid, tid, ret;

	LXT_REQUIRE(RELEASE, "amd64", "threads");
	r = lxrun("--debug", "getpid,write", "--", prog, NULL, NULL);
	cr_expect_eq(r.status, 0, "stderr: %s", r.err);
	line = strstr(r.err, "getpid()");
	cr_assert(line != NULL, "no getpid line: %s", r.err);
	cr_expect(sscanf(r.err, "linux(%d/%d): ", &pid, &tid) == 2, "%s",
	    r.err);
	cr_expect(sscanf(line, "getpid() = %d", &ret) == 1 && ret == pid,
	    "getpid line does not show the pid: %s", r.err);
	cr_expect(strstr(r.err, "write(fd=1, buf=0x") != NULL,
	    "write not decoded: %s", r.err);
	cr_expect(strstr(r.err, "uname(") == NULL,
	    "an unselected call was printed: %s", r.err);
	cr_expect(strstr(r.err, "lost track") == NULL, "%s", r.err);
	lxt_free(&r);
	free(prog);
}

Test(lxrun_cli, coverage_counts_every_call_with_its_status, .timeout = 30) {
	char *prog = lxt_path("raw/raw_uname_amd64");
	char *cov = lxt_path("coverage-raw.json");
	struct lxt_result r;
	char buf[8192];
	size_t n;
	FILE *f;

	LXT_REQUIRE(RELEASE, "amd64", "threads");
	unlink(cov);
	r = lxrun("--coverage", cov, "--", prog, NULL, NULL);
	cr_expect_eq(r.status, 0, "stderr: %s", r.err);
	lxt_free(&r);
	f = fopen(cov, "r");
	cr_assert(f != NULL, "no coverage file");
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	cr_expect(strstr(buf, "\"schema\": \"syscallc-coverage/1\"") != NULL,
	    "%s", buf);
	cr_expect(strstr(buf, "{\"number\": 63, \"name\": \"newuname\", "
	    "\"status\": \"emulated\", \"count\": 1}") != NULL, "%s", buf);
	/* raw_uname writes "release=", the release and a newline. */
	cr_expect(strstr(buf, "{\"number\": 1, \"name\": \"write\", "
	    "\"status\": \"native\", \"count\": 3}") != NULL, "%s", buf);
	cr_expect(strstr(buf, "{\"number\": 39, \"name\": \"getpid\", "
	    "\"status\": \"emulated\", \"count\": 1}") != NULL, "%s", buf);
	unlink(cov);
	free(cov);
	free(prog);
}

/*
 * What the generated filter does with what runtime/kern does not serve:
 * a dummy.list stub logs its name and answers ENOSYS (-38), a number the
 * release does not implement is logged and ENOSYS, and an i386 syscall
 * made by a 64-bit program (int $0x80) is refused.
 */
static void
filter_answers(const char *arch, const char *expect_out, const char *unimpl)
{
	char *prog = lxt_path("raw/raw_probe_%s", arch);
	char *log = lxt_path("probe-%s.log", arch);
	char want[128], buf[4096];
	struct lxt_result r;
	size_t n;
	FILE *f;

	LXT_REQUIRE(RELEASE, arch, "threads");
	unlink(log);
	r = lxrun("--log", log, "--", prog, NULL, NULL);
	cr_expect_eq(r.status, 0, "stderr: %s", r.err);
	cr_expect_str_eq(r.out, expect_out);
	cr_expect(strstr(r.err, "not implemented") == NULL,
	    "--log did not take the messages: %s", r.err);
	f = fopen(log, "r");
	cr_assert(f != NULL, "no log file");
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	cr_expect(strstr(buf, "syscall setfsuid is not implemented") != NULL,
	    "stub did not log its name: %s", buf);
	snprintf(want, sizeof(want), "syscall %s is not implemented in "
	    RELEASE ": ENOSYS", unimpl);
	cr_expect(strstr(buf, want) != NULL, "no '%s' in: %s", want, buf);
	lxt_free(&r);
	unlink(log);
	free(log);
	free(prog);
}

Test(lxrun_cli, filter_answers_stubs_and_missing_calls_amd64, .timeout = 30) {
	filter_answers("amd64", "stub=-38 unimplemented=-38 int80=-38\n",
	    "183");
}

Test(lxrun_cli, filter_answers_stubs_and_missing_calls_i386, .timeout = 30) {
	filter_answers("i386", "stub=-38 unimplemented=-38\n", "137");
}

/* --osrelease: the runtime behaves as, and uname reports, 6.12. */
Test(lxrun_cli, osrelease_changes_the_reported_release, .timeout = 30) {
	char *prog = lxt_path("raw/raw_uname_amd64");
	struct lxt_result r;

	LXT_REQUIRE(RELEASE, "amd64", "threads");
	r = lxrun("--osrelease", "6.12", "--", prog, NULL, NULL);
	cr_expect_eq(r.status, 0, "stderr: %s", r.err);
	cr_expect_str_eq(r.out, "release=6.12.0\n");
	lxt_free(&r);
	r = lxrun("--osrelease", "six", "--", prog, NULL, NULL);
	cr_expect_eq(r.status, 2);
	cr_expect(strstr(r.err, "--osrelease six") != NULL, "%s", r.err);
	lxt_free(&r);
	free(prog);
}
