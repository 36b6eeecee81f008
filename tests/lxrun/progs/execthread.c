/*
 * execthread.c — execve from a thread that is not the leader while the
 * leader blocks in pthread_join: the exec'ed image has the old process id
 * and is the only thread (Linux's de_thread).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static char *self;
static char pidbuf[32];

static void *
execer(void *arg)
{
	char *argv[] = { self, (char *)"exec'ed", pidbuf, NULL };

	(void)arg;
	execv(self, argv);
	perror("execv");
	exit(3);
}

int
main(int argc, char **argv)
{
	pthread_t t;

	if (argc == 3 && strcmp(argv[1], "exec'ed") == 0) {
		long threads = 0;
		FILE *f = fopen("/proc/self/status", "r");
		char line[256];

		while (f != NULL && fgets(line, sizeof(line), f) != NULL)
			if (strncmp(line, "Threads:", 8) == 0)
				threads = atol(line + 8);
		if (f != NULL)
			fclose(f);
		printf("after exec: same pid %s, tid is pid %s, threads %ld\n",
		    atol(argv[2]) == (long)getpid() ? "yes" : "no",
		    syscall(SYS_gettid) == getpid() ? "yes" : "no", threads);
		return (0);
	}
	self = argv[0];
	snprintf(pidbuf, sizeof(pidbuf), "%ld", (long)getpid());
	pthread_create(&t, NULL, execer, NULL);
	pthread_join(t, NULL);		/* never returns: the exec kills us */
	return (4);
}
