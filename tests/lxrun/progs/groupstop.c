/*
 * groupstop.c — SIGSTOP stops a whole multi-threaded child, SIGCONT
 * continues it, as the parent sees through waitpid(WUNTRACED|WCONTINUED);
 * SIGTERM then kills it.
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static void *
spin(void *arg)
{

	(void)arg;
	for (;;)
		pause();
	return (NULL);
}

int
main(void)
{
	int st;
	pid_t p;

	if ((p = fork()) == 0) {
		pthread_t t;

		pthread_create(&t, NULL, spin, NULL);
		pthread_create(&t, NULL, spin, NULL);
		spin(NULL);
	}
	kill(p, SIGSTOP);
	waitpid(p, &st, WUNTRACED);
	printf("stopped: %d by %d\n", WIFSTOPPED(st), WSTOPSIG(st));
	kill(p, SIGCONT);
	waitpid(p, &st, WCONTINUED);
	printf("continued: %d\n", WIFCONTINUED(st));
	kill(p, SIGTERM);
	waitpid(p, &st, 0);
	printf("killed: %d by %d\n", WIFSIGNALED(st), WTERMSIG(st));
	return (0);
}
