/*
 * sigtest_host.h — an emulated thread for the signal tests, on the
 * in-process host. The signal code finds its state by the struct thread's
 * address, so a test owns its thread, process and trapframe outright.
 */
#ifndef _SIGTEST_HOST_H_
#define _SIGTEST_HOST_H_

#include <string.h>

#include "kern_api_signal.h"
#include "inproc_signal.h"

struct sigtest_thread {
	struct thread		td;
	struct proc		p;
	struct trapframe	tf;
};

static inline void
sigtest_thread_init(struct sigtest_thread *st, pid_t pid, lwpid_t tid)
{

	memset(st, 0, sizeof(*st));
	st->p.p_pid = pid;
	st->td.td_proc = &st->p;
	st->td.td_tid = tid;
	st->td.td_frame = &st->tf;
	inproc_signal_thread_init(&st->td);
}

static inline void
sigtest_thread_fini(struct sigtest_thread *st)
{

	inproc_signal_proc_fini(&st->p);
}

#endif /* !_SIGTEST_HOST_H_ */
