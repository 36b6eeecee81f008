/*
 * sharedfutex.c — shared futexes are keyed by the memory, not the
 * address: a child waiting on a file mapping is woken by its parent
 * through another mapping of the same file at another address. After the
 * parent maps a different file at that address, a wake there reaches no
 * waiter on the first file (the key follows the mapping).
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static uint32_t *
map_file(const char *path, void *at)
{
	int fd = open(path, O_RDWR | O_CREAT, 0600);
	void *p;

	if (fd < 0 || ftruncate(fd, 4096) != 0)
		exit(2);
	p = mmap(at, 4096, PROT_READ | PROT_WRITE,
	    MAP_SHARED | (at != NULL ? MAP_FIXED : 0), fd, 0);
	close(fd);
	if (p == MAP_FAILED)
		exit(2);
	return (p);
}

static long
fwake(uint32_t *w, int n)
{

	return (syscall(SYS_futex, w, FUTEX_WAKE, n, NULL, NULL, 0));
}

int
main(int argc, char **argv)
{
	char a[] = "/tmp/sharedfutex-a-XXXXXX", b[] = "/tmp/sharedfutex-b-XXXXXX";
	uint32_t *w1, *w2, *gate;
	int st;
	long n;
	pid_t p;

	(void)argc;
	(void)argv;
	close(mkstemp(a));
	close(mkstemp(b));
	w1 = map_file(a, NULL);
	w2 = map_file(a, NULL);		/* same file, another address */
	w1[0] = 0;
	w1[1] = 0;			/* gate: child is about to wait */
	gate = &w1[1];
	if ((p = fork()) == 0) {
		__atomic_store_n(gate, 1, __ATOMIC_SEQ_CST);
		syscall(SYS_futex, gate, FUTEX_WAKE, 1, NULL, NULL, 0);
		while (__atomic_load_n(&w1[0], __ATOMIC_SEQ_CST) == 0)
			syscall(SYS_futex, &w1[0], FUTEX_WAIT, 0, NULL, NULL,
			    0);
		_exit(0);
	}
	while (__atomic_load_n(gate, __ATOMIC_SEQ_CST) == 0)
		syscall(SYS_futex, gate, FUTEX_WAIT, 0, NULL, NULL, 0);
	/* Until the wake finds the child asleep (it may not be yet). */
	for (n = 0; n == 0;) {
		struct timespec ms = { 0, 1000000 };

		n = fwake(&w2[0], 1);
		if (n == 0)
			nanosleep(&ms, NULL);
	}
	__atomic_store_n(&w2[0], 1, __ATOMIC_SEQ_CST);
	fwake(&w2[0], 1);
	waitpid(p, &st, 0);
	printf("woken through another mapping: %ld, child exit %d\n", n,
	    WEXITSTATUS(st));

	/* Another file where w2 was: a wake there finds nobody waiting on
	   the first file. */
	w1[0] = 0;
	if ((p = fork()) == 0) {
		struct timespec t = { 0, 50000000 };
		long r = syscall(SYS_futex, &w1[0], FUTEX_WAIT, 0, &t, NULL, 0);

		_exit(r == -1 && errno == ETIMEDOUT ? 0 : 1);
	}
	w2 = map_file(b, w2);
	n = fwake(&w2[0], 1);
	waitpid(p, &st, 0);
	printf("wake on the remapped address: %ld, waiter timed out: %s\n", n,
	    WEXITSTATUS(st) == 0 ? "yes" : "no");
	unlink(a);
	unlink(b);
	return (0);
}
