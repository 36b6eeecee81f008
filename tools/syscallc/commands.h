/*
 * commands.h — syscallc's subcommands.  Each returns an exit status
 * (0 ok, 1 spec errors, 2 usage or I/O errors) and never exits itself;
 * each answers -h and --help with its usage on the standard output
 * (status 0) and an unknown option with a usage error (status 2).
 */
#ifndef SYSCALLC_COMMANDS_H
#define SYSCALLC_COMMANDS_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"

struct command {
	const char	*name;
	int		(*run)(int argc, char **argv);
	const char	*summary;	/* one line, for `syscallc --help` */
};

/* Every subcommand, in the order the help lists them (commands.c). */
extern const struct command	syscallc_commands[];
extern const size_t		syscallc_ncommands;

const struct command	*command_find(const char *name);
/* The "Commands:" block of the top-level help. */
void	commands_print(FILE *f);
/*
 * A usage error (exit status 2): "<progname>: error: MESSAGE" through d,
 * then on the standard error the synopsis of usage (its lines up to the
 * first blank one) and where the options are: `syscallc CMD --help`, or
 * `syscallc --help` when cmd is NULL.  Returns 2.
 */
int	command_usage_error(struct diag *d, const char *cmd, const char *usage,
	    const char *fmt, ...) DIAG_PRINTF(4, 5);
/* The whole command line: a subcommand's name first, or compile's
 * (FreeBSD's generator's) arguments. */
int	syscallc_main(int argc, char **argv);

int	cmd_default(int argc, char **argv);	/* cmd_compile.c: no name */
void	cmd_default_usage(FILE *f);		/* its --help */
int	cmd_compile(int argc, char **argv);
int	cmd_list_checks(int argc, char **argv);
int	cmd_translate(int argc, char **argv);	/* tspec_main.c */
int	cmd_import(int argc, char **argv);	/* cmd_import.c */
int	cmd_coverage(int argc, char **argv);	/* cmd_coverage.c */
int	cmd_diff(int argc, char **argv);	/* cmd_coverage.c */
int	cmd_help(int argc, char **argv);	/* commands.c */

#endif /* SYSCALLC_COMMANDS_H */
