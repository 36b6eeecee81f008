/*
 * linux_futex_wakeop.c — FUTEX_WAKE_OP: atomically modify a second futex
 * word, wake waiters of the first, and wake waiters of the second if the
 * word's old value passes a comparison. glibc's pthread_cond_signal used it
 * for years; the thesis's emulation had it (§5.4.4.4).
 *
 * Locking and ordering: "READ THIS FIRST" in linux_futex_private.h.
 */
#include "linux_futex_private.h"

/*
 * Decode and apply the operation encoded in val3 to the word at uaddr
 * (Linux: futex_atomic_op_inuser()). Returns 0 with *wake set to the
 * comparison's result, EFAULT, or ENOSYS for an unknown operation or
 * comparison. An unknown comparison is noticed only after the word was
 * modified, and an unknown operation only after the address was checked —
 * Linux's order, which a program can observe.
 */
static int
futex_atomic_op(struct thread *td, uint32_t encoded, uint32_t *uaddr,
    bool *wake)
{
	unsigned op = (encoded >> 28) & 7;
	unsigned cmp = (encoded >> 24) & 15;
	int oparg = (int32_t)(encoded << 8) >> 20;	/* signed 12 bits */
	int cmparg = (int32_t)(encoded << 20) >> 20;	/* signed 12 bits */
	int oldval, error;

	if ((encoded & ((uint32_t)LINUX_FUTEX_OP_OPARG_SHIFT << 28)) != 0) {
		/* Linux masks a shift out of range rather than refuse it. */
		oparg = (int)(1u << (oparg & 31));
	}
	if (!kern_useraddr_ok(td, uaddr, sizeof(*uaddr)))
		return (EFAULT);

	switch (op) {
	case LINUX_FUTEX_OP_SET:
		error = futex_xchgl(oparg, uaddr, &oldval);
		break;
	case LINUX_FUTEX_OP_ADD:
		error = futex_addl(oparg, uaddr, &oldval);
		break;
	case LINUX_FUTEX_OP_OR:
		error = futex_orl(oparg, uaddr, &oldval);
		break;
	case LINUX_FUTEX_OP_ANDN:
		error = futex_andl(~oparg, uaddr, &oldval);
		break;
	case LINUX_FUTEX_OP_XOR:
		error = futex_xorl(oparg, uaddr, &oldval);
		break;
	default:
		return (ENOSYS);
	}
	if (error != 0)
		return (error);

	switch (cmp) {
	case LINUX_FUTEX_OP_CMP_EQ:
		*wake = oldval == cmparg;
		break;
	case LINUX_FUTEX_OP_CMP_NE:
		*wake = oldval != cmparg;
		break;
	case LINUX_FUTEX_OP_CMP_LT:
		*wake = oldval < cmparg;
		break;
	case LINUX_FUTEX_OP_CMP_LE:
		*wake = oldval <= cmparg;
		break;
	case LINUX_FUTEX_OP_CMP_GT:
		*wake = oldval > cmparg;
		break;
	case LINUX_FUTEX_OP_CMP_GE:
		*wake = oldval >= cmparg;
		break;
	default:
		return (ENOSYS);
	}
	return (0);
}

/*
 * Wake up to `max` waiters of key on b (locked). Bitsets are ignored, as
 * in Linux's wake_op; a PI waiter makes the whole operation EINVAL.
 */
static int
futex_wake_key_locked(struct futex_wakeq *wq, struct futex_bucket *b,
    const struct kern_vm_key *key, int max, int *n)
{
	struct futex_q *q, *next;

	for (q = b->fb_head; q != NULL; q = next) {
		next = q->fq_next;
		if (!futex_key_match(&q->fq_key, key))
			continue;
		if (q->fq_pi != NULL)
			return (EINVAL);
		futex_wake_mark(wq, q);
		if (++*n >= max)
			break;
	}
	return (0);
}

int
futex_wake_op(struct thread *td, uint32_t *uaddr1, int flags,
    uint32_t *uaddr2, int nr_wake, int nr_wake2, uint32_t op, int *woken)
{
	struct futex_wakeq wq = FUTEX_WAKEQ_INIT;
	struct kern_vm_key key1, key2;
	struct futex_bucket *b1, *b2;
	bool wake2;
	int error, n1, n2, saved;

	*woken = 0;
retry:
	error = futex_key_get(td, uaddr1, flags, false, &key1);
	if (error != 0)
		return (error);
	error = futex_key_get(td, uaddr2, flags, true, &key2);
	if (error != 0) {
		futex_key_put(&key1);
		return (error);
	}
	b1 = futex_hash(&key1);
	b2 = futex_hash(&key2);

	futex_double_lock(b1, b2);
	saved = kern_nofault_enter();
	error = futex_atomic_op(td, op, uaddr2, &wake2);
	kern_nofault_exit(saved);
	if (error != 0) {
		futex_double_unlock(b1, b2);
		futex_key_put(&key2);
		futex_key_put(&key1);
		if (error != EFAULT)
			return (error);
		error = futex_fault_in(uaddr2, true);
		if (error != 0)
			return (error);
		goto retry;
	}

	n1 = n2 = 0;
	error = futex_wake_key_locked(&wq, b1, &key1, nr_wake, &n1);
	if (error == 0 && wake2)
		error = futex_wake_key_locked(&wq, b2, &key2, nr_wake2, &n2);
	futex_double_unlock(b1, b2);
	futex_wakeq_run(&wq);
	futex_key_put(&key2);
	futex_key_put(&key1);
	*woken = n1 + n2;
	return (error);
}
