/*
 * test_tables_facts.c — the tables generated from spec/linux-2.6.16 (and
 * linux-6.12's clone flags) agree with the facts copied into
 * tests/fixtures/: errno and signal numbers on both sides and their
 * translation both ways, the real-time range and sigset round trips, clone
 * and rfork flag values, the trap translation of the thesis, and what each
 * DUMMY stub returns and logs on both arches.
 *
 * Expected values come from the fixtures, looked up by name; the test only
 * names the decisions the specs document (docs/translation-specs.md).
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "clone_releases.h"
#include "dummy_check.h"
#include "fixture.h"
#include "host_values.h"
#include "linux_errno.h"
#include "linux_signal.h"
#include "linux_trap.h"

#ifndef HELPERS_DIR
#error "HELPERS_DIR must name the directory of the -m32 helpers"
#endif

/* 2.6.16 had Linux errnos 1..129; 130.. came in 2.6.17 and later. */
#define LINUX_2616_LAST_ERRNO	129

static bool
is_alias(const struct fixture *f, const struct fixture_row *r,
    const char *col)
{
	return r->col[fixture_col(f, col)][0] != '\0';
}

/* ---- errno ------------------------------------------------------------ */

TestSuite(errno_facts);

Test(errno_facts, every_linux_errno_of_2616_has_its_linux_number)
{
	struct fixture *le = fixture_load("linux/errno.tsv");
	int num = fixture_col(le, "number"), name = fixture_col(le, "name");
	int checked = 0;

	for (int i = 0; i < le->nrows; i++) {
		const struct fixture_row *r = &le->rows[i];
		int64_t v = fixture_num(r, num);
		const char *got = linux_errno_name((int)v);

		if (v > LINUX_2616_LAST_ERRNO) {
			cr_expect_null(got, "%s (%lld) is not a 2.6.16 errno "
			    "but the table has %s", r->col[name], (long long)v,
			    got);
			continue;
		}
		if (is_alias(le, r, "alias_of"))
			cr_expect(got != NULL && strcmp(got,
			    r->col[fixture_col(le, "alias_of")]) == 0,
			    "%s is an alias of %s (%lld), table says %s",
			    r->col[name], r->col[fixture_col(le, "alias_of")],
			    (long long)v, got);
		else
			cr_expect(got != NULL && strcmp(got, r->col[name]) == 0,
			    "Linux errno %lld is %s, table says %s",
			    (long long)v, r->col[name], got);
		checked++;
	}
	cr_assert_gt(checked, 120);
	fixture_free(le);
}

Test(errno_facts, every_host_errno_has_its_freebsd_number)
{
	struct fixture *fe = fixture_load("freebsd/freebsd-errno.tsv");
	int num = fixture_col(fe, "number"), name = fixture_col(fe, "name");
	int kind = fixture_col(fe, "kind");
	int checked = 0;

	for (int i = 0; i < fe->nrows; i++) {
		const struct fixture_row *r = &fe->rows[i];
		int v = (int)fixture_num(r, num);
		const char *k = r->col[kind], *got = host_errno_name(v);

		if (strcmp(k, "limit") == 0) {
			cr_expect_eq(host_ELAST, v, "host_ELAST is %d, FreeBSD's is %d",
			    host_ELAST, v);
			continue;
		}
		if (strncmp(k, "alias-of-", 9) == 0)
			cr_expect(got != NULL && strcmp(got, k + 9) == 0,
			    "%s = %s (%d): table says %s", r->col[name], k + 9,
			    v, got);
		else
			cr_expect(got != NULL && strcmp(got, r->col[name]) == 0,
			    "host errno %d is %s, table says %s", v,
			    r->col[name], got);
		checked++;
	}
	cr_assert_gt(checked, 95);
	fixture_free(fe);
}

Test(errno_facts, every_host_errno_up_to_elast_reaches_linux_by_name_or_declared)
{
	struct fixture *fe = fixture_load("freebsd/freebsd-errno.tsv");
	struct fixture *le = fixture_load("linux/errno.tsv");
	int fnum = fixture_col(fe, "number"), fname = fixture_col(fe, "name");
	int lnum = fixture_col(le, "number"), lname = fixture_col(le, "name");
	int by_name = 0;

	for (int h = 1; h <= host_ELAST; h++) {
		int l = linux_errno_from_host(h);
		const char *hn = host_errno_name(h);

		cr_assert_not_null(hn, "host errno %d is not declared", h);
		cr_expect(l > 0 && linux_errno_name(l) != NULL,
		    "host %s (%d) reaches the program as %d", hn, h, l);
		/* Where Linux has the same name, the mapping is by name. */
		const struct fixture_row *fr = fixture_find(fe, fname, hn);
		const struct fixture_row *lr = fixture_find(le, lname, hn);
		cr_assert_not_null(fr);
		cr_expect_eq(fixture_num(fr, fnum), h);
		if (lr != NULL && fixture_num(lr, lnum) <=
		    LINUX_2616_LAST_ERRNO && !is_alias(le, lr, "alias_of")) {
			cr_expect_eq(l, fixture_num(lr, lnum), "host %s (%d) -> "
			    "%d, Linux's %s is %lld", hn, h, l, hn,
			    (long long)fixture_num(lr, lnum));
			by_name++;
		}
	}
	cr_assert_gt(by_name, 60);
	cr_expect_eq(linux_errno_from_host(host_ELAST + 1), -1);
	fixture_free(fe);
	fixture_free(le);
}

Test(errno_facts, kernel_internal_host_errnos_never_reach_the_program)
{
	struct fixture *fe = fixture_load("freebsd/freebsd-errno.tsv");
	int num = fixture_col(fe, "number"), kind = fixture_col(fe, "kind");
	int n = 0;

	for (int i = 0; i < fe->nrows; i++)
		if (strcmp(fe->rows[i].col[kind], "kernel-only") == 0) {
			int v = (int)fixture_num(&fe->rows[i], num);
			cr_expect_eq(linux_errno_from_host(v), -1,
			    "kernel-internal %d translates to %d", v,
			    linux_errno_from_host(v));
			n++;
		}
	cr_assert_eq(n, 5);
	cr_expect_eq(linux_errno_from_host(0), 0, "success stays success");
	fixture_free(fe);
}

Test(errno_facts, every_linux_errno_has_a_host_errno_and_same_names_round_trip)
{
	struct fixture *le = fixture_load("linux/errno.tsv");
	struct fixture *fe = fixture_load("freebsd/freebsd-errno.tsv");
	int lnum = fixture_col(le, "number"), lname = fixture_col(le, "name");
	int fnum = fixture_col(fe, "number"), fname = fixture_col(fe, "name");
	int round = 0;

	for (int i = 0; i < le->nrows; i++) {
		const struct fixture_row *r = &le->rows[i];
		int l = (int)fixture_num(r, lnum);
		int h = host_errno_from_linux(l);
		const struct fixture_row *fr;

		if (l > LINUX_2616_LAST_ERRNO) {
			cr_expect_eq(h, -1, "%s is not a 2.6.16 errno",
			    r->col[lname]);
			continue;
		}
		cr_expect(h >= 1 && h <= host_ELAST, "Linux %s (%d) -> host %d",
		    r->col[lname], l, h);
		if (is_alias(le, r, "alias_of"))
			continue;
		fr = fixture_find(fe, fname, r->col[lname]);
		if (fr != NULL && strcmp(fr->col[fixture_col(fe, "kind")],
		    "errno") == 0) {
			cr_expect_eq(h, fixture_num(fr, fnum), "Linux %s -> "
			    "host %d, FreeBSD's %s is %lld", r->col[lname], h,
			    r->col[lname], (long long)fixture_num(fr, fnum));
			cr_expect_eq(linux_errno_from_host(h), l, "%s does not "
			    "round trip", r->col[lname]);
			round++;
		}
	}
	cr_assert_gt(round, 60);
	/* Holes in Linux's numbering are not errnos. */
	for (int l = 1; l <= LINUX_2616_LAST_ERRNO; l++)
		if (linux_errno_name(l) == NULL)
			cr_expect_eq(host_errno_from_linux(l), -1, "%d", l);
	fixture_free(le);
	fixture_free(fe);
}

/* ---- signals ---------------------------------------------------------- */

TestSuite(signal_facts);

Test(signal_facts, linux_and_host_signal_numbers_are_the_facts)
{
	struct fixture *ls = fixture_load("linux/signal-x86.tsv");
	struct fixture *fs = fixture_load("freebsd/freebsd-signal.tsv");
	int lnum = fixture_col(ls, "number"), lname = fixture_col(ls, "name");
	int lnote = fixture_col(ls, "alias_or_note");
	int fnum = fixture_col(fs, "number"), fname = fixture_col(fs, "name");
	int fkind = fixture_col(fs, "kind");

	for (int i = 0; i < ls->nrows; i++) {
		const struct fixture_row *r = &ls->rows[i];
		int v = (int)fixture_num(r, lnum);
		const char *got = linux_signal_name(v), *note = r->col[lnote];

		if (strcmp(r->col[lname], "SIGLOST") == 0)
			continue;	/* not defined on x86 (the fact says) */
		if (strncmp(note, "SIG", 3) == 0 && strchr(note, ' ') == NULL)
			cr_expect(got != NULL && strcmp(got, note) == 0,
			    "%s = %s (%d): table says %s", r->col[lname],
			    note, v, got);
		else
			cr_expect(got != NULL && strcmp(got, r->col[lname]) ==
			    0, "Linux signal %d is %s, table says %s", v,
			    r->col[lname], got);
	}
	cr_expect_eq(LINUX_SIGRTMIN, fixture_num(fixture_find(ls, lname,
	    "SIGRTMIN"), lnum));
	cr_expect_eq(LINUX_SIGRTMAX, fixture_num(fixture_find(ls, lname,
	    "SIGRTMAX"), lnum));
	for (int i = 0; i < fs->nrows; i++) {
		const struct fixture_row *r = &fs->rows[i];
		int v = (int)fixture_num(r, fnum);
		const char *k = r->col[fkind], *got = host_signal_name(v);

		if (strcmp(k, "limit") == 0)
			continue;
		if (strncmp(k, "alias-of-", 9) == 0)
			cr_expect(got != NULL && strcmp(got, k + 9) == 0,
			    "%s = %s: table says %s", r->col[fname], k + 9,
			    got);
		else
			cr_expect(got != NULL && strcmp(got, r->col[fname]) ==
			    0, "host signal %d is %s, table says %s", v,
			    r->col[fname], got);
	}
	cr_expect_eq(HOST_SIGRTMIN, fixture_num(fixture_find(fs, fname,
	    "SIGRTMIN"), fnum));
	cr_expect_eq(HOST_SIGRTMAX, fixture_num(fixture_find(fs, fname,
	    "SIGRTMAX"), fnum));
	fixture_free(ls);
	fixture_free(fs);
}

Test(signal_facts, signals_both_sides_name_translate_by_name_both_ways)
{
	struct fixture *ls = fixture_load("linux/signal-x86.tsv");
	struct fixture *fs = fixture_load("freebsd/freebsd-signal.tsv");
	int lnum = fixture_col(ls, "number"), lname = fixture_col(ls, "name");
	int fnum = fixture_col(fs, "number"), fname = fixture_col(fs, "name");
	int both = 0;

	for (int l = 1; l < LINUX_SIGRTMIN; l++) {
		const char *n = linux_signal_name(l);
		const struct fixture_row *fr = fixture_find(fs, fname, n);
		const struct fixture_row *lr = fixture_find(ls, lname, n);

		cr_assert_not_null(lr, "%s is not a Linux signal", n);
		cr_assert_eq(fixture_num(lr, lnum), l);
		if (fr == NULL || strcmp(fr->col[fixture_col(fs, "kind")],
		    "signal") != 0)
			continue;
		cr_expect_eq(host_signal_from_linux(l), fixture_num(fr, fnum),
		    "Linux %s (%d) -> host %d, FreeBSD's is %lld", n, l,
		    host_signal_from_linux(l), (long long)fixture_num(fr, fnum));
		cr_expect_eq(linux_signal_from_host((int)fixture_num(fr, fnum)),
		    l, "host %s does not come back as Linux %d", n, l);
		both++;
	}
	cr_assert_gt(both, 25);
	fixture_free(ls);
	fixture_free(fs);
}

Test(signal_facts, every_linux_real_time_signal_has_its_own_host_real_time_signal)
{
	bool used[HOST_SIGRTMAX + 1] = { false };

	for (int l = LINUX_SIGRTMIN; l <= LINUX_SIGRTMAX; l++) {
		int h = host_signal_from_linux(l);
		cr_expect(h >= HOST_SIGRTMIN && h <= HOST_SIGRTMAX,
		    "Linux real-time %d -> host %d, outside the host's "
		    "real-time range", l, h);
		if (h <= 0 || h > HOST_SIGRTMAX)
			continue;
		cr_expect(!used[h], "host %d used twice", h);
		used[h] = true;
		cr_expect_eq(linux_signal_from_host(h), l, "%d does not round "
		    "trip", l);
	}
	/* In order: SIGRTMIN+n is the host's SIGRTMIN+n. */
	for (int n = 0; n <= LINUX_SIGRTMAX - LINUX_SIGRTMIN; n++)
		cr_expect_eq(host_signal_from_linux(LINUX_SIGRTMIN + n),
		    HOST_SIGRTMIN + n);
}

/* The Linux signals that come back from the host as themselves. */
static uint64_t
round_trip_mask(void)
{
	uint64_t m = 0;

	for (int l = 1; l <= LINUX_SIGRTMAX; l++) {
		int h = host_signal_from_linux(l);
		if (h != 0 && linux_signal_from_host(h) == l)
			m |= (uint64_t)1 << (l - 1);
	}
	return m;
}

Test(signal_facts, a_single_signal_set_round_trips_exactly_when_the_signal_does)
{
	uint64_t rt = round_trip_mask();

	cr_assert_neq(rt, 0);
	for (int l = 1; l <= LINUX_SIGRTMAX; l++) {
		uint64_t in = (uint64_t)1 << (l - 1), out;
		host_sigset_t h;
		int hs = host_signal_from_linux(l);

		host_sigset_from_linux(in, &h);
		linux_sigset_from_host(&h, &out);
		cr_expect_eq(out, in & rt, "signal %d: %#llx -> %#llx", l,
		    (unsigned long long)in, (unsigned long long)out);
		/* The host set holds exactly the translated signal. */
		for (int b = 1; b <= HOST_SIGSET_WORDS * 32; b++) {
			bool set = (h.__bits[(b - 1) / 32] >> ((b - 1) % 32)) & 1;
			cr_expect_eq(set, b == hs && (in & rt) != 0,
			    "signal %d: host bit %d", l, b);
		}
	}
	/* SIGSTKFLT takes host SIGRTMIN+34 both ways (signal.map). */
	cr_expect_neq(rt & ((uint64_t)1 << (LINUX_SIGSTKFLT - 1)), 0);
	cr_expect_eq(host_signal_from_linux(LINUX_SIGSTKFLT), HOST_SIGRTMIN + 34);
}

Test(signal_facts, random_sets_round_trip_both_ways)
{
	uint64_t rt = round_trip_mask();
	unsigned seed = 2616;

	for (int i = 0; i < 2000; i++) {
		uint64_t in = ((uint64_t)rand_r(&seed) << 33) ^
		    ((uint64_t)rand_r(&seed) << 11) ^ (uint64_t)rand_r(&seed);
		uint64_t out, back;
		host_sigset_t h, h2;

		host_sigset_from_linux(in, &h);
		linux_sigset_from_host(&h, &out);
		cr_assert_eq(out, in & rt, "%#llx -> %#llx",
		    (unsigned long long)in, (unsigned long long)out);
		/* Host side: a set of host signals Linux can see comes back. */
		for (int w = 0; w < HOST_SIGSET_WORDS; w++)
			h.__bits[w] = (uint32_t)rand_r(&seed) ^
			    ((uint32_t)rand_r(&seed) << 16);
		linux_sigset_from_host(&h, &back);
		host_sigset_from_linux(back, &h2);
		for (int b = 1; b <= HOST_SIGSET_WORDS * 32; b++) {
			int l = b <= HOST_SIGRTMAX ? linux_signal_from_host(b) : 0;
			bool want = l != 0 && host_signal_from_linux(l) == b &&
			    ((h.__bits[(b - 1) / 32] >> ((b - 1) % 32)) & 1);
			bool got = (h2.__bits[(b - 1) / 32] >> ((b - 1) % 32)) &
			    1;
			cr_assert_eq(got, want, "host signal %d", b);
		}
	}
}

/* ---- clone and rfork -------------------------------------------------- */

TestSuite(clone_facts);

/*
 * Which of clone-flags.tsv's rows a release's table must hold: 2.6.16 the
 * rows the fact marks in_2.6.16; 6.12 every flag but those removed before
 * it (CLONE_PID, CLONE_STOPPED) and CLONE_NEWTIME, whose bit clone(2) reads
 * as exit signal (spec/linux-6.12/clone.flags says so).
 */
static bool
release_has(int release, const char *name, const char *in2616)
{
	if (release == 0)
		return strcmp(in2616, "yes") == 0;
	return strcmp(name, "CLONE_PID") != 0 &&
	    strcmp(name, "CLONE_STOPPED") != 0 &&
	    strcmp(name, "CLONE_NEWTIME") != 0;
}

Test(clone_facts, every_clone_flag_has_its_linux_value_in_both_releases)
{
	struct fixture *cf = fixture_load("linux/clone-flags.tsv");
	int name = fixture_col(cf, "name"), val = fixture_col(cf, "value");
	int in2616 = fixture_col(cf, "in_2.6.16");

	for (int rel = 0; rel < 2; rel++) {
		const struct clone_release *r = &clone_releases[rel];
		int want = 0;

		for (int i = 0; i < cf->nrows; i++) {
			const struct fixture_row *row = &cf->rows[i];
			if (!release_has(rel, row->col[name], row->col[in2616]))
				continue;
			want++;
			cr_expect_eq(clone_flag_value(r, row->col[name]),
			    (uint64_t)fixture_num(row, val), "%s: %s",
			    r->name, row->col[name]);
		}
		/* Nothing beyond the facts. */
		cr_expect_eq(*r->nflags, want, "%s has %d flags, the facts %d",
		    r->name, *r->nflags, want);
		for (int i = 0; i < *r->nflags; i++)
			cr_expect_not_null(fixture_find(cf, name,
			    r->flags[i].name), "%s: %s is not a Linux flag",
			    r->name, r->flags[i].name);
	}
	fixture_free(cf);
}

Test(clone_facts, every_host_rfork_flag_has_its_freebsd_value)
{
	struct fixture *rf = fixture_load("freebsd/freebsd-rfork.tsv");
	int name = fixture_col(rf, "name"), val = fixture_col(rf, "hex_value");
	int kind = fixture_col(rf, "kind"), flags = 0;

	for (int i = 0; i < linux_clone_nrfork_names; i++) {
		const struct linux_clone_rfork_name *n =
		    &linux_clone_rfork_names[i];
		const struct fixture_row *r = fixture_find(rf, name, n->name);
		cr_assert_not_null(r, "%s is not a FreeBSD rfork flag",
		    n->name);
		cr_expect_eq(n->value, (uint32_t)fixture_num(r, val), "%s",
		    n->name);
	}
	/* And every single-bit flag FreeBSD has is known. */
	for (int i = 0; i < rf->nrows; i++) {
		bool found = false;
		if (strcmp(rf->rows[i].col[kind], "flag") != 0 ||
		    strcmp(rf->rows[i].col[name], "RFSPAWN") == 0)
			continue;	/* RFSPAWN: user-side alias of RFPPWAIT */
		flags++;
		for (int j = 0; j < linux_clone_nrfork_names; j++)
			found |= strcmp(linux_clone_rfork_names[j].name,
			    rf->rows[i].col[name]) == 0;
		cr_expect(found, "%s missing", rf->rows[i].col[name]);
	}
	cr_assert_gt(flags, 15);
	fixture_free(rf);
}

static uint32_t
rfork_value(const char *name)
{
	static struct fixture *rf;

	if (rf == NULL)
		rf = fixture_load("freebsd/freebsd-rfork.tsv");
	const struct fixture_row *r = fixture_find(rf,
	    fixture_col(rf, "name"), name);
	cr_assert_not_null(r, "%s", name);
	return (uint32_t)fixture_num(r, fixture_col(rf, "hex_value"));
}

Test(clone_facts, clone_flags_become_the_rfork_flags_the_spec_declares)
{
	uint32_t base = rfork_value("RFPROC") | rfork_value("RFSTOPPED") |
	    rfork_value("RFFDG");
	int rf;

	cr_assert_eq(linux_clone_to_rfork(0, &rf), 0);
	cr_expect_eq((uint32_t)rf, base);
	/* The exit signal is not a flag. */
	cr_assert_eq(linux_clone_to_rfork(LINUX_CSIGNAL & 17, &rf), 0);
	cr_expect_eq((uint32_t)rf, base);
	cr_assert_eq(linux_clone_to_rfork(LINUX_CLONE_VM, &rf), 0);
	cr_expect_eq((uint32_t)rf, base | rfork_value("RFMEM"));
	cr_assert_eq(linux_clone_to_rfork(LINUX_CLONE_SIGHAND |
	    LINUX_CLONE_VM, &rf), 0);
	cr_expect_eq((uint32_t)rf, base | rfork_value("RFMEM") |
	    rfork_value("RFSIGSHARE"));
	cr_assert_eq(linux_clone_to_rfork(LINUX_CLONE_VFORK, &rf), 0);
	cr_expect_eq((uint32_t)rf, base | rfork_value("RFPPWAIT"));
	cr_assert_eq(linux_clone_to_rfork(LINUX_CLONE_FILES, &rf), 0);
	cr_expect_eq((uint32_t)rf, base & ~rfork_value("RFFDG"));
	cr_assert_eq(linux_clone_to_rfork(LINUX_CLONE_FS, &rf), 0);
	cr_expect_eq((uint32_t)rf, base & ~rfork_value("RFFDG"));
	/* Ignored flags change nothing. */
	cr_assert_eq(linux_clone_to_rfork(LINUX_CLONE_PTRACE |
	    LINUX_CLONE_SYSVSEM | LINUX_CLONE_DETACHED, &rf), 0);
	cr_expect_eq((uint32_t)rf, base);
	/* Rejected flags and undeclared bits fail. */
	cr_expect_eq(linux_clone_to_rfork(LINUX_CLONE_STOPPED, &rf), host_EINVAL);
	cr_expect_eq(linux_clone_to_rfork(0x1000, &rf), host_EINVAL);
	cr_expect_eq(linux_clone_to_rfork((uint64_t)1 << 40, &rf), host_EINVAL);
}

Test(clone_facts, the_rule_table_and_the_validator_agree_on_every_combination)
{
	for (int rel = 0; rel < 2; rel++) {
		const struct clone_release *r = &clone_releases[rel];
		uint64_t named[16];
		int n = 0;

		/* The flags some rule names. */
		for (int i = 0; i < *r->nrules; i++) {
			uint64_t v[2] = { r->rules[i].a_value,
			    r->rules[i].b_value };
			for (int k = 0; k < 2; k++) {
				bool seen = false;
				for (int j = 0; j < n; j++)
					seen |= named[j] == v[k];
				if (!seen && n < 16)
					named[n++] = v[k];
			}
		}
		cr_assert_gt(n, 2, "%s", r->name);
		for (uint32_t c = 0; c < (1u << n); c++) {
			uint64_t flags = 0;
			for (int j = 0; j < n; j++)
				if (c & (1u << j))
					flags |= named[j];
			const struct linux_clone_rule *u =
			    clone_broken_rule(r, flags);
			cr_assert_eq(r->check(flags), u != NULL ? u->error : 0,
			    "%s: %#llx", r->name, (unsigned long long)flags);
		}
	}
}

/* ---- traps ------------------------------------------------------------ */

TestSuite(trap_facts);

Test(trap_facts, only_the_thesis_traps_turn_sigbus_into_sigsegv)
{
	struct fixture *th = fixture_load("thesis/translate-traps.tsv");
	struct fixture *tc = fixture_load("freebsd/freebsd-trap-x86.tsv");
	struct fixture *fs = fixture_load("freebsd/freebsd-signal.tsv");
	int tc_num = fixture_col(tc, "number"), tc_name = fixture_col(tc, "name");
	int fs_num = fixture_col(fs, "number"), fs_name = fixture_col(fs, "name");
	int translated = 0;

	for (int s = 1; s <= 33; s++) {
		for (int code = 0; code <= 40; code++) {
			const char *sname = host_signal_name(s);
			int want = s;
			for (int i = 0; i < th->nrows; i++) {
				const struct fixture_row *r = &th->rows[i];
				const struct fixture_row *c = fixture_find(tc,
				    tc_name, r->col[1]);
				cr_assert_not_null(c, "%s", r->col[1]);
				if (sname != NULL && strcmp(sname, r->col[0]) ==
				    0 && fixture_num(c, tc_num) == code)
					want = (int)fixture_num(fixture_find(fs,
					    fs_name, r->col[2]), fs_num);
			}
			if (want != s)
				translated++;
			cr_expect_eq(linux_translate_trap(s, code), want,
			    "signal %d code %d", s, code);
		}
	}
	cr_assert_eq(translated, th->nrows);
	fixture_free(th);
	fixture_free(tc);
	fixture_free(fs);
}

/* ---- DUMMY stubs ------------------------------------------------------ */

TestSuite(dummy_facts);

Test(dummy_facts, every_amd64_stub_returns_and_logs_what_its_entry_says)
{
	int n, failures = dummy_check_stubs("linux/x86_64-2.6.16.tsv", stderr,
	    &n);

	cr_expect_eq(failures, 0, "%d problems (above)", failures);
	cr_assert_gt(n, 10);
}

Test(dummy_facts, every_i386_stub_returns_and_logs_what_its_entry_says)
{
	char cmd[1024];
	int st;

	snprintf(cmd, sizeof(cmd), "%s/dummy_stubs_i386 "
	    "linux/i386-2.6.16.tsv", HELPERS_DIR);
	st = system(cmd);
	cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0, "%s: status %#x",
	    cmd, st);
}
