/*
 * fuzz_master.c — libFuzzer target for syscallc's front end: the
 * syscalls.master scanner and parser, the model builder, the FreeBSD
 * derivation and every semantic check, plus the syscalls.conf reader.
 *
 * Input: a master; if it holds a line "@@conf@@", what follows is the conf.
 * Diagnostics go to /dev/null; crashes, hangs and sanitizer reports are
 * what the fuzzer looks for.  `make fuzz` runs it (FUZZ_SECONDS=...).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check_tables.h"
#include "conf.h"
#include "diag.h"
#include "model.h"
#include "srcpos.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *devnull;
	static const char sep[] = "\n@@conf@@\n";
	const char *text = (const char *)data;
	const char *cut = memmem(text, size, sep, sizeof(sep) - 1);
	size_t mlen = cut != NULL ? (size_t)(cut - text) : size;
	struct srcfile *master, *conffile = NULL;
	struct diag *d;
	struct conf *c;
	struct model *m;

	if (devnull == NULL)
		devnull = fopen("/dev/null", "w");
	master = srcfile_from_string("fuzz.master", text, mlen);
	if (cut != NULL) {
		size_t off = mlen + sizeof(sep) - 1;

		conffile = srcfile_from_string("fuzz.conf", text + off,
		    size - off);
	}
	d = diag_new(devnull, "fuzz");
	syscallc_register_checks(d);
	c = conf_parse(conffile, d);
	conf_derive(c, d);
	m = model_new(master, c);
	master_parse(m, d);
	model_derive(m, d);
	model_check(m, d);
	model_free(m);
	conf_free(c);
	diag_free(d);
	srcfile_free(master);
	srcfile_free(conffile);
	return 0;
}
