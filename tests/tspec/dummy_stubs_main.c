/*
 * dummy_stubs_main.c — runs dummy_check_stubs() in a process of its own:
 * built with -m32 against the i386 stubs (tests/tspec/rules.mk), run by
 * test_tables_facts.c. Exit status 0 when every stub passes.
 */
#include <stdio.h>

#include "dummy_check.h"

int
main(int argc, char **argv)
{
	int n, failures;

	if (argc != 2) {
		fprintf(stderr, "usage: %s linux/<arch>-2.6.16.tsv\n", argv[0]);
		return 2;
	}
	failures = dummy_check_stubs(argv[1], stdout, &n);
	printf("%d stubs checked, %d problems\n", n, failures);
	return failures == 0 ? 0 : 1;
}
