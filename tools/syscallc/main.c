/*
 * main.c — syscallc's entry point: run the command line, exit.
 *
 * Each subcommand lives in its own file and has the signature of
 * `struct command.run`; it returns the exit status (0 ok, 1 spec errors,
 * 2 usage or I/O errors) and never calls exit() itself, so a test can run
 * any of them in-process.  The table of subcommands and the dispatch are in
 * commands.c: with no subcommand name, the arguments are those of FreeBSD's
 * generator (`syscallc syscalls.master [syscalls.conf]`) and `compile` runs.
 */
#include <stdlib.h>

#include "commands.h"

int
main(int argc, char **argv)
{
	exit(syscallc_main(argc, argv));
}
