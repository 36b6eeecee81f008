/*
 * commands.c — syscallc's subcommands: the table main() dispatches on, the
 * list `syscallc --help` prints, and `syscallc help`.
 *
 * The table is the single list of subcommands: the top-level help, `help`
 * and the dispatch all read it, and tests/syscallc/cli-check checks that the
 * help and the man page name every entry.  It lives outside main.c so that
 * tests linking libsyscallc.a can run the whole command line in-process.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"

const struct command syscallc_commands[] = {
	{ "compile", cmd_compile,
	    "read a syscalls.master (and conf) and write the tables" },
	{ "list-checks", cmd_list_checks,
	    "list every named check and its default level" },
	{ "translate", cmd_translate,
	    "compile a release's translation specs (errno.map, ...)" },
	{ "import", cmd_import,
	    "write a new release's master from Linux's syscall table" },
	{ "coverage", cmd_coverage,
	    "what a spec implements, and whether a traced program will run" },
	{ "diff", cmd_diff,
	    "compare two specs: added, removed, renumbered, changed" },
	{ "help", cmd_help,
	    "this list, or a command's options (help COMMAND)" },
};
const size_t syscallc_ncommands =
    sizeof(syscallc_commands) / sizeof(syscallc_commands[0]);

const struct command *
command_find(const char *name)
{
	size_t i;

	for (i = 0; i < syscallc_ncommands; i++)
		if (strcmp(name, syscallc_commands[i].name) == 0)
			return &syscallc_commands[i];
	return NULL;
}

void
commands_print(FILE *f)
{
	size_t i;

	fputs("Commands (the first word; without one, compile runs):\n", f);
	for (i = 0; i < syscallc_ncommands; i++)
		fprintf(f, "  %-13s %s\n", syscallc_commands[i].name,
		    syscallc_commands[i].summary);
	fputs("Run `syscallc COMMAND --help` for a command's options.\n", f);
}

int
command_usage_error(struct diag *d, const char *cmd, const char *usage,
    const char *fmt, ...)
{
	const char *end = strstr(usage, "\n\n");
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	diag_io_error(d, "%s", msg);
	/* the synopsis only: the whole help would bury the message */
	fwrite(usage, 1, end != NULL ? (size_t)(end - usage) + 1 :
	    strlen(usage), stderr);
	fprintf(stderr, "Run 'syscallc %s%s--help' for the options.\n",
	    cmd != NULL ? cmd : "", cmd != NULL ? " " : "");
	return 2;
}

static const char help_usage[] =
"usage: syscallc help [COMMAND]\n"
"\n"
"Without COMMAND: the options of compile and the list of commands (as\n"
"`syscallc --help`).  With one: COMMAND's options (as `syscallc COMMAND\n"
"--help`).\n"
"\n""  -h, --help   this text\n"
"\n"
"Exit status: 0 printed, 2 an unknown command or option.\n";

/*
 * syscallc help [COMMAND]: the top-level help, or COMMAND's (as
 * `syscallc COMMAND --help`).
 */
int
cmd_help(int argc, char **argv)
{
	const struct command *c;
	struct diag *d;
	char *hargv[3];
	int rc;

	if (argc == 1) {
		cmd_default_usage(stdout);
		return 0;
	}
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
		fputs(help_usage, stdout);
		return 0;
	}
	c = argv[1][0] == '-' || argc > 2 ? NULL : command_find(argv[1]);
	if (c == NULL) {
		if ((d = diag_new(stderr, "syscallc help")) == NULL)
			return 2;
		if (argv[1][0] == '-')
			rc = command_usage_error(d, "help", help_usage,
			    "unknown option '%s'", argv[1]);
		else if (argc > 2)
			rc = command_usage_error(d, "help", help_usage,
			    "unexpected argument '%s'", argv[2]);
		else
			rc = command_usage_error(d, "help", help_usage,
			    "unknown command '%s'", argv[1]);
		diag_free(d);
		return rc;
	}
	hargv[0] = (char *)c->name;
	hargv[1] = (char *)"--help";
	hargv[2] = NULL;
	return c->run(2, hargv);
}

int
syscallc_main(int argc, char **argv)
{
	const struct command *c;

	if (argc > 1 && (c = command_find(argv[1])) != NULL)
		return c->run(argc - 1, argv + 1);
	return cmd_default(argc, argv);
}
