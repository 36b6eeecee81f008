/*
 * translate_main.c — stand-alone entry for `syscallc translate` until the
 * syscallc driver (tools/syscallc/main.c) dispatches subcommands; then this
 * file goes and the driver calls tspec_translate_main() itself.
 */
#include "tspec_lua.h"

int
main(int argc, char **argv)
{
	return tspec_translate_main(argc, argv);
}
