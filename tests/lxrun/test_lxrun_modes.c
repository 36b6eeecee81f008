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
run_keys(const char *prog, const char *arch, const char *mode_flag)
{
	char *release = lxt_newest_release(arch), spec[128];
	char *argv[10];
	struct lxt_result r;
	struct keys k;
	const char *line;
	int n = 0;

	if (release == NULL)
		cr_skip_test("no lxrun engine for %s", arch);
	LXT_REQUIRE(release, arch, "threads");
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
	argv[n++] = lxt_path("progs/%s_%s", prog, arch);
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
	struct keys k = run_keys("keyremap", "amd64", NULL);

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
	struct keys k = run_keys("keyremap", "amd64", "--no-key-cache");

	cr_expect_eq(k.hit + k.miss + k.bypass, 0, "%lu hits, %lu misses, "
	    "%lu bypassed", k.hit, k.miss, k.bypass);
	cr_expect_eq(k.changes, 0, "%lu invalidating calls", k.changes);
	cr_expect_geq(k.exact, 12, "%lu exact", k.exact);
}

/*
 * A vmchange call's window (tr_keycache.c) ends at its thread's next
 * event and at no other thread's, on keywindow: its munmap and mmap
 * MAP_FIXED are followed by 16 wakes at the address (a miss, then hits;
 * a window that never ended: 16 bypassed); then a helper thread's mmap
 * MAP_FIXED stays in flight while the main thread makes 16 wakes there
 * (bypassed; a window ended by the main thread's events: a miss and
 * hits) and 16 at another page (hits); after the helper, 16 wakes there
 * are a miss and hits again. Warming up: 32 wakes, 2 misses. Both ways of
 * answering the wakes: by notification (whose arrival ends the window)
 * and by ptrace (a seccomp stop).
 */
static void
check_key_windows(const char *arch, const char *mode_flag)
{
	struct keys k = run_keys("keywindow", arch, mode_flag);

	cr_expect_geq(k.bypass, 16, "%lu bypassed", k.bypass);
	cr_expect_lt(k.bypass, 32, "%lu bypassed", k.bypass);
	/* 15 + 15 warming up, 15, 16 at b, 15: 76, less one each time a
	   and b, if their pages share a slot of the direct-mapped cache
	   (addresses are random), evict each other; a window that never
	   ended would lose 30. */
	cr_expect_geq(k.hit, 70, "%lu hits, %lu misses", k.hit, k.miss);
	cr_expect_eq(k.exact, 0, "%lu exact", k.exact);
	/* munmap, mmap MAP_FIXED, the helper's mmap MAP_FIXED. */
	cr_expect_geq(k.changes, 3, "%lu invalidating calls", k.changes);
}

Test(lxrun_modes, a_remap_window_ends_at_its_threads_next_event,
    .timeout = 60) {
	check_key_windows("amd64", NULL);
}

Test(lxrun_modes, a_remap_window_ends_at_its_threads_next_stop_ptrace_only,
    .timeout = 60) {
	check_key_windows("amd64", "--ptrace-only");
}

Test(lxrun_modes, a_remap_window_ends_at_its_threads_next_event_i386,
    .timeout = 60) {
	check_key_windows("i386", NULL);
}
