/*
 * robust.c — a robust mutex whose owner thread exits holding it: the next
 * locker gets EOWNERDEAD (the kernel's robust-list walk at thread exit,
 * done by runtime/kern under lxrun: OWNER_DIED set atomically, a waiter
 * woken), makes it consistent, and the mutex works again. A waiter that
 * was already blocked when the owner died is woken too.
 * Exit 77 when the kernel (release) has no robust futexes.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m;
static pthread_barrier_t locked;

static void *
owner(void *arg)
{

	(void)arg;
	pthread_mutex_lock(&m);
	pthread_barrier_wait(&locked);
	return (NULL);		/* dies holding m */
}

static void *
waiter(void *arg)
{
	int *res = arg;

	*res = pthread_mutex_lock(&m);
	if (*res == EOWNERDEAD) {
		pthread_mutex_consistent(&m);
		pthread_mutex_unlock(&m);
	}
	return (NULL);
}

int
main(void)
{
	pthread_mutexattr_t a;
	pthread_t o, w;
	int r, wres = -1;

	pthread_mutexattr_init(&a);
	pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
	if ((r = pthread_mutex_init(&m, &a)) != 0) {
		printf("robust mutexes unsupported: %d\n", r);
		return (77);
	}
	pthread_barrier_init(&locked, NULL, 2);
	pthread_create(&o, NULL, owner, NULL);
	pthread_barrier_wait(&locked);
	/* The owner holds m; a waiter blocks on it, then the owner dies. */
	pthread_create(&w, NULL, waiter, &wres);
	pthread_join(o, NULL);
	pthread_join(w, NULL);
	r = pthread_mutex_lock(&m);
	printf("waiter: %s, after: %s\n",
	    wres == EOWNERDEAD ? "EOWNERDEAD" : (wres == 0 ? "ok" : "error"),
	    r == 0 ? "ok" : "error");
	if (wres == ENOTSUP || wres == ENOSYS)
		return (77);
	return (wres == EOWNERDEAD && r == 0 ? 0 : 1);
}
