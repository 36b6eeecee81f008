/*
 * tr_log.c — kern_log(), kern_log_once() and kern_panic() for the tracer
 * host. Messages go to lxrun's log stream (stderr unless the engine chose a
 * file), one line each, prefixed with the emulated process and thread so
 * that lines from different threads of a run can be told apart.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tracer.h"

struct tr_logkey {
	struct tr_logkey	*lk_next;
	char			 lk_key[];
};

FILE *tr_logfile;

static FILE *
tr_log_stream(void)
{

	return (tr_logfile != NULL ? tr_logfile : stderr);
}

static void
tr_vlog(struct thread *td, const char *fmt, va_list ap)
{
	FILE *f = tr_log_stream();

	if (td != NULL)
		fprintf(f, "lxrun[%d/%d]: ", (int)td->td_proc->p_pid,
		    (int)td->td_tid);
	else
		fprintf(f, "lxrun: ");
	vfprintf(f, fmt, ap);
	fputc('\n', f);
	fflush(f);
}

void
kern_log(struct thread *td, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	tr_vlog(td, fmt, ap);
	va_end(ap);
}

void
kern_log_once(struct thread *td, const char *key, const char *fmt, ...)
{
	struct tr_proc *p;
	struct tr_logkey *k;
	va_list ap;
	size_t len;

	if (td != NULL) {
		p = td->td_proc->p_host;
		for (k = p->tp_logkeys; k != NULL; k = k->lk_next)
			if (strcmp(k->lk_key, key) == 0)
				return;
		len = strlen(key) + 1;
		k = kern_malloc(sizeof(*k) + len, 0);
		memcpy(k->lk_key, key, len);
		k->lk_next = p->tp_logkeys;
		p->tp_logkeys = k;
	}
	va_start(ap, fmt);
	tr_vlog(td, fmt, ap);
	va_end(ap);
}

void
tr_log_forget(struct tr_proc *p)
{
	struct tr_logkey *k, *next;

	for (k = p->tp_logkeys; k != NULL; k = next) {
		next = k->lk_next;
		kern_free(k);
	}
	p->tp_logkeys = NULL;
}

void
kern_panic(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "lxrun: panic: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	/* PTRACE_O_EXITKILL takes the traced program down with us. */
	abort();
}
