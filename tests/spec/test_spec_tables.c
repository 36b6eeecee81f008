/*
 * test_spec_tables.c — the generated system call tables of one release,
 * checked against the facts in tests/fixtures/<release>/ on both
 * architectures.
 *
 * The tables are compiled for each architecture into probe_tables (-m32
 * for i386), whose output this test reads; linux_syscall.h and the confs
 * are read as text.  Built with -DSPEC_RELEASE="linux-2.6.16" and
 * -DSPEC_PROBE_DIR=<dir holding probe_tables_<arch>>; run from the top of
 * the tree.
 */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SPEC_RELEASE
#error "build with -DSPEC_RELEASE=\"linux-<version>\""
#endif
#ifndef SPEC_PROBE_DIR
#error "build with -DSPEC_PROBE_DIR=\"<dir of probe_tables_<arch>>\""
#endif

#define	MAXNUM		1024
#define	MAXFIELD	128
#define	HOST_ENOSYS	78	/* FreeBSD's ENOSYS: the handlers' errno */
#define	SY_THR_STATIC	1
#define	SY_THR_ABSENT	4
#define	OVERRIDE_RESULT	4242

/* One number of the Linux table (fixtures) and what the probe saw. */
struct number {
	int	known;			/* in the fixture table */
	char	name[MAXFIELD];		/* Linux name ("" if none) */
	char	entry[MAXFIELD];	/* kernel entry point */
	int	nargs;			/* strace's count, -1 for none */
	char	deviant_name[MAXFIELD];	/* deviations.tsv: handler */
	int	deviant_nargs;		/* deviations.tsv: nargs, or -1 */

	int	seen;			/* probe printed an entry line */
	int	sy_narg, thrcnt, is_nosys, slots, systrace_nargs, described;
	char	tabname[MAXFIELD];	/* linux_syscallnames[n] */
	int	called, ret1, ret2, logs;
	char	logkey[MAXFIELD];
};

struct tables {
	const char	*arch;
	int		 count;		/* numbers in the fixture table */
	struct number	 num[MAXNUM];
	size_t		 width[3];
	int		 maxsyscall, nentries;
	int		 override_num, override_ret, override_logs;
};

static struct tables tables;

/* Splits line at tabs into at most max fields; returns the count. */
static int
split_tabs(char *line, char **field, int max)
{
	int n = 0;

	line[strcspn(line, "\n")] = '\0';
	field[n++] = line;
	while (n < max && (line = strchr(line, '\t')) != NULL) {
		*line++ = '\0';
		field[n++] = line;
	}
	return (n);
}

static FILE *
open_or_fail(const char *path, const char *mode)
{
	FILE *f = fopen(path, mode);

	cr_assert_not_null(f, "cannot open %s: %s", path, strerror(errno));
	return (f);
}

static void
copy_field(char *dst, const char *src)
{

	snprintf(dst, MAXFIELD, "%s", src);
}

static void
load_fixtures(struct tables *t)
{
	char path[512], line[1024], *f[8];
	FILE *fp;
	int n;

	snprintf(path, sizeof(path), "tests/fixtures/%s/%s-syscalls.tsv",
	    SPEC_RELEASE, t->arch);
	fp = open_or_fail(path, "r");
	fgets(line, sizeof(line), fp);			/* header */
	while (fgets(line, sizeof(line), fp) != NULL) {
		cr_assert_geq(split_tabs(line, f, 8), 3, "%s: short line", path);
		n = atoi(f[0]);
		cr_assert(n >= 0 && n < MAXNUM, "%s: number %d", path, n);
		cr_assert_eq(n, t->count, "%s: numbers are not 0, 1, 2, ...",
		    path);
		t->num[n].known = 1;
		copy_field(t->num[n].name, f[1]);
		copy_field(t->num[n].entry, f[2]);
		t->num[n].deviant_nargs = -1;
		t->count++;
	}
	fclose(fp);

	snprintf(path, sizeof(path), "tests/fixtures/%s/%s-nargs.tsv",
	    SPEC_RELEASE, t->arch);
	fp = open_or_fail(path, "r");
	fgets(line, sizeof(line), fp);
	while (fgets(line, sizeof(line), fp) != NULL) {
		cr_assert_eq(split_tabs(line, f, 8), 3, "%s: bad line", path);
		n = atoi(f[0]);
		cr_assert(n >= 0 && n < t->count, "%s: number %d", path, n);
		cr_assert_str_eq(f[1], t->num[n].name,
		    "%s: %d is %s in the syscall table", path, n,
		    t->num[n].name);
		t->num[n].nargs = strcmp(f[2], "-") == 0 ? -1 : atoi(f[2]);
	}
	fclose(fp);

	snprintf(path, sizeof(path), "tests/fixtures/%s/deviations.tsv",
	    SPEC_RELEASE);
	fp = fopen(path, "r");
	while (fp != NULL && fgets(line, sizeof(line), fp) != NULL) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		cr_assert_eq(split_tabs(line, f, 8), 5, "%s: bad line", path);
		if (strcmp(f[0], t->arch) != 0)
			continue;
		n = atoi(f[1]);
		cr_assert(n >= 0 && n < t->count, "%s: number %d", path, n);
		if (strcmp(f[2], "handler") == 0)
			copy_field(t->num[n].deviant_name, f[3]);
		else if (strcmp(f[2], "nargs") == 0)
			t->num[n].deviant_nargs = atoi(f[3]);
		else
			cr_assert_fail("%s: unknown deviation %s", path, f[2]);
	}
	if (fp != NULL)
		fclose(fp);
}

static void
load_probe(struct tables *t)
{
	char cmd[512], line[1024], *f[10];
	struct number *e;
	FILE *fp;
	int n, nf;

	snprintf(cmd, sizeof(cmd), "%s/probe_tables_%s", SPEC_PROBE_DIR,
	    t->arch);
	fp = popen(cmd, "r");
	cr_assert_not_null(fp, "cannot run %s", cmd);
	while (fgets(line, sizeof(line), fp) != NULL) {
		nf = split_tabs(line, f, 10);
		if (strcmp(f[0], "width") == 0 && nf == 4) {
			for (n = 0; n < 3; n++)
				t->width[n] = strtoul(f[n + 1], NULL, 10);
		} else if (strcmp(f[0], "max") == 0 && nf == 3) {
			t->maxsyscall = atoi(f[1]);
			t->nentries = atoi(f[2]);
		} else if (strcmp(f[0], "entry") == 0 && nf == 9) {
			n = atoi(f[1]);
			cr_assert(n >= 0 && n < MAXNUM, "probe: entry %d", n);
			e = &t->num[n];
			e->seen = 1;
			e->sy_narg = atoi(f[2]);
			e->thrcnt = atoi(f[3]);
			e->is_nosys = atoi(f[4]);
			copy_field(e->tabname, f[5]);
			e->slots = atoi(f[6]);
			e->systrace_nargs = atoi(f[7]);
			e->described = atoi(f[8]);
		} else if (strcmp(f[0], "call") == 0 && nf == 6) {
			n = atoi(f[1]);
			cr_assert(n >= 0 && n < MAXNUM, "probe: call %d", n);
			e = &t->num[n];
			e->called = 1;
			e->ret1 = atoi(f[2]);
			e->ret2 = atoi(f[3]);
			e->logs = atoi(f[4]);
			copy_field(e->logkey, f[5]);
		} else if (strcmp(f[0], "override") == 0 && nf == 4) {
			t->override_num = atoi(f[1]);
			t->override_ret = atoi(f[2]);
			t->override_logs = atoi(f[3]);
		} else {
			cr_assert_fail("probe: unexpected line '%s'", f[0]);
		}
	}
	cr_assert_eq(pclose(fp), 0, "%s failed", cmd);
}

static void
setup(const char *arch)
{

	memset(&tables, 0, sizeof(tables));
	tables.arch = arch;
	load_fixtures(&tables);
	load_probe(&tables);
}

static int
is_unimplemented(const struct number *e)
{

	return (strcmp(e->entry, "sys_ni_syscall") == 0);
}

/*
 * Whether `name` (a table name, or a LINUX_SYS_ suffix) names Linux call
 * e: its Linux name or its kernel entry point (without sys_ or stub_),
 * either with or without the linux_ prefix, or the name deviations.tsv
 * gives it.
 */
static int
names_call(const char *name, const struct number *e)
{
	const char *entry = e->entry;

	if (e->deviant_name[0] != '\0')
		return (strcmp(name, e->deviant_name) == 0);
	if (strncmp(entry, "sys_", 4) == 0)
		entry += 4;
	else if (strncmp(entry, "stub_", 5) == 0)
		entry += 5;
	if (strncmp(name, "linux_", 6) == 0)
		name += 6;
	return (strcmp(name, e->name) == 0 || strcmp(name, entry) == 0);
}

/* The symbol linux_sysent calls for an entry the table names `tabname`. */
static void
handler_symbol(const struct number *e, char *sym, size_t size)
{

	if (e->is_nosys)
		snprintf(sym, size, "nosys");
	else if (strncmp(e->tabname, "linux", 5) == 0)
		snprintf(sym, size, "%s", e->tabname);
	else
		snprintf(sym, size, "sys_%s", e->tabname);
}

/*
 * Criterion hands parameters to a re-executed test process: no pointers in
 * them.
 */
struct arch_param {
	char arch[8];
	size_t width;
};

static struct arch_param arch_params[] = {
	{ "i386", 4 },
	{ "amd64", 8 },
};

#define	ARCH_TEST(name)							\
ParameterizedTestParameters(spec_tables, name)				\
{									\
									\
	return (cr_make_param_array(struct arch_param, arch_params,	\
	    sizeof(arch_params) / sizeof(arch_params[0])));		\
}									\
ParameterizedTest(struct arch_param *p, spec_tables, name)

ARCH_TEST(an_argument_slot_is_one_register_of_the_architecture)
{

	setup(p->arch);
	cr_expect_eq(tables.width[0], p->width, "%s: syscallarg_t is %zu bytes",
	    p->arch, tables.width[0]);
	cr_expect_eq(tables.width[1], p->width, "%s: long is %zu bytes",
	    p->arch, tables.width[1]);
	cr_expect_eq(tables.width[2], p->width, "%s: pointers are %zu bytes",
	    p->arch, tables.width[2]);
}

ARCH_TEST(the_table_has_one_entry_per_linux_number)
{
	int n;

	setup(p->arch);
	cr_assert_gt(tables.count, 0, "%s: empty fixture table", p->arch);
	cr_expect_eq(tables.nentries, tables.count,
	    "%s: linux_sysent has %d entries, Linux has %d numbers", p->arch,
	    tables.nentries, tables.count);
	cr_expect_eq(tables.maxsyscall, tables.count,
	    "%s: LINUX_SYS_MAXSYSCALL is %d, Linux has %d numbers", p->arch,
	    tables.maxsyscall, tables.count);
	for (n = 0; n < tables.count; n++)
		cr_expect(tables.num[n].seen, "%s: no entry %d", p->arch, n);
}

ARCH_TEST(every_entry_takes_as_many_argument_slots_as_its_linux_call)
{
	const struct number *e;
	int n, want;

	setup(p->arch);
	for (n = 0; n < tables.count; n++) {
		e = &tables.num[n];
		if (is_unimplemented(e))
			want = 0;
		else if (e->deviant_nargs >= 0)
			want = e->deviant_nargs;
		else
			want = e->nargs;
		cr_expect_eq(e->sy_narg, want,
		    "%s %d (%s): sy_narg is %d, the Linux call takes %d",
		    p->arch, n, e->name, e->sy_narg, want);
	}
}

ARCH_TEST(every_args_structure_lays_its_arguments_out_slot_by_slot)
{
	const struct number *e;
	int n;

	setup(p->arch);
	for (n = 0; n < tables.count; n++) {
		e = &tables.num[n];
		cr_expect_geq(e->slots, 0,
		    "%s %d (%s): argument %d is not at the start of the slot "
		    "after the previous one", p->arch, n, e->tabname,
		    -e->slots - 1);
		cr_expect_eq(e->slots, e->sy_narg,
		    "%s %d (%s): the arguments span %d slots, sy_narg says %d",
		    p->arch, n, e->tabname, e->slots, e->sy_narg);
		cr_expect_eq(e->described, e->systrace_nargs,
		    "%s %d (%s): %d arguments, %d described", p->arch, n,
		    e->tabname, e->systrace_nargs, e->described);
	}
}

ARCH_TEST(unimplemented_numbers_and_only_they_call_nosys)
{
	const struct number *e;
	int n;

	setup(p->arch);
	for (n = 0; n < tables.count; n++) {
		e = &tables.num[n];
		if (is_unimplemented(e)) {
			cr_expect(e->is_nosys, "%s %d (%s) is sys_ni_syscall in "
			    "Linux but has a handler", p->arch, n, e->name);
			cr_expect_eq(e->thrcnt, SY_THR_ABSENT,
			    "%s %d: not SY_THR_ABSENT", p->arch, n);
		} else {
			cr_expect(!e->is_nosys, "%s %d (%s) is implemented in "
			    "Linux but calls nosys", p->arch, n, e->name);
			cr_expect_eq(e->thrcnt, SY_THR_STATIC,
			    "%s %d: not SY_THR_STATIC", p->arch, n);
		}
	}
}

ARCH_TEST(linux_syscallnames_names_every_number_after_its_linux_call)
{
	const struct number *e;
	char want[MAXFIELD + 8];
	int n;

	setup(p->arch);
	for (n = 0; n < tables.count; n++) {
		e = &tables.num[n];
		if (!is_unimplemented(e)) {
			cr_expect(names_call(e->tabname, e),
			    "%s %d: table name %s is not %s (%s)", p->arch, n,
			    e->tabname, e->name, e->entry);
			continue;
		}
		/* OBSOL keeps the name as obs_<name>; UNIMPL shows #<n>. */
		snprintf(want, sizeof(want), "#%d", n);
		if (strncmp(e->tabname, "obs_", 4) == 0)
			cr_expect_str_eq(e->tabname + 4, e->name,
			    "%s %d: %s is obsolete %s", p->arch, n,
			    e->tabname, e->name);
		else
			cr_expect_str_eq(e->tabname, want,
			    "%s %d: an unimplemented number shows as %s",
			    p->arch, n, want);
	}
}

ARCH_TEST(linux_syscall_h_defines_every_implemented_number_under_its_name)
{
	char path[512], line[512], name[MAXFIELD], word[MAXFIELD];
	int defined[MAXNUM], obsolete[MAXNUM], n, max = -1;
	const struct number *e;
	FILE *fp;

	setup(p->arch);
	memset(defined, 0, sizeof(defined));
	memset(obsolete, 0, sizeof(obsolete));
	snprintf(path, sizeof(path), "out/%s/%s/linux_syscall.h", SPEC_RELEASE,
	    p->arch);
	fp = open_or_fail(path, "r");
	while (fgets(line, sizeof(line), fp) != NULL) {
		if (sscanf(line, "#define LINUX_SYS_%127s %d", name, &n) == 2) {
			if (strcmp(name, "MAXSYSCALL") == 0) {
				max = n;
				continue;
			}
			cr_assert(n >= 0 && n < tables.count,
			    "%s: LINUX_SYS_%s is %d, out of range", path, name, n);
			defined[n]++;
			cr_expect(names_call(name, &tables.num[n]),
			    "%s: LINUX_SYS_%s is %d, which is %s (%s)", path,
			    name, n, tables.num[n].name, tables.num[n].entry);
		} else if (sscanf(line, " /* %d is obsolete %127s */", &n,
		    word) == 2) {
			cr_assert(n >= 0 && n < tables.count, "%s: %d", path, n);
			obsolete[n]++;
			cr_expect_str_eq(word, tables.num[n].name,
			    "%s: %d is obsolete %s, Linux calls it %s", path, n,
			    word, tables.num[n].name);
		}
	}
	fclose(fp);
	cr_expect_eq(max, tables.count, "%s: LINUX_SYS_MAXSYSCALL is %d",
	    path, max);
	for (n = 0; n < tables.count; n++) {
		e = &tables.num[n];
		if (is_unimplemented(e)) {
			cr_expect_eq(defined[n], 0, "%s: %d (sys_ni_syscall) "
			    "is defined", path, n);
			/* Not obsolete: then UNIMPL, which syscall.h omits. */
			if (obsolete[n] == 0)
				cr_expect(e->tabname[0] == '#', "%s: %d (%s) is "
				    "neither obsolete nor unimplemented", path,
				    n, e->name);
		} else {
			cr_expect_eq(defined[n], 1, "%s: %d (%s) is defined %d "
			    "times", path, n, e->name, defined[n]);
		}
	}
}

ARCH_TEST(every_handler_resolves_to_a_fallback_that_fails_with_enosys)
{
	const struct number *e;
	char sym[MAXFIELD + 8];
	int n;

	setup(p->arch);
	for (n = 0; n < tables.count; n++) {
		e = &tables.num[n];
		if (n == tables.override_num)
			continue;
		cr_assert(e->called, "%s %d: the probe did not call it",
		    p->arch, n);
		cr_expect_eq(e->ret1, HOST_ENOSYS, "%s %d (%s) returned %d",
		    p->arch, n, e->tabname, e->ret1);
		cr_expect_eq(e->ret2, HOST_ENOSYS, "%s %d (%s) returned %d "
		    "the second time", p->arch, n, e->tabname, e->ret2);
		cr_expect_eq(e->logs, 2, "%s %d (%s): %d reports for two calls "
		    "(kern_log_once decides what to print)", p->arch, n,
		    e->tabname, e->logs);
		handler_symbol(e, sym, sizeof(sym));
		cr_expect_str_eq(e->logkey, sym, "%s %d: reported as %s, the "
		    "handler is %s", p->arch, n, e->logkey, sym);
	}
}

ARCH_TEST(a_handler_the_runtime_defines_replaces_its_fallback)
{

	setup(p->arch);
	cr_expect_gt(tables.override_num, 0, "%s: no override line", p->arch);
	cr_expect_eq(tables.override_ret, OVERRIDE_RESULT,
	    "%s: linux_getpid returned %d: the fallback was called", p->arch,
	    tables.override_ret);
	cr_expect_eq(tables.override_logs, 0, "%s: the override was reported",
	    p->arch);
}

ARCH_TEST(the_conf_writes_every_output_into_the_specs_own_out_directory)
{
	char path[512], line[512], prefix[256], *eq, *val;
	int outputs = 0;
	size_t len;
	FILE *fp;

	snprintf(path, sizeof(path), "spec/%s/%s/syscalls.conf", SPEC_RELEASE,
	    p->arch);
	snprintf(prefix, sizeof(prefix), "../../../out/%s/%s/", SPEC_RELEASE,
	    p->arch);
	fp = open_or_fail(path, "r");
	while (fgets(line, sizeof(line), fp) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '#' || (eq = strchr(line, '=')) == NULL)
			continue;
		val = eq + 1;
		if (*val == '"')
			val++;
		len = strlen(val);
		if (len > 0 && val[len - 1] == '"')
			val[--len] = '\0';
		if (len < 2 || (strcmp(val + len - 2, ".c") != 0 &&
		    strcmp(val + len - 2, ".h") != 0))
			continue;
		outputs++;
		cr_expect(strncmp(val, prefix, strlen(prefix)) == 0,
		    "%s: %.*s writes %s, not under %s", path,
		    (int)(eq - line), line, val, prefix);
	}
	fclose(fp);
	cr_expect_geq(outputs, 5, "%s names %d outputs", path, outputs);
}
