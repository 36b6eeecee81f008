/*
 * test_ioctl_dispatch.c — the generated ioctl dispatcher (hash of commands,
 * two-level set table) against a straightforward reference search over
 * the spec it was generated from, read again here with syscallc's own
 * front end: linear scans, "innermost set" = the smallest range holding
 * the key. Two tables: the real one of spec/linux-2.6.16 and a synthetic
 * one of 10,000 commands in 200 sets (tools/tspec/gen_synthetic_ioctl_
 * sets.lua, compiled under synth_* names by tests/tspec/rules.mk).
 *
 * Every listed command, every 16-bit key, and random 32-bit command numbers
 * (fully random, near listed commands, inside set ranges) must get the
 * same answer from both.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "check_tables.h"
#include "fixture.h"
#include "linux_ioctl_table.h"	/* out/linux-2.6.16/ */
#include "tspec.h"

#ifndef SPEC_DIR
#error "SPEC_DIR must name spec/ (tests/tspec/rules.mk sets it)"
#endif
#ifndef SYNTH_DIR
#error "SYNTH_DIR must name the synthetic spec's directory"
#endif

/* The synthetic table: same generated code, other names. */
extern const struct linux_ioctl_set synth_ioctl_sets[];
extern const struct linux_ioctl_cmd synth_ioctl_cmds[];
const struct linux_ioctl_cmd *synth_ioctl_lookup(uint32_t cmd);
const struct linux_ioctl_set *synth_ioctl_set_lookup(uint32_t cmd);

struct dispatcher {
	const char			*what;
	const struct linux_ioctl_set	*sets;
	const struct linux_ioctl_cmd	*(*lookup)(uint32_t);
	const struct linux_ioctl_set	*(*set_lookup)(uint32_t);
};

static const struct dispatcher real = { "linux-2.6.16", linux_ioctl_sets,
    linux_ioctl_lookup, linux_ioctl_set_lookup };
static const struct dispatcher synth = { "synthetic", synth_ioctl_sets,
    synth_ioctl_lookup, synth_ioctl_set_lookup };

static struct diag *d;
static struct tspec *ts;

/* Read and check a spec directory's ioctl.sets (and what it needs). */
static void
load_spec(const char *dir, bool with_errno)
{
	static const char *const host[] = { "errno", "ioctl" };
	char path[1024];

	d = diag_new(stderr, "test");
	cr_assert(d != NULL && syscallc_register_checks(d) == 0);
	ts = tspec_new(d);
	for (int i = 0; i < 2; i++) {
		snprintf(path, sizeof(path), "%s/host/freebsd/%s.defs",
		    SPEC_DIR, host[i]);
		cr_assert_eq(tspec_parse_file(ts, TSF_HOST_DEFS, path), 0);
	}
	if (with_errno) {
		snprintf(path, sizeof(path), "%s/errno.map", dir);
		cr_assert_eq(tspec_parse_file(ts, TSF_ERRNO_MAP, path), 0);
	}
	snprintf(path, sizeof(path), "%s/ioctl.sets", dir);
	cr_assert_eq(tspec_parse_file(ts, TSF_IOCTL_SETS, path), 0);
	cr_assert_eq(tspec_check(ts, NULL, NULL), 0, "%s does not check",
	    path);
}

static void
unload_spec(void)
{
	tspec_free(ts);
	diag_free(d);
}

/* ---- the reference: linear searches over the model --------------------- */

static const struct ts_cmd *
ref_cmd(uint32_t cmd, int *set)
{
	for (int s = 0; s < ts->nsets; s++)
		for (int j = 0; j < ts->sets[s].ncmds; j++)
			if (ts->sets[s].cmds[j].value == cmd) {
				*set = s;
				return &ts->sets[s].cmds[j];
			}
	return NULL;
}

/* The set the spec gives cmd's 16-bit key: the smallest range holding it. */
static const struct ts_set *
ref_set(uint32_t cmd)
{
	const struct ts_set *best = NULL;
	uint32_t key = cmd & 0xffff;

	for (int s = 0; s < ts->nsets; s++) {
		const struct ts_set *t = &ts->sets[s];
		if (key < t->lo || key > t->hi)
			continue;
		if (best == NULL || t->hi - t->lo < best->hi - best->lo ||
		    (t->hi - t->lo == best->hi - best->lo &&
		    t->depth > best->depth))
			best = t;
	}
	return best;
}

static void
compare(const struct dispatcher *g, uint32_t cmd)
{
	const struct linux_ioctl_cmd *c = g->lookup(cmd);
	const struct linux_ioctl_set *s = g->set_lookup(cmd);
	const struct ts_set *rs = ref_set(cmd);
	int rset = -1;
	const struct ts_cmd *rc = ref_cmd(cmd, &rset);

	if (rc == NULL)
		cr_assert_null(c, "%s: %#x is no command, dispatcher says %s",
		    g->what, cmd, c->name);
	else {
		cr_assert_not_null(c, "%s: %#x (%s) not found", g->what, cmd,
		    rc->name);
		cr_assert_eq(c->cmd, cmd);
		cr_assert_str_eq(c->name, rc->name);
		cr_assert_str_eq(g->sets[c->set].name, ts->sets[rset].name,
		    "%s: %s", g->what, rc->name);
		cr_assert_eq(c->status, (int)rc->status, "%s", rc->name);
		cr_assert_eq(c->dir, (int)rc->dir, "%s", rc->name);
		cr_assert_eq(c->arg_size, rc->arg_size[1], "%s", rc->name);
		cr_assert_eq(c->host_cmd, rc->host_value, "%s", rc->name);
	}
	if (rs == NULL)
		cr_assert_null(s, "%s: key %#x is in no set, dispatcher says %s",
		    g->what, cmd & 0xffff, s->name);
	else {
		cr_assert_not_null(s, "%s: key %#x is in %s", g->what,
		    cmd & 0xffff, rs->name);
		cr_assert_str_eq(s->name, rs->name, "%s: key %#x", g->what,
		    cmd & 0xffff);
		cr_assert_eq(s->lo, rs->lo);
		cr_assert_eq(s->hi, rs->hi);
	}
}

/* xorshift32: a fixed sequence, so a failure can be replayed. */
static uint32_t
next_random(uint32_t *x)
{
	*x ^= *x << 13;
	*x ^= *x >> 17;
	*x ^= *x << 5;
	return *x;
}

static void
property(const struct dispatcher *g, int rounds, uint32_t seed)
{
	int ncmds = 0, hits = 0;
	uint32_t x = seed;

	for (int s = 0; s < ts->nsets; s++)
		ncmds += ts->sets[s].ncmds;
	cr_assert_gt(ncmds, 0);
	for (int i = 0; i < rounds; i++) {
		uint32_t r = next_random(&x), cmd;
		int pick = (int)(next_random(&x) % (uint32_t)ncmds);
		const struct ts_cmd *c = NULL;

		for (int s = 0; s < ts->nsets && c == NULL; s++) {
			if (pick < ts->sets[s].ncmds)
				c = &ts->sets[s].cmds[pick];
			else
				pick -= ts->sets[s].ncmds;
		}
		switch (i % 4) {
		case 0:		/* anything */
			cmd = r;
			break;
		case 1:		/* a listed command */
			cmd = c->value;
			break;
		case 2:		/* one bit away from a listed command */
			cmd = c->value ^ (1u << (r % 32));
			break;
		default: {	/* inside a set, any direction and size bits */
			const struct ts_set *t =
			    &ts->sets[r % (uint32_t)ts->nsets];
			cmd = (next_random(&x) & 0xffff0000u) |
			    (uint32_t)(t->lo + r % (uint32_t)(t->hi - t->lo + 1));
			break;
		}
		}
		if (g->lookup(cmd) != NULL)
			hits++;
		compare(g, cmd);
	}
	cr_assert_gt(hits, rounds / 4, "the workload should find commands");
}

static void
exhaustive(const struct dispatcher *g)
{
	for (int s = 0; s < ts->nsets; s++)
		for (int j = 0; j < ts->sets[s].ncmds; j++)
			compare(g, ts->sets[s].cmds[j].value);
	/* Every key, with the direction/size bits of nothing and of _IOR. */
	for (uint32_t key = 0; key <= 0xffff; key++) {
		compare(g, key);
		compare(g, 0x80040000u | key);
	}
}

TestSuite(ioctl_dispatch, .timeout = 120);

Test(ioctl_dispatch, the_real_table_answers_as_a_search_of_the_2616_spec)
{
	load_spec(SPEC_DIR "/linux-2.6.16", true);
	exhaustive(&real);
	property(&real, 300000, 0x2616u);
	unload_spec();
}

Test(ioctl_dispatch, the_synthetic_table_answers_as_a_search_of_its_spec)
{
	int ncmds = 0, nsets;

	load_spec(SYNTH_DIR, false);
	for (int s = 0; s < ts->nsets; s++)
		ncmds += ts->sets[s].ncmds;
	nsets = ts->nsets;
	cr_assert_eq(ncmds, 10000, "the benchmark's table: 10,000 commands");
	cr_assert_geq(nsets, 200);
	exhaustive(&synth);
	property(&synth, 20000, 0x10000u);
	unload_spec();
}

Test(ioctl_dispatch, the_terminal_commands_keep_their_linux_names_and_numbers)
{
	struct fixture *io = fixture_load("linux/ioctls-generic-x86.tsv");
	int name = fixture_col(io, "name"), value = fixture_col(io, "value");
	int termio = 0;

	for (int i = 0; i < LINUX_IOCTL_NCMDS; i++) {
		const struct linux_ioctl_cmd *c = &linux_ioctl_cmds[i];
		bool same_value = false, same_name = false;

		if (c->set != LINUX_IOCTL_SET_TERMIO)
			continue;
		termio++;
		/* Names may share a number (FIONREAD is TIOCINQ). */
		for (int j = 0; j < io->nrows; j++)
			if ((uint32_t)fixture_num(&io->rows[j], value) ==
			    c->cmd) {
				same_value = true;
				same_name |= strcmp(io->rows[j].col[name],
				    c->name) == 0;
			}
		cr_expect(same_value && same_name, "%s (%#x) is not a generic "
		    "x86 ioctl of that number", c->name, c->cmd);
		cr_expect_eq(linux_ioctl_lookup(c->cmd), c);
	}
	cr_assert_gt(termio, 40);
	fixture_free(io);
}
