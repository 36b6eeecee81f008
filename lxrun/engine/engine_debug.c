/*
 * engine_debug.c — --debug SYSCALL,…|all: one uniform line per selected
 * call, its arguments decoded through the generated argument descriptions
 * (lxrun_argdesc.h) and its result. The thesis's ldebug facility (which
 * syscalls to report) and its LMSG/ARGS macros (a uniform
 * "linux(pid/tid): name(args)" prefix), driven by generated tables.
 *
 * The line is written when the call completes, with the arguments as they
 * were at entry (strings are read then, before the call can change them).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "lxrun_argdesc.h"
#include "lxrun_seccomp.h"

static bool debug_all;
static unsigned char debug_sel[LXRUN_ARGDESC_MAXSYSCALL];
static bool debug_any;

const char *
lx_syscall_name(unsigned nr)
{

	if (nr < LXRUN_ARGDESC_MAXSYSCALL && lxrun_sysdesc[nr].sd_name != NULL)
		return (lxrun_sysdesc[nr].sd_name);
	return (NULL);
}

int
lx_debug_select(const char *list)
{
	char *copy, *tok, *save = NULL, *end;
	unsigned nr;
	int bad = 0;

	if (list == NULL)
		return (0);
	copy = strdup(list);
	for (tok = strtok_r(copy, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		if (strcmp(tok, "all") == 0) {
			debug_all = debug_any = true;
			continue;
		}
		nr = (unsigned)strtoul(tok, &end, 10);
		if (*tok == '\0' || *end != '\0') {
			for (nr = 0; nr < LXRUN_ARGDESC_MAXSYSCALL; nr++) {
				const char *n = lx_syscall_name(nr);

				if (n != NULL && strcmp(n, tok) == 0)
					break;
			}
		}
		if (nr >= LXRUN_ARGDESC_MAXSYSCALL ||
		    lx_syscall_name(nr) == NULL) {
			fprintf(stderr, "lxrun: --debug: no syscall '%s' in "
			    "this release\n", tok);
			bad = -1;
			continue;
		}
		debug_sel[nr] = 1;
		debug_any = true;
	}
	free(copy);
	return (bad);
}

bool
lx_debug_selected(unsigned nr)
{

	if (!debug_any)
		return (false);
	if (debug_all)
		return (true);
	return (nr < LXRUN_ARGDESC_MAXSYSCALL && debug_sel[nr]);
}

int
lx_debug_native_set(unsigned *nrs, int max)
{
	unsigned nr;
	int n = 0;

	for (nr = 0; nr < LXRUN_SECCOMP_MAXSYSCALL && n < max; nr++)
		if (lxrun_syscall_class[nr] == LXRUN_NATIVE &&
		    lx_debug_selected(nr))
			nrs[n++] = nr;
	return (n);
}

void
lx_debug_enter(struct tr_thread *t, struct lx_call *c)
{
	const struct trapframe *tf = &t->tt_frame;
	int i;

	memset(c, 0, sizeof(*c));
	c->lc_nr = (unsigned)TF_NR(tf);
	c->lc_args[0] = TF_ARG0(tf);
	c->lc_args[1] = TF_ARG1(tf);
	c->lc_args[2] = TF_ARG2(tf);
	c->lc_args[3] = TF_ARG3(tf);
	c->lc_args[4] = TF_ARG4(tf);
	c->lc_args[5] = TF_ARG5(tf);
	if (lx_syscall_name(c->lc_nr) == NULL)
		return;
	for (i = 0; i < lxrun_sysdesc[c->lc_nr].sd_nargs; i++) {
		size_t done = 0;

		if (lxrun_sysdesc[c->lc_nr].sd_args[i].ad_kind !=
		    LXRUN_ARG_STR || c->lc_args[i] == 0)
			continue;
		if (copyinstr((const void *)(uintptr_t)c->lc_args[i],
		    c->lc_strs[i], sizeof(c->lc_strs[i]), &done) != 0 &&
		    done == 0)
			strcpy(c->lc_strs[i], "\x01");	/* unreadable */
	}
}

static void
lx_put_string(FILE *f, const char *s)
{
	size_t i;

	if (s[0] == '\x01') {
		fputs("<unreadable>", f);
		return;
	}
	fputc('"', f);
	for (i = 0; s[i] != '\0'; i++) {
		unsigned char ch = (unsigned char)s[i];

		if (ch == '"' || ch == '\\')
			fprintf(f, "\\%c", ch);
		else if (ch < 0x20 || ch >= 0x7f)
			fprintf(f, "\\x%02x", ch);
		else
			fputc(ch, f);
	}
	fputc('"', f);
	/* copyinstr filled the buffer without finding the end. */
	if (i == 63)
		fputs("...", f);
}

void
lx_debug_leave(struct tr_thread *t, const struct lx_call *c, long ret)
{
	FILE *f = tr_logfile != NULL ? tr_logfile : stderr;
	const struct lxrun_sysdesc *sd = NULL;
	const char *ename;
	int i, nargs = 6;

	if (lx_syscall_name(c->lc_nr) != NULL) {
		sd = &lxrun_sysdesc[c->lc_nr];
		nargs = sd->sd_nargs;
	}
	fprintf(f, "linux(%d/%d): ", (int)t->tt_proc->tp_pid,
	    (int)t->tt_tid);
	if (sd != NULL)
		fprintf(f, "%s(", sd->sd_name);
	else
		fprintf(f, "syscall_%u(", c->lc_nr);
	for (i = 0; i < nargs; i++) {
		tr_reg_t v = c->lc_args[i];
		int kind = sd != NULL ? sd->sd_args[i].ad_kind : LXRUN_ARG_HEX;

		if (i > 0)
			fputs(", ", f);
		if (sd != NULL)
			fprintf(f, "%s=", sd->sd_args[i].ad_name);
		switch (kind) {
		case LXRUN_ARG_STR:
			if (v != 0) {
				lx_put_string(f, c->lc_strs[i]);
				break;
			}
			/* FALLTHROUGH */
		case LXRUN_ARG_PTR:
			if (v == 0)
				fputs("NULL", f);
			else
				fprintf(f, "%#llx", (unsigned long long)v);
			break;
		case LXRUN_ARG_HEX:
			fprintf(f, "%#llx", (unsigned long long)v);
			break;
		case LXRUN_ARG_UINT:
			fprintf(f, "%llu", (unsigned long long)v);
			break;
		case LXRUN_ARG_INT32:
			fprintf(f, "%d", (int)(int32_t)(uint32_t)v);
			break;
		default:
			fprintf(f, "%lld", (long long)(long)v);
			break;
		}
	}
	fputs(")", f);
	if (ret < 0 && ret > -4096 &&
	    (ename = strerrorname_np((int)-ret)) != NULL)
		fprintf(f, " = %ld %s\n", ret, ename);
	else if (ret < 0 && ret > -4096)
		fprintf(f, " = %ld\n", ret);
	else if (ret >= 0 && ret < 0x10000000)	/* counts, ids, fds */
		fprintf(f, " = %ld\n", ret);
	else					/* addresses */
		fprintf(f, " = %#lx\n", (unsigned long)ret);
	fflush(f);
}
