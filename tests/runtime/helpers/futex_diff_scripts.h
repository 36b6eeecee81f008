/*
 * futex_diff_scripts.h — the scripts futex_diff.c runs on the real kernel
 * and on the emulation. Each is a sequence of steps (futex_diff.c defines
 * the step macros); the expected numbers in them (`wakes`) only say how
 * many workers to wait for, never what the result is: that comes from the
 * real kernel. Test inputs of this project's own making.
 *
 * Word numbers 0..7 are words of a fresh page; A_* are bad addresses.
 */

/* Errors of every kind, and calls that never block. */
static const struct step s_errors[] = {
	SET(0, 1),
	CALL(0, OP_WAIT, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAIT | PRIV, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAIT, A_MISALIGNED, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAKE, A_MISALIGNED, 1, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAIT, A_NOPAGE, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAIT | PRIV, A_NOPAGE, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAKE, A_NOPAGE, 1, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAKE | PRIV, A_NOPAGE, 1, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAKE, A_NULL, 1, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAKE | PRIV, A_NULL, 1, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAIT, A_KERNEL, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAKE | PRIV, A_KERNEL, 1, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAIT, A_RO, 1, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAIT | PRIV, A_RO, 1, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAIT | PRIV, A_RO, 0, T_REL, 0, NOA, 0, 0),
	CALL(0, OP_WAKE, A_RO, 1, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAKE | PRIV, A_RO, 1, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_FD, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, 14, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, 15, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, 0x7f, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, 0x200, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAIT | CLKRT, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, OP_WAKE | CLKRT, 0, 1, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_REQUEUE | CLKRT, 0, 1, T_VAL2, 1, 1, 0, 0),
	CALL(0, LINUX_FUTEX_WAIT_BITSET, 0, 1, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_WAKE_BITSET, 0, 1, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_WAKE_BITSET | PRIV, 0, 1, T_NULL, 0, NOA, 0, 0),
};

/* Timeouts: checked before the value, read only by operations with one. */
static const struct step s_timeouts[] = {
	SET(0, 0),
	CALL(0, OP_WAIT, 0, 0, T_REL, 0, NOA, 0, 0),
	CALL(0, OP_WAIT, 0, 0, T_REL, 1000000, NOA, 0, 0),
	CALL(0, OP_WAIT | PRIV, 0, 0, T_REL, 1000000, NOA, 0, 0),
	CALL(0, OP_WAIT, 0, 0, T_BAD_NS, 0, NOA, 0, 0),
	CALL(0, OP_WAIT, 0, 0, T_NEG, 0, NOA, 0, 0),
	CALL(0, OP_WAIT, 0, 0, T_FAULT, 0, NOA, 0, 0),
	CALL(0, OP_WAIT, 0, 5, T_BAD_NS, 0, NOA, 0, 0),
	CALL(0, OP_WAIT, 0, 5, T_REL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_WAIT_BITSET, 0, 0, T_ABS_PAST, 0, NOA,
	    0xffffffffu, 0),
	CALL(0, LINUX_FUTEX_WAIT_BITSET | CLKRT, 0, 0, T_ABS_PAST, 0, NOA,
	    0xffffffffu, 0),
	CALL(0, LINUX_FUTEX_WAIT_BITSET | CLKRT, 0, 0, T_FAULT, 0, NOA,
	    0xffffffffu, 0),
	CALL(0, LINUX_FUTEX_WAIT_BITSET, 0, 0, T_ABS_PAST, 0, NOA, 0, 0),
	CALL(0, OP_WAIT | CLKRT, 0, 0, T_FAULT, 0, NOA, 0, 0),
	CALL(0, OP_WAIT | CLKRT, 0, 0, T_BAD_NS, 0, NOA, 0, 0),
	CALL(0, OP_WAKE, 0, 1, T_FAULT, 0, NOA, 0, 0),
};

/* FUTEX_WAKE wakes in queueing order; 0 and negative counts wake one. */
static const struct step s_wake_order[] = {
	SET(0, 5),
	WAITB(1, 0, 5),
	WAITB(2, 0, 5),
	WAITB(3, 0, 5),
	WAITB(4, 0, 5),
	WAKE(0, 0, 2, 2),
	WAKE(0, 0, 0, 1),
	CALL(0, OP_WAKE, 0, 0xffffffffu, T_NULL, 0, NOA, 0, 1),
	WAKE(0, 0, 1, 0),
	WAITB(1, 0, 5),
	WAITB(2, 0, 5),
	CALL(0, OP_WAKE, 0, 0x7fffffff, T_NULL, 0, NOA, 0, 2),
};

/* Private and shared keys of one word are different futexes. */
static const struct step s_keys[] = {
	SET(0, 0),
	BLOCK(1, OP_WAIT | PRIV, 0, 0, T_NULL, 0, NOA, 0),
	WAITB(2, 0, 0),
	WAITB(3, 1, 0),
	WAKE(0, 2, 10, 0),
	WAKE(0, 0, 10, 1),
	CALL(0, OP_WAKE | PRIV, 0, 10, T_NULL, 0, NOA, 0, 1),
	CALL(0, OP_WAKE | PRIV, 1, 10, T_NULL, 0, NOA, 0, 0),
	WAKE(0, 1, 10, 1),
};

/* WAIT_BITSET / WAKE_BITSET. */
static const struct step s_bitset[] = {
	SET(0, 0),
	BLOCK(1, LINUX_FUTEX_WAIT_BITSET, 0, 0, T_NULL, 0, NOA, 0x1),
	BLOCK(2, LINUX_FUTEX_WAIT_BITSET, 0, 0, T_NULL, 0, NOA, 0x2),
	BLOCK(3, LINUX_FUTEX_WAIT_BITSET | PRIV, 0, 0, T_NULL, 0, NOA, 0x6),
	BLOCK(4, LINUX_FUTEX_WAIT_BITSET, 0, 0, T_NULL, 0, NOA, 0x6),
	CALL(0, LINUX_FUTEX_WAKE_BITSET, 0, 10, T_NULL, 0, NOA, 0x4, 1),
	CALL(0, LINUX_FUTEX_WAKE_BITSET, 0, 10, T_NULL, 0, NOA, 0x8, 0),
	CALL(0, LINUX_FUTEX_WAKE_BITSET, 0, 1, T_NULL, 0, NOA, 0x3, 1),
	CALL(0, LINUX_FUTEX_WAKE_BITSET | PRIV, 0, 10, T_NULL, 0, NOA, 0x4,
	    1),
	WAKE(0, 0, 10, 1),
};

/* CMP_REQUEUE and REQUEUE: counts, order, the value check, limits. */
static const struct step s_requeue[] = {
	SET(0, 7),
	WAITB(1, 0, 7),
	WAITB(2, 0, 7),
	WAITB(3, 0, 7),
	WAITB(4, 0, 7),
	CALL(0, LINUX_FUTEX_CMP_REQUEUE, 0, 1, T_VAL2, 2, 1, 6, 0),
	CALL(0, LINUX_FUTEX_CMP_REQUEUE, 0, 1, T_VAL2, 2, 1, 7, 1),
	WAKE(0, 1, 1, 1),
	CALL(0, LINUX_FUTEX_CMP_REQUEUE, 0, 0, T_VAL2, 0, 1, 7, 0),
	CALL(0, LINUX_FUTEX_REQUEUE, 0, 0xffffffffu, T_VAL2, 1, 1, 0, 0),
	CALL(0, LINUX_FUTEX_CMP_REQUEUE, 0, 1, T_VAL2, -1, 1, 7, 0),
	CALL(0, LINUX_FUTEX_REQUEUE, 0, 0, T_VAL2, 10, 1, 0, 0),
	WAKE(0, 1, 10, 2),
	WAITB(1, 2, 0),
	WAITB(2, 2, 0),
	CALL(0, LINUX_FUTEX_CMP_REQUEUE, 2, 0, T_VAL2, 5, 2, 0, 0),
	WAKE(0, 2, 10, 2),
	CALL(0, LINUX_FUTEX_CMP_REQUEUE, A_NOPAGE, 1, T_VAL2, 1, 1, 0, 0),
	CALL(0, LINUX_FUTEX_CMP_REQUEUE, 0, 1, T_VAL2, 1, A_NOPAGE, 7, 0),
	CALL(0, LINUX_FUTEX_CMP_REQUEUE | PRIV, A_NOPAGE, 1, T_VAL2, 1, 1, 0,
	    0),
	CALL(0, LINUX_FUTEX_REQUEUE | PRIV, 0, 1, T_VAL2, 1, A_NOPAGE, 0, 0),
	CALL(0, LINUX_FUTEX_REQUEUE, A_MISALIGNED, 1, T_VAL2, 1, 1, 0, 0),
};

/* A requeued waiter is a waiter of its new futex: keys, timeouts. */
static const struct step s_requeue_moves[] = {
	SET(0, 0),
	BLOCK(1, OP_WAIT | PRIV, 0, 0, T_NULL, 0, NOA, 0),
	WAITB(2, 0, 0),
	BLOCK(3, OP_WAIT, 0, 0, T_REL, 300000000, NOA, 0),
	CALL(0, LINUX_FUTEX_REQUEUE | PRIV, 0, 0, T_VAL2, 10, 1, 0, 0),
	CALL(0, OP_WAKE | PRIV, 1, 10, T_NULL, 0, NOA, 0, 1),
	CALL(0, LINUX_FUTEX_REQUEUE, 0, 0, T_VAL2, 10, 1, 0, 0),
	AWAIT(1),
	WAKE(0, 1, 10, 1),
	WAKE(0, 0, 10, 0),
};

/* FUTEX_WAKE_OP: every operation, the flag, signs, bad encodings. */
static const struct step s_wakeop_ops[] = {
#define	OPSTEP(start, op, oparg, cmp, cmparg)				\
	SET(1, start),							\
	CALL(0, LINUX_FUTEX_WAKE_OP, 0, 1, T_VAL2, 1, 1,		\
	    WOP(op, oparg, cmp, cmparg), 0)
	OPSTEP(100, 0, 5, 0, 0),
	OPSTEP(100, 1, 5, 0, 0),
	OPSTEP(0x00f, 2, 0x0f0, 0, 0),
	OPSTEP(0x0ff, 3, 0x00f, 0, 0),
	OPSTEP(0x0f0, 4, 0x0ff, 0, 0),
	OPSTEP(100, 1, -1, 0, 0),
	OPSTEP(0, 0, 0x800, 0, 0),
	OPSTEP(0xffff, 3, -1, 0, 0),
	OPSTEP(0, 2 | 8, 4, 0, 0),
	OPSTEP(0, 0 | 8, 31, 0, 0),
	OPSTEP(0, 0 | 8, 33, 0, 0),
	OPSTEP(0, 0 | 8, -1, 0, 0),
	OPSTEP(10, 5, 1, 0, 0),
	OPSTEP(10, 7, 1, 0, 0),
	OPSTEP(10, 1, 1, 6, 0),
	OPSTEP(10, 1, 1, 15, 0),
	OPSTEP(10, 0, 1, 5, 0xfff),
#undef OPSTEP
	CALL(0, LINUX_FUTEX_WAKE_OP, 0, 1, T_VAL2, 1, A_RO, WOP(0, 1, 0, 0),
	    0),
	CALL(0, LINUX_FUTEX_WAKE_OP | PRIV, 0, 1, T_VAL2, 1, A_RO,
	    WOP(0, 1, 0, 0), 0),
	CALL(0, LINUX_FUTEX_WAKE_OP | PRIV, 0, 1, T_VAL2, 1, A_NOPAGE,
	    WOP(0, 1, 0, 0), 0),
	CALL(0, LINUX_FUTEX_WAKE_OP | PRIV, 0, 1, T_VAL2, 1, A_NOPAGE,
	    WOP(6, 1, 0, 0), 0),
	CALL(0, LINUX_FUTEX_WAKE_OP, 0, 1, T_VAL2, 1, A_NOPAGE,
	    WOP(6, 1, 0, 0), 0),
	CALL(0, LINUX_FUTEX_WAKE_OP, 0, 1, T_VAL2, 1, A_MISALIGNED,
	    WOP(0, 1, 0, 0), 0),
};

/* FUTEX_WAKE_OP's wakeups: both words, all six comparisons. */
static const struct step s_wakeop_wakes[] = {
#define	CMPSTEP(old, cmp, cmparg, wakes)				\
	SET(1, old),							\
	WAITB(1, 1, old),						\
	CALL(0, LINUX_FUTEX_WAKE_OP, 0, 1, T_VAL2, 1, 1,		\
	    WOP(1, 0, cmp, cmparg), wakes),				\
	WAKE(0, 1, 1, 1 - (wakes))
	CMPSTEP(5, 0, 5, 1),
	CMPSTEP(5, 0, 6, 0),
	CMPSTEP(5, 1, 6, 1),
	CMPSTEP(5, 1, 5, 0),
	CMPSTEP(4, 2, 5, 1),
	CMPSTEP(5, 2, 5, 0),
	CMPSTEP(5, 3, 5, 1),
	CMPSTEP(6, 3, 5, 0),
	CMPSTEP(6, 4, 5, 1),
	CMPSTEP(5, 4, 5, 0),
	CMPSTEP(5, 5, 5, 1),
	CMPSTEP(4, 5, 5, 0),
	CMPSTEP(0xfffffffe, 2, -1, 1),
	CMPSTEP(0, 4, 0xfff, 1),
#undef CMPSTEP
	SET(0, 0),
	SET(1, 0),
	WAITB(1, 0, 0),
	WAITB(2, 0, 0),
	WAITB(3, 1, 0),
	CALL(0, LINUX_FUTEX_WAKE_OP, 0, 1, T_VAL2, 1, 1, WOP(0, 1, 1, 0), 1),
	CALL(0, LINUX_FUTEX_WAKE_OP, 0, 5, T_VAL2, 5, 1, WOP(0, 0, 0, 1), 2),
	WAITB(1, 0, 0),
	WAITB(2, 0, 0),
	WAITB(3, 0, 0),
	CALL(0, LINUX_FUTEX_WAKE_OP, 0, 1, T_VAL2, 1, 0, WOP(1, 1, 0, 0), 2),
	WAKE(0, 0, 1, 1),
	WAITB(1, 2, 0),
	CALL(0, LINUX_FUTEX_WAKE_OP | PRIV, 2, 1, T_VAL2, 1, 3,
	    WOP(0, 1, 0, 0), 0),
	WAKE(0, 2, 1, 1),
};

/* Signals: EINTR without SA_RESTART, restart with it, EINTR when timed. */
static const struct step s_interrupts[] = {
	SET(0, 0),
	WAITB(1, 0, 0),
	INTR(1, 0, 1),
	WAITB(2, 0, 0),
	INTR(2, 1, 0),
	WAKE(0, 0, 1, 1),
	BLOCK(3, OP_WAIT, 0, 0, T_REL, INT64_C(10000000000), NOA, 0),
	INTR(3, 1, 1),
	BLOCK(4, LINUX_FUTEX_WAIT_BITSET, 0, 0, T_NULL, 0, NOA, 0xffffffffu),
	INTR(4, 1, 0),
	INTR(4, 0, 1),
	SET(1, 0),
	WAITB(5, 1, 0),
	CALL(0, LINUX_FUTEX_REQUEUE, 1, 0, T_VAL2, 1, 2, 0, 0),
	/* Restarted, the call waits on its own word again, not on the one
	   it had been moved to. */
	INTR(5, 1, 0),
	WAKE(0, 2, 1, 0),
	WAKE(0, 1, 1, 1),
};

/* PI: lock, trylock, unlock, hand-off in FIFO order, the WAITERS bit. */
static const struct step s_pi_basic[] = {
	CALL(1, LINUX_FUTEX_LOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_TRYLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_UNLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(1, LINUX_FUTEX_LOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(1, LINUX_FUTEX_TRYLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	BLOCK(2, LINUX_FUTEX_LOCK_PI, 0, 0, T_NULL, 0, NOA, 0),
	BLOCK(3, LINUX_FUTEX_LOCK_PI, 0, 0, T_NULL, 0, NOA, 0),
	BLOCK(4, LINUX_FUTEX_LOCK_PI, 0, 0, T_NULL, 0, NOA, 0),
	CALL(0, LINUX_FUTEX_TRYLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(1, LINUX_FUTEX_UNLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 1),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 1),
	CALL(3, LINUX_FUTEX_UNLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 1),
	CALL(4, LINUX_FUTEX_UNLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_TRYLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_UNLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_UNLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
};

/*
 * PI: private and shared PI waiters of one word are two futexes with two
 * states; an interrupted LOCK_PI is always restarted (ERESTARTNOINTR).
 */
static const struct step s_pi_mixed[] = {
	CALL(0, LINUX_FUTEX_LOCK_PI | PRIV, 1, 0, T_NULL, 0, NOA, 0, 0),
	BLOCK(1, LINUX_FUTEX_LOCK_PI | PRIV, 1, 0, T_NULL, 0, NOA, 0),
	BLOCK(2, LINUX_FUTEX_LOCK_PI, 1, 0, T_NULL, 0, NOA, 0),
	CALL(0, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 1),
	CALL(0, LINUX_FUTEX_UNLOCK_PI | PRIV, 1, 0, T_NULL, 0, NOA, 0, 0),
	CALL(2, LINUX_FUTEX_UNLOCK_PI | PRIV, 1, 0, T_NULL, 0, NOA, 0, 0),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_LOCK_PI | PRIV, 1, 0, T_NULL, 0, NOA, 0, 0),
	INTR(1, 0, 1),
	CALL(1, LINUX_FUTEX_UNLOCK_PI | PRIV, 1, 0, T_NULL, 0, NOA, 0, 0),
};

/* PI: bad words and mixed use. */
static const struct step s_pi_errors[] = {
	SET(1, 0x3ffffff0),
	CALL(0, LINUX_FUTEX_LOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	SET(2, 0x3ffffff0),
	CALL(0, LINUX_FUTEX_TRYLOCK_PI, 2, 0, T_NULL, 0, NOA, 0, 0),
	SET(3, 0x40000000),
	CALL(0, LINUX_FUTEX_LOCK_PI, 3, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_UNLOCK_PI, 3, 0, T_NULL, 0, NOA, 0, 0),
	SET(4, 0x80000000),
	CALL(0, LINUX_FUTEX_TRYLOCK_PI, 4, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_UNLOCK_PI, 4, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_LOCK_PI, A_MISALIGNED, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_LOCK_PI, A_NOPAGE, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_LOCK_PI, A_RO, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_UNLOCK_PI, A_RO, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_UNLOCK_PI, A_NOPAGE, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_LOCK_PI, 5, 0, T_FAULT, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_LOCK_PI, 5, 0, T_BAD_NS, 0, NOA, 0, 0),
	SET(5, 0),
	WAITB(1, 5, 0),
	CALL(0, LINUX_FUTEX_LOCK_PI, 5, 0, T_NULL, 0, NOA, 0, 0),
	WAKE(0, 5, 1, 1),
	CALL(2, LINUX_FUTEX_LOCK_PI, 6, 0, T_NULL, 0, NOA, 0, 0),
	BLOCK(3, LINUX_FUTEX_LOCK_PI, 6, 0, T_NULL, 0, NOA, 0),
	WAKE(0, 6, 1, 0),
	CALL(0, LINUX_FUTEX_REQUEUE, 6, 0, T_VAL2, 1, 7, 0, 0),
	CALL(0, LINUX_FUTEX_WAKE_OP, 6, 1, T_VAL2, 1, 7, WOP(0, 0, 0, 0), 0),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 6, 0, T_NULL, 0, NOA, 0, 1),
	CALL(3, LINUX_FUTEX_UNLOCK_PI, 6, 0, T_NULL, 0, NOA, 0, 0),
	CALL(4, LINUX_FUTEX_LOCK_PI, 1, 0, T_ABS_PAST, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_LOCK_PI, 1, 0, T_ABS_PAST, 0, NOA, 0, 0),
};

/* PI: a timed-out waiter leaves; the WAITERS bit stays for the owner. */
static const struct step s_pi_timeout[] = {
	CALL(1, LINUX_FUTEX_LOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_LOCK_PI, 0, 0, T_ABS_PAST, 0, NOA, 0, 0),
	CALL(1, LINUX_FUTEX_UNLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(1, LINUX_FUTEX_LOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	BLOCK(2, LINUX_FUTEX_LOCK_PI2, 0, 0, T_NULL, 0, NOA, 0),
	INTR(2, 0, 0),
	INTR(2, 1, 0),
	CALL(1, LINUX_FUTEX_UNLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 1),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
};

/* PI: a cycle of owners is EDEADLK. */
static const struct step s_pi_deadlock[] = {
	CALL(1, LINUX_FUTEX_LOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(2, LINUX_FUTEX_LOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	CALL(3, LINUX_FUTEX_LOCK_PI, 2, 0, T_NULL, 0, NOA, 0, 0),
	BLOCK(1, LINUX_FUTEX_LOCK_PI, 1, 0, T_NULL, 0, NOA, 0),
	BLOCK(2, LINUX_FUTEX_LOCK_PI, 2, 0, T_NULL, 0, NOA, 0),
	CALL(3, LINUX_FUTEX_LOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(3, LINUX_FUTEX_UNLOCK_PI, 2, 0, T_NULL, 0, NOA, 0, 1),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 2, 0, T_NULL, 0, NOA, 0, 0),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 1),
	CALL(1, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	CALL(1, LINUX_FUTEX_UNLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
};

/* PI: an owner that exits hands the lock on, marked OWNER_DIED. */
static const struct step s_pi_owner_exit[] = {
	CALL(1, LINUX_FUTEX_LOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	BLOCK(2, LINUX_FUTEX_LOCK_PI, 0, 0, T_NULL, 0, NOA, 0),
	BLOCK(3, LINUX_FUTEX_LOCK_PI, 0, 0, T_NULL, 0, NOA, 0),
	EXIT(1, 1),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 1),
	CALL(3, LINUX_FUTEX_UNLOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CALL(4, LINUX_FUTEX_LOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	EXIT(4, 0),
	CALL(0, LINUX_FUTEX_LOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_TRYLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
};

/* Robust lists: OWNER_DIED and a wakeup at exit, pending ops, PI. */
static const struct step s_robust[] = {
	ROBUST(1, 0, 3),
	ROBUST(1, 0, 0),
	SETTID(0, 1, 0x80000000),
	BLOCK(2, OP_WAIT, 0, VAL_CURRENT, T_NULL, 0, NOA, 0),
	BLOCK(3, OP_WAIT, 0, VAL_CURRENT, T_NULL, 0, NOA, 0),
	EXIT(1, 1),
	WAKE(0, 0, 1, 1),
	ROBUST(4, 1, 0),
	SETTID(1, 5, 0),
	EXIT(4, 0),
	EXIT(5, 0),
	SET(2, 0),
	ROBUST(1, 2, 2),
	BLOCK(2, OP_WAIT, 2, 0, T_NULL, 0, NOA, 0),
	BLOCK(3, OP_WAIT | PRIV, 2, 0, T_NULL, 0, NOA, 0),
	EXIT(1, 1),
	CALL(0, OP_WAKE | PRIV, 2, 1, T_NULL, 0, NOA, 0, 1),
	CALL(1, LINUX_FUTEX_LOCK_PI, 3, 0, T_NULL, 0, NOA, 0, 0),
	ROBUST(1, 3, 1),
	BLOCK(2, LINUX_FUTEX_LOCK_PI, 3, 0, T_NULL, 0, NOA, 0),
	EXIT(1, 1),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 3, 0, T_NULL, 0, NOA, 0, 0),
	SETTID(4, 3, 0),
	ROBUST(3, 4, 0),
	EXIT(3, 0),
	CALL(0, LINUX_FUTEX_LOCK_PI, 4, 0, T_NULL, 0, NOA, 0, 0),
};

#define	SCRIPT(name)	{ #name, s_##name, sizeof(s_##name) / sizeof(s_##name[0]) }
static const struct script scripts[] = {
	SCRIPT(errors),
	SCRIPT(timeouts),
	SCRIPT(wake_order),
	SCRIPT(keys),
	SCRIPT(bitset),
	SCRIPT(requeue),
	SCRIPT(requeue_moves),
	SCRIPT(wakeop_ops),
	SCRIPT(wakeop_wakes),
	SCRIPT(interrupts),
	SCRIPT(pi_basic),
	SCRIPT(pi_mixed),
	SCRIPT(pi_errors),
	SCRIPT(pi_timeout),
	SCRIPT(pi_deadlock),
	SCRIPT(pi_owner_exit),
	SCRIPT(robust),
};
