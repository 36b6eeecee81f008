/*
 * test_lxrun_modes.c — which mechanism answers the emulated calls: by
 * default futex's plain waits and wakes go through seccomp user
 * notification (tr_listen.c) and the rest through ptrace; --ptrace-only
 * sends everything through ptrace. --stats says how many each answered,
 * and how the keys of shared futexes were found (the key cache).
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

/*
 * The cache of shared futex keys (tr_keycache.c), on keyremap: its
 * repeated wakes at one address are cache hits, its munmap, mmap
 * MAP_FIXED, mremap, shmdt and shmat SHM_REMAP are stopped as
 * invalidating calls and drop the entries of the address; with
 * --no-key-cache every key is an exact query and nothing is stopped.
 */
struct keys {
	unsigned long	hit, miss, bypass, exact, changes, dropped;
};

static struct keys
run_keyremap(const char *mode_flag)
{
	char *release = lxt_newest_release("amd64"), spec[128];
	char *argv[10];
	struct lxt_result r;
	struct keys k;
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
	argv[n++] = lxt_path("progs/keyremap_amd64");
	argv[n] = NULL;
	r = lxt_run(argv);
	cr_expect_eq(r.status, 0, "%s", r.err);
	cr_expect(strstr(r.out, "no waiter reached") == NULL, "%s", r.out);
	line = strstr(r.err, "lxrun: shared futex keys: ");
	cr_assert(line != NULL && sscanf(line, "lxrun: shared futex keys: "
	    "%lu cache hits, %lu misses, %lu bypassed (a remap in flight), "
	    "%lu exact (%*[a-z ]); %lu invalidating calls, %lu entries dropped",
	    &k.hit, &k.miss, &k.bypass, &k.exact, &k.changes, &k.dropped) == 6,
	    "no key line in --stats: %s", r.err);
	lxt_free(&r);
	free(argv[0]);
	free(argv[n - 1]);
	free(release);
	return (k);
}

Test(lxrun_modes, repeated_shared_futex_keys_hit_the_cache_and_remaps_drop_them,
    .timeout = 60) {
	struct keys k = run_keyremap(NULL);

	/* use() wakes four times at each remapped address: 3 hits each. */
	cr_expect_geq(k.hit, 12, "%lu hits", k.hit);
	cr_expect_gt(k.miss, 0, "%lu misses", k.miss);
	/* munmap, mmap MAP_FIXED, mremap, munmap, shmdt, shmat SHM_REMAP,
	   shmdt, and the children's exits do not count. */
	cr_expect_geq(k.changes, 7, "%lu invalidating calls", k.changes);
	/* x after munmap, x and w after mremap, x after shmdt and after
	   shmat SHM_REMAP. */
	cr_expect_geq(k.dropped, 5, "%lu entries dropped", k.dropped);
	cr_expect_eq(k.exact, 0, "%lu exact", k.exact);
}

Test(lxrun_modes, no_key_cache_asks_the_kernel_every_time, .timeout = 60) {
	struct keys k = run_keyremap("--no-key-cache");

	cr_expect_eq(k.hit + k.miss + k.bypass, 0, "%lu hits, %lu misses, "
	    "%lu bypassed", k.hit, k.miss, k.bypass);
	cr_expect_eq(k.changes, 0, "%lu invalidating calls", k.changes);
	cr_expect_geq(k.exact, 12, "%lu exact", k.exact);
}
