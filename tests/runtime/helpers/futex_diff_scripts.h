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


/*
 * futex_time64 (i386; futex(2) itself on amd64): the 64-bit timespec,
 * whose tv_nsec a 32-bit program's kernel reads only the low half of.
 */
static const struct step s_time64[] = {
	SET(0, 0),
	CALL64(0, OP_WAIT, 0, 0, T_REL, 1000000, NOA, 0, 0),
	CALL64(0, OP_WAIT, 0, 0, T_BAD_NS, 0, NOA, 0, 0),
	CALL64(0, OP_WAIT, 0, 0, T_NEG, 0, NOA, 0, 0),
	CALL64(0, OP_WAIT, 0, 0, T_FAULT, 0, NOA, 0, 0),
	CALL64(0, OP_WAIT, 0, 0, T_NSEC_HIGH, 1000, NOA, 0, 0),
	CALL64(0, OP_WAIT, 0, 5, T_NSEC_HIGH, 1000, NOA, 0, 0),
	CALL64(0, LINUX_FUTEX_WAIT_BITSET, 0, 0, T_ABS_PAST, 0, NOA,
	    0xffffffffu, 0),
	CALL64(0, LINUX_FUTEX_WAIT_BITSET | CLKRT, 0, 0, T_ABS_PAST, 0, NOA,
	    0xffffffffu, 0),
	BLOCK64(1, OP_WAIT | PRIV, 0, 0, T_REL, INT64_C(10000000000), NOA, 0),
	BLOCK64(2, OP_WAIT | PRIV, 0, 0, T_NULL, 0, NOA, 0),
	CALL64(0, LINUX_FUTEX_CMP_REQUEUE | PRIV, 0, 1, T_VAL2, 1, 1, 0, 1),
	CALL64(0, OP_WAKE | PRIV, 1, 1, T_NULL, 0, NOA, 0, 1),
	CALL64(0, LINUX_FUTEX_LOCK_PI, 2, 0, T_ABS_PAST, 0, NOA, 0, 0),
	BLOCK64(3, LINUX_FUTEX_LOCK_PI, 2, 0, T_ABS_IN, INT64_C(10000000000),
	    NOA, 0),
	CALL64(4, LINUX_FUTEX_LOCK_PI, 2, 0, T_ABS_PAST, 0, NOA, 0, 0),
	CALL64(0, LINUX_FUTEX_UNLOCK_PI, 2, 0, T_NULL, 0, NOA, 0, 1),
	CALL64(3, LINUX_FUTEX_UNLOCK_PI, 2, 0, T_NULL, 0, NOA, 0, 0),
};

/* futex_wake and futex_wait: what 6.7's checks refuse, in their order. */
static const struct step s_futex2_errors[] = {
	SET(0, 3),
	WAKE2(0, 0, 0xffffffffu, 1, F2_PRIV, 0),
	WAKE2(0, 0, 0xffffffffu, 1, LINUX_FUTEX2_SIZE_U8, 0),
	WAKE2(0, 0, 0xffffffffu, 1, LINUX_FUTEX2_SIZE_U16, 0),
	WAKE2(0, 0, 0xffffffffu, 1, LINUX_FUTEX2_SIZE_U64, 0),
	WAKE2(0, 0, 0xffffffffu, 1, F2_U32 | 0x10, 0),
	WAKE2(0, 0, 0xffffffffu, 1, F2_U32 | 0x100, 0),
	WAKE2(0, 0, 0, 1, F2_PRIV, 0),
	WAKE2(0, 0, UINT64_C(0x100000001), 1, F2_PRIV, 0),
	WAKE2(0, 0, 0, 1, 0, 0),
	WAKE2(0, A_MISALIGNED, 1, 1, F2_PRIV, 0),
	WAKE2(0, A_NOPAGE, 1, 1, F2_PRIV, 0),
	WAKE2(0, A_NOPAGE, 1, 1, F2_U32, 0),
	WAKE2(0, A_NULL, 1, 1, F2_U32, 0),
	WAKE2(0, A_KERNEL, 1, 1, F2_PRIV, 0),
	WAKE2(0, A_RO, 1, 1, F2_U32, 0),
	WAIT2(0, 0, 4, 0xffffffffu, F2_PRIV, T_NULL, 0, 0),
	WAIT2(0, 0, 3, 0, F2_PRIV, T_NULL, 0, 0),
	WAIT2(0, 0, 3, 0xffffffffu, LINUX_FUTEX2_SIZE_U8, T_NULL, 0, 0),
	WAIT2(0, 0, UINT64_C(0x100000004), 0xffffffffu, F2_PRIV, T_NULL, 0,
	    0),
	WAIT2(0, 0, 4, UINT64_C(0x1ffffffff), F2_PRIV, T_NULL, 0, 0),
	WAIT2(0, 0, 3, 0, F2_PRIV, T_FAULT, 0, CLK_MONO),
	WAIT2(0, 0, 3, 0xffffffffu, F2_PRIV, T_FAULT, 0, 2),
	WAIT2(0, 0, 3, 0xffffffffu, F2_PRIV, T_BAD_NS, 0, CLK_MONO),
	WAIT2(0, 0, 3, 0xffffffffu, F2_PRIV, T_NEG, 0, CLK_RT),
	WAIT2(0, 0, 3, 0xffffffffu, F2_PRIV, T_ABS_PAST, 0, CLK_MONO),
	WAIT2(0, 0, 3, 0xffffffffu, F2_PRIV, T_ABS_PAST, 0, CLK_RT),
	WAIT2(0, 0, 3, 0xffffffffu, F2_U32, T_ABS_IN, 1000000, CLK_MONO),
	WAIT2(0, 0, 3, 0xffffffffu, F2_PRIV, T_NSEC_HIGH, 1000, CLK_MONO),
	WAIT2(0, 0, 4, 0xffffffffu, F2_PRIV, T_NULL, 0, 99),
	WAIT2(0, A_MISALIGNED, 3, 0xffffffffu, F2_PRIV, T_NULL, 0, 0),
	WAIT2(0, A_NOPAGE, 3, 0xffffffffu, F2_PRIV, T_NULL, 0, 0),
	WAIT2(0, A_NOPAGE, 3, 0xffffffffu, F2_U32, T_NULL, 0, 0),
	WAIT2(0, A_RO, 0, 0xffffffffu, F2_U32, T_NULL, 0, 0),
};

/* futex_requeue: its vector, its flags, the comparison, the counts. */
static const struct step s_futex2_requeue_errors[] = {
	SET(0, 3),
	SET(1, 0),
	REQUEUE2(0, A_VEC, 1, 1, 1, 0, V(0, 3, F2_PRIV), V(1, 0, F2_PRIV)),
	REQUEUE2(0, A_NULL, 0, 1, 1, 0, V(0, 3, F2_PRIV), V(1, 0, F2_PRIV)),
	REQUEUE2(0, A_NOPAGE, 0, 1, 1, 0, V(0, 3, F2_PRIV), V(1, 0, F2_PRIV)),
	REQUEUE2(0, A_VEC, 0, 1, 1, 0, V(0, 3, 0), V(1, 0, F2_PRIV)),
	REQUEUE2(0, A_VEC, 0, 1, 1, 0, V(0, 3, F2_PRIV), V(1, 0, 3)),
	REQUEUE2(0, A_VEC, 0, 1, 1, 0, VR(0, 3, F2_PRIV, 1), V(1, 0, F2_PRIV)),
	REQUEUE2(0, A_VEC, 0, 1, 1, 0, V(0, UINT64_C(0x100000003), F2_PRIV),
	    V(1, 0, F2_PRIV)),
	REQUEUE2(0, A_VEC, 0, 1, 1, 0, V(0, 3, F2_PRIV), V(1, 0, F2_U32)),
	REQUEUE2(0, A_VEC, 0, 1, 1, 0, V(0, 4, F2_PRIV), V(1, 0, F2_PRIV)),
	REQUEUE2(0, A_VEC, 0, -1, 1, 0, V(0, 3, F2_PRIV), V(1, 0, F2_PRIV)),
	REQUEUE2(0, A_VEC, 0, 1, -1, 0, V(0, 3, F2_PRIV), V(1, 0, F2_PRIV)),
	REQUEUE2(0, A_VEC, 0, 1, 1, 0, V(0, 3, F2_PRIV), V(1, 0, F2_PRIV)),
	REQUEUE2(0, A_VEC, 0, 1, 1, 0, V(A_MISALIGNED, 3, F2_PRIV),
	    V(1, 0, F2_PRIV)),
	REQUEUE2(0, A_VEC, 0, 1, 1, 0, V(0, 3, F2_PRIV),
	    V(A_MISALIGNED, 0, F2_PRIV)),
	REQUEUE2(0, A_VEC, 0, 1, 1, 0, V(A_NOPAGE, 3, F2_PRIV),
	    V(1, 0, F2_PRIV)),
	REQUEUE2(0, A_VEC, 0, 1, 1, 0, V(0, 3, F2_U32), V(A_NOPAGE, 0, F2_U32)),
};

/*
 * futex_wait and futex_wake among futex(2) waiters: one futex, bitsets,
 * nr 0, restart of a timed wait under SA_RESTART.
 */
static const struct step s_futex2_waits[] = {
	SET(0, 0),
	WAIT2B(1, 0, 0, 0x1, F2_PRIV, T_NULL, 0, 0),
	WAIT2B(2, 0, 0, 0x2, F2_U32, T_NULL, 0, 0),
	BLOCK(3, LINUX_FUTEX_WAIT_BITSET | PRIV, 0, 0, T_NULL, 0, NOA, 0x4),
	WAIT2B(4, 0, 0, 0x8, F2_PRIV, T_ABS_IN, INT64_C(10000000000),
	    CLK_MONO),
	WAKE2(0, 0, 0x4, 10, F2_PRIV, 1),
	WAKE2(0, 0, 0x3, 0, F2_PRIV, 0),
	WAKE2(0, 0, 0x3, 10, F2_PRIV, 1),
	WAKE(0, 0, 10, 1),
	CALL(0, LINUX_FUTEX_WAKE_BITSET | PRIV, 0, 10, T_NULL, 0, NOA, 0x8,
	    1),
	WAIT2B(1, 0, 0, 0xffffffffu, F2_PRIV, T_ABS_IN, INT64_C(10000000000),
	    CLK_RT),
	INTR(1, 1, 0),
	INTR(1, 0, 1),
	WAIT2B(2, 0, 0, 0xffffffffu, F2_PRIV, T_NULL, 0, 0),
	WAKE2(0, 0, 0xffffffffu, -1, F2_PRIV, 1),
};

/* futex_requeue moves futex(2) and futex_wait waiters alike. */
static const struct step s_futex2_requeue[] = {
	SET(0, 5),
	SET(1, 0),
	BLOCK(1, OP_WAIT | PRIV, 0, 5, T_NULL, 0, NOA, 0),
	BLOCK(2, OP_WAIT | PRIV, 0, 5, T_NULL, 0, NOA, 0),
	BLOCK(3, OP_WAIT | PRIV, 0, 5, T_NULL, 0, NOA, 0),
	WAIT2B(4, 0, 5, 0xffffffffu, F2_PRIV, T_NULL, 0, 0),
	REQUEUE2(0, A_VEC, 0, 1, 2, 1, V(0, 5, F2_PRIV), V(1, 0, F2_PRIV)),
	WAKE2(0, 1, 0xffffffffu, 1, F2_PRIV, 1),
	CALL(0, OP_WAKE | PRIV, 1, 5, T_NULL, 0, NOA, 0, 1),
	REQUEUE2(0, A_VEC, 0, 0, 5, 0, V(0, 5, F2_PRIV), V(1, 0, F2_PRIV)),
	WAKE2(0, 1, 0xffffffffu, 5, F2_PRIV, 1),
	WAITB(1, 0, 5),
	REQUEUE2(0, A_VEC, 0, 0, 1, 0, V(0, 5, F2_U32), V(2, 0, F2_U32)),
	WAKE(0, 2, 1, 1),
};

/* futex_waitv: what it refuses, in Linux's order. */
static const struct step s_waitv_errors[] = {
	SET(0, 0),
	SET(1, 1),
	WAITV(0, 1, 1, T_NULL, 0, 0, V(0, 1, F2_PRIV)),
	WAITV(0, 0, 0, T_NULL, 0, 0, V(0, 1, F2_PRIV)),
	WAITV(0, 129, 0, T_NULL, 0, 0, V(0, 1, F2_PRIV)),
	WAITV_STEP(S_CALL, 0, A_NULL, 1, 0, T_NULL, 0, 0, 0, V(0, 1, F2_PRIV)),
	WAITV_STEP(S_CALL, 0, A_NOPAGE, 1, 0, T_NULL, 0, 0, 0,
	    V(0, 1, F2_PRIV)),
	WAITV_STEP(S_CALL, 0, A_NOPAGE, 1, 0, T_FAULT, 0, 5, 0,
	    V(0, 1, F2_PRIV)),
	WAITV_STEP(S_CALL, 0, A_NOPAGE, 1, 0, T_FAULT, 0, CLK_MONO, 0,
	    V(0, 1, F2_PRIV)),
	WAITV(0, 1, 0, T_BAD_NS, 0, CLK_MONO, V(0, 1, F2_PRIV)),
	WAITV(0, 1, 0, T_NULL, 0, 0, V(0, 1, LINUX_FUTEX2_SIZE_U8)),
	WAITV(0, 1, 0, T_NULL, 0, 0, V(0, 1, LINUX_FUTEX2_SIZE_U64)),
	WAITV(0, 1, 0, T_NULL, 0, 0, VR(0, 1, F2_PRIV, 1)),
	WAITV(0, 1, 0, T_NULL, 0, 0, V(0, UINT64_C(0x100000000), F2_PRIV)),
	WAITV(0, 2, 0, T_NULL, 0, 0, V(0, 1, F2_PRIV), V(0, 1, 0x10)),
	WAITV(0, 2, 0, T_NULL, 0, 0, V(0, 1, F2_PRIV),
	    V(A_MISALIGNED, 0, F2_PRIV)),
	WAITV(0, 2, 0, T_NULL, 0, 0, V(0, 1, F2_PRIV),
	    V(A_NOPAGE, 0, F2_U32)),
	WAITV(0, 2, 0, T_NULL, 0, 0, V(0, 0, F2_PRIV),
	    V(A_NOPAGE, 0, F2_PRIV)),
	WAITV(0, 2, 0, T_NULL, 0, 0, V(0, 0, F2_PRIV), V(1, 0, F2_PRIV)),
	WAITV(0, 2, 0, T_ABS_PAST, 0, CLK_MONO, V(0, 0, F2_PRIV),
	    V(1, 1, F2_U32)),
	WAITV(0, 2, 0, T_ABS_IN, 1000000, CLK_RT, V(0, 0, F2_PRIV),
	    V(1, 1, F2_U32)),
	WAITV(0, 1, 0, T_NULL, 0, 0, V(A_RO, 1, F2_PRIV)),
	WAITV(0, 1, 0, T_NULL, 0, 0, V(A_RO, 0, F2_U32)),
};

/*
 * futex_waitv waiters are waiters of each of their futexes: woken by
 * FUTEX_WAKE, futex_wake and WAKE_OP, moved by REQUEUE (and still
 * reporting their own index), refused by LOCK_PI; restarted when timed.
 */
static const struct step s_waitv[] = {
	SET(0, 0),
	SET(1, 0),
	SET(2, 0),
	SET(3, 0),
	WAITVB(1, T_NULL, 0, 0, V(0, 0, F2_PRIV), V(1, 0, F2_U32),
	    V(2, 0, F2_PRIV)),
	WAKE(0, 1, 1, 1),
	WAITVB(2, T_NULL, 0, 0, V(0, 0, F2_PRIV), V(1, 0, F2_PRIV)),
	CALL(0, LINUX_FUTEX_REQUEUE | PRIV, 1, 0, T_VAL2, 1, 3, 0, 0),
	WAKE2(0, 1, 0xffffffffu, 1, F2_PRIV, 0),
	WAKE2(0, 3, 0xffffffffu, 1, F2_PRIV, 1),
	WAITVB(3, T_ABS_IN, INT64_C(10000000000), CLK_MONO, V(0, 0, F2_PRIV),
	    V(2, 0, F2_PRIV)),
	INTR(3, 1, 0),
	WAKE2(0, 0, 0xffffffffu, 1, F2_PRIV, 1),
	WAITVB(4, T_NULL, 0, 0, V(2, 0, F2_PRIV)),
	INTR(4, 0, 1),
	WAITVB(5, T_NULL, 0, 0, V(2, 0, F2_PRIV), V(2, 0, F2_PRIV),
	    V(2, 0, F2_PRIV)),
	WAKE2(0, 2, 0xffffffffu, 2, F2_PRIV, 1),
	WAITVB(1, T_NULL, 0, 0, V(0, 0, F2_PRIV), V(1, 0, F2_PRIV)),
	CALL(0, LINUX_FUTEX_WAKE_OP | PRIV, 0, 0, T_VAL2, 1, 1,
	    WOP(0, 0, 0, 0), 1),
	WAITVB(2, T_NULL, 0, 0, V(3, 0, F2_PRIV)),
	CALL(0, LINUX_FUTEX_LOCK_PI | PRIV, 3, 0, T_NULL, 0, NOA, 0, 0),
	WAKE2(0, 3, 0xffffffffu, 1, F2_PRIV, 1),
};

/* FUTEX2_NUMA: defined since 6.7, refused until 6.16 implemented it. */
static const struct step s_futex2_numa[] = {
	SET(0, 0),
	WAKE2(0, 0, 0xffffffffu, 1, F2_PRIV | LINUX_FUTEX2_NUMA, 0),
	WAIT2(0, 0, 0, 0xffffffffu, F2_PRIV | LINUX_FUTEX2_NUMA, T_NULL, 0, 0),
	WAITV(0, 1, 0, T_NULL, 0, 0, V(0, 0, F2_PRIV | LINUX_FUTEX2_NUMA)),
	REQUEUE2(0, A_VEC, 0, 1, 1, 0, V(0, 0, F2_PRIV | LINUX_FUTEX2_NUMA),
	    V(1, 0, F2_PRIV | LINUX_FUTEX2_NUMA)),
};

/*
 * FUTEX_WAIT_REQUEUE_PI / FUTEX_CMP_REQUEUE_PI. Word 0 is the condition,
 * word 1 (and 2) a PI mutex; CMP_REQUEUE_PI's count comes in the timeout
 * slot and its comparison value in val3.
 */
#define	WRPI		LINUX_FUTEX_WAIT_REQUEUE_PI
#define	CRPI		LINUX_FUTEX_CMP_REQUEUE_PI
#define	WAIT_RQ(who, cond, v, mutex)					\
	BLOCK(who, WRPI, cond, v, T_NULL, 0, mutex, 0)
#define	CMP_RQ(who, cond, nw, nrq, mutex, cmp, wakes)			\
	CALL(who, CRPI, cond, nw, T_VAL2, nrq, mutex, cmp, wakes)

/* What both refuse, and in what order. */
static const struct step s_requeue_pi_errors[] = {
	SET(0, 0),
	CMP_RQ(0, 0, 1, 1, 1, 0, 0),
	CMP_RQ(0, 0, 0, 1, 1, 0, 0),
	CMP_RQ(0, 0, 2, 1, 1, 0, 0),
	CMP_RQ(0, 0, 1, 1, 0, 0, 0),
	CMP_RQ(0, 0, 1, -1, 1, 0, 0),
	CMP_RQ(0, 0, 1, 1, 1, 5, 0),
	CMP_RQ(0, 0, 1, 1, A_NOPAGE, 0, 0),
	CALL(0, CRPI | PRIV, 0, 1, T_VAL2, 1, A_NOPAGE, 0, 0),
	CMP_RQ(0, 0, 1, 1, A_RO, 0, 0),
	CALL(0, CRPI | PRIV, 0, 1, T_VAL2, 1, A_RO, 0, 0),
	CMP_RQ(0, 0, 1, 1, A_MISALIGNED, 0, 0),
	CMP_RQ(0, A_NOPAGE, 1, 1, 1, 0, 0),
	CALL(0, WRPI, 0, 0, T_NULL, 0, 0, 0, 0),
	CALL(0, WRPI, 0, 5, T_NULL, 0, 1, 0, 0),
	CALL(0, WRPI, 0, 0, T_ABS_PAST, 0, 1, 0, 0),
	CALL(0, WRPI | CLKRT, 0, 0, T_ABS_PAST, 0, 1, 0, 0),
	CALL(0, WRPI, 0, 0, T_BAD_NS, 0, 1, 0, 0),
	CALL(0, WRPI, 0, 0, T_NULL, 0, A_MISALIGNED, 0, 0),
	CALL(0, WRPI, 0, 0, T_NULL, 0, A_RO, 0, 0),
	CALL(0, WRPI | PRIV, 0, 0, T_ABS_PAST, 0, A_NOPAGE, 0, 0),
	CALL(0, WRPI, A_NOPAGE, 0, T_NULL, 0, 1, 0, 0),
};

/*
 * The mutex free: the first waiter gets it outright (WAITERS only when
 * more are to be moved); held: waiters move onto it and are handed it in
 * turn by UNLOCK_PI.
 */
static const struct step s_requeue_pi[] = {
	SET(0, 0),
	WAIT_RQ(1, 0, 0, 1),
	WAIT_RQ(2, 0, 0, 1),
	WAIT_RQ(3, 0, 0, 1),
	CMP_RQ(0, 0, 1, 0, 1, 0, 1),
	CMP_RQ(0, 0, 1, 0x7fffffff, 1, 0, 0),
	CALL(1, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 1),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 1),
	CALL(3, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	WAIT_RQ(1, 0, 0, 1),
	WAIT_RQ(2, 0, 0, 1),
	WAIT_RQ(3, 0, 0, 1),
	CMP_RQ(0, 0, 1, 1, 1, 0, 1),
	CALL(4, LINUX_FUTEX_LOCK_PI, 1, 0, T_ABS_PAST, 0, NOA, 0, 0),
	CALL(1, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 1),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	CMP_RQ(0, 0, 1, 5, 1, 0, 1),
	CALL(3, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	CALL(0, LINUX_FUTEX_LOCK_PI | PRIV, 2, 0, T_NULL, 0, NOA, 0, 0),
	BLOCK(1, WRPI | PRIV, 0, 0, T_NULL, 0, 2, 0),
	BLOCK(2, LINUX_FUTEX_LOCK_PI | PRIV, 2, 0, T_NULL, 0, NOA, 0),
	BLOCK(3, WRPI | PRIV, 0, 0, T_NULL, 0, 2, 0),
	CALL(0, CRPI | PRIV, 0, 1, T_VAL2, 1, 2, 0, 0),
	CALL(0, CRPI | PRIV, 0, 1, T_VAL2, 1, 2, 0, 0),
	CALL(0, LINUX_FUTEX_UNLOCK_PI | PRIV, 2, 0, T_NULL, 0, NOA, 0, 1),
	CALL(2, LINUX_FUTEX_UNLOCK_PI | PRIV, 2, 0, T_NULL, 0, NOA, 0, 1),
	CALL(1, LINUX_FUTEX_UNLOCK_PI | PRIV, 2, 0, T_NULL, 0, NOA, 0, 1),
	CALL(3, LINUX_FUTEX_UNLOCK_PI | PRIV, 2, 0, T_NULL, 0, NOA, 0, 0),
};

/* Waiters of the wrong kind, or for another mutex, are EINVAL. */
static const struct step s_requeue_pi_mixed[] = {
	SET(0, 0),
	WAITB(1, 0, 0),
	CMP_RQ(0, 0, 1, 1, 1, 0, 0),
	WAIT_RQ(2, 0, 0, 1),
	CMP_RQ(0, 0, 1, 1, 1, 0, 0),
	WAKE(0, 0, 1, 1),
	WAKE(0, 0, 1, 0),
	CALL(0, LINUX_FUTEX_WAKE_BITSET, 0, 1, T_NULL, 0, NOA, 0xffffffffu,
	    0),
	CALL(0, LINUX_FUTEX_CMP_REQUEUE, 0, 1, T_VAL2, 1, 3, 0, 0),
	CALL(0, LINUX_FUTEX_REQUEUE, 0, 0, T_VAL2, 1, 3, 0, 0),
	CALL(0, LINUX_FUTEX_WAKE_OP, 0, 1, T_VAL2, 1, 3, WOP(0, 0, 0, 0), 0),
	CALL(0, LINUX_FUTEX_LOCK_PI, 0, 0, T_NULL, 0, NOA, 0, 0),
	CMP_RQ(0, 0, 1, 1, 2, 0, 0),
	CMP_RQ(0, 0, 1, 0, 1, 0, 1),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	WAIT_RQ(2, 0, 0, 1),
	WAITB(3, 0, 0),
	CMP_RQ(0, 0, 1, 5, 1, 0, 1),
	WAKE(0, 0, 1, 1),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
};

/*
 * Signals and timeouts before the requeue (always restarted) and after
 * (EAGAIN, ETIMEDOUT); a cycle of owners stops the requeue (EDEADLK); an
 * owner that exits hands the mutex to a moved waiter, OWNER_DIED.
 */
static const struct step s_requeue_pi_signals[] = {
	SET(0, 0),
	WAIT_RQ(1, 0, 0, 1),
	INTR(1, 0, 0),
	INTR(1, 1, 0),
	CALL(2, LINUX_FUTEX_LOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	CMP_RQ(0, 0, 1, 1, 1, 0, 0),
	INTR(1, 0, 1),
	WAIT_RQ(3, 0, 0, 1),
	CMP_RQ(0, 0, 1, 1, 1, 0, 0),
	BLOCK(4, WRPI, 0, 0, T_ABS_IN, 1000000000, 1, 0),
	CMP_RQ(0, 0, 1, 1, 1, 0, 0),
	AWAIT(1),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 1),
	CALL(3, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	WAIT_RQ(1, 0, 0, 1),
	CALL(2, LINUX_FUTEX_LOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	BLOCK(2, WRPI, 0, 0, T_ABS_IN, INT64_C(2000000000), 1, 0),
	CMP_RQ(0, 0, 1, 5, 1, 0, 0),
	AWAIT(1),
	CALL(2, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 1),
	CALL(1, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	CALL(5, LINUX_FUTEX_LOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
	WAIT_RQ(3, 0, 0, 1),
	WAIT_RQ(4, 0, 0, 1),
	CMP_RQ(0, 0, 1, 5, 1, 0, 0),
	EXIT(5, 1),
	CALL(3, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 1),
	CALL(4, LINUX_FUTEX_UNLOCK_PI, 1, 0, T_NULL, 0, NOA, 0, 0),
};

#define	SCRIPT(name)	{ #name, s_##name, sizeof(s_##name) / sizeof(s_##name[0]), 0 }
#define	SCRIPT_UNTIL(name, until)					\
	{ #name, s_##name, sizeof(s_##name) / sizeof(s_##name[0]), until }
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
	SCRIPT(time64),
	SCRIPT(futex2_errors),
	SCRIPT(futex2_requeue_errors),
	SCRIPT(futex2_waits),
	SCRIPT(futex2_requeue),
	SCRIPT(waitv_errors),
	SCRIPT(waitv),
	SCRIPT_UNTIL(futex2_numa, LINUX_KERNVER(6, 16, 0)),
	SCRIPT(requeue_pi_errors),
	SCRIPT(requeue_pi),
	SCRIPT(requeue_pi_mixed),
	SCRIPT(requeue_pi_signals),
};
