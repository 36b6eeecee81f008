/*
 * test_lxrun_modes.c — which mechanism answers the emulated calls: by
 * default futex's plain waits and wakes go through seccomp user
 * notification (tr_listen.c) and the rest through ptrace; --ptrace-only
 * sends everything through ptrace. --stats says how many each answered.
 */
#include "lxt_run.h"

struct counts {
	unsigned long	ptrace, notif, lost;
	bool		found;
};

static struct counts
run_pingpong(const char *mode_flag, const char *rounds)
{
	char *release = lxt_newest_release("amd64"), spec[128];
	char *argv[10];
	struct lxt_result r;
	struct counts c = { 0, 0, 0, false };
	const char *line;
	int n = 0;

	if (release == NULL)
		cr_skip_test("no lxrun engine for amd64");
	LXT_REQUIRE(release, "amd64", "threads");
	snprintf(spec, sizeof(spec), "spec/%s", release);
	argv[n++] = lxt_bin("bin/lxrun");
	argv[n++] = (char *)"--spec";
	argv[n++] = spec;
	if (lxt_release_version(release) < 0x030200) {
		argv[n++] = (char *)"--osrelease";
		argv[n++] = (char *)"6.12";
	}
	argv[n++] = (char *)"--stats";
	if (mode_flag != NULL)
		argv[n++] = (char *)mode_flag;
	argv[n++] = (char *)"--";
	argv[n++] = lxt_path("progs/pingpong_amd64");
	argv[n++] = (char *)rounds;
	argv[n] = NULL;
	r = lxt_run(argv);
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect(strncmp(r.out, "rounds ", 7) == 0, "%s", r.out);
	if ((line = strstr(r.err, "lxrun: trapped calls: ")) != NULL)
		c.found = sscanf(line, "lxrun: trapped calls: %lu by ptrace, "
		    "%lu by notification (%lu", &c.ptrace, &c.notif, &c.lost) ==
		    3;
	cr_assert(c.found, "no --stats line: %s", r.err);
	lxt_free(&r);
	free(argv[0]);
	free(argv[n - 2]);
	free(release);
	return (c);
}

/* 2000 rounds: at least a wake and a wait per round and side. */
Test(lxrun_modes, futex_waits_and_wakes_go_through_the_listener,
    .timeout = 60) {
	struct counts c = run_pingpong(NULL, "2000");

	cr_expect_geq(c.notif, 4000, "%lu by notification", c.notif);
	cr_expect_lt(c.ptrace, 200, "%lu by ptrace", c.ptrace);
}

Test(lxrun_modes, ptrace_only_answers_everything_by_ptrace, .timeout = 60) {
	struct counts c = run_pingpong("--ptrace-only", "2000");

	cr_expect_eq(c.notif, 0, "%lu by notification", c.notif);
	cr_expect_geq(c.ptrace, 4000, "%lu by ptrace", c.ptrace);
}
