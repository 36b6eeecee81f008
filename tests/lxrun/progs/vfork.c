/*
 * vfork.c — the vfork parent is suspended until its child exits or execs,
 * and shares its memory meanwhile: what the child writes before _exit is
 * there when vfork returns in the parent; exit statuses come back.
 */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int written;

int
main(void)
{
	int st1, st2;
	pid_t p;

	if ((p = vfork()) == 0) {
		written = 42;
		_exit(7);
	}
	printf("child wrote %d before the parent ran\n", written);
	waitpid(p, &st1, 0);
	if ((p = vfork()) == 0) {
		execl("/bin/sh", "sh", "-c", "exit 9", (char *)NULL);
		_exit(127);
	}
	waitpid(p, &st2, 0);
	printf("statuses %d %d\n", WEXITSTATUS(st1), WEXITSTATUS(st2));
	return (0);
}
