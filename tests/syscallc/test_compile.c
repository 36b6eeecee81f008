/*
 * test_compile.c — the whole pipeline in-process (compile.c): nothing is
 * written when anything fails, several compilations share a process, and
 * -T directories override templates.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_tables.h"
#include "compile.h"
#include "diag.h"
#include "helpers.h"

static char dir[64];

static void
setup(void)
{
	strcpy(dir, "/tmp/syscallc-compile-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	cr_assert_eq(system(cmd), 0);
}

TestSuite(compile, .init = setup, .fini = teardown);

static void
write_file(const char *name, const char *text)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	cr_assert_not_null(f);
	fputs(text, f);
	fclose(f);
}

static int
exists(const char *name)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return access(path, F_OK) == 0;
}

static int
file_count(void)
{
	char cmd[128];
	FILE *p;
	int n = -1;

	snprintf(cmd, sizeof(cmd), "ls -A %s | wc -l", dir);
	p = popen(cmd, "r");
	if (fscanf(p, "%d", &n) != 1)
		n = -1;
	pclose(p);
	return n;
}

static const char conf[] =
    "sysnames=\"n.c\"\nsyssw=\"s.c\"\nsyshdr=\"h.h\"\nsysproto=\"p.h\"\n"
    "systrace=\"t.c\"\ncompat_set=\"\"\n";
static const char good[] = "0\tAUE_NULL\tSTD {\n\t\tint f(void);\n\t}\n";

/* Compile dir/m with dir/c; diagnostics in *out (caller frees). */
static int
run(const char *const *opts, const char *tdir, char **out)
{
	struct capture cap;
	struct diag *d;
	struct compile_options o;
	char master[256], cpath[256], extra[256];
	const char *dirs[2];
	int rc;

	snprintf(master, sizeof(master), "%s/m", dir);
	snprintf(cpath, sizeof(cpath), "%s/c", dir);
	capture_open(&cap);
	d = diag_new(cap.fp, "syscallc");
	syscallc_register_checks(d);
	for (; opts != NULL && *opts != NULL; opts++)
		diag_option(d, *opts);
	memset(&o, 0, sizeof(o));
	o.master = master;
	o.conf = cpath;
	o.output_dir = dir;
	dirs[0] = getenv("SYSCALLC_TEMPLATES");
	cr_assert_not_null(dirs[0], "SYSCALLC_TEMPLATES is set by make");
	o.template_dirs = dirs;
	o.ntemplate_dirs = 1;
	if (tdir != NULL) {
		snprintf(extra, sizeof(extra), "%s/%s", dir, tdir);
		dirs[1] = extra;
		o.ntemplate_dirs = 2;
	}
	rc = syscallc_compile(&o, d);
	*out = strdup(capture_text(&cap));
	diag_free(d);
	capture_close(&cap);
	return rc;
}

Test(compile, a_good_master_writes_every_output)
{
	char *msgs;

	write_file("m", good);
	write_file("c", conf);
	cr_assert_eq(run(NULL, NULL, &msgs), 0, "%s", msgs);
	cr_assert(exists("n.c") && exists("s.c") && exists("h.h") &&
	    exists("p.h") && exists("t.c"));
	free(msgs);
}

Test(compile, a_spec_error_writes_nothing_and_exits_1)
{
	char *msgs;

	write_file("m", "0\tAUE_NULL\tSTD|BAD {\n\t\tint f(void);\n\t}\n");
	write_file("c", conf);
	cr_assert_eq(run(NULL, NULL, &msgs), 1);
	cr_assert(strstr(msgs, "[unknown-flag]") != NULL);
	cr_assert_eq(file_count(), 2);
	free(msgs);
}

Test(compile, a_failing_template_writes_nothing_even_for_earlier_ones)
{
	char *msgs;

	write_file("m", good);
	write_file("c", conf);
	mkdir(strcat(strcpy((char[256]){ 0 }, dir), "/bad"), 0777);
	/* sorts last, after the outputs that succeed */
	write_file("bad/zz_fails.lua", "return { key = 'zz', default = "
	    "'zz.txt', generate = function(m, out) out:write('x') "
	    "syscallc.error(m.syscalls[1], 'refusing %s', 'this') end }\n");
	cr_assert_eq(run(NULL, "bad", &msgs), 1);
	cr_assert(strstr(msgs, "/m:1:1: error: refusing this") != NULL, "%s",
	    msgs);
	cr_assert(strstr(msgs, "[template]") != NULL);
	/* m, c and the bad/ directory: no output, no temp file */
	cr_assert_eq(file_count(), 3);
	free(msgs);
}

Test(compile, warnings_do_not_stop_the_outputs)
{
	char *msgs;
	static const char *const opts[] = { "-Wnumber-gap", NULL };

	write_file("m", "1\tAUE_NULL\tUNIMPL\tx\n");
	write_file("c", conf);
	cr_assert_eq(run(opts, NULL, &msgs), 0);
	cr_assert(strstr(msgs, "warning:") != NULL);
	cr_assert(exists("s.c"));
	free(msgs);
}

Test(compile, several_compilations_share_a_process_without_sharing_state)
{
	char *a, *b;
	static const char *const lax[] = { "-Wno-number-gap", NULL };

	write_file("m", "1\tAUE_NULL\tUNIMPL\tx\n");
	write_file("c", conf);
	cr_assert_eq(run(NULL, NULL, &a), 1);
	cr_assert_eq(run(lax, NULL, &b), 0);
	cr_assert_eq(run(NULL, NULL, &a), 1);
	free(a);
	free(b);
}

Test(compile, a_template_directory_overrides_by_file_name)
{
	char *msgs;
	char path[256];
	FILE *f;
	char line[128] = "";

	write_file("m", good);
	write_file("c", conf);
	mkdir(strcat(strcpy((char[256]){ 0 }, dir), "/mine"), 0777);
	write_file("mine/syscalls.lua", "return { key = 'sysnames', default = "
	    "'x', generate = function(m, out) return 'mine:' .. "
	    "m.syscalls[1].name .. '\\n' end }\n");
	cr_assert_eq(run(NULL, "mine", &msgs), 0, "%s", msgs);
	snprintf(path, sizeof(path), "%s/n.c", dir);
	f = fopen(path, "r");
	cr_assert_not_null(fgets(line, sizeof(line), f));
	fclose(f);
	cr_assert_str_eq(line, "mine:f\n");
	free(msgs);
}

/*
 * out:write and out:emit recognise sinks and syscalls by a marker in their
 * metatables (templates.c, lua_syscall.c): buffers and syscalls are taken
 * for what they are, and any other userdata — an argument list, a
 * syscall passed as `out` — is refused, not written through.
 */
Test(compile, out_tells_sinks_and_syscalls_from_other_values)
{
	char *msgs;
	char path[256], text[256] = "";
	FILE *f;
	size_t n;

	write_file("m", "0\tAUE_NULL\tSTD {\n\t\tint f(\n\t\t    int fd\n"
	    "\t\t);\n\t}\n");
	write_file("c", conf);
	mkdir(strcat(strcpy((char[256]){ 0 }, dir), "/mine"), 0777);
	write_file("mine/syscalls.lua",
	    "local function r(ok) return ok and 'accepted' or 'refused' end\n"
	    "return { key = 'sysnames', default = 'x',\n"
	    "generate = function(m, out)\n"
	    "  local b, s = syscallc.buffer(), m.syscalls[1]\n"
	    "  b:emit('${name}/${num};', s)\n"
	    "  b:emit('${type} ${name};', s.args[1])\n"
	    "  out:emit('[${name}]', { name = 'tbl' })\n"
	    "  out:write('w:', b, ';', 7, '\\n')\n"
	    "  out:write(r(pcall(out.write, s.args, 'x')), ' ',\n"
	    "      r(pcall(out.write, s, 'x')), ' ',\n"
	    "      r(pcall(out.emit, s, 'x')), ' ',\n"
	    "      r(pcall(out.emit, out, '${name}', s.args)), '\\n')\n"
	    "end }\n");
	cr_assert_eq(run(NULL, "mine", &msgs), 0, "%s", msgs);
	snprintf(path, sizeof(path), "%s/n.c", dir);
	f = fopen(path, "r");
	cr_assert_not_null(f);
	n = fread(text, 1, sizeof(text) - 1, f);
	text[n] = '\0';
	fclose(f);
	cr_assert_str_eq(text, "[tbl]w:f/0;int fd;;7\n"
	    "refused refused refused refused\n");
	free(msgs);
}

Test(compile, unreadable_inputs_exit_2)
{
	char *msgs;

	write_file("c", conf);
	cr_assert_eq(run(NULL, NULL, &msgs), 2);
	cr_assert(strstr(msgs, "cannot read") != NULL);
	free(msgs);
}
