/*
 * cmd_coverage.c — `syscallc coverage SPEC` and `syscallc diff A B`: read
 * the specs (and a trace), hand them to the report renderers
 * (report_lua.h), write the report.
 */
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <lua.h>

#include "check_tables.h"
#include "commands.h"
#include "diag.h"
#include "futex_ops.h"
#include "output.h"
#include "report_lua.h"
#include "spec_load.h"
#include "strace_log.h"

static const char coverage_usage[] =
"usage: syscallc coverage [options] SPEC\n"
"\n"
"Per syscall of SPEC (a release directory such as spec/linux-6.12, one\n"
"<arch> directory, or a syscalls.master): its status (implemented,\n"
"passthrough, stub, unimplemented, obsolete), handler, note, file:line\n"
"and first Linux release; per futex operation, clone flag and ioctl\n"
"command what the emulation does; totals.\n"
"\n"
"  -f, --format FMT   text (default), markdown, json or html\n"
"  -o FILE            write there (default: standard output)\n"
"  --arch ARCH        only this arch (with --trace: the program's; default\n"
"                     i386 for a 32-bit strace log, else amd64)\n"
"  --compare SPEC2    html: a second release side by side with SPEC\n"
"  --trace LOG        will it run?  LOG is an `strace -f` log, a list of\n"
"                     syscall names or numbers (NAME [COUNT] per line) or\n"
"                     the document `lxrun --coverage` wrote\n"
"  --feed FILE        the translation-coverage.json of SPEC's release\n"
"                     (default: out/<release>/ beside spec/)\n"
"  --since FILE       first-release table (default: spec/syscall-since.tsv)\n"
"  -W<check> -Wno-<check> -E<check> -Eno-<check> -Werror -w   as for compile\n"
"  -h, --help         this text\n"
"\n"
"Exit status: 0 written, 1 errors in the inputs, 2 usage or I/O errors.\n"
"See syscallc(1); the JSON schema is docs/coverage-schema.json\n"
"(docs/coverage-schema.md).\n";

static const char diff_usage[] =
"usage: syscallc diff [options] A B\n"
"\n"
"Compares two specs (release directories, arch directories or masters):\n"
"syscalls added, removed and renumbered, status and prototype changes,\n"
"and the syscalls B's Linux has that the emulation does not implement.\n"
"\n"
"  -f, --format FMT   text (default), markdown or json\n"
"  -o FILE            write there (default: standard output)\n"
"  --arch ARCH        only this arch\n"
"  --since FILE       first-release table (default: spec/syscall-since.tsv)\n"
"  -W<check> -Wno-<check> -E<check> -Eno-<check> -Werror -w   as for compile\n"
"  -h, --help         this text\n"
"\n"
"Exit status: 0 written, 1 errors in the inputs, 2 usage or I/O errors.\n"
"See syscallc(1); the JSON schema is docs/diff-schema.json.\n";

struct cli {
	const char	*pos[2];
	size_t		 npos;
	const char	*format, *out, *arch, *compare, *trace, *feed, *since;
};

static int
parse(int argc, char **argv, struct cli *c, struct diag *d,
    const char *usage, bool coverage)
{
	const char *cmd = coverage ? "coverage" : "diff";
	int i;

	memset(c, 0, sizeof(*c));
	c->format = "text";
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;
		const char **dst = NULL;

		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			fputs(usage, stdout);
			return -1;
		}
		if (strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0)
			dst = &c->format;
		else if (strcmp(a, "-o") == 0)
			dst = &c->out;
		else if (strcmp(a, "--arch") == 0)
			dst = &c->arch;
		else if (strcmp(a, "--since") == 0)
			dst = &c->since;
		else if (coverage && strcmp(a, "--compare") == 0)
			dst = &c->compare;
		else if (coverage && strcmp(a, "--trace") == 0)
			dst = &c->trace;
		else if (coverage && strcmp(a, "--feed") == 0)
			dst = &c->feed;
		if (dst != NULL) {
			if (v == NULL) {
				return command_usage_error(d, cmd, usage,
				    "%s needs a value", a);
			}
			*dst = v;
			i++;
		} else if (strncmp(a, "-W", 2) == 0 ||
		    strncmp(a, "-E", 2) == 0 || strcmp(a, "-w") == 0) {
			if (diag_option(d, a) != 0)
				return 2;
		} else if (a[0] == '-' && a[1] != '\0') {
			return command_usage_error(d, cmd, usage,
			    "unknown option '%s'", a);
		} else if (c->npos == (coverage ? 1u : 2u)) {
			return command_usage_error(d, cmd, usage,
			    "unexpected argument '%s'", a);
		} else {
			c->pos[c->npos++] = a;
		}
	}
	if (c->npos != (coverage ? 1u : 2u)) {
		return command_usage_error(d, cmd, usage, "%s", coverage ?
		    "give one SPEC" : "give two specs, A and B");
	}
	if (strcmp(c->format, "text") != 0 &&
	    strcmp(c->format, "markdown") != 0 &&
	    strcmp(c->format, "json") != 0 &&
	    !(coverage && strcmp(c->format, "html") == 0)) {
		return command_usage_error(d, cmd, usage,
		    "unknown format '%s'", c->format);
	}
	return 0;
}

static bool
exists(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0;
}

/* out/<release>/translation-coverage.json beside the spec/ that holds
 * the release directory. */
static char *
default_feed(const struct spec_set *s)
{
	char *copy = strdup(s->release_dir), *top, *p;

	if (copy == NULL)
		abort();
	top = dirname(dirname(copy));
	if (asprintf(&p, "%s%sout/%s/translation-coverage.json",
	    strcmp(top, ".") == 0 ? "" : top, strcmp(top, ".") == 0 ? "" : "/",
	    s->release) < 0)
		abort();
	free(copy);
	if (!exists(p)) {
		free(p);
		return NULL;
	}
	return p;
}

/* Push a spec with its release-wide extras; returns the load status. */
static int
load_and_push(lua_State *L, struct spec_set *s, struct futex_ops *fo,
    const char *path, const char *since, const char *feed_opt,
    struct diag *d)
{
	char *feed = NULL, *fpath = NULL;
	bool have_fo = false;
	int st = spec_load(s, path, since, d), r;

	if (st != 0)
		return st;
	if (asprintf(&fpath, "%s/futex.ops", s->release_dir) < 0)
		abort();
	if (exists(fpath)) {
		r = futex_ops_read(fo, fpath, d);
		if (r != 0)
			st = r;
		have_fo = true;
	}
	free(fpath);
	if (feed_opt == NULL)
		feed = default_feed(s);
	if (st == 0)
		report_push_spec(L, s, have_fo ? fo : NULL,
		    feed_opt != NULL ? feed_opt : feed);
	free(feed);
	return st;
}

static void
push_opts(lua_State *L, const struct cli *c, const char *command)
{
	lua_createtable(L, 0, 4);
	lua_pushstring(L, c->format);
	lua_setfield(L, -2, "format");
	lua_pushstring(L, command);
	lua_setfield(L, -2, "command");
	if (c->arch != NULL) {
		lua_pushstring(L, c->arch);
		lua_setfield(L, -2, "arch");
	}
}

static int
write_out(const struct cli *c, const char *text, size_t len, struct diag *d)
{
	struct output_set outs;
	int rc = 0;

	output_set_init(&outs, NULL);
	if (output_stage(&outs, c->out != NULL ? c->out : "-", text, len,
	    d) != 0 || output_commit(&outs, d) != 0)
		rc = 2;
	output_discard(&outs);
	return rc;
}

static int
run(int argc, char **argv, bool coverage)
{
	struct diag *d = diag_new(stderr, coverage ? "syscallc coverage" :
	    "syscallc diff");
	struct spec_set a, b;
	struct futex_ops fa, fb;
	struct trace_log t;
	struct cli c;
	lua_State *L = NULL;
	char *text = NULL;
	size_t len = 0;
	bool have_b = false, have_t = false;
	int rc, nargs = 1;

	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	memset(&fa, 0, sizeof(fa));
	memset(&fb, 0, sizeof(fb));
	memset(&t, 0, sizeof(t));
	if (d == NULL || syscallc_register_checks(d) != 0)
		return 2;
	rc = parse(argc, argv, &c, d, coverage ? coverage_usage : diff_usage,
	    coverage);
	if (rc != 0) {
		diag_free(d);
		return rc < 0 ? 0 : rc;
	}
	if ((L = report_open(NULL, d)) == NULL) {
		rc = 2;
		goto out;
	}
	rc = load_and_push(L, &a, &fa, c.pos[0], c.since, c.feed, d);
	if (rc != 0)
		goto out;
	if (!coverage || c.compare != NULL) {
		have_b = true;
		rc = load_and_push(L, &b, &fb, coverage ? c.compare : c.pos[1],
		    c.since, NULL, d);
		if (rc != 0)
			goto out;
	} else {
		lua_pushnil(L);
	}
	nargs++;
	if (coverage) {
		if (c.trace != NULL) {
			have_t = true;
			if ((rc = trace_read(&t, c.trace, d)) != 0)
				goto out;
			report_push_trace(L, &t);
		} else {
			lua_pushnil(L);
		}
		nargs++;
	}
	push_opts(L, &c, coverage ? "coverage" : "diff");
	nargs++;
	if (diag_exit_status(d) != 0) {
		rc = diag_exit_status(d);
		goto out;
	}
	rc = report_render(L, coverage ? "coverage" : "diff", nargs, &text,
	    &len, d);
	if (rc == 0)
		rc = write_out(&c, text, len, d);
out:
	if (rc == 0)
		rc = diag_exit_status(d);
	free(text);
	if (L != NULL)
		lua_close(L);
	spec_free(&a);
	if (have_b)
		spec_free(&b);
	futex_ops_free(&fa);
	futex_ops_free(&fb);
	if (have_t)
		trace_free(&t);
	diag_free(d);
	return rc;
}

int
cmd_coverage(int argc, char **argv)
{
	return run(argc, argv, true);
}

int
cmd_diff(int argc, char **argv)
{
	return run(argc, argv, false);
}
