/*
 * inproc_thread.c — emulated processes and threads of the in-process host:
 * creation, attaching pthreads, curthread, and kern_tdfind().
 *
 * Every live thread is in one registry (a list under reg_lock): thread
 * lookups are rare (PI futex owners, get_robust_list of another thread),
 * so a list is enough and keeps the host obviously correct.
 */
#include <sched.h>
#include <stdlib.h>

#include "inproc_private.h"
#include "inproc_signal.h"

_Thread_local struct inproc_thread *inproc_cur;

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t reg_cv = PTHREAD_COND_INITIALIZER;	/* holds drop */
static struct inproc_thread *reg_threads;
static atomic_uint_least64_t next_vmspace = 1;
static void (*_Atomic attach_hook)(struct thread *);
static void (*_Atomic detach_hook)(struct thread *);
static void (*_Atomic dtor_hook)(struct thread *);

static void
init_once_fn(void)
{

	inproc_usermem_init();
}

void
inproc_init(void)
{

	pthread_once(&init_once, init_once_fn);
}

static struct proc *
proc_alloc(uint64_t vmspace)
{
	struct inproc_proc *ip;

	inproc_init();
	ip = kern_malloc(sizeof(*ip), KM_ZERO);
	ip->ip_proc.p_host = ip;
	ip->ip_vmspace = vmspace;
	pthread_mutex_init(&ip->ip_lock, NULL);
	return (&ip->ip_proc);
}

struct proc *
inproc_proc_create(void)
{

	return (proc_alloc(atomic_fetch_add(&next_vmspace, 1)));
}

struct proc *
inproc_proc_create_vmshare(struct proc *parent)
{

	return (proc_alloc(inproc_proc_of(parent)->ip_vmspace));
}

void
inproc_proc_destroy(struct proc *p)
{
	struct inproc_proc *ip = inproc_proc_of(p);
	struct inproc_logkey *lk;
	int i;

	KASSERT(ip->ip_nthreads == 0,
	    ("inproc_proc_destroy: %d threads left", ip->ip_nthreads));
	inproc_signal_proc_fini(p);
	for (i = 0; i < INPROC_LOGKEY_BUCKETS; i++) {
		while ((lk = ip->ip_logged[i]) != NULL) {
			ip->ip_logged[i] = lk->lk_next;
			kern_free(lk);
		}
	}
	pthread_mutex_destroy(&ip->ip_lock);
	kern_free(ip);
}

void
inproc_set_thread_hooks(void (*attach)(struct thread *),
    void (*detach)(struct thread *))
{

	atomic_store(&attach_hook, attach);
	atomic_store(&detach_hook, detach);
}

void
inproc_set_thread_dtor_hook(void (*dtor)(struct thread *))
{

	atomic_store(&dtor_hook, dtor);
}

struct thread *
inproc_thread_attach(struct proc *p)
{
	struct inproc_proc *ip = inproc_proc_of(p);
	struct inproc_thread *it;
	void (*hook)(struct thread *);

	inproc_init();
	KASSERT(inproc_cur == NULL, ("inproc_thread_attach: already attached"));
	it = kern_malloc(sizeof(*it), KM_ZERO);
	it->it_td.td_proc = p;
	it->it_td.td_tid = inproc_gettid();
	it->it_td.td_frame = &it->it_frame;
	it->it_td.td_host = it;
	it->it_park = inproc_park_get();

	pthread_mutex_lock(&ip->ip_lock);
	if (ip->ip_nthreads++ == 0 && p->p_pid == 0)
		p->p_pid = it->it_td.td_tid;
	pthread_mutex_unlock(&ip->ip_lock);

	pthread_mutex_lock(&reg_lock);
	it->it_reg_next = reg_threads;
	reg_threads = it;
	pthread_mutex_unlock(&reg_lock);

	inproc_cur = it;
	hook = atomic_load(&attach_hook);
	if (hook != NULL)
		hook(&it->it_td);
	return (&it->it_td);
}

void
inproc_thread_detach(void)
{
	struct inproc_thread *it = inproc_cur, **itp;
	struct proc *p;
	struct inproc_proc *ip;
	void (*hook)(struct thread *);
	int left;

	KASSERT(it != NULL, ("inproc_thread_detach: not attached"));
	hook = atomic_load(&detach_hook);
	if (hook != NULL)
		hook(&it->it_td);

	pthread_mutex_lock(&reg_lock);
	while (it->it_holds > 0)
		pthread_cond_wait(&reg_cv, &reg_lock);
	for (itp = &reg_threads; *itp != it; itp = &(*itp)->it_reg_next)
		;
	*itp = it->it_reg_next;
	pthread_mutex_unlock(&reg_lock);

	hook = atomic_load(&dtor_hook);
	if (hook != NULL)
		hook(&it->it_td);
	inproc_signal_thread_fini(&it->it_td);
	inproc_cur = NULL;
	p = it->it_td.td_proc;
	ip = inproc_proc_of(p);
	pthread_mutex_lock(&ip->ip_lock);
	left = --ip->ip_nthreads;
	pthread_mutex_unlock(&ip->ip_lock);
	if (left == 0)
		inproc_proc_destroy(p);
	inproc_park_put(it->it_park);
	kern_free(it);
}

struct thread *
inproc_curthread(void)
{

	return (inproc_cur != NULL ? &inproc_cur->it_td : NULL);
}

struct thread *
kern_curthread(void)
{

	return (inproc_curthread());
}

struct thread *
kern_tdfind(lwpid_t tid)
{
	struct inproc_thread *it;

	pthread_mutex_lock(&reg_lock);
	for (it = reg_threads; it != NULL; it = it->it_reg_next) {
		if (it->it_td.td_tid == tid) {
			it->it_holds++;
			break;
		}
	}
	pthread_mutex_unlock(&reg_lock);
	return (it != NULL ? &it->it_td : NULL);
}

void
kern_tdrele(struct thread *td)
{
	struct inproc_thread *it = inproc_thread_of(td);

	pthread_mutex_lock(&reg_lock);
	KASSERT(it->it_holds > 0, ("kern_tdrele: not held"));
	if (--it->it_holds == 0)
		pthread_cond_broadcast(&reg_cv);
	pthread_mutex_unlock(&reg_lock);
}

/*
 * Spawned threads. The spawner waits until the new thread has attached,
 * so inproc_spawned_thread() is valid as soon as spawn returns.
 */
struct inproc_spawned {
	pthread_t	  s_pthread;
	struct proc	 *s_proc;
	long		(*s_fn)(void *);
	void		 *s_arg;
	long		  s_result;
	_Atomic(struct thread *) s_td;
};

static void *
spawned_main(void *arg)
{
	struct inproc_spawned *s = arg;

	atomic_store(&s->s_td, inproc_thread_attach(s->s_proc));
	s->s_result = s->s_fn(s->s_arg);
	inproc_thread_detach();
	return (NULL);
}

struct inproc_spawned *
inproc_thread_spawn(struct proc *p, long (*fn)(void *), void *arg,
    size_t stack_size)
{
	struct inproc_spawned *s;
	pthread_attr_t attr;

	s = kern_malloc(sizeof(*s), KM_ZERO);
	s->s_proc = p;
	s->s_fn = fn;
	s->s_arg = arg;
	pthread_attr_init(&attr);
	if (stack_size != 0 && pthread_attr_setstacksize(&attr, stack_size))
		kern_panic("inproc_thread_spawn: stack size %zu", stack_size);
	if (pthread_create(&s->s_pthread, &attr, spawned_main, s) != 0)
		kern_panic("inproc_thread_spawn: pthread_create failed");
	pthread_attr_destroy(&attr);
	while (atomic_load(&s->s_td) == NULL)
		sched_yield();
	return (s);
}

struct thread *
inproc_spawned_thread(struct inproc_spawned *s)
{

	return (atomic_load(&s->s_td));
}

long
inproc_thread_join(struct inproc_spawned *s)
{
	long result;

	if (pthread_join(s->s_pthread, NULL) != 0)
		kern_panic("inproc_thread_join: pthread_join failed");
	result = s->s_result;
	kern_free(s);
	return (result);
}
