/*
 * mock_runtime.c — a deliberately small stand-in for runtime/kern, so that
 * the tracer host can be tested on its own: private futexes (WAIT,
 * WAIT_BITSET, WAKE, WAKE_BITSET, WAKE_OP) on kern_msleep/kern_wakeup,
 * set_tid_address and CLONE_CHILD_CLEARTID, and a "hook" syscall
 * (afs_syscall, which Linux never implements) through which test programs
 * ask for the host's atomic operations on their own memory.
 *
 * It is not the runtime: no requeue, no PI, no robust lists, no signal
 * emulation (signals are delivered natively). Results are Linux errno
 * values, negated, written straight into the frame.
 */
#include <linux/futex.h>
#include <linux/sched.h>
#include <stdio.h>
#include <string.h>

#include "tracer.h"
#include "mock_runtime.h"

#define	L_EAGAIN	11
#define	L_EINTR		4
#define	L_EFAULT	14
#define	L_EINVAL	22
#define	L_ENOSYS	38
#define	L_ETIMEDOUT	110

struct mock_thread {
	uint32_t	*mt_clear_tid;
	uint32_t	*mt_pending_ctid;	/* clone in progress */
};

struct mock_waiter {
	pid_t			 mw_tgid;
	uintptr_t		 mw_uaddr;
	uint32_t		 mw_bitset;
	bool			 mw_woken;
	struct mock_waiter	*mw_next;
};

static struct kmutex mock_lock;
static struct mock_waiter *mock_waiters;
static int mock_inited;

static struct mock_thread *
mock_td(struct tr_thread *t)
{

	if (t->tt_td.td_emuldata == NULL)
		t->tt_td.td_emuldata = (struct linux_emuldata *)kern_malloc(sizeof(struct mock_thread),
		    KM_ZERO);
	return ((struct mock_thread *)t->tt_td.td_emuldata);
}

static int
mock_wake(pid_t tgid, uintptr_t uaddr, int n, uint32_t bitset)
{
	struct mock_waiter **wp, *w;
	int woken = 0;

	kmtx_assert(&mock_lock, KA_OWNED);
	for (wp = &mock_waiters; (w = *wp) != NULL && woken < n;) {
		if (w->mw_tgid == tgid && w->mw_uaddr == uaddr &&
		    (w->mw_bitset & bitset) != 0) {
			*wp = w->mw_next;
			w->mw_woken = true;
			kern_wakeup(w);
			woken++;
		} else
			wp = &w->mw_next;
	}
	return (woken);
}

static long
mock_futex_wait(struct tr_thread *t, uint32_t *uaddr, uint32_t val,
    const struct ktimeout *to, uint32_t bitset)
{
	struct mock_waiter w, **wp;
	int32_t cur;
	int error = 0;

	kmtx_lock(&mock_lock);
	if (fueword32(uaddr, &cur) != 0) {
		kmtx_unlock(&mock_lock);
		return (-L_EFAULT);
	}
	if ((uint32_t)cur != val) {
		kmtx_unlock(&mock_lock);
		return (-L_EAGAIN);
	}
	memset(&w, 0, sizeof(w));
	w.mw_tgid = t->tt_proc->tp_pid;
	w.mw_uaddr = (uintptr_t)uaddr;
	w.mw_bitset = bitset;
	w.mw_next = mock_waiters;
	mock_waiters = &w;
	while (!w.mw_woken && error == 0)
		error = kern_msleep(&w, &mock_lock, KSLEEP_CATCH, "futex", to);
	if (!w.mw_woken) {
		for (wp = &mock_waiters; *wp != NULL; wp = &(*wp)->mw_next)
			if (*wp == &w) {
				*wp = w.mw_next;
				break;
			}
	}
	kmtx_unlock(&mock_lock);
	if (w.mw_woken)
		return (0);
	return (error == EWOULDBLOCK ? -L_ETIMEDOUT : -L_EINTR);
}

static int
mock_cmp(int cmp, int oldval, int cmparg)
{

	switch (cmp) {
	case FUTEX_OP_CMP_EQ: return (oldval == cmparg);
	case FUTEX_OP_CMP_NE: return (oldval != cmparg);
	case FUTEX_OP_CMP_LT: return (oldval < cmparg);
	case FUTEX_OP_CMP_LE: return (oldval <= cmparg);
	case FUTEX_OP_CMP_GT: return (oldval > cmparg);
	case FUTEX_OP_CMP_GE: return (oldval >= cmparg);
	}
	return (-1);
}

static long
mock_wake_op(struct tr_thread *t, uint32_t *uaddr, int n1, uint32_t *uaddr2,
    int n2, uint32_t val3)
{
	int op = (val3 >> 28) & 7, cmp = (val3 >> 24) & 15;
	int oparg = (int)(val3 << 8) >> 20, cmparg = (int)(val3 << 20) >> 20;
	int oldval = 0, error, woken, c;

	if ((val3 >> 28) & FUTEX_OP_OPARG_SHIFT)
		oparg = 1 << (oparg & 31);
	kmtx_lock(&mock_lock);
	/* The atomic op runs in the task while mock_lock is held: the host
	   must let other host threads queue on the lock meanwhile. */
	switch (op) {
	case FUTEX_OP_SET: error = futex_xchgl(oparg, uaddr2, &oldval); break;
	case FUTEX_OP_ADD: error = futex_addl(oparg, uaddr2, &oldval); break;
	case FUTEX_OP_OR: error = futex_orl(oparg, uaddr2, &oldval); break;
	case FUTEX_OP_ANDN: error = futex_andl(~oparg, uaddr2, &oldval); break;
	case FUTEX_OP_XOR: error = futex_xorl(oparg, uaddr2, &oldval); break;
	default: error = EINVAL; break;
	}
	if (error != 0 || (c = mock_cmp(cmp, oldval, cmparg)) < 0) {
		kmtx_unlock(&mock_lock);
		return (error == EFAULT ? -L_EFAULT : -L_EINVAL);
	}
	woken = mock_wake(t->tt_proc->tp_pid, (uintptr_t)uaddr, n1,
	    FUTEX_BITSET_MATCH_ANY);
	if (c)
		woken += mock_wake(t->tt_proc->tp_pid, (uintptr_t)uaddr2, n2,
		    FUTEX_BITSET_MATCH_ANY);
	kmtx_unlock(&mock_lock);
	return (woken);
}

static int
mock_timeout(const void *uts, bool time64, bool absolute, int clock,
    struct ktimeout *to)
{
	int64_t sec, nsec;

	if (time64) {
		int64_t ts[2];

		if (copyin(uts, ts, sizeof(ts)) != 0)
			return (-1);
		sec = ts[0];
		nsec = ts[1];
	} else {
		long ts[2];

		if (copyin(uts, ts, sizeof(ts)) != 0)
			return (-1);
		sec = ts[0];
		nsec = ts[1];
	}
	to->kt_clock = clock;
	to->kt_deadline_ns = sec * 1000000000 + nsec;
	if (!absolute)
		to->kt_deadline_ns += kern_clock_ns(clock);
	return (0);
}

static long
mock_futex(struct tr_thread *t, bool time64)
{
	struct trapframe *tf = &t->tt_frame;
	uint32_t *uaddr = (uint32_t *)(uintptr_t)TF_ARG0(tf);
	int op = (int)TF_ARG1(tf);
	uint32_t val = (uint32_t)TF_ARG2(tf);
	void *utime = (void *)(uintptr_t)TF_ARG3(tf);
	uint32_t *uaddr2 = (uint32_t *)(uintptr_t)TF_ARG4(tf);
	uint32_t val3 = (uint32_t)TF_ARG5(tf);
	int clock = (op & FUTEX_CLOCK_REALTIME) ? KCLOCK_REALTIME :
	    KCLOCK_MONOTONIC;
	struct ktimeout to, *top = NULL;
	long r;

	switch (op & FUTEX_CMD_MASK) {
	case FUTEX_WAIT:
	case FUTEX_WAIT_BITSET:
		if (utime != NULL) {
			if (mock_timeout(utime, time64,
			    (op & FUTEX_CMD_MASK) == FUTEX_WAIT_BITSET,
			    clock, &to) != 0)
				return (-L_EFAULT);
			top = &to;
		}
		return (mock_futex_wait(t, uaddr, val, top,
		    (op & FUTEX_CMD_MASK) == FUTEX_WAIT ?
		    FUTEX_BITSET_MATCH_ANY : val3));
	case FUTEX_WAKE:
	case FUTEX_WAKE_BITSET:
		kmtx_lock(&mock_lock);
		r = mock_wake(t->tt_proc->tp_pid, (uintptr_t)uaddr, (int)val,
		    (op & FUTEX_CMD_MASK) == FUTEX_WAKE ?
		    FUTEX_BITSET_MATCH_ANY : val3);
		kmtx_unlock(&mock_lock);
		return (r);
	case FUTEX_WAKE_OP:
		return (mock_wake_op(t, uaddr, (int)val, uaddr2,
		    (int)(uintptr_t)utime, val3));
	}
	return (-L_ENOSYS);
}

static long
mock_clone(struct tr_thread *t)
{
	struct trapframe *tf = &t->tt_frame;
	struct mock_thread *mt = mock_td(t);
	uint64_t flags = TF_ARG0(tf);
	long ret;

#if defined(__x86_64__)
	mt->mt_pending_ctid = (uint32_t *)(uintptr_t)TF_ARG3(tf);
#else
	mt->mt_pending_ctid = (uint32_t *)(uintptr_t)TF_ARG4(tf);
#endif
	if (!(flags & CLONE_CHILD_CLEARTID))
		mt->mt_pending_ctid = NULL;
	/* The kernel must not clear and wake natively: our waiters are not
	   in its queues. */
	TF_ARG0(tf) = (tr_reg_t)(flags & ~(uint64_t)CLONE_CHILD_CLEARTID);
	if (tr_syscall_native_in_place(t, &ret) != 0)
		return (-L_EINTR);
	mt->mt_pending_ctid = NULL;
	return (ret);
}

static long
mock_hook(struct tr_thread *t)
{
	struct trapframe *tf = &t->tt_frame;
	uint32_t *uaddr = (uint32_t *)(uintptr_t)TF_ARG1(tf);
	uint32_t a = (uint32_t)TF_ARG2(tf), b = (uint32_t)TF_ARG3(tf);
	uint32_t old = 0;
	int oldi = 0, error;

	switch ((int)TF_ARG0(tf)) {
	case MOCK_HOOK_CAS:
		switch (casueword32(uaddr, a, &old, b)) {
		case -1: return (-L_EFAULT);
		default: return ((long)old);
		}
	case MOCK_HOOK_ADD: error = futex_addl((int)a, uaddr, &oldi); break;
	case MOCK_HOOK_XCHG: error = futex_xchgl((int)a, uaddr, &oldi); break;
	case MOCK_HOOK_OR: error = futex_orl((int)a, uaddr, &oldi); break;
	case MOCK_HOOK_AND: error = futex_andl((int)a, uaddr, &oldi); break;
	case MOCK_HOOK_XOR: error = futex_xorl((int)a, uaddr, &oldi); break;
	default: return (-L_EINVAL);
	}
	return (error != 0 ? -L_EFAULT : (long)(uint32_t)oldi);
}

static void
mock_syscall(struct tr_thread *t, unsigned data)
{
	struct trapframe *tf = &t->tt_frame;
	long nr = (long)TF_NR(tf), r;

	if (data != TR_DATA_DISPATCH) {
		r = -L_ENOSYS;
	} else if (nr == MOCK_NR_FUTEX) {
		r = mock_futex(t, false);
#ifdef MOCK_NR_FUTEX_TIME64
	} else if (nr == MOCK_NR_FUTEX_TIME64) {
		r = mock_futex(t, true);
#endif
	} else if (nr == MOCK_NR_SET_TID_ADDRESS) {
		mock_td(t)->mt_clear_tid = (uint32_t *)(uintptr_t)TF_ARG0(tf);
		r = t->tt_tid;
	} else if (nr == MOCK_NR_CLONE) {
		r = mock_clone(t);
	} else if (nr == MOCK_NR_HOOK) {
		r = mock_hook(t);
	} else
		r = -L_ENOSYS;		/* clone3: glibc falls back */
	TF_RET(tf) = (tr_reg_t)r;
}

static void
mock_child(struct tr_thread *parent, struct tr_thread *child, int event)
{

	(void)event;
	mock_td(child)->mt_clear_tid = mock_td(parent)->mt_pending_ctid;
}

static void
mock_thread_exit(struct tr_thread *t)
{
	struct mock_thread *mt = (struct mock_thread *)t->tt_td.td_emuldata;

	if (mt == NULL)
		return;
	if (mt->mt_clear_tid != NULL && !t->tt_gone &&
	    suword32(mt->mt_clear_tid, 0) == 0) {
		kmtx_lock(&mock_lock);
		mock_wake(t->tt_proc->tp_pid, (uintptr_t)mt->mt_clear_tid, 1,
		    FUTEX_BITSET_MATCH_ANY);
		kmtx_unlock(&mock_lock);
	}
	t->tt_td.td_emuldata = NULL;
	kern_free(mt);
}

static int
mock_signal(struct tr_thread *t, const siginfo_t *si)
{

	(void)t;
	return (si->si_signo);
}

static void
mock_exec(struct tr_thread *t)
{

	if (t->tt_td.td_emuldata != NULL)
		memset(t->tt_td.td_emuldata, 0, sizeof(struct mock_thread));
}

void
mock_runtime_init(void)
{

	if (!mock_inited++)
		kmtx_init(&mock_lock, "mock futex");
	tr_sysvec.sv_syscall = mock_syscall;
	tr_sysvec.sv_signal = mock_signal;
	tr_sysvec.sv_child = mock_child;
	tr_sysvec.sv_thread_exit = mock_thread_exit;
	tr_sysvec.sv_exec = mock_exec;
}

const unsigned mock_trapped[] = {
	MOCK_NR_FUTEX, MOCK_NR_SET_TID_ADDRESS, MOCK_NR_CLONE,
	MOCK_NR_CLONE3, MOCK_NR_HOOK,
#ifdef MOCK_NR_FUTEX_TIME64
	MOCK_NR_FUTEX_TIME64,
#endif
};
const int mock_ntrapped = sizeof(mock_trapped) / sizeof(mock_trapped[0]);
