/*
 * commands.h — syscallc's subcommands.  Each returns an exit status
 * (0 ok, 1 spec errors, 2 usage or I/O errors) and never exits itself.
 */
#ifndef SYSCALLC_COMMANDS_H
#define SYSCALLC_COMMANDS_H

struct command {
	const char	*name;
	int		(*run)(int argc, char **argv);
	const char	*summary;
};

int	cmd_compile(int argc, char **argv);
int	cmd_list_checks(int argc, char **argv);
int	cmd_translate(int argc, char **argv);	/* tspec_main.c */
int	cmd_import(int argc, char **argv);	/* cmd_import.c */
int	cmd_coverage(int argc, char **argv);	/* cmd_coverage.c */
int	cmd_diff(int argc, char **argv);	/* cmd_diff.c */

#endif /* SYSCALLC_COMMANDS_H */
