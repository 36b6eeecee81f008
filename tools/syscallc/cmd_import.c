/*
 * cmd_import.c — the command line of `syscallc import` (import.h).
 *
 *     syscallc import [options] OLD_MASTER TABLE -o NEW_MASTER
 */
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_tables.h"
#include "commands.h"
#include "diag.h"
#include "import.h"

static const char usage_text[] =
"usage: syscallc import [options] OLD_MASTER TABLE -o NEW_MASTER\n"
"\n"
"Writes the syscalls.master of a new Linux release from Linux's syscall\n"
"table (arch/x86/entry/syscalls/syscall_{32,64}.tbl, scripts/syscall.tbl)\n"
"and the older release's master: entries the older spec has keep\n"
"everything, new syscalls enter as stubs (dummy.list), syscalls Linux no\n"
"longer implements become OBSOL, numbers the table lacks UNIMPL.\n"
"\n"
"  -o FILE              the new master (\"-\": standard output)\n"
"  --abi LIST           ABIs of the table to take, comma-separated; default\n"
"                       i386 for syscall_32.tbl, common,64 for\n"
"                       syscall_64.tbl; required for other tables (arm64\n"
"                       with scripts/syscall.tbl: common,64,renameat,rlimit,\n"
"                       memfd_secret)\n"
"  --arch ARCH          arch word of dummy.list lines (default: the name of\n"
"                       NEW_MASTER's directory)\n"
"  --release NAME       the new release (default: the name of the directory\n"
"                       above NEW_MASTER's)\n"
"  --dummy-list FILE    add stubs to / remove OBSOL syscalls from FILE\n"
"  --dummy-from FILE    the dummy.list to start from when FILE does not\n"
"                       exist yet (the older release's)\n"
"  --conf-from FILE     also write syscalls.conf beside NEW_MASTER: FILE with\n"
"                       the older release's name (the directory above\n"
"                       OLD_MASTER's) replaced by the new one\n"
"  --prototypes FILE    kernel declarations of sys_*() (include/linux/\n"
"                       syscalls.h...) for the new entries; repeatable\n"
"  -q                   no summary line\n"
"  -W<check> -Wno-<check> -E<check> -Eno-<check> -Werror -w   as for compile\n"
"  -h, --help           this text\n"
"\n"
"Exit status: 0 written, 1 errors in the inputs, 2 usage or I/O errors;\n"
"nothing is written unless it is 0.  See syscallc(1) and\n"
"docs/import-coverage.md.\n";

/* The name of the directory `up` levels above path's file. */
static char *
dir_name_above(const char *path, int up)
{
	char *copy = strdup(path), *d = copy, *r;
	int i;

	if (copy == NULL)
		abort();
	for (i = 0; i < up; i++)
		d = dirname(d);
	r = strdup(basename(d));
	free(copy);
	if (r == NULL)
		abort();
	if (strcmp(r, ".") == 0 || strcmp(r, "/") == 0) {
		free(r);
		return NULL;
	}
	return r;
}

static char *
sibling(const char *path, const char *name)
{
	char *copy = strdup(path), *r;

	if (copy == NULL || asprintf(&r, "%s/%s", dirname(copy), name) < 0)
		abort();
	free(copy);
	return r;
}

static const char *
default_abis(const char *table)
{
	const char *b = strrchr(table, '/');

	b = b != NULL ? b + 1 : table;
	if (strcmp(b, "syscall_32.tbl") == 0)
		return "i386";
	if (strcmp(b, "syscall_64.tbl") == 0)
		return "common,64";
	return NULL;
}

static int
usage_error(struct diag *d, const char *msg, const char *arg)
{
	return command_usage_error(d, "import", usage_text, "%s%s%s", msg,
	    arg != NULL ? " " : "", arg != NULL ? arg : "");
}

int
cmd_import(int argc, char **argv)
{
	struct diag *d = diag_new(stderr, "syscallc import");
	struct import_options o;
	const char *pos[2] = { NULL, NULL }, **protos = NULL;
	char *arch = NULL, *release = NULL, *from = NULL, *conf_out = NULL;
	const char *conf_in = NULL;
	size_t npos = 0, nprotos = 0;
	int i, rc = 0;

	if (d == NULL || syscallc_register_checks(d) != 0)
		return 2;
	memset(&o, 0, sizeof(o));
	for (i = 1; i < argc && rc == 0; i++) {
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;

#define OPT(name) (strcmp(a, name) == 0 && (v != NULL || \
	    (rc = usage_error(d, a, "needs a value")) == 0) && ++i)
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			fputs(usage_text, stdout);
			diag_free(d);
			return 0;
		} else if (OPT("-o")) {
			o.new_master = v;
		} else if (OPT("--abi")) {
			o.abis = v;
		} else if (OPT("--arch")) {
			o.arch = v;
		} else if (OPT("--release")) {
			o.release = v;
		} else if (OPT("--dummy-list")) {
			o.dummy_out = v;
		} else if (OPT("--dummy-from")) {
			o.dummy_in = v;
		} else if (OPT("--conf-from")) {
			conf_in = v;
		} else if (OPT("--prototypes")) {
			protos = realloc(protos, (nprotos + 1) *
			    sizeof(*protos));
			if (protos == NULL)
				abort();
			protos[nprotos++] = v;
		} else if (strcmp(a, "-q") == 0) {
			o.quiet = true;
		} else if (rc == 0 && (strncmp(a, "-W", 2) == 0 ||
		    strncmp(a, "-E", 2) == 0 || strcmp(a, "-w") == 0)) {
			if (diag_option(d, a) != 0)
				rc = 2;
		} else if (rc == 0 && a[0] == '-' && a[1] != '\0') {
			rc = command_usage_error(d, "import", usage_text,
			    "unknown option '%s'", a);
		} else if (rc == 0) {
			if (npos == 2)
				rc = command_usage_error(d, "import",
				    usage_text, "unexpected argument '%s'", a);
			else
				pos[npos++] = a;
		}
#undef OPT
	}
	if (rc == 0 && (npos != 2 || o.new_master == NULL))
		rc = usage_error(d, "needs OLD_MASTER, TABLE and -o NEW_MASTER",
		    NULL);
	if (rc != 0)
		goto out;
	o.old_master = pos[0];
	o.table = pos[1];
	if (o.abis == NULL && (o.abis = default_abis(o.table)) == NULL) {
		rc = usage_error(d, "give --abi for the table", o.table);
		goto out;
	}
	if (o.arch == NULL && strcmp(o.new_master, "-") != 0)
		o.arch = arch = dir_name_above(o.new_master, 1);
	if (o.release == NULL && strcmp(o.new_master, "-") != 0)
		o.release = release = dir_name_above(o.new_master, 2);
	if (o.dummy_out != NULL && o.arch == NULL) {
		rc = usage_error(d, "--dummy-list needs --arch", NULL);
		goto out;
	}
	if (conf_in != NULL) {
		from = dir_name_above(o.old_master, 2);
		if (from == NULL || o.release == NULL ||
		    strcmp(o.new_master, "-") == 0) {
			rc = usage_error(d, "--conf-from needs OLD_MASTER and "
			    "NEW_MASTER in <release>/<arch>/ directories",
			    NULL);
			goto out;
		}
		o.conf_in = conf_in;
		o.conf_from = from;
		o.conf_out = conf_out = sibling(o.new_master, "syscalls.conf");
	}
	o.protos = protos;
	o.nprotos = nprotos;
	rc = syscallc_import(&o, d);
out:
	free(protos);
	free(arch);
	free(release);
	free(from);
	free(conf_out);
	diag_free(d);
	return rc;
}
