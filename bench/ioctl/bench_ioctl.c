/*
 * bench_ioctl.c — nanoseconds per ioctl dispatch: the generated constant-
 * time dispatcher (a hash of the command, a two-level table of the key)
 * against the thesis's design, a linear search of the handler sets, on
 *
 *   real       the table generated from spec/linux-2.6.16/ioctl.sets
 *   synth-1k   1,000 synthetic commands in 20 sets (+2 enclosing sets)
 *   synth-10k  10,000 synthetic commands in 200 sets (+20 enclosing sets)
 *
 * One dispatch = find the command's entry and the set whose handler gets
 * it. The baseline (kept here only) walks the sets sorted narrowest first,
 * as FreeBSD keeps its list so nested sets win, then finds the entry in
 * that set's sorted commands by binary search (standing in for the switch
 * a real handler compiles to). Both are built from the same generated
 * tables and checked to give identical answers before anything is timed.
 *
 * Workload: 4096 commands drawn once with a fixed seed: half listed
 * commands, a quarter other numbers inside some set, a quarter anything.
 * Each figure is the median of RUNS runs; ratios are baseline / generated.
 */
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "linux_ioctl_table.h"	/* types; every table has the same layout */

#define	WORKLOAD	4096
#define	RUNS		9

extern const struct linux_ioctl_set synth1k_ioctl_sets[];
extern const struct linux_ioctl_cmd synth1k_ioctl_cmds[];
const struct linux_ioctl_cmd *synth1k_ioctl_lookup(uint32_t);
const struct linux_ioctl_set *synth1k_ioctl_set_lookup(uint32_t);
extern const struct linux_ioctl_set synth10k_ioctl_sets[];
extern const struct linux_ioctl_cmd synth10k_ioctl_cmds[];
const struct linux_ioctl_cmd *synth10k_ioctl_lookup(uint32_t);
const struct linux_ioctl_set *synth10k_ioctl_set_lookup(uint32_t);

/* Their sizes (a counts.c generated beside each, bench/ioctl/rules.mk). */
extern const int synth1k_nsets, synth1k_ncmds, synth10k_nsets, synth10k_ncmds;

struct table {
	const char			*name;
	const struct linux_ioctl_set	*sets;
	int				 nsets;
	const struct linux_ioctl_cmd	*cmds;
	int				 ncmds;
	const struct linux_ioctl_cmd	*(*lookup)(uint32_t);
	const struct linux_ioctl_set	*(*set_lookup)(uint32_t);
	/* The baseline's view of it. */
	const struct linux_ioctl_set	**by_span;
	const struct linux_ioctl_cmd	***set_cmds;	/* per set, sorted */
	int				*set_ncmds;
};

/* ---- the baseline: a linear search of the sets ------------------------ */

static int
cmp_span(const void *a, const void *b)
{
	const struct linux_ioctl_set *x = *(const struct linux_ioctl_set *const *)a;
	const struct linux_ioctl_set *y = *(const struct linux_ioctl_set *const *)b;
	int sx = x->hi - x->lo, sy = y->hi - y->lo;

	if (sx != sy)
		return sx < sy ? -1 : 1;
	return x < y ? -1 : x > y;
}

static int
cmp_cmd(const void *a, const void *b)
{
	uint32_t x = (*(const struct linux_ioctl_cmd *const *)a)->cmd;
	uint32_t y = (*(const struct linux_ioctl_cmd *const *)b)->cmd;

	return x < y ? -1 : x > y;
}

static void
baseline_build(struct table *t)
{
	t->by_span = malloc(sizeof(*t->by_span) * (size_t)t->nsets);
	t->set_cmds = calloc((size_t)t->nsets, sizeof(*t->set_cmds));
	t->set_ncmds = calloc((size_t)t->nsets, sizeof(*t->set_ncmds));
	if (t->by_span == NULL || t->set_cmds == NULL || t->set_ncmds == NULL)
		abort();
	for (int s = 0; s < t->nsets; s++)
		t->by_span[s] = &t->sets[s];
	qsort(t->by_span, (size_t)t->nsets, sizeof(*t->by_span), cmp_span);
	for (int i = 0; i < t->ncmds; i++) {
		int s = t->cmds[i].set;
		t->set_cmds[s] = realloc(t->set_cmds[s],
		    sizeof(**t->set_cmds) * (size_t)(t->set_ncmds[s] + 1));
		if (t->set_cmds[s] == NULL)
			abort();
		t->set_cmds[s][t->set_ncmds[s]++] = &t->cmds[i];
	}
	for (int s = 0; s < t->nsets; s++)
		qsort(t->set_cmds[s], (size_t)t->set_ncmds[s],
		    sizeof(**t->set_cmds), cmp_cmd);
}

/* The set (as a pointer into t->sets) and the entry, the thesis's way. */
static const struct linux_ioctl_set *
baseline_dispatch(const struct table *t, uint32_t cmd,
    const struct linux_ioctl_cmd **entry)
{
	uint32_t key = cmd & 0xffff;

	*entry = NULL;
	for (int i = 0; i < t->nsets; i++) {
		const struct linux_ioctl_set *s = t->by_span[i];
		if (key < s->lo || key > s->hi)
			continue;
		int si = (int)(s - t->sets), lo = 0, hi = t->set_ncmds[si] - 1;
		while (lo <= hi) {
			int mid = (lo + hi) / 2;
			uint32_t v = t->set_cmds[si][mid]->cmd;
			if (v == cmd) {
				*entry = t->set_cmds[si][mid];
				break;
			}
			if (v < cmd)
				lo = mid + 1;
			else
				hi = mid - 1;
		}
		return s;
	}
	return NULL;
}

/* ---- workload and timing ---------------------------------------------- */

static uint32_t
xorshift(uint32_t *x)
{
	*x ^= *x << 13;
	*x ^= *x >> 17;
	*x ^= *x << 5;
	return *x;
}

static void
make_workload(const struct table *t, uint32_t *w)
{
	uint32_t x = 0x10c71;

	for (int i = 0; i < WORKLOAD; i++) {
		uint32_t r = xorshift(&x);
		if (i % 4 < 2)
			w[i] = t->cmds[r % (uint32_t)t->ncmds].cmd;
		else if (i % 4 == 2) {
			const struct linux_ioctl_set *s =
			    &t->sets[r % (uint32_t)t->nsets];
			w[i] = (xorshift(&x) & 0xffff0000u) |
			    (uint32_t)(s->lo + xorshift(&x) %
			    (uint32_t)(s->hi - s->lo + 1));
		} else
			w[i] = r;
	}
}

static void
check_same(const struct table *t, const uint32_t *w)
{
	for (int i = 0; i < WORKLOAD; i++) {
		const struct linux_ioctl_cmd *be;
		const struct linux_ioctl_set *bs = baseline_dispatch(t, w[i], &be);
		const struct linux_ioctl_cmd *ge = t->lookup(w[i]);
		const struct linux_ioctl_set *gs = ge != NULL ?
		    &t->sets[ge->set] : t->set_lookup(w[i]);
		if (be != ge || bs != gs) {
			fprintf(stderr, "%s: %#x: baseline and generated "
			    "dispatch disagree\n", t->name, w[i]);
			exit(1);
		}
	}
}

static double
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static volatile uintptr_t sink;

static double
time_generated(const struct table *t, const uint32_t *w, int rounds)
{
	uintptr_t acc = 0;
	double t0 = now_ns();

	for (int r = 0; r < rounds; r++)
		for (int i = 0; i < WORKLOAD; i++) {
			const struct linux_ioctl_cmd *e = t->lookup(w[i]);
			const struct linux_ioctl_set *s = e != NULL ?
			    &t->sets[e->set] : t->set_lookup(w[i]);
			acc += (uintptr_t)e ^ (uintptr_t)s;
		}
	sink = acc;
	return (now_ns() - t0) / ((double)rounds * WORKLOAD);
}

static double
time_baseline(const struct table *t, const uint32_t *w, int rounds)
{
	uintptr_t acc = 0;
	double t0 = now_ns();

	for (int r = 0; r < rounds; r++)
		for (int i = 0; i < WORKLOAD; i++) {
			const struct linux_ioctl_cmd *e;
			const struct linux_ioctl_set *s =
			    baseline_dispatch(t, w[i], &e);
			acc += (uintptr_t)e ^ (uintptr_t)s;
		}
	sink = acc;
	return (now_ns() - t0) / ((double)rounds * WORKLOAD);
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double
median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return v[n / 2];
}

int
main(void)
{
	struct table tables[] = {
		{ "real (2.6.16)", linux_ioctl_sets, LINUX_IOCTL_NSETS,
		    linux_ioctl_cmds, LINUX_IOCTL_NCMDS, linux_ioctl_lookup,
		    linux_ioctl_set_lookup, NULL, NULL, NULL },
		{ "synth-1k", synth1k_ioctl_sets, 0,
		    synth1k_ioctl_cmds, 0, synth1k_ioctl_lookup,
		    synth1k_ioctl_set_lookup, NULL, NULL, NULL },
		{ "synth-10k", synth10k_ioctl_sets, 0,
		    synth10k_ioctl_cmds, 0, synth10k_ioctl_lookup,
		    synth10k_ioctl_set_lookup, NULL, NULL, NULL },
	};
	static uint32_t w[WORKLOAD];
	cpu_set_t cpus;

	tables[1].nsets = synth1k_nsets;
	tables[1].ncmds = synth1k_ncmds;
	tables[2].nsets = synth10k_nsets;
	tables[2].ncmds = synth10k_ncmds;
	CPU_ZERO(&cpus);
	sched_getaffinity(0, sizeof(cpus), &cpus);
	printf("ioctl dispatch, ns per dispatch, median of %d runs, "
	    "workload %d commands; %d CPU(s) allowed (%s)\n", RUNS, WORKLOAD,
	    CPU_COUNT(&cpus), CPU_COUNT(&cpus) == 1 ? "pinned" : "not pinned");
	printf("%-14s %6s %6s %12s %12s %8s\n", "table", "sets", "cmds",
	    "generated", "linear sets", "ratio");
	for (size_t k = 0; k < sizeof(tables) / sizeof(tables[0]); k++) {
		struct table *t = &tables[k];
		double g[RUNS], b[RUNS], gm, bm;
		int rounds;

		baseline_build(t);
		make_workload(t, w);
		check_same(t, w);
		/* About 50 ms per baseline run, whatever the table. */
		rounds = (int)(50e6 / (time_baseline(t, w, 1) * WORKLOAD)) + 1;
		for (int r = 0; r < RUNS; r++) {
			g[r] = time_generated(t, w, rounds);
			b[r] = time_baseline(t, w, rounds);
		}
		gm = median(g, RUNS);
		bm = median(b, RUNS);
		printf("%-14s %6d %6d %12.2f %12.2f %7.1fx\n", t->name,
		    t->nsets, t->ncmds, gm, bm, bm / gm);
	}
	return 0;
}
