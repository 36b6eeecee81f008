/*
 * linux_emul.c — emulation data of Linux threads and thread groups: their
 * creation, the registries that find them by Linux id, and what happens to
 * them when a thread exits.
 *
 * READ THIS FIRST
 *
 * Locking. One mutex, linux_emul_lock, protects everything marked (e) in
 * linux_emul.h: the two registries (TID -> thread, TGID -> group), each
 * group's thread list and counts, every reference count, and the links of
 * the extension lists. It is held only for short sections that neither
 * sleep nor touch user memory, so it is a leaf: nothing of the runtime is
 * acquired under it, and no kern_* call is made under it except
 * kmtx_assert(). Memory is allocated before taking it (kern_malloc may
 * sleep). Like the thesis's emul_lock it is one lock for the subsystem:
 * threads are created and destroyed far less often than they run, and one
 * lock keeps the exit path, which touches the thread, its group and the
 * registries together, easy to get right.
 *
 * A thread's own fields marked (o) are touched only by that thread, or by
 * its creator before the thread first runs (the host's "run" is the
 * happens-before edge), so the owner reads them without the lock.
 *
 * Lifetimes.
 *  - struct linux_emuldata: created by linux_emul_proc_exec() (first
 *    thread of a program) or linux_emul_clone() (before the child runs);
 *    unregistered by linux_emul_thread_exit(); freed by
 *    linux_emul_thread_dtor(), which the host calls when it frees the
 *    struct thread, after every kern_tdfind() hold is gone — the futex core
 *    may still read a held thread's futex state after it exited.
 *  - struct linux_pemuldata: reference counted. Each registered thread
 *    holds one reference, linux_pem_hold() others. When the group's last
 *    thread exits, the group is taken out of the TGID registry, pem_proc
 *    becomes NULL and p_emuldata is cleared; the memory goes with the last
 *    reference.
 *  - struct linux_vmspace and struct linux_semundo: reference-counted
 *    identities, shared by CLONE_VM and CLONE_SYSVSEM.
 *
 * Thread exit, in the exiting thread (Linux: do_exit -> exit_mm ->
 * exit_mm_release), linux_emul_thread_exit():
 *   1. the extensions' ee_exit hooks, then the futex core's robust-list
 *      and PI cleanup (linux_futex_thread_exit);
 *   2. CLONE_CHILD_CLEARTID: if another thread still uses the address
 *      space, store 0 and wake one waiter (linux_futex_clear_child_tid);
 *      this is what pthread_join() waits for;
 *   3. a vfork parent waiting for this thread is released (the host's wait
 *      for a process vfork, the runtime's for CLONE_VFORK|CLONE_THREAD);
 *      a thread that was itself waiting for a vfork thread, and is ended
 *      during that wait, drops its hold on the wait;
 *   4. the thread leaves the registries and its group; the last thread of
 *      a group also takes the group out and runs the group's ee_exit hooks;
 *   5. the thread's references (group, semundo) are dropped.
 * Steps 1–3 touch user memory and may sleep, so they run unlocked.
 *
 * CLONE_VFORK with CLONE_THREAD has no host primitive (a host's vfork wait
 * is per process), so the runtime keeps its own, struct linux_vfork_done,
 * under linux_vfork_lock (a leaf too, and the interlock of the creator's
 * sleep): Linux's vfork_done completion, which lives on the parent's stack
 * there; here it is reference counted, because the creator may be ended
 * during the wait while the new thread still holds it.
 */

#include <stdatomic.h>
#include <string.h>

#include "kern_api.h"
#include "kern_api_proc.h"
#include "linux_clone.h"
#include "linux_emul.h"
#include "linux_futex.h"
#include "linux_tls.h"

struct kmutex linux_emul_lock;
static struct kmutex linux_vfork_lock;

/* CLONE_VFORK|CLONE_THREAD: released once, by the new thread. */
struct linux_vfork_done {
	u_int	vd_refs;	/* the new thread, the waiting creator */
	bool	vd_done;	/* the new thread exited or exec'ed */
};

/* An extension block: one subsystem's state on one thread or group. */
struct linux_emul_extblk {
	SLIST_ENTRY(linux_emul_extblk)	 eb_link;
	const struct linux_emul_ext	*eb_ext;
	_Alignas(16) unsigned char	 eb_data[];
};

#define	LINUX_EMUL_HASHSIZE	256	/* power of two */
LIST_HEAD(linux_em_head, linux_emuldata);
LIST_HEAD(linux_pem_head, linux_pemuldata);
static struct linux_em_head	linux_tid_hash[LINUX_EMUL_HASHSIZE];
static struct linux_pem_head	linux_tgid_hash[LINUX_EMUL_HASHSIZE];

static struct linux_em_head *
tid_bucket(lwpid_t tid)
{

	return (&linux_tid_hash[(uint32_t)tid & (LINUX_EMUL_HASHSIZE - 1)]);
}

static struct linux_pem_head *
tgid_bucket(pid_t tgid)
{

	return (&linux_tgid_hash[(uint32_t)tgid & (LINUX_EMUL_HASHSIZE - 1)]);
}

/*
 * The kernel API has no boot-time hook (FreeBSD would use MTX_SYSINIT), so
 * the lock is set up by whichever entry point runs first. The losers of
 * the race spin for the few instructions kmtx_init() takes.
 */
static atomic_int linux_emul_initialised;	/* 0, 1 (in progress), 2 */

static void
linux_emul_init(void)
{
	int expected;

	if (atomic_load_explicit(&linux_emul_initialised,
	    memory_order_acquire) == 2)
		return;
	expected = 0;
	if (atomic_compare_exchange_strong(&linux_emul_initialised, &expected,
	    1)) {
		kmtx_init(&linux_emul_lock, "linux_emul");
		kmtx_init(&linux_vfork_lock, "linux_vfork");
		atomic_store_explicit(&linux_emul_initialised, 2,
		    memory_order_release);
		return;
	}
	while (atomic_load_explicit(&linux_emul_initialised,
	    memory_order_acquire) != 2)
		;
}

/* Defined here by the futex core's contract (linux_futex.h). */
struct linux_futex_thread *
linux_futex_thread(struct thread *td)
{
	struct linux_emuldata *em;

	em = em_find(td);
	KASSERT(em != NULL, ("linux_futex_thread: thread %d has no emuldata",
	    td->td_tid));
	return (&em->em_futex);
}

/*
 * References.
 */
static void
linux_pem_free(struct linux_pemuldata *pem)
{
	struct linux_emul_extblk *eb;

	while ((eb = SLIST_FIRST(&pem->pem_ext)) != NULL) {
		SLIST_REMOVE_HEAD(&pem->pem_ext, eb_link);
		kern_free(eb);
	}
	kern_free(pem);
}

void
linux_pem_hold(struct linux_pemuldata *pem)
{

	kmtx_lock(&linux_emul_lock);
	KASSERT(pem->pem_refs > 0, ("linux_pem_hold: dead group %d",
	    pem->pem_tgid));
	pem->pem_refs++;
	kmtx_unlock(&linux_emul_lock);
}

void
linux_pem_rele(struct linux_pemuldata *pem)
{
	u_int refs;

	kmtx_lock(&linux_emul_lock);
	KASSERT(pem->pem_refs > 0, ("linux_pem_rele: group %d over-released",
	    pem->pem_tgid));
	refs = --pem->pem_refs;
	kmtx_unlock(&linux_emul_lock);
	if (refs == 0)
		linux_pem_free(pem);
}

static struct linux_vmspace *
linux_vmspace_new(void)
{
	struct linux_vmspace *lv;

	lv = kern_malloc(sizeof(*lv), KM_ZERO);
	lv->lv_refs = 1;
	return (lv);
}

/* Called with linux_emul_lock held; returns the object to free, if any. */
static struct linux_vmspace *
linux_vmspace_drop_locked(struct linux_vmspace *lv)
{

	kmtx_assert(&linux_emul_lock, KA_OWNED);
	KASSERT(lv->lv_refs > 0, ("linux_vmspace_drop: over-released"));
	return (--lv->lv_refs == 0 ? lv : NULL);
}

/* Called with linux_emul_lock held; returns the object to free, if any. */
static struct linux_semundo *
linux_semundo_drop_locked(struct linux_semundo *su)
{

	kmtx_assert(&linux_emul_lock, KA_OWNED);
	KASSERT(su->lsu_refs > 0, ("linux_semundo_drop: over-released"));
	return (--su->lsu_refs == 0 ? su : NULL);
}

/* Called with linux_vfork_lock held; true when the caller must free. */
static bool
linux_vfork_drop_locked(struct linux_vfork_done *vd)
{

	kmtx_assert(&linux_vfork_lock, KA_OWNED);
	KASSERT(vd->vd_refs > 0, ("linux_vfork_drop: over-released"));
	return (--vd->vd_refs == 0);
}

/* The new thread's side: it exits or execs, the creator may go on. */
static void
linux_vfork_release(struct linux_emuldata *em)
{
	struct linux_vfork_done *vd;
	bool free_it;

	vd = em->em_vfork_done;
	if (vd == NULL)
		return;
	em->em_vfork_done = NULL;
	kmtx_lock(&linux_vfork_lock);
	vd->vd_done = true;
	kern_wakeup(vd);
	free_it = linux_vfork_drop_locked(vd);
	kmtx_unlock(&linux_vfork_lock);
	if (free_it)
		kern_free(vd);
}

/* The creator's side, when its wait ends either way. */
static void
linux_vfork_unwait(struct linux_emuldata *em)
{
	struct linux_vfork_done *vd;
	bool free_it;

	vd = em->em_vfork_wait;
	if (vd == NULL)
		return;
	em->em_vfork_wait = NULL;
	kmtx_lock(&linux_vfork_lock);
	free_it = linux_vfork_drop_locked(vd);
	kmtx_unlock(&linux_vfork_lock);
	if (free_it)
		kern_free(vd);
}

/*
 * Registries.
 */
struct linux_emuldata *
linux_emul_find_tid(lwpid_t tid)
{
	struct linux_emuldata *em;

	linux_emul_init();
	kmtx_lock(&linux_emul_lock);
	LIST_FOREACH(em, tid_bucket(tid), em_hash) {
		if (em->em_tid == tid)
			return (em);
	}
	kmtx_unlock(&linux_emul_lock);
	return (NULL);
}

struct linux_pemuldata *
linux_emul_find_tgid(pid_t tgid)
{
	struct linux_pemuldata *pem;

	linux_emul_init();
	kmtx_lock(&linux_emul_lock);
	LIST_FOREACH(pem, tgid_bucket(tgid), pem_hash) {
		if (pem->pem_tgid == tgid)
			return (pem);
	}
	kmtx_unlock(&linux_emul_lock);
	return (NULL);
}

/* Enter a new thread (and, for the first thread, its new group). */
static void
linux_emul_register_locked(struct linux_emuldata *em, bool new_group)
{
	struct linux_pemuldata *pem;

	kmtx_assert(&linux_emul_lock, KA_OWNED);
	pem = em->em_pem;
	if (new_group)
		LIST_INSERT_HEAD(tgid_bucket(pem->pem_tgid), pem, pem_hash);
	LIST_INSERT_HEAD(tid_bucket(em->em_tid), em, em_hash);
	LIST_INSERT_HEAD(&pem->pem_threads, em, em_group);
	pem->pem_nthreads++;
	pem->pem_refs++;
	pem->pem_vm->lv_users++;
}

static struct linux_pemuldata *
linux_pem_new(struct proc *p, int exit_signal, int tls_gdt_min,
    struct linux_vmspace *vm)
{
	struct linux_pemuldata *pem;

	pem = kern_malloc(sizeof(*pem), KM_ZERO);
	pem->pem_proc = p;
	pem->pem_tgid = p->p_pid;
	pem->pem_exit_signal = exit_signal;
	pem->pem_tls_gdt_min = tls_gdt_min;
	pem->pem_vm = vm;
	LIST_INIT(&pem->pem_threads);
	SLIST_INIT(&pem->pem_ext);
	return (pem);
}

static struct linux_emuldata *
linux_em_new(struct thread *td, struct linux_pemuldata *pem, lwpid_t tid)
{
	struct linux_emuldata *em;

	em = kern_malloc(sizeof(*em), KM_ZERO);
	em->em_td = td;
	em->em_pem = pem;
	em->em_tid = tid;
	SLIST_INIT(&em->em_ext);
	linux_futex_thread_init(&em->em_futex);
	return (em);
}

/*
 * Extensions.
 */
static struct linux_emul_extblk *
extblk_find(struct linux_emul_extblk *first, const struct linux_emul_ext *ext)
{
	struct linux_emul_extblk *eb;

	for (eb = first; eb != NULL; eb = SLIST_NEXT(eb, eb_link)) {
		if (eb->eb_ext == ext)
			return (eb);
	}
	return (NULL);
}

static struct linux_emul_extblk *
extblk_new(const struct linux_emul_ext *ext)
{
	struct linux_emul_extblk *eb;

	eb = kern_malloc(sizeof(*eb) + ext->ee_size, KM_ZERO);
	eb->eb_ext = ext;
	return (eb);
}

void *
linux_emul_thread_ext(struct thread *td, const struct linux_emul_ext *ext)
{
	struct linux_emuldata *em;
	struct linux_emul_extblk *eb;

	em = em_find(td);
	KASSERT(em != NULL, ("linux_emul_thread_ext(%s): no emuldata",
	    ext->ee_name));
	/* Only the owner adds blocks, so the owner may look unlocked. */
	eb = extblk_find(SLIST_FIRST(&em->em_ext), ext);
	if (eb != NULL)
		return (eb->eb_data);
	eb = extblk_new(ext);
	kmtx_lock(&linux_emul_lock);
	SLIST_INSERT_HEAD(&em->em_ext, eb, eb_link);
	kmtx_unlock(&linux_emul_lock);
	return (eb->eb_data);
}

void *
linux_emul_thread_ext_find(struct thread *td, const struct linux_emul_ext *ext)
{
	struct linux_emuldata *em;
	struct linux_emul_extblk *eb;

	em = em_find(td);
	if (em == NULL)
		return (NULL);
	eb = extblk_find(SLIST_FIRST(&em->em_ext), ext);
	return (eb != NULL ? eb->eb_data : NULL);
}

void *
linux_emul_proc_ext(struct proc *p, const struct linux_emul_ext *ext)
{
	struct linux_pemuldata *pem;
	struct linux_emul_extblk *eb, *neweb;

	pem = pem_find(p);
	KASSERT(pem != NULL, ("linux_emul_proc_ext(%s): no pemuldata",
	    ext->ee_name));
	neweb = NULL;
	for (;;) {
		kmtx_lock(&linux_emul_lock);
		eb = extblk_find(SLIST_FIRST(&pem->pem_ext), ext);
		if (eb == NULL && neweb != NULL) {
			SLIST_INSERT_HEAD(&pem->pem_ext, neweb, eb_link);
			eb = neweb;
			neweb = NULL;
		}
		kmtx_unlock(&linux_emul_lock);
		if (eb != NULL)
			break;
		/* Allocate unlocked, then look again: another thread of the
		 * group may have added the block meanwhile. */
		neweb = extblk_new(ext);
	}
	if (neweb != NULL)
		kern_free(neweb);
	return (eb->eb_data);
}

/* Give a clone the blocks whose extension wants to be inherited. */
static void
extblks_clone(struct linux_emul_extblk *from, struct linux_emul_extblk **headp)
{
	struct linux_emul_extblk *eb, *neweb;

	for (eb = from; eb != NULL; eb = SLIST_NEXT(eb, eb_link)) {
		if (eb->eb_ext->ee_clone == NULL)
			continue;
		neweb = extblk_new(eb->eb_ext);
		neweb->eb_link.sle_next = *headp;
		*headp = neweb;
	}
}

static void
extblks_clone_fill(struct linux_emul_extblk *child,
    struct linux_emul_extblk *parent, uint64_t flags)
{
	struct linux_emul_extblk *eb, *peb;

	for (eb = child; eb != NULL; eb = SLIST_NEXT(eb, eb_link)) {
		peb = extblk_find(parent, eb->eb_ext);
		KASSERT(peb != NULL, ("extblks_clone_fill: %s vanished",
		    eb->eb_ext->ee_name));
		eb->eb_ext->ee_clone(eb->eb_data, peb->eb_data, flags);
	}
}

static void
extblks_exit(struct thread *td, struct linux_emul_extblk *first)
{
	struct linux_emul_extblk *eb;

	for (eb = first; eb != NULL; eb = SLIST_NEXT(eb, eb_link)) {
		if (eb->eb_ext->ee_exit != NULL)
			eb->eb_ext->ee_exit(td, eb->eb_data);
	}
}

/*
 * Life cycle.
 */
void
linux_emul_proc_exec(struct thread *td)
{
	struct linux_emuldata *em;
	struct linux_pemuldata *pem;
	struct linux_vmspace *newvm, *oldvm;
	struct proc *p;
	bool release_vfork;

	linux_emul_init();
	p = td->td_proc;
	em = em_find(td);
	if (em == NULL) {
		/* A process becomes Linux: a group of one thread. */
		KASSERT(pem_find(p) == NULL,
		    ("linux_emul_proc_exec: pid %d has a group but thread %d "
		    "has no emuldata", p->p_pid, td->td_tid));
		pem = linux_pem_new(p, LINUX_SIGCHLD,
		    LINUX_GDT_TLS_MIN_DEFAULT, linux_vmspace_new());
		em = linux_em_new(td, pem, p->p_pid);
		kmtx_lock(&linux_emul_lock);
		linux_emul_register_locked(em, true);
		p->p_emuldata = pem;
		kmtx_unlock(&linux_emul_lock);
		td->td_emuldata = em;
		return;
	}

	/*
	 * A new image in a Linux process; the host has ended the other
	 * threads. Linux's exec: the thread takes over the group's id (it
	 * becomes the leader), forgets CLONE_CHILD_CLEARTID and its TLS, gets
	 * a fresh address space, and releases a vfork parent.
	 */
	pem = em->em_pem;
	KASSERT(pem->pem_nthreads == 1, ("linux_emul_proc_exec: %d threads "
	    "left in %d", pem->pem_nthreads, pem->pem_tgid));
	linux_futex_exec(td);
	release_vfork = (em->em_flags & LINUX_EM_VFORK_CHILD) != 0;
	em->em_flags &= ~LINUX_EM_VFORK_CHILD;
	linux_vfork_release(em);
	em->em_clear_tid = NULL;
	em->em_child_set_tid = NULL;
	memset(&em->em_tls, 0, sizeof(em->em_tls));

	newvm = linux_vmspace_new();
	kmtx_lock(&linux_emul_lock);
	if (em->em_tid != pem->pem_tgid) {
		LIST_REMOVE(em, em_hash);
		em->em_tid = pem->pem_tgid;
		LIST_INSERT_HEAD(tid_bucket(em->em_tid), em, em_hash);
	}
	oldvm = pem->pem_vm;
	oldvm->lv_users--;
	oldvm = linux_vmspace_drop_locked(oldvm);
	pem->pem_vm = newvm;
	newvm->lv_users++;
	kmtx_unlock(&linux_emul_lock);
	if (oldvm != NULL)
		kern_free(oldvm);
	if (release_vfork)
		kern_proc_ppwait_release(p);
}

void
linux_emul_clone(struct thread *td, struct thread *newtd,
    const struct linux_emul_clone_args *ec)
{
	struct linux_emuldata *em, *newem;
	struct linux_pemuldata *pem, *newpem;
	struct linux_emul_extblk *pem_ext;
	struct linux_semundo *su, *newsu;
	bool thread;

	em = em_find(td);
	pem = em->em_pem;
	pem_ext = NULL;
	thread = (ec->ec_flags & LINUX_CLONE_THREAD) != 0;
	KASSERT(thread == (newtd->td_proc == td->td_proc),
	    ("linux_emul_clone: CLONE_THREAD %d but processes %d and %d",
	    thread, td->td_proc->p_pid, newtd->td_proc->p_pid));

	if (thread) {
		newpem = pem;
	} else {
		newpem = linux_pem_new(newtd->td_proc, ec->ec_exit_signal,
		    pem->pem_tls_gdt_min,
		    (ec->ec_flags & LINUX_CLONE_VM) != 0 ? pem->pem_vm :
		    linux_vmspace_new());
		/* Blocks are only ever added at the head, so the list
		 * from a head read under the lock is stable. */
		kmtx_lock(&linux_emul_lock);
		pem_ext = SLIST_FIRST(&pem->pem_ext);
		kmtx_unlock(&linux_emul_lock);
		extblks_clone(pem_ext, &SLIST_FIRST(&newpem->pem_ext));
	}
	newem = linux_em_new(newtd, newpem,
	    thread ? newtd->td_tid : newtd->td_proc->p_pid);
	if ((ec->ec_flags & LINUX_CLONE_CHILD_SETTID) != 0)
		newem->em_child_set_tid = ec->ec_child_tid;
	if ((ec->ec_flags & LINUX_CLONE_CHILD_CLEARTID) != 0)
		newem->em_clear_tid = ec->ec_child_tid;
	/* Linux: the new task's vfork_done points at its creator's wait. A
	 * thread's is the runtime's; a process's the host's (per process). */
	if ((ec->ec_flags & LINUX_CLONE_VFORK) != 0 && thread) {
		newem->em_vfork_done = kern_malloc(sizeof(*newem->em_vfork_done),
		    KM_ZERO);
		newem->em_vfork_done->vd_refs = 2;
		KASSERT(em->em_vfork_wait == NULL,
		    ("linux_emul_clone: thread %d waits for two vforks",
		    em->em_tid));
		em->em_vfork_wait = newem->em_vfork_done;
	} else if ((ec->ec_flags & LINUX_CLONE_VFORK) != 0) {
		newem->em_flags |= LINUX_EM_VFORK_CHILD;
	}
	/* Linux copies the whole thread state: the TLS slots come along,
	 * and CLONE_SETTLS (linux_tls_clone_apply) overrides one. */
	newem->em_tls = em->em_tls;
	extblks_clone(SLIST_FIRST(&em->em_ext), &SLIST_FIRST(&newem->em_ext));

	/* CLONE_SYSVSEM shares the undo list, creating it if needed; without
	 * it the child starts with none (Linux: copy_semundo()). */
	newsu = NULL;
	if ((ec->ec_flags & LINUX_CLONE_SYSVSEM) != 0 && em->em_semundo == NULL)
		newsu = kern_malloc(sizeof(*newsu), KM_ZERO);

	kmtx_lock(&linux_emul_lock);
	if ((ec->ec_flags & LINUX_CLONE_SYSVSEM) != 0) {
		if (em->em_semundo == NULL) {
			newsu->lsu_refs = 1;
			em->em_semundo = newsu;
		}
		su = em->em_semundo;
		su->lsu_refs++;
		newem->em_semundo = su;
	}
	if (!thread && (ec->ec_flags & LINUX_CLONE_VM) != 0)
		pem->pem_vm->lv_refs++;
	linux_emul_register_locked(newem, !thread);
	if (!thread)
		newtd->td_proc->p_emuldata = newpem;
	kmtx_unlock(&linux_emul_lock);

	/* The hooks run unlocked; the child is not running yet and the
	 * parent's blocks are the parent's own. */
	if (!thread)
		extblks_clone_fill(SLIST_FIRST(&newpem->pem_ext), pem_ext,
		    ec->ec_flags);
	extblks_clone_fill(SLIST_FIRST(&newem->em_ext),
	    SLIST_FIRST(&em->em_ext), ec->ec_flags);
	newtd->td_emuldata = newem;
}

void
linux_emul_thread_start(struct thread *td)
{
	struct linux_emuldata *em;
	int32_t tid;

	em = em_find(td);
	if (em == NULL || em->em_child_set_tid == NULL)
		return;
	/* Linux (schedule_tail) ignores a fault here, and so do we. */
	tid = em->em_tid;
	(void)copyout(&tid, em->em_child_set_tid, sizeof(tid));
	em->em_child_set_tid = NULL;
}

void
linux_emul_thread_exit(struct thread *td)
{
	struct linux_emuldata *em;
	struct linux_pemuldata *pem;
	struct linux_vmspace *freevm;
	struct linux_semundo *freesu;
	struct proc *p;
	u_int vm_users;
	bool last;

	em = em_find(td);
	if (em == NULL || (em->em_flags & LINUX_EM_EXITED) != 0)
		return;
	pem = em->em_pem;
	p = td->td_proc;

	/* 1. Per-thread state that lives in user memory. */
	extblks_exit(td, SLIST_FIRST(&em->em_ext));
	linux_futex_thread_exit(td);

	/* 2. CLONE_CHILD_CLEARTID. Linux's test is mm_users > 1: the exiting
	 *    thread still counts itself. */
	if (em->em_clear_tid != NULL) {
		kmtx_lock(&linux_emul_lock);
		vm_users = pem->pem_vm->lv_users;
		kmtx_unlock(&linux_emul_lock);
		if (vm_users > 1)
			(void)linux_futex_clear_child_tid(td,
			    (uint32_t *)em->em_clear_tid);
		em->em_clear_tid = NULL;
	}

	/* 3. vfork(): the parent waits for this thread's exit or exec. */
	if ((em->em_flags & LINUX_EM_VFORK_CHILD) != 0) {
		em->em_flags &= ~LINUX_EM_VFORK_CHILD;
		kern_proc_ppwait_release(p);
	}
	linux_vfork_release(em);
	linux_vfork_unwait(em);

	/* 4. Leave. */
	freevm = NULL;
	freesu = NULL;
	kmtx_lock(&linux_emul_lock);
	em->em_flags |= LINUX_EM_EXITED;
	LIST_REMOVE(em, em_hash);
	LIST_REMOVE(em, em_group);
	pem->pem_vm->lv_users--;
	last = --pem->pem_nthreads == 0;
	if (last)
		LIST_REMOVE(pem, pem_hash);
	if (em->em_semundo != NULL) {
		freesu = linux_semundo_drop_locked(em->em_semundo);
		em->em_semundo = NULL;
	}
	kmtx_unlock(&linux_emul_lock);

	if (last) {
		extblks_exit(td, SLIST_FIRST(&pem->pem_ext));
		kmtx_lock(&linux_emul_lock);
		pem->pem_proc = NULL;
		if (p->p_emuldata == pem)
			p->p_emuldata = NULL;
		freevm = linux_vmspace_drop_locked(pem->pem_vm);
		pem->pem_vm = NULL;
		kmtx_unlock(&linux_emul_lock);
	}
	if (freevm != NULL)
		kern_free(freevm);
	if (freesu != NULL)
		kern_free(freesu);
	/* 5. The thread's reference to its group; the emuldata itself stays
	 *    until linux_emul_thread_dtor(). */
	linux_pem_rele(pem);
}

void
linux_emul_thread_dtor(struct thread *td)
{
	struct linux_emuldata *em;
	struct linux_emul_extblk *eb;

	em = em_find(td);
	if (em == NULL)
		return;
	KASSERT((em->em_flags & LINUX_EM_EXITED) != 0,
	    ("linux_emul_thread_dtor: thread %d never exited", em->em_tid));
	td->td_emuldata = NULL;
	while ((eb = SLIST_FIRST(&em->em_ext)) != NULL) {
		SLIST_REMOVE_HEAD(&em->em_ext, eb_link);
		kern_free(eb);
	}
	linux_futex_thread_fini(&em->em_futex);
	kern_free(em);
}

void
linux_emul_vfork_thread_wait(struct thread *td)
{
	struct linux_emuldata *em;
	struct linux_vfork_done *vd;

	em = em_find(td);
	vd = em->em_vfork_wait;
	if (vd == NULL)
		return;
	kmtx_lock(&linux_vfork_lock);
	while (!vd->vd_done) {
		if (kern_msleep(vd, &linux_vfork_lock, KSLEEP_CATCH, "lxvfork",
		    NULL) == 0)
			continue;
		/*
		 * A signal. Linux waits killably: only the end of the group
		 * cuts the wait short. kern_userret() ends td here if that is
		 * what interrupted us (its exit drops td's hold on vd);
		 * otherwise the signal waits for the way out of clone, and
		 * so do we, for the new thread.
		 */
		kmtx_unlock(&linux_vfork_lock);
		kern_userret(td);
		kmtx_lock(&linux_vfork_lock);
	}
	kmtx_unlock(&linux_vfork_lock);
	linux_vfork_unwait(em);
}

/*
 * Group state.
 */
void
linux_emul_set_exiting(struct proc *p)
{
	struct linux_pemuldata *pem;

	kmtx_lock(&linux_emul_lock);
	pem = pem_find(p);
	if (pem != NULL)
		pem->pem_flags |= LINUX_PEM_EXITING;
	kmtx_unlock(&linux_emul_lock);
}

bool
linux_emul_exiting(struct proc *p)
{
	struct linux_pemuldata *pem;
	bool exiting;

	kmtx_lock(&linux_emul_lock);
	pem = pem_find(p);
	exiting = pem != NULL && (pem->pem_flags & LINUX_PEM_EXITING) != 0;
	kmtx_unlock(&linux_emul_lock);
	return (exiting);
}

int
linux_emul_nthreads(struct proc *p)
{
	struct linux_pemuldata *pem;
	int n;

	kmtx_lock(&linux_emul_lock);
	pem = pem_find(p);
	n = pem != NULL ? pem->pem_nthreads : 0;
	kmtx_unlock(&linux_emul_lock);
	return (n);
}

void
linux_emul_set_tls_layout(struct proc *p, int gdt_min)
{
	struct linux_pemuldata *pem;

	KASSERT(gdt_min == LINUX_GDT_TLS_MIN_I386 ||
	    gdt_min == LINUX_GDT_TLS_MIN_X86_64,
	    ("linux_emul_set_tls_layout: %d", gdt_min));
	kmtx_lock(&linux_emul_lock);
	pem = pem_find(p);
	KASSERT(pem != NULL, ("linux_emul_set_tls_layout: pid %d is not Linux",
	    p->p_pid));
	pem->pem_tls_gdt_min = gdt_min;
	kmtx_unlock(&linux_emul_lock);
}
