/*
 * keyremap.c — shared futex keys follow the mapping when the address of a
 * futex is remapped after it was used (under lxrun the first uses fill the
 * tracer's key cache; each remap must invalidate it):
 *
 *   1. munmap, then mmap MAP_FIXED of another file at the same address;
 *   2. mremap moving another file's mapping over the address (MREMAP_FIXED),
 *      after which the old address is unmapped (a wake there: EFAULT);
 *   3. shmdt, then shmat of another segment at the same address;
 *   4. shmat with SHM_REMAP of another segment over the address.
 *
 * After each remap, a wake on the address must reach a child waiting on
 * the new object through a mapping of its own, and a wait on the address
 * must be ended by that child's wake through its mapping. A stale key
 * would send both to the old object: the wakes would find nobody, and the
 * program would print "no waiter reached" instead of the expected lines.
 * A wake is retried every millisecond until it finds the waiter (it may
 * come before the waiter sleeps), for at most three seconds; a waiter
 * looks at its word again every 20 ms.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef SHM_REMAP
#define	SHM_REMAP	040000
#endif

#define	PAGE	4096

static long
fwake(uint32_t *w)
{

	return (syscall(SYS_futex, w, FUTEX_WAKE, 1, NULL, NULL, 0));
}

/* Bounded, so that a wake sent to the wrong object (what the test
   catches) ends in a message, not a hang: the waiter looks again. */
static void
fwait(uint32_t *w, uint32_t val)
{
	struct timespec t = { 0, 20000000 };

	syscall(SYS_futex, w, FUTEX_WAIT, val, &t, NULL, 0);
}

/* Wake through w until a waiter is reached (1), or give up (0). */
static int
wake_one(uint32_t *w)
{
	struct timespec ms = { 0, 1000000 };
	int i;

	for (i = 0; i < 3000; i++) {
		if (fwake(w) == 1)
			return (1);
		nanosleep(&ms, NULL);
	}
	return (0);
}

static uint32_t *
map_file(const char *path, void *at)
{
	int fd = open(path, O_RDWR | O_CREAT, 0600);
	void *p;

	if (fd < 0 || ftruncate(fd, PAGE) != 0)
		exit(2);
	p = mmap(at, PAGE, PROT_READ | PROT_WRITE,
	    MAP_SHARED | (at != NULL ? MAP_FIXED : 0), fd, 0);
	close(fd);
	if (p == MAP_FAILED || (at != NULL && p != at))
		exit(2);
	return (p);
}

/*
 * The address x was used, then remapped onto the object `mine` is a
 * mapping of (in the child, which maps it itself). Word 0: the parent
 * wakes the child; word 1: the child wakes the parent.
 */
static void
check_both_ways(const char *what, uint32_t *x, uint32_t *(*mine)(void))
{
	int st, reached;
	pid_t p;

	x[0] = x[1] = 0;
	if ((p = fork()) == 0) {
		uint32_t *m = mine();

		/* Wait on the new object through the child's mapping... */
		while (__atomic_load_n(&m[0], __ATOMIC_SEQ_CST) == 0)
			fwait(&m[0], 0);
		/* ... then wake the parent waiting at x. */
		if (!wake_one(&m[1]))
			_exit(3);
		__atomic_store_n(&m[1], 1, __ATOMIC_SEQ_CST);
		fwake(&m[1]);
		_exit(0);
	}
	reached = wake_one(&x[0]);
	__atomic_store_n(&x[0], 1, __ATOMIC_SEQ_CST);
	fwake(&x[0]);
	if (reached)
		while (__atomic_load_n(&x[1], __ATOMIC_SEQ_CST) == 0)
			fwait(&x[1], 0);
	waitpid(p, &st, 0);
	if (reached && WIFEXITED(st) && WEXITSTATUS(st) == 0)
		printf("%s: the wake and the wait reached the new object\n",
		    what);
	else
		printf("%s: no waiter reached (parent %d, child status %#x)\n",
		    what, reached, st);
}

/* Use x's key a few times (the tracer caches it). */
static void
use(uint32_t *x)
{
	int i;

	for (i = 0; i < 4; i++)
		(void)fwake(x);
}

static char file_a[] = "/tmp/keyremap-a-XXXXXX";
static char file_b[] = "/tmp/keyremap-b-XXXXXX";
static char file_c[] = "/tmp/keyremap-c-XXXXXX";
static int shm_1, shm_2, shm_3;

static uint32_t *
mine_b(void)
{

	return (map_file(file_b, NULL));
}

static uint32_t *
mine_c(void)
{

	return (map_file(file_c, NULL));
}

static uint32_t *
attach(int id, void *at, int flags)
{
	void *p = shmat(id, at, flags);

	if (p == (void *)-1 || (at != NULL && p != at))
		exit(4);
	return (p);
}

static uint32_t *
mine_shm2(void)
{

	return (attach(shm_2, NULL, 0));
}

static uint32_t *
mine_shm3(void)
{

	return (attach(shm_3, NULL, 0));
}

int
main(void)
{
	uint32_t *x, *w;
	long r;

	close(mkstemp(file_a));
	close(mkstemp(file_b));
	close(mkstemp(file_c));

	/* 1. munmap + mmap MAP_FIXED of another file. */
	x = map_file(file_a, NULL);
	use(x);
	munmap(x, PAGE);
	(void)map_file(file_b, x);
	check_both_ways("munmap and mmap MAP_FIXED", x, mine_b);

	/* 2. mremap of another file's mapping over x. */
	w = map_file(file_c, NULL);
	use(x);
	use(w);
	if (mremap(w, PAGE, PAGE, MREMAP_MAYMOVE | MREMAP_FIXED, x) != x)
		return (2);
	check_both_ways("mremap over the address", x, mine_c);
	r = fwake(w);
	printf("wake at the address mremap left: %ld (%s)\n", r,
	    r == -1 && errno == EFAULT ? "EFAULT" : "not EFAULT");
	munmap(x, PAGE);

	/* 3. shmdt + shmat; 4. shmat SHM_REMAP. */
	shm_1 = shmget(IPC_PRIVATE, PAGE, IPC_CREAT | 0600);
	shm_2 = shmget(IPC_PRIVATE, PAGE, IPC_CREAT | 0600);
	shm_3 = shmget(IPC_PRIVATE, PAGE, IPC_CREAT | 0600);
	if (shm_1 < 0 || shm_2 < 0 || shm_3 < 0) {
		printf("System V shared memory: unavailable\n");
	} else {
		x = attach(shm_1, NULL, 0);
		use(x);
		shmdt(x);
		(void)attach(shm_2, x, 0);
		check_both_ways("shmdt and shmat", x, mine_shm2);
		use(x);
		(void)attach(shm_3, x, SHM_REMAP);
		check_both_ways("shmat SHM_REMAP", x, mine_shm3);
		shmdt(x);
		shmctl(shm_1, IPC_RMID, NULL);
		shmctl(shm_2, IPC_RMID, NULL);
		shmctl(shm_3, IPC_RMID, NULL);
	}
	unlink(file_a);
	unlink(file_b);
	unlink(file_c);
	return (0);
}
