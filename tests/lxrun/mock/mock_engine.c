/*
 * mock_engine.c — `mock_engine PROGRAM ARGS…`: runs PROGRAM under the
 * tracer host with the mock runtime (mock_runtime.c) and exits as the
 * program did (status, or 128 + signal). Built for both arches, like
 * lxrun's engines, so the host is tested as i386 and as amd64.
 */
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>

#include "tracer.h"
#include "mock_runtime.h"

int
main(int argc, char **argv)
{
	const struct sock_fprog *filters[1];
	sigset_t mask;
	pid_t pid;
	int status;

	if (argc < 2) {
		fprintf(stderr, "usage: mock_engine PROGRAM [ARGS…]\n");
		return (2);
	}
	tr_sched_init();
	mock_runtime_init();
	filters[0] = tr_filter_build(mock_trapped, mock_ntrapped,
	    SECCOMP_RET_TRACE | TR_DATA_DISPATCH);
	sigprocmask(SIG_SETMASK, NULL, &mask);
	if ((pid = tr_launch(filters, 1, &mask, argv + 1)) < 0)
		return (126);
	tr_thread_new(pid, tr_proc_new(pid))->tt_released = true;
	status = tr_loop(pid);
	kern_free(filters[0]->filter);
	kern_free((void *)filters[0]);
	if (WIFEXITED(status))
		return (WEXITSTATUS(status));
	if (WIFSIGNALED(status))
		return (128 + WTERMSIG(status));
	return (125);
}
