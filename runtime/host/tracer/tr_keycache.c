/*
 * tr_keycache.c — the cache of shared futex keys: per address space, page
 * → what backs it (device, inode, the page's file offset), so that a
 * shared futex call needs no PROCMAP_QUERY (tr_vm.c) when the page was
 * looked up before.
 *
 * READ THIS FIRST: why the cache is never stale.
 *
 * Only answers for shared mappings of an object (a file, shm, a
 * MAP_SHARED|MAP_ANONYMOUS inode) are cached. What backs such a page can
 * change only through a call of the spec filter's vmchange set (munmap,
 * mremap, mmap with MAP_FIXED, shmat with SHM_REMAP, shmdt, ipc's SHMAT
 * and SHMDT, i386's old_mmap; templates/lib/lxrun.lua says why brk,
 * mprotect and madvise are not in it), or through execve, which gives the
 * process another address space (tr_vm_forget detaches it from this one).
 * Each vmchange call stops its task once, at its entry, and is then
 * resumed without asking for its exit stop:
 *
 *   entry stop ─ tr_keycache_change_begin: the range's entries are
 *      │        dropped, and the range is "in flight": lookups of any page
 *      │        in it bypass the cache and insert nothing (they go to the
 *      │        kernel, exact)
 *      │ the real kernel changes the mapping (the tracer is not in it:
 *      │ the call can only run after the tracer resumed it)
 *      │ ... the task runs on, for as long as it likes
 *   next event ─ tr_keycache_change_end (tr_wait_stop): the range is no
 *               longer in flight
 *
 * The next event of the task is whatever the host hears of it first: its
 * next seccomp stop, a signal-delivery or group stop, an interrupt, an
 * exec or clone event, its exit stop or its death, or a user
 * notification (its next futex call, tr_listen.c). Every one of them
 * comes from the task itself after the call returned: ptrace stops a
 * task only at the edges of its syscalls or on its way back to user
 * mode, never inside a call's work, and a thread cannot make a new
 * syscall (the notification) before the previous one returned. (A
 * syscall-entry stop would come before, but the task is resumed with
 * PTRACE_CONT, which reports none.) Nothing else ends the window: not
 * another thread's events, not the call's own result, which the tracer
 * never sees.
 *
 * Why that is never stale: a stale entry would be an answer about the
 * range as it was before the call, inserted to be found after it. The
 * entries from before were dropped at the entry stop, while the task was
 * still stopped and the call had not begun. Only a lookup outside every
 * window inserts (inside one, it bypasses); a lookup between the entry
 * stop and the window's end is inside it; a lookup after the end asks
 * the kernel after the call returned, and gets the mapping as the call
 * left it. So no insertion can carry the old mapping past the call. A
 * thread whose next event is far away keeps its range in flight all
 * that time: lookups there are exact and slower (counted as bypassed),
 * never wrong. Several threads in flight have a window each (kc_changes);
 * a page is busy while any of them covers it. A window ends when its
 * thread dies without a stop too (tr_thread_free), and a window holds a
 * reference on the cache, so an execve that gave the process another
 * address space (tr_vm_forget) leaves it harmless until then.
 *
 * No lock is needed for the window itself: the host is one Linux thread
 * running coroutines (tracer.h), a lookup's query and its insertion do
 * not yield, and the stops and notifications are all heard by that
 * thread, in the order the task made them (one mailbox per task). While
 * a handler of the task itself waits for its stops (--debug runs the call
 * in place), those do not end the window: the handler ends it once the
 * call is over.
 *
 * Size: TR_KEYCACHE_SLOTS entries, direct-mapped by page number. A
 * program's shared futexes live in a few pages (a process-shared mutex or
 * condition variable, a ring's control words); 64 slots (2.5 KB per
 * address space) hold that with room to spare, a collision costs one
 * exact query (1.5 µs), and an invalidation of any range scans at most
 * the 64 slots.
 */
#include <string.h>

#include "tracer.h"

#define	TR_PAGE_SIZE	4096UL

struct tr_keyent {
	uintptr_t	ke_page;	/* page address + 1; 0: empty */
	uint64_t	ke_dev;
	uint64_t	ke_inode;
	uint64_t	ke_offset;	/* file offset of the page */
};

struct tr_keycache {
	int		 kc_refs;	/* tr_procs sharing the address
					   space, and threads in flight */
	int		 kc_inflight;	/* threads in a window (entry stop to
					   next event) */
	LIST_HEAD(, tr_thread) kc_changes; /* those threads */
	struct tr_keyent kc_ent[TR_KEYCACHE_SLOTS];
};

bool tr_keycache_enabled = true;

static unsigned
tr_keycache_slot(uintptr_t page)
{

	return ((unsigned)((page / TR_PAGE_SIZE) ^ (page / TR_PAGE_SIZE >>
	    6)) % TR_KEYCACHE_SLOTS);
}

static struct tr_keycache *
tr_keycache_new(void)
{
	struct tr_keycache *kc;

	kc = kern_malloc(sizeof(*kc), KM_ZERO);
	kc->kc_refs = 1;
	LIST_INIT(&kc->kc_changes);
	return (kc);
}

static void
tr_keycache_rele(struct tr_keycache *kc)
{

	if (--kc->kc_refs == 0)
		kern_free(kc);
}

struct tr_keycache *
tr_proc_keycache(struct tr_proc *p)
{

	if (!tr_keycache_enabled)
		return (NULL);
	if (p->tp_keycache == NULL)
		p->tp_keycache = tr_keycache_new();
	return (p->tp_keycache);
}

void
tr_keycache_share(struct tr_proc *parent, struct tr_proc *child)
{
	struct tr_keycache *kc;

	if ((kc = tr_proc_keycache(parent)) == NULL)
		return;
	tr_keycache_detach(child);
	kc->kc_refs++;
	child->tp_keycache = kc;
}

void
tr_keycache_detach(struct tr_proc *p)
{

	if (p->tp_keycache != NULL)
		tr_keycache_rele(p->tp_keycache);
	p->tp_keycache = NULL;
}

static bool
tr_range_has(const uintptr_t r[2], uintptr_t page)
{

	return (page >= r[0] && page < r[1]);
}

/* Whether a vmchange call in flight may be changing `page`. */
static bool
tr_keycache_busy(struct tr_keycache *kc, uintptr_t page)
{
	struct tr_thread *t;

	if (kc->kc_inflight == 0)
		return (false);
	LIST_FOREACH(t, &kc->kc_changes, tt_vmlink)
		if (tr_range_has(t->tt_vmrange[0], page) ||
		    tr_range_has(t->tt_vmrange[1], page))
			return (true);
	return (false);
}

enum tr_keycache_answer
tr_keycache_lookup(struct tr_keycache *kc, uintptr_t addr,
    struct tr_keyinfo *ki)
{
	uintptr_t page = addr & ~(TR_PAGE_SIZE - 1);
	struct tr_keyent *e = &kc->kc_ent[tr_keycache_slot(page)];

	if (tr_keycache_busy(kc, page)) {
		tr_stats.ts_key_bypass++;
		return (TR_KEY_BYPASS);
	}
	if (e->ke_page != page + 1) {
		tr_stats.ts_key_miss++;
		return (TR_KEY_MISS);
	}
	tr_stats.ts_key_hit++;
	ki->ki_dev = e->ke_dev;
	ki->ki_inode = e->ke_inode;
	ki->ki_offset = e->ke_offset + (addr - page);
	return (TR_KEY_HIT);
}

void
tr_keycache_insert(struct tr_keycache *kc, uintptr_t addr,
    const struct tr_keyinfo *ki)
{
	uintptr_t page = addr & ~(TR_PAGE_SIZE - 1);
	struct tr_keyent *e = &kc->kc_ent[tr_keycache_slot(page)];

	e->ke_page = page + 1;
	e->ke_dev = ki->ki_dev;
	e->ke_inode = ki->ki_inode;
	e->ke_offset = ki->ki_offset - (addr - page);
}

/* Drop the entries of pages in [lo, hi). */
static void
tr_keycache_drop(struct tr_keycache *kc, uintptr_t lo, uintptr_t hi)
{
	struct tr_keyent *e;
	int i;

	if (lo >= hi)
		return;
	for (i = 0; i < TR_KEYCACHE_SLOTS; i++) {
		e = &kc->kc_ent[i];
		if (e->ke_page != 0 && e->ke_page - 1 >= lo &&
		    e->ke_page - 1 < hi) {
			e->ke_page = 0;
			tr_stats.ts_key_dropped++;
		}
	}
}

/* [addr, addr + len) widened to whole pages, saturated at the top. */
static void
tr_page_range(uintptr_t addr, uintptr_t len, uintptr_t r[2])
{
	uintptr_t end = addr + len;

	if (end < addr)
		end = UINTPTR_MAX;
	r[0] = addr & ~(TR_PAGE_SIZE - 1);
	r[1] = end > UINTPTR_MAX - (TR_PAGE_SIZE - 1) ? UINTPTR_MAX :
	    (end + TR_PAGE_SIZE - 1) & ~(TR_PAGE_SIZE - 1);
}

void
tr_keycache_change_begin(struct tr_thread *t, const uintptr_t ranges[2][2],
    int nranges)
{
	struct tr_keycache *kc;
	int i;

	tr_stats.ts_vm_changes++;
	if ((kc = tr_proc_keycache(t->tt_proc)) == NULL)
		return;
	if (t->tt_vmchange)
		tr_keycache_change_end(t);	/* not expected: be safe */
	memset(t->tt_vmrange, 0, sizeof(t->tt_vmrange));
	for (i = 0; i < nranges && i < 2; i++)
		tr_page_range(ranges[i][0], ranges[i][1], t->tt_vmrange[i]);
	/* Dropped now, while the call has not begun: what it changes is
	   looked up exactly until its window ends. */
	tr_keycache_drop(kc, t->tt_vmrange[0][0], t->tt_vmrange[0][1]);
	tr_keycache_drop(kc, t->tt_vmrange[1][0], t->tt_vmrange[1][1]);
	kc->kc_refs++;
	kc->kc_inflight++;
	LIST_INSERT_HEAD(&kc->kc_changes, t, tt_vmlink);
	t->tt_vmcache = kc;
	t->tt_vmchange = true;
}

void
tr_keycache_change_end(struct tr_thread *t)
{
	struct tr_keycache *kc = t->tt_vmcache;

	if (!t->tt_vmchange)
		return;
	t->tt_vmchange = false;
	t->tt_vmcache = NULL;
	LIST_REMOVE(t, tt_vmlink);
	kc->kc_inflight--;
	tr_keycache_rele(kc);
}
