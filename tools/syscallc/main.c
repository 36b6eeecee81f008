/*
 * main.c — syscallc's entry point: pick the subcommand, run it, exit.
 *
 * Each subcommand lives in its own file and has the signature of
 * `struct command.run`; it returns the exit status (0 ok, 1 spec errors,
 * 2 usage or I/O errors) and never calls exit() itself, so a test can run
 * any of them in-process.  With no subcommand name, the arguments are those
 * of FreeBSD's generator (`syscallc syscalls.master [syscalls.conf]`) and the
 * `compile` command runs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"

static const struct command commands[] = {
	{ "compile", cmd_compile,
	    "read a syscalls.master (and conf) and write the tables" },
	{ "list-checks", cmd_list_checks,
	    "list every named check and its default level" },
	{ "translate", cmd_translate,
	    "compile a release's translation specs (errno.map, ...)" },
	{ "import", cmd_import,
	    "write a new release's master from Linux's syscall table" },
	{ "coverage", cmd_coverage,
	    "report what a spec implements (and what a traced program needs)" },
	{ "diff", cmd_diff,
	    "compare two specs: added, removed, renumbered, changed" },
};

int
main(int argc, char **argv)
{
	size_t i;

	if (argc > 1)
		for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
			if (strcmp(argv[1], commands[i].name) == 0)
				exit(commands[i].run(argc - 1, argv + 1));
	exit(cmd_compile(argc, argv));
}
