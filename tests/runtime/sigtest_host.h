/*
 * sigtest_host.h — an emulated thread for the signal tests, on the
 * in-process host: the calling pthread attached to a fresh process, with
 * a trapframe the test owns.
 */
#ifndef _SIGTEST_HOST_H_
#define _SIGTEST_HOST_H_

#include <string.h>

#include "kern_api_signal.h"
#include "inproc.h"
#include "inproc_signal.h"

struct sigtest_thread {
	struct thread		*td;
	struct proc		*p;
	struct trapframe	 tf;
};

static inline void
sigtest_thread_init(struct sigtest_thread *st)
{

	memset(st, 0, sizeof(*st));
	st->p = inproc_proc_create();
	st->td = inproc_thread_attach(st->p);
	st->td->td_frame = &st->tf;
}

/* Detaching the last thread ends the process and its signal state. */
static inline void
sigtest_thread_fini(struct sigtest_thread *st)
{

	inproc_thread_detach();
	memset(st, 0, sizeof(*st));
}

#endif /* !_SIGTEST_HOST_H_ */
