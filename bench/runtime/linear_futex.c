/*
 * linear_futex.c — the thesis's futex emulation (section 5.4.4) as the
 * benchmark baseline: futex_get() searches one linear list of futexes under
 * a global lock and takes a reference, then the futex's own lock;
 * futex_put() drops both. Written from the thesis's description for
 * measurement only.
 */
#include <stdlib.h>

#include "linear_futex.h"

struct lf_futex;

struct lf_waiting_proc {
	struct lf_waiting_proc	*wp_next;
	struct lf_futex		*wp_futex;
	uint32_t		 wp_bitset;
	bool			 wp_removed;
};

struct lf_futex {
	struct lf_futex		*f_next;	/* the futex list */
	struct lf_futex		*f_prev;
	uint32_t		*f_uaddr;
	int			 f_refcount;
	struct kmutex		 f_lck;
	struct lf_waiting_proc	*f_waiting;
};

static struct kmutex futex_mtx;		/* FUTEXES_LOCK: the list */
static struct lf_futex *futex_list;
static bool inited;

static void
lf_init(void)
{

	if (!inited) {
		kmtx_init(&futex_mtx, "futex list");
		inited = true;
	}
}

/* futex_get(): linear search, create if absent; returns it locked. */
static struct lf_futex *
futex_get(uint32_t *uaddr)
{
	struct lf_futex *f;

	kmtx_lock(&futex_mtx);
	for (f = futex_list; f != NULL; f = f->f_next) {
		if (f->f_uaddr == uaddr) {
			f->f_refcount++;
			kmtx_unlock(&futex_mtx);
			kmtx_lock(&f->f_lck);
			return (f);
		}
	}
	f = kern_malloc(sizeof(*f), KM_ZERO);
	f->f_uaddr = uaddr;
	f->f_refcount = 1;
	kmtx_init(&f->f_lck, "futex");
	f->f_next = futex_list;
	if (futex_list != NULL)
		futex_list->f_prev = f;
	futex_list = f;
	kmtx_unlock(&futex_mtx);
	kmtx_lock(&f->f_lck);
	return (f);
}

/* futex_put(): drop the reference, free the futex with the last one. */
static void
futex_put(struct lf_futex *f)
{

	kmtx_lock(&futex_mtx);
	if (--f->f_refcount == 0) {
		if (f->f_prev != NULL)
			f->f_prev->f_next = f->f_next;
		else
			futex_list = f->f_next;
		if (f->f_next != NULL)
			f->f_next->f_prev = f->f_prev;
		kmtx_unlock(&futex_mtx);
		kmtx_unlock(&f->f_lck);
		kmtx_destroy(&f->f_lck);
		kern_free(f);
		return;
	}
	kmtx_unlock(&futex_mtx);
	kmtx_unlock(&f->f_lck);
}

void
lf_park(uint32_t *uaddr, uint32_t bitset)
{
	struct lf_waiting_proc *wp;
	struct lf_futex *f;

	lf_init();
	f = futex_get(uaddr);		/* the reference the sleeper holds */
	wp = kern_malloc(sizeof(*wp), KM_ZERO);
	wp->wp_futex = f;
	wp->wp_bitset = bitset;
	wp->wp_next = f->f_waiting;
	f->f_waiting = wp;
	kmtx_unlock(&f->f_lck);
}

void
lf_unpark_all(void)
{
	struct lf_waiting_proc *wp;
	struct lf_futex *f;

	while ((f = futex_list) != NULL) {
		kmtx_lock(&f->f_lck);
		while ((wp = f->f_waiting) != NULL) {
			f->f_waiting = wp->wp_next;
			kern_free(wp);
			f->f_refcount--;
		}
		f->f_refcount++;	/* futex_put() drops one */
		futex_put(f);
	}
}

/* futex_wake(): the thesis's loop over the futex's waiting procs. */
int
lf_wake(uint32_t *uaddr, int n, uint32_t bitset)
{
	struct lf_waiting_proc **wpp, *wp;
	struct lf_futex *f;
	int count = 0;

	lf_init();
	f = futex_get(uaddr);
	for (wpp = &f->f_waiting; (wp = *wpp) != NULL; ) {
		if ((wp->wp_bitset & bitset) == 0) {
			wpp = &wp->wp_next;
			continue;
		}
		*wpp = wp->wp_next;
		wp->wp_removed = true;
		kern_wakeup_one(wp);
		if (++count == n)
			break;
	}
	futex_put(f);
	return (count);
}

int
lf_wait_check(uint32_t *uaddr, uint32_t val)
{
	struct lf_futex *f;
	int32_t uval;
	int error;

	lf_init();
	f = futex_get(uaddr);
	error = fueword32(uaddr, &uval) != 0 ? EFAULT :
	    (uint32_t)uval != val ? EWOULDBLOCK : 0;
	futex_put(f);
	return (error);
}
