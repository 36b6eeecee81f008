/*
 * inproc_kernel.c — the small services of the kernel API for the
 * in-process host: memory, mutexes, logging, panic.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inproc_private.h"

void *
kern_malloc(size_t size, int flags)
{
	void *p;

	/* M_WAITOK never fails; neither may we. */
	p = (flags & KM_ZERO) != 0 ? calloc(1, size != 0 ? size : 1) :
	    malloc(size != 0 ? size : 1);
	if (p == NULL)
		kern_panic("kern_malloc: out of memory (%zu bytes)", size);
	return (p);
}

void
kern_free(void *p)
{

	free(p);
}

/*
 * Mutexes. The owner fields exist only for kmtx_assert(); other threads
 * read them while the owner writes them, hence the atomic accesses.
 */
void
kmtx_init(struct kmutex *m, const char *name)
{

	pthread_mutex_init(&m->km_mtx, NULL);
	m->km_name = name;
	m->km_owned = 0;
}

void
kmtx_destroy(struct kmutex *m)
{

	KASSERT(!__atomic_load_n(&m->km_owned, __ATOMIC_RELAXED),
	    ("kmtx_destroy: %s is locked", m->km_name));
	pthread_mutex_destroy(&m->km_mtx);
}

static bool
kmtx_owned(struct kmutex *m)
{

	return (__atomic_load_n(&m->km_owned, __ATOMIC_RELAXED) &&
	    pthread_equal(__atomic_load_n(&m->km_owner, __ATOMIC_RELAXED),
	    pthread_self()));
}

void
kmtx_lock(struct kmutex *m)
{

	KASSERT(!kmtx_owned(m), ("kmtx_lock: recursion on %s", m->km_name));
	pthread_mutex_lock(&m->km_mtx);
	__atomic_store_n(&m->km_owner, pthread_self(), __ATOMIC_RELAXED);
	__atomic_store_n(&m->km_owned, 1, __ATOMIC_RELAXED);
}

void
kmtx_unlock(struct kmutex *m)
{

	KASSERT(kmtx_owned(m), ("kmtx_unlock: %s not owned", m->km_name));
	__atomic_store_n(&m->km_owned, 0, __ATOMIC_RELAXED);
	pthread_mutex_unlock(&m->km_mtx);
}

void
kmtx_assert(struct kmutex *m, int what)
{

	switch (what) {
	case KA_OWNED:
		if (!kmtx_owned(m))
			kern_panic("mutex %s not owned", m->km_name);
		break;
	case KA_NOTOWNED:
		if (kmtx_owned(m))
			kern_panic("mutex %s owned", m->km_name);
		break;
	default:
		kern_panic("kmtx_assert: bad assertion %d", what);
	}
}

/*
 * Logging.
 */
static inproc_log_hook_t *_Atomic log_hook;

void
inproc_set_log_hook(inproc_log_hook_t *hook)
{

	atomic_store(&log_hook, hook);
}

static void
vlog(struct thread *td, const char *fmt, va_list ap)
{
	inproc_log_hook_t *hook;
	char msg[512];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	hook = atomic_load(&log_hook);
	if (hook != NULL)
		hook(td, msg);
	else if (td != NULL)
		fprintf(stderr, "linux: pid %d (tid %d): %s\n",
		    (int)td->td_proc->p_pid, (int)td->td_tid, msg);
	else
		fprintf(stderr, "linux: %s\n", msg);
}

void
kern_log(struct thread *td, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vlog(td, fmt, ap);
	va_end(ap);
}

void
kern_log_once(struct thread *td, const char *key, const char *fmt, ...)
{
	struct inproc_proc *ip;
	struct inproc_logkey *lk, **bucket;
	const unsigned char *c;
	va_list ap;
	size_t len;
	uint32_t h;

	KASSERT(td != NULL, ("kern_log_once: no thread"));
	ip = inproc_proc_of(td->td_proc);
	h = 2166136261u;			/* FNV-1a */
	for (c = (const unsigned char *)key; *c != '\0'; c++)
		h = (h ^ *c) * 16777619u;
	bucket = &ip->ip_logged[h % INPROC_LOGKEY_BUCKETS];
	pthread_mutex_lock(&ip->ip_lock);
	for (lk = *bucket; lk != NULL; lk = lk->lk_next) {
		if (strcmp(lk->lk_key, key) == 0) {
			pthread_mutex_unlock(&ip->ip_lock);
			return;
		}
	}
	len = strlen(key) + 1;
	lk = kern_malloc(sizeof(*lk) + len, 0);
	memcpy(lk->lk_key, key, len);
	lk->lk_next = *bucket;
	*bucket = lk;
	pthread_mutex_unlock(&ip->ip_lock);

	va_start(ap, fmt);
	vlog(td, fmt, ap);
	va_end(ap);
}

void
kern_panic(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "panic: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	abort();
}
