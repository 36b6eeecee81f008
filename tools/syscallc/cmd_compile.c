/*
 * cmd_compile.c — the command line of the default command:
 *
 *     syscallc [options] syscalls.master [syscalls.conf]
 *
 * With no options it does what FreeBSD's generator does when run in the
 * same directory: outputs go where the conf says, relative to the current
 * directory.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_tables.h"
#include "commands.h"
#include "compile.h"
#include "diag.h"
#include "templates.h"

static const char default_synopsis[] =
"usage: syscallc [options] syscalls.master [syscalls.conf]\n"
"       syscallc COMMAND [options] [arguments]\n";

static const char compile_synopsis[] =
"usage: syscallc compile [options] syscalls.master [syscalls.conf]\n"
"       (`compile` may be left out: syscallc syscalls.master ...)\n";

static const char options_text[] =
"\n"
"Writes the files FreeBSD's generator writes for a syscalls.master (the\n"
"paths come from syscalls.conf, relative to the current directory), plus\n"
"any output a template adds.\n"
"\n"
"  -o DIR, --output-dir=DIR  take relative output paths from DIR\n"
"  -T DIR, --templates=DIR   add templates from DIR (overrides same names)\n"
"  --check                   report problems, write nothing\n"
"  --stats                   print the time each phase takes (stderr)\n"
"  --json[=FILE]             write the model as JSON (stdout if no FILE)\n"
"  --set KEY=VALUE           as if syscalls.conf ended with KEY=VALUE\n"
"  -W<check> -Wno-<check>    report a check as a warning / not at all\n"
"  -E<check> -Eno-<check>    report a check as an error / as a warning\n"
"  -Werror, -w               warnings become errors / no warnings\n"
"  --list-checks             list the checks and their levels\n"
"  --list-templates          list the templates and the conf keys they use\n"
"  -h, --help                this text\n"
"  -V, --version             the version\n";

static const char status_text[] =
"\n"
"Exit status: 0 ok, 1 errors in the inputs, 2 usage or I/O errors.\n"
"See syscallc(1).\n";

/* `syscallc --help`: compile's options and every subcommand. */
void
cmd_default_usage(FILE *f)
{
	fputs(default_synopsis, f);
	fputs(options_text, f);
	fputc('\n', f);
	commands_print(f);
	fputs(status_text, f);
}

/* `syscallc compile --help`: compile's options only. */
static void
compile_usage(FILE *f)
{
	fputs(compile_synopsis, f);
	fputs(options_text, f);
	fputs(status_text, f);
}

struct cli {
	const char		*positional[2];
	size_t			 npositional;
	const char		*output_dir;
	const char		**tdirs;
	size_t			 ntdirs;
	struct conf_override	*sets;
	size_t			 nsets;
	const char		*json;
	bool			 check_only;
	bool			 stats;
	bool			 list_checks;
	bool			 list_templates;
	bool			 toplevel;	/* no command name given */
};

static int usage_error(struct diag *d, const struct cli *c,
    const char *fmt, ...) DIAG_PRINTF(3, 4);

/* The synopsis of the command the user typed: with or without `compile`. */
static int
usage_error(struct diag *d, const struct cli *c, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return command_usage_error(d, c->toplevel ? NULL : "compile",
	    c->toplevel ? default_synopsis : compile_synopsis, "%s", msg);
}

/* The value of an option given as "-xVALUE", "-x VALUE", "--long=VALUE"
 * or "--long VALUE"; NULL if missing. */
static const char *
opt_value(int argc, char **argv, int *i, const char *shrt, const char *lng)
{
	const char *a = argv[*i];
	size_t ll = strlen(lng);

	if (shrt != NULL && strncmp(a, shrt, 2) == 0 && a[2] != '\0')
		return a + 2;
	if (strncmp(a, lng, ll) == 0 && a[ll] == '=')
		return a + ll + 1;
	if (*i + 1 < argc)
		return argv[++*i];
	return NULL;
}

static int
parse_args(int argc, char **argv, struct cli *c, struct diag *d)
{
	bool dashdash = false;
	int i;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *v;

		if (dashdash || a[0] != '-' || strcmp(a, "-") == 0) {
			if (c->npositional == 2)
				return usage_error(d, c, "unexpected argument "
				    "'%s'", a);
			c->positional[c->npositional++] = a;
		} else if (strcmp(a, "--") == 0) {
			dashdash = true;
		} else if (strncmp(a, "-o", 2) == 0 ||
		    strncmp(a, "--output-dir", 12) == 0) {
			if ((v = opt_value(argc, argv, &i, "-o",
			    "--output-dir")) == NULL)
				return usage_error(d, c,
				    "%s needs a directory", a);
			c->output_dir = v;
		} else if (strncmp(a, "-T", 2) == 0 ||
		    strncmp(a, "--templates", 11) == 0) {
			if ((v = opt_value(argc, argv, &i, "-T",
			    "--templates")) == NULL)
				return usage_error(d, c,
				    "%s needs a directory", a);
			c->tdirs = realloc(c->tdirs, (c->ntdirs + 2) *
			    sizeof(*c->tdirs));
			if (c->tdirs == NULL)
				abort();
			c->tdirs[++c->ntdirs] = v;
		} else if (strcmp(a, "--check") == 0) {
			c->check_only = true;
		} else if (strcmp(a, "--stats") == 0) {
			c->stats = true;
		} else if (strcmp(a, "--json") == 0) {
			c->json = "-";
		} else if (strncmp(a, "--json=", 7) == 0) {
			c->json = a + 7;
		} else if (strncmp(a, "--set", 5) == 0 &&
		    (a[5] == '\0' || a[5] == '=')) {
			const char *eq;

			if ((v = opt_value(argc, argv, &i, NULL, "--set")) ==
			    NULL || (eq = strchr(v, '=')) == NULL || eq == v)
				return usage_error(d, c,
				    "%s needs KEY=VALUE", a);
			c->sets = realloc(c->sets, (c->nsets + 1) *
			    sizeof(*c->sets));
			if (c->sets == NULL)
				abort();
			c->sets[c->nsets].key = strndup(v, (size_t)(eq - v));
			c->sets[c->nsets].value = eq + 1;
			c->nsets++;
		} else if (strcmp(a, "--list-checks") == 0) {
			c->list_checks = true;
		} else if (strcmp(a, "--list-templates") == 0) {
			c->list_templates = true;
		} else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			if (c->toplevel)
				cmd_default_usage(stdout);
			else
				compile_usage(stdout);
			return -1;
		} else if (strcmp(a, "-V") == 0 ||
		    strcmp(a, "--version") == 0) {
			printf("syscallc %s\n", SYSCALLC_VERSION);
			return -1;
		} else if (a[1] == 'W' || a[1] == 'E' || strcmp(a, "-w") == 0) {
			if (diag_option(d, a) != 0)
				return 2;
		} else {
			return usage_error(d, c, "unknown option '%s'", a);
		}
	}
	return 0;
}

static void
print_check(void *arg, const char *language, const struct diag_check *c,
    enum diag_level now)
{
	(void)arg;
	printf("%-22s %-8s %-16s %s\n", c->name, diag_level_name(now),
	    language, c->summary);
}

static int
list_templates(const char *const *dirs, size_t n, struct diag *d)
{
	struct template_set ts;
	size_t i;
	int rc = templates_load(&ts, dirs, n, d) == 0 ? 0 : diag_exit_status(d);

	for (i = 0; i < ts.n; i++) {
		const struct template *t = &ts.v[i];

		if (t->key == NULL)
			continue;
		printf("%-16s %s=%s\n", t->name, t->key, t->dflt);
		if (t->description != NULL)
			printf("%-16s   %s\n", "", t->description);
	}
	for (i = 0; i < ts.nopt; i++)
		printf("%-16s %s=%s (option of %s)\n", "", ts.opt[i].key,
		    ts.opt[i].dflt != NULL ? ts.opt[i].dflt : "(unset)",
		    ts.v[ts.opt[i].owner].name);
	templates_free(&ts);
	return rc;
}

static int
compile_main(int argc, char **argv, bool toplevel)
{
	struct diag *d = diag_new(stderr, "syscallc");
	struct compile_options o;
	struct cli c;
	char *tdir = NULL;
	int rc;
	size_t i;

	if (d == NULL || syscallc_register_checks(d) != 0)
		return 2;
	memset(&c, 0, sizeof(c));
	c.toplevel = toplevel;
	c.tdirs = calloc(1, sizeof(*c.tdirs));
	if (c.tdirs == NULL)
		abort();
	rc = parse_args(argc, argv, &c, d);
	if (rc != 0) {
		rc = rc < 0 ? 0 : rc;
		goto out;
	}
	if (c.list_checks) {
		diag_foreach_check(d, print_check, NULL);
		goto out;
	}
	tdir = templates_default_dir();
	if (tdir == NULL && c.ntdirs == 0) {
		diag_io_error(d, "cannot find the template directory (set "
		    "SYSCALLC_TEMPLATES or give -T DIR)");
		rc = 2;
		goto out;
	}
	/* the default directory comes first: -T directories override it */
	if (tdir != NULL)
		c.tdirs[0] = tdir;
	if (c.list_templates) {
		rc = list_templates(tdir != NULL ? c.tdirs : c.tdirs + 1,
		    tdir != NULL ? c.ntdirs + 1 : c.ntdirs, d);
		goto out;
	}
	if (c.npositional == 0) {
		rc = usage_error(d, &c, "no syscalls.master given");
		goto out;
	}
	memset(&o, 0, sizeof(o));
	o.master = c.positional[0];
	o.conf = c.npositional > 1 ? c.positional[1] : NULL;
	o.output_dir = c.output_dir;
	o.template_dirs = tdir != NULL ? c.tdirs : c.tdirs + 1;
	o.ntemplate_dirs = tdir != NULL ? c.ntdirs + 1 : c.ntdirs;
	o.check_only = c.check_only;
	o.stats = c.stats;
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
	/* under the sanitizers everything is freed, so leaks still show */
	o.exiting = true;
#endif
	o.json = c.json;
	o.overrides = c.sets;
	o.noverrides = c.nsets;
	rc = syscallc_compile(&o, d);
out:
	for (i = 0; i < c.nsets; i++)
		free((char *)c.sets[i].key);
	free(c.sets);
	free(c.tdirs);
	free(tdir);
	diag_free(d);
	return rc;
}

int
cmd_default(int argc, char **argv)
{
	return compile_main(argc, argv, true);
}

int
cmd_compile(int argc, char **argv)
{
	return compile_main(argc, argv, false);
}

static const char list_checks_usage[] =
"usage: syscallc list-checks [-W<check> | -E<check> | -Werror | -w ...]\n"
"\n"
"Lists every named check of every input language (syscalls.master,\n"
"syscalls.conf, translation specs, release tools): its name, the level it\n"
"has after the options, its language and what it finds.  The options are\n"
"those of compile; the list shows their effect.\n"
"\n"
"  -W<check> -Wno-<check>    report a check as a warning / not at all\n"
"  -E<check> -Eno-<check>    report a check as an error / as a warning\n"
"  -Werror, -w               warnings become errors / no warnings\n"
"  -h, --help                this text\n"
"\n"
"Exit status: 0 listed, 2 usage errors.  See syscallc(1), CHECKS.\n";

int
cmd_list_checks(int argc, char **argv)
{
	struct diag *d = diag_new(stderr, "syscallc");
	int i, rc = 0;

	if (d == NULL || syscallc_register_checks(d) != 0)
		return 2;
	for (i = 1; i < argc && rc == 0; i++) {
		const char *a = argv[i];

		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			fputs(list_checks_usage, stdout);
			diag_free(d);
			return 0;
		}
		if (strcmp(a, "-w") == 0 || (a[0] == '-' && (a[1] == 'W' ||
		    a[1] == 'E') && a[2] != '\0')) {
			if (diag_option(d, a) != 0)
				rc = 2;
		} else {
			rc = command_usage_error(d, "list-checks",
			    list_checks_usage, "%s '%s'", a[0] == '-' ?
			    "unknown option" : "unexpected argument", a);
		}
	}
	if (rc == 0)
		diag_foreach_check(d, print_check, NULL);
	diag_free(d);
	return rc;
}
