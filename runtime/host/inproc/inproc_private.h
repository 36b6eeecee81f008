/*
 * inproc_private.h — structures shared by the files of the in-process host.
 *
 * Nothing here is visible to runtime/kern. Files that include this header
 * see the host errno values of kern_errno.h (FreeBSD numbering); anything
 * that needs the real Linux errno of a libc call goes through
 * inproc_hostlib.c, which does not include the kernel API.
 */
#ifndef _INPROC_PRIVATE_H_
#define _INPROC_PRIVATE_H_

#include <pthread.h>
#include <stdatomic.h>

#include "inproc.h"

struct inproc_logkey {
	struct inproc_logkey	*lk_next;
	char			 lk_key[];
};

/* kern_log_once() keys: a hash set per process (programs may log tens of
   thousands of distinct keys, one per unknown ioctl number). */
#define	INPROC_LOGKEY_BUCKETS	512

struct inproc_proc {
	struct proc		 ip_proc;
	uint64_t		 ip_vmspace;	/* kern_vmspace_id() */
	pthread_mutex_t		 ip_lock;	/* the fields below */
	int			 ip_nthreads;
	struct inproc_logkey	*ip_logged[INPROC_LOGKEY_BUCKETS];
};

/*
 * The futex(2) word a thread sleeps on (inproc_sleep.c). Park words are
 * type-stable: taken from a pool at attach, returned at detach, never
 * freed, so a waker that still names one after its thread has gone can
 * only cause a spurious wakeup of a later sleeper, which every sleep
 * tolerates (FreeBSD: UMA_ZONE_NOFREE; Linux: SLAB_TYPESAFE_BY_RCU).
 */
struct inproc_park {
	_Atomic uint32_t	 pk_word;
	struct inproc_park	*pk_next;	/* the pool's free list */
};

/*
 * One emulated thread. The sleep fields (it_wchan ... it_kicked) are
 * protected by the lock of the sleep-queue bucket of it_wchan; it_wchan and
 * it_wmesg are also read without it by observers, hence atomic.
 */
struct inproc_thread {
	struct thread		 it_td;
	struct trapframe	 it_frame;
	struct inproc_park	*it_park;	/* futex(2) word it sleeps on */

	_Atomic(const void *)	 it_wchan;	/* NULL: not asleep */
	_Atomic(const char *)	 it_wmesg;
	struct inproc_thread	*it_sq_next;	/* sleep-queue bucket list */
	struct inproc_thread	*it_sq_prev;
	bool			 it_woken;	/* dequeued by a wakeup */
	bool			 it_kicked;	/* signal state may have changed */
	bool			 it_catch;	/* sleeping with KSLEEP_CATCH */
	atomic_uint		 it_sleeps;	/* kern_msleep() entries */
	atomic_int		 it_intr;	/* default signal check: 0,
						   EINTR or ERESTART */

	struct inproc_thread	*it_reg_next;	/* registry, under reg lock */
	int			 it_holds;	/* kern_tdfind() holds */
};

static inline struct inproc_thread *
inproc_thread_of(struct thread *td)
{

	return ((struct inproc_thread *)td->td_host);
}

static inline struct inproc_proc *
inproc_proc_of(struct proc *p)
{

	return ((struct inproc_proc *)p->p_host);
}

/* inproc_thread.c */
extern _Thread_local struct inproc_thread *inproc_cur;

/* inproc_sleep.c */
int	inproc_signal_check(struct inproc_thread *it);
struct inproc_park *inproc_park_get(void);
void	inproc_park_put(struct inproc_park *pk);

/* inproc_usermem.c */
void	inproc_usermem_init(void);

/* inproc_hostlib.c: libc calls whose errno must not meet kern_errno.h. */
pid_t	inproc_gettid(void);
/*
 * Sleep (real futex) while *word == val, until woken, interrupted by a
 * host signal, or the deadline (absolute, on KCLOCK_* kclock; negative:
 * none). True only if the deadline passed.
 */
bool	inproc_host_park(_Atomic uint32_t *word, uint32_t val, int kclock,
	    int64_t deadline_ns);
void	inproc_host_unpark(_Atomic uint32_t *word);
int64_t	inproc_clock_ns(int kclock);
void	inproc_install_fault_handler(void (*handler)(int, void *, void *));
void	inproc_chain_fault(int sig, void *info, void *ucontext);
int	inproc_host_eventfd(bool *too_many);
void	inproc_host_eventfd_signal(int fd);
void	inproc_host_close(int fd);
uintptr_t inproc_fault_pc(void *ucontext);
void	inproc_set_fault_pc(void *ucontext, uintptr_t pc);

/* Assembly primitives (inproc_usermem_<arch>.c): 0 or EFAULT. */
int	inproc_ua_copy(void *dst, const void *src, size_t len);
int	inproc_ua_fetch8(const volatile void *uaddr, uint8_t *val);
int	inproc_ua_fetch32(const volatile void *uaddr, uint32_t *val);
int	inproc_ua_store32(volatile void *uaddr, uint32_t val);
int	inproc_ua_cas32(volatile void *uaddr, uint32_t old, uint32_t new,
	    uint32_t *prev);
int	inproc_ua_xchg32(volatile void *uaddr, uint32_t val, uint32_t *prev);
int	inproc_ua_add32(volatile void *uaddr, uint32_t val, uint32_t *prev);
int	inproc_ua_or32(volatile void *uaddr, uint32_t val, uint32_t *prev);
int	inproc_ua_and32(volatile void *uaddr, uint32_t val, uint32_t *prev);
int	inproc_ua_xor32(volatile void *uaddr, uint32_t val, uint32_t *prev);

/* The exception table the assembly emits: fault pc -> recovery pc. */
struct inproc_extable_entry {
	int32_t	ex_insn;	/* relative to &ex_insn */
	int32_t	ex_fixup;	/* relative to &ex_fixup */
};

#endif /* !_INPROC_PRIVATE_H_ */
