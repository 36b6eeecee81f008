/*
 * test_futex_wakeop.c — FUTEX_WAKE_OP: all five operations and their
 * effect on memory, the shift flag, sign extension of the 12-bit fields,
 * all six comparisons, who is woken, and the errors (in Linux's order).
 */
#include "futex_test.h"

static void
setup(void)
{

	futex_test_setup();
	linux_set_kernver(LINUX_KERNVER(6, 1, 0));
}

TestSuite(futex_wakeop, .init = setup, .fini = futex_test_teardown,
    .timeout = FUTEX_TEST_TIMEOUT);

static uint32_t w1, w2;

/* WAKE_OP with nobody waiting: returns 0, leaves the effect in w2. */
static long
wakeop(uint32_t start, uint32_t encoded)
{

	w2 = start;
	return (lx_futex(&w1, LINUX_FUTEX_WAKE_OP, 1, VAL2(1), &w2, encoded));
}

Test(futex_wakeop, each_operation_changes_the_second_word)
{
	static const struct {
		int		op, oparg;
		uint32_t	start, result;
	} cases[] = {
		{ LINUX_FUTEX_OP_SET, 5, 100, 5 },
		{ LINUX_FUTEX_OP_ADD, 5, 100, 105 },
		{ LINUX_FUTEX_OP_OR, 0x0f0, 0x00f, 0x0ff },
		{ LINUX_FUTEX_OP_ANDN, 0x00f, 0x0ff, 0x0f0 },
		{ LINUX_FUTEX_OP_XOR, 0x0ff, 0x0f0, 0x00f },
		/* oparg is 12 bits, signed */
		{ LINUX_FUTEX_OP_ADD, -1, 100, 99 },
		{ LINUX_FUTEX_OP_SET, 0x800, 0, 0xfffff800 },
		{ LINUX_FUTEX_OP_ANDN, -1, 0xffff, 0 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		cr_assert_eq(wakeop(cases[i].start, FUTEX_OP(cases[i].op,
		    cases[i].oparg, LINUX_FUTEX_OP_CMP_EQ, 0)), 0);
		cr_assert_eq(w2, cases[i].result, "case %zu: %#x, want %#x",
		    i, w2, cases[i].result);
	}
}

Test(futex_wakeop, the_shift_flag_uses_one_shifted_by_oparg)
{

	cr_assert_eq(wakeop(0, FUTEX_OP(LINUX_FUTEX_OP_OR |
	    LINUX_FUTEX_OP_OPARG_SHIFT, 4, LINUX_FUTEX_OP_CMP_EQ, 0)), 0);
	cr_assert_eq(w2, 0x10);
	cr_assert_eq(wakeop(0, FUTEX_OP(LINUX_FUTEX_OP_SET |
	    LINUX_FUTEX_OP_OPARG_SHIFT, 31, LINUX_FUTEX_OP_CMP_EQ, 0)), 0);
	cr_assert_eq(w2, 0x80000000);
	/* Linux masks a shift out of 0..31 instead of refusing it. */
	cr_assert_eq(wakeop(0, FUTEX_OP(LINUX_FUTEX_OP_SET |
	    LINUX_FUTEX_OP_OPARG_SHIFT, 33, LINUX_FUTEX_OP_CMP_EQ, 0)), 0);
	cr_assert_eq(w2, 0x2);
	cr_assert_eq(wakeop(0, FUTEX_OP(LINUX_FUTEX_OP_SET |
	    LINUX_FUTEX_OP_OPARG_SHIFT, -1, LINUX_FUTEX_OP_CMP_EQ, 0)), 0);
	cr_assert_eq(w2, 0x80000000);
}

/* Each comparison decides whether a waiter of w2 is woken. */
static void
check_cmp(int cmp, int32_t oldval, int cmparg, bool wakes)
{
	struct waiter w;
	long r;

	w2 = (uint32_t)oldval;
	waiter_block(&w, &w2, LINUX_FUTEX_WAIT, (uint32_t)oldval, NULL, 0);
	r = lx_futex(&w1, LINUX_FUTEX_WAKE_OP, 1, VAL2(1), &w2,
	    FUTEX_OP(LINUX_FUTEX_OP_ADD, 0, cmp, cmparg));
	cr_assert_eq(r, wakes ? 1 : 0, "cmp %d old %d arg %d: %ld", cmp,
	    oldval, cmparg, r);
	if (!wakes)
		cr_assert_eq(lx_futex(&w2, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0),
		    1);
	cr_assert_eq(waiter_join(&w), 0);
}

Test(futex_wakeop, all_six_comparisons)
{

	check_cmp(LINUX_FUTEX_OP_CMP_EQ, 5, 5, true);
	check_cmp(LINUX_FUTEX_OP_CMP_EQ, 5, 6, false);
	check_cmp(LINUX_FUTEX_OP_CMP_NE, 5, 6, true);
	check_cmp(LINUX_FUTEX_OP_CMP_NE, 5, 5, false);
	check_cmp(LINUX_FUTEX_OP_CMP_LT, 4, 5, true);
	check_cmp(LINUX_FUTEX_OP_CMP_LT, 5, 5, false);
	check_cmp(LINUX_FUTEX_OP_CMP_LE, 5, 5, true);
	check_cmp(LINUX_FUTEX_OP_CMP_LE, 6, 5, false);
	check_cmp(LINUX_FUTEX_OP_CMP_GT, 6, 5, true);
	check_cmp(LINUX_FUTEX_OP_CMP_GT, 5, 5, false);
	check_cmp(LINUX_FUTEX_OP_CMP_GE, 5, 5, true);
	check_cmp(LINUX_FUTEX_OP_CMP_GE, 4, 5, false);
	/* Signed comparisons; cmparg is 12 bits, signed. */
	check_cmp(LINUX_FUTEX_OP_CMP_LT, -2, -1, true);
	check_cmp(LINUX_FUTEX_OP_CMP_GT, 0, 0xfff, true);
}

Test(futex_wakeop, wakes_the_first_word_whatever_the_comparison)
{
	struct waiter w[3];
	int i;

	w1 = 0;
	w2 = 0;
	waiter_block(&w[0], &w1, LINUX_FUTEX_WAIT, 0, NULL, 0);
	waiter_block(&w[1], &w1, LINUX_FUTEX_WAIT, 0, NULL, 0);
	waiter_block(&w[2], &w2, LINUX_FUTEX_WAIT, 0, NULL, 0);
	/* nr_wake 1 on w1; comparison false: w2's waiter stays. */
	cr_assert_eq(lx_futex(&w1, LINUX_FUTEX_WAKE_OP, 1, VAL2(1), &w2,
	    FUTEX_OP(LINUX_FUTEX_OP_SET, 1, LINUX_FUTEX_OP_CMP_NE, 0)), 1);
	waiters_await_done(w, 3, 0x1);
	cr_assert_eq(w2, 1);
	/* True: nr_wake2 waiters of w2 too. */
	cr_assert_eq(lx_futex(&w1, LINUX_FUTEX_WAKE_OP, 5, VAL2(5), &w2,
	    FUTEX_OP(LINUX_FUTEX_OP_SET, 0, LINUX_FUTEX_OP_CMP_EQ, 1)), 2);
	for (i = 0; i < 3; i++)
		cr_assert_eq(waiter_join(&w[i]), 0);
}

Test(futex_wakeop, the_same_word_twice_counts_twice)
{
	struct waiter w[3];
	int i;

	w1 = 0;
	for (i = 0; i < 3; i++)
		waiter_block(&w[i], &w1, LINUX_FUTEX_WAIT, 0, NULL, 0);
	cr_assert_eq(lx_futex(&w1, LINUX_FUTEX_WAKE_OP, 1, VAL2(1), &w1,
	    FUTEX_OP(LINUX_FUTEX_OP_ADD, 1, LINUX_FUTEX_OP_CMP_EQ, 0)), 2);
	cr_assert_eq(w1, 1);
	waiters_await_done(w, 3, 0x3);
	cr_assert_eq(lx_futex(&w1, LINUX_FUTEX_WAKE, 1, NULL, NULL, 0), 1);
	for (i = 0; i < 3; i++)
		cr_assert_eq(waiter_join(&w[i]), 0);
}

Test(futex_wakeop, unknown_operations_change_nothing_unknown_comparisons_do)
{

	cr_assert_eq(wakeop(10, FUTEX_OP(5, 1, LINUX_FUTEX_OP_CMP_EQ, 0)),
	    -LINUX_ENOSYS);
	cr_assert_eq(w2, 10);
	cr_assert_eq(wakeop(10, FUTEX_OP(7, 1, LINUX_FUTEX_OP_CMP_EQ, 0)),
	    -LINUX_ENOSYS);
	cr_assert_eq(w2, 10);
	/* The comparison is looked at after the operation was done. */
	cr_assert_eq(wakeop(10, FUTEX_OP(LINUX_FUTEX_OP_ADD, 1, 6, 0)),
	    -LINUX_ENOSYS);
	cr_assert_eq(w2, 11);
	cr_assert_eq(wakeop(10, FUTEX_OP(LINUX_FUTEX_OP_ADD, 1, 15, 0)),
	    -LINUX_ENOSYS);
	cr_assert_eq(w2, 11);
}

Test(futex_wakeop, bad_second_words_are_efault_and_unchanged)
{
	uint32_t *ro = test_page(PROT_READ);
	uint32_t *none = test_page(PROT_NONE);

	cr_assert_eq(lx_futex(&w1, LINUX_FUTEX_WAKE_OP, 1, VAL2(1), ro,
	    FUTEX_OP(LINUX_FUTEX_OP_SET, 1, 0, 0)), -LINUX_EFAULT);
	cr_assert_eq(*ro, 0);
	cr_assert_eq(lx_futex(&w1, LINUX_FUTEX_WAKE_OP |
	    LINUX_FUTEX_PRIVATE_FLAG, 1, VAL2(1), ro,
	    FUTEX_OP(LINUX_FUTEX_OP_SET, 1, 0, 0)), -LINUX_EFAULT);
	cr_assert_eq(lx_futex(&w1, LINUX_FUTEX_WAKE_OP |
	    LINUX_FUTEX_PRIVATE_FLAG, 1, VAL2(1), none,
	    FUTEX_OP(LINUX_FUTEX_OP_SET, 1, 0, 0)), -LINUX_EFAULT);
	/* A private key needs no page: an unknown op on one is ENOSYS. */
	cr_assert_eq(lx_futex(&w1, LINUX_FUTEX_WAKE_OP |
	    LINUX_FUTEX_PRIVATE_FLAG, 1, VAL2(1), none,
	    FUTEX_OP(6, 1, 0, 0)), -LINUX_ENOSYS);
	cr_assert_eq(lx_futex(&w1, LINUX_FUTEX_WAKE_OP, 1, VAL2(1),
	    (uint32_t *)((char *)&w2 + 2), FUTEX_OP(0, 1, 0, 0)),
	    -LINUX_EINVAL);
	munmap(ro, 4096);
	munmap(none, 4096);
}
