/*
 * test_kern_inproc.c — the kernel API as the in-process host implements
 * it: fault-safe user memory (EFAULT, never SIGSEGV), real atomics, sleep
 * with deadlines on both clocks, wakeups, interruption as a signal would
 * interrupt, mutex assertions, log-once, and thread lookup.
 */
#include <criterion/criterion.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "inproc.h"
#include "kern_api_vm.h"

static struct proc *proc;

static void
setup(void)
{

	proc = inproc_proc_create();
	inproc_thread_attach(proc);
}

static void
teardown(void)
{

	inproc_thread_detach();
}

TestSuite(kern_inproc, .init = setup, .fini = teardown, .timeout = 20.0);

static void *
page(int prot)
{
	void *p;

	p = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	cr_assert_neq(p, MAP_FAILED);
	/* The second page has `prot`: accesses can straddle the border. */
	cr_assert_eq(mprotect((char *)p + 4096, 4096, prot), 0);
	return (p);
}

Test(kern_inproc, copyin_and_copyout_copy_or_fail_with_efault)
{
	char *p = page(PROT_NONE), buf[16];
	char *ro = page(PROT_READ);

	memcpy(p, "hello", 6);
	cr_assert_eq(copyin(p, buf, 6), 0);
	cr_assert_str_eq(buf, "hello");
	cr_assert_eq(copyout("world", p + 10, 6), 0);
	cr_assert_str_eq(p + 10, "world");
	cr_assert_eq(copyin(p + 4096, buf, 4), EFAULT);
	cr_assert_eq(copyin(p + 4094, buf, 4), EFAULT, "straddling copy");
	cr_assert_eq(copyout(buf, p + 4096, 1), EFAULT);
	cr_assert_eq(copyout(buf, ro + 4096, 1), EFAULT, "read-only page");
	cr_assert_eq(copyin(ro + 4096, buf, 4), 0, "read-only is readable");
	cr_assert_eq(copyin((void *)8, buf, 4), EFAULT);
	cr_assert_eq(copyin(p, buf, 0), 0);
	munmap(p, 8192);
	munmap(ro, 8192);
}

Test(kern_inproc, addresses_beyond_the_user_range_fail_before_any_access)
{
	char buf[8] = { 0 };
	void *kernel = (void *)(uintptr_t)UINT64_C(0xffff800000000000);

	cr_assert_eq(copyin(kernel, buf, 1), EFAULT);
	cr_assert_eq(copyout(buf, kernel, 1), EFAULT);
	cr_assert_not(kern_useraddr_ok(inproc_curthread(), kernel, 1));
	cr_assert(kern_useraddr_ok(inproc_curthread(), buf, sizeof(buf)));
	/* The length wraps: not a user range. */
	cr_assert_not(kern_useraddr_ok(inproc_curthread(), buf, SIZE_MAX));
}

Test(kern_inproc, copyinstr_stops_at_nul_length_or_fault)
{
	char *p = page(PROT_NONE), buf[8];
	size_t done;

	strcpy(p, "abc");
	cr_assert_eq(copyinstr(p, buf, sizeof(buf), &done), 0);
	cr_assert_eq(done, 4);
	cr_assert_str_eq(buf, "abc");
	strcpy(p, "abcdefghij");
	cr_assert_eq(copyinstr(p, buf, 4, &done), ENAMETOOLONG);
	cr_assert_eq(done, 4);
	memset(p + 4093, 'x', 3);
	cr_assert_eq(copyinstr(p + 4093, buf, sizeof(buf), &done), EFAULT);
	cr_assert_eq(done, 3);
	munmap(p, 8192);
}

Test(kern_inproc, word_access_returns_minus_one_on_faults)
{
	uint32_t *p = page(PROT_NONE), *ro = page(PROT_READ);
	uint32_t *none = p + 1024, *rw = ro + 1024, old;
	int32_t v;

	p[0] = 7;
	cr_assert_eq(fueword32(p, &v), 0);
	cr_assert_eq(v, 7);
	cr_assert_eq(fueword32(none, &v), -1);
	cr_assert_eq(suword32(p, -3), 0);
	cr_assert_eq(p[0], (uint32_t)-3);
	cr_assert_eq(suword32(none, 1), -1);
	cr_assert_eq(suword32(rw, 1), -1);
	cr_assert_eq(fueword32(rw, &v), 0);

	cr_assert_eq(casueword32(p, (uint32_t)-3, &old, 9), 0);
	cr_assert_eq(old, (uint32_t)-3);
	cr_assert_eq(p[0], 9);
	cr_assert_eq(casueword32(p, 1, &old, 2), 1);
	cr_assert_eq(old, 9, "a failed swap reports the current value");
	cr_assert_eq(p[0], 9);
	cr_assert_eq(casueword32(none, 0, &old, 1), -1);
	cr_assert_eq(casueword32(rw, 0, &old, 0), -1,
	    "a compare-and-swap needs a writable page even when it fails");
	munmap(p, 8192);
	munmap(ro, 8192);
}

Test(kern_inproc, futex_atomic_ops_return_the_old_value)
{
	uint32_t *p = page(PROT_READ);
	int old;

	p[0] = 0x0f;
	cr_assert_eq(futex_xchgl(5, p, &old), 0);
	cr_assert_eq(old, 0x0f);
	cr_assert_eq(p[0], 5);
	cr_assert_eq(futex_addl(-7, p, &old), 0);
	cr_assert_eq(old, 5);
	cr_assert_eq(p[0], (uint32_t)-2);
	p[0] = 0x0f;
	cr_assert_eq(futex_orl(0xf0, p, &old), 0);
	cr_assert_eq(p[0], 0xff);
	cr_assert_eq(futex_andl(0x3c, p, &old), 0);
	cr_assert_eq(old, 0xff);
	cr_assert_eq(p[0], 0x3c);
	cr_assert_eq(futex_xorl(0xff, p, &old), 0);
	cr_assert_eq(p[0], 0xc3);
	cr_assert_eq(futex_xchgl(1, p + 1024, &old), EFAULT);
	cr_assert_eq(futex_addl(1, p + 1024, &old), EFAULT);
	cr_assert_eq(futex_orl(1, p + 1024, &old), EFAULT);
	cr_assert_eq(futex_andl(1, p + 1024, &old), EFAULT);
	cr_assert_eq(futex_xorl(1, p + 1024, &old), EFAULT);
	munmap(p, 8192);
}

static uint32_t counter;
#define	ADDS	200000

static long
adder(void *arg)
{
	int i, old;

	(void)arg;
	for (i = 0; i < ADDS; i++) {
		if (i & 1)
			futex_addl(1, &counter, &old);
		else {
			/* A compare-and-swap loop, as the or/and/xor use. */
			uint32_t cur = counter, seen;

			while (casueword32(&counter, cur, &seen, cur + 1) == 1)
				cur = seen;
		}
	}
	return (0);
}

Test(kern_inproc, the_atomics_are_atomic_against_each_other)
{
	struct inproc_spawned *a, *b;

	counter = 0;
	a = inproc_thread_spawn(proc, adder, NULL, 0);
	b = inproc_thread_spawn(proc, adder, NULL, 0);
	inproc_thread_join(a);
	inproc_thread_join(b);
	cr_assert_eq(counter, 2 * ADDS);
}

/*
 * A fault outside the user-access primitives goes to the handler that was
 * there before: the default action, or AddressSanitizer's (which reports
 * and exits with status 1).
 */
#if defined(__SANITIZE_ADDRESS__)
#define	CRASHES		.exit_code = 1
#else
#define	CRASHES		.signal = SIGSEGV
#endif

Test(kern_inproc, a_fault_elsewhere_is_still_a_crash, CRASHES)
{
	volatile int *bad = mmap(NULL, 4096, PROT_NONE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	cr_assert_neq((void *)bad, MAP_FAILED);
	*bad = 1;
}

/*
 * Sleeping.
 */
static struct kmutex mtx;
static int chan;

static void
mtx_setup(void)
{

	setup();
	kmtx_init(&mtx, "test");
}

TestSuite(kern_sleep, .init = mtx_setup, .fini = teardown, .timeout = 20.0);

Test(kern_sleep, a_passed_deadline_returns_ewouldblock_holding_the_mutex)
{
	struct ktimeout past = { KCLOCK_MONOTONIC, 0 };
	struct ktimeout rpast = { KCLOCK_REALTIME, 1 };

	kmtx_lock(&mtx);
	cr_assert_eq(kern_msleep(&chan, &mtx, 0, "t", &past), EWOULDBLOCK);
	kmtx_assert(&mtx, KA_OWNED);
	cr_assert_eq(kern_msleep(&chan, &mtx, KSLEEP_CATCH, "t", &rpast),
	    EWOULDBLOCK);
	kmtx_unlock(&mtx);
}

Test(kern_sleep, deadlines_are_absolute_on_their_clock)
{
	struct ktimeout kt;
	int64_t t0, t1;
	int clock;

	for (clock = KCLOCK_MONOTONIC; clock <= KCLOCK_REALTIME; clock++) {
		kt.kt_clock = clock;
		t0 = kern_clock_ns(clock);
		kt.kt_deadline_ns = t0 + 20000000;
		kmtx_lock(&mtx);
		cr_assert_eq(kern_msleep(&chan, &mtx, 0, "t", &kt),
		    EWOULDBLOCK);
		kmtx_unlock(&mtx);
		t1 = kern_clock_ns(clock);
		cr_assert_geq(t1, kt.kt_deadline_ns, "clock %d woke early",
		    clock);
	}
}

struct sleeper {
	int			 flags;
	atomic_int		 result;
	struct inproc_spawned	*s;
};

static long
sleeper_main(void *arg)
{
	struct sleeper *sl = arg;
	int error;

	kmtx_lock(&mtx);
	error = kern_msleep(&chan, &mtx, sl->flags, "sleeper", NULL);
	kmtx_assert(&mtx, KA_OWNED);
	kmtx_unlock(&mtx);
	atomic_store(&sl->result, error);
	return (error);
}

static void
start_sleeper(struct sleeper *sl, int flags)
{

	sl->flags = flags;
	atomic_store(&sl->result, -100);
	sl->s = inproc_thread_spawn(proc, sleeper_main, sl, 0);
	inproc_wait_until_sleeping(inproc_spawned_thread(sl->s), "sleeper");
}

Test(kern_sleep, wakeup_one_wakes_the_first_sleeper_only)
{
	struct sleeper a, b;

	start_sleeper(&a, 0);
	start_sleeper(&b, 0);
	kern_wakeup_one(&chan);
	cr_assert_eq(inproc_thread_join(a.s), 0);
	cr_assert(inproc_thread_sleeping(inproc_spawned_thread(b.s), NULL));
	kern_wakeup(&chan + 1);
	cr_assert(inproc_thread_sleeping(inproc_spawned_thread(b.s), NULL),
	    "a wakeup of another channel");
	kern_wakeup(&chan);
	cr_assert_eq(inproc_thread_join(b.s), 0);
}

Test(kern_sleep, wakeup_wakes_all_sleepers)
{
	struct sleeper s[3];
	int i;

	for (i = 0; i < 3; i++)
		start_sleeper(&s[i], 0);
	kern_wakeup(&chan);
	for (i = 0; i < 3; i++)
		cr_assert_eq(inproc_thread_join(s[i].s), 0);
}

Test(kern_sleep, catching_sleeps_are_interrupted_as_by_signals)
{
	struct sleeper s;

	start_sleeper(&s, KSLEEP_CATCH);
	inproc_thread_interrupt(inproc_spawned_thread(s.s), EINTR);
	cr_assert_eq(inproc_thread_join(s.s), EINTR);
	start_sleeper(&s, KSLEEP_CATCH);
	inproc_thread_interrupt(inproc_spawned_thread(s.s), ERESTART);
	cr_assert_eq(inproc_thread_join(s.s), ERESTART);
}

Test(kern_sleep, other_sleeps_are_not_interrupted)
{
	struct sleeper s;
	struct thread *td;
	uint64_t n;

	start_sleeper(&s, 0);
	td = inproc_spawned_thread(s.s);
	n = inproc_thread_sleep_count(td);
	inproc_thread_interrupt(td, EINTR);
	cr_assert(inproc_thread_sleeping(td, NULL));
	cr_assert_eq(inproc_thread_sleep_count(td), n);
	kern_wakeup(&chan);
	cr_assert_eq(inproc_thread_join(s.s), 0);
}

Test(kern_sleep, an_interruption_posted_before_the_sleep_is_not_lost)
{

	inproc_thread_interrupt(inproc_curthread(), EINTR);
	kmtx_lock(&mtx);
	cr_assert_eq(kern_msleep(&chan, &mtx, KSLEEP_CATCH, "t", NULL),
	    EINTR);
	kmtx_unlock(&mtx);
}

static atomic_int check_answer;

static int
test_signal_check(struct thread *td)
{

	(void)td;
	return (atomic_load(&check_answer));
}

Test(kern_sleep, the_signal_subsystem_can_replace_the_check)
{
	struct sleeper s;

	atomic_store(&check_answer, 0);
	inproc_set_signal_check(test_signal_check);
	start_sleeper(&s, KSLEEP_CATCH);
	/* A kick with nothing pending: the sleeper checks and sleeps on. */
	inproc_thread_kick(inproc_spawned_thread(s.s));
	cr_assert(inproc_thread_sleeping(inproc_spawned_thread(s.s), NULL));
	atomic_store(&check_answer, ERESTART);
	inproc_thread_kick(inproc_spawned_thread(s.s));
	cr_assert_eq(inproc_thread_join(s.s), ERESTART);
	inproc_set_signal_check(NULL);
}

Test(kern_sleep, a_mutex_not_held_fails_its_assertion, .signal = SIGABRT)
{

	kmtx_assert(&mtx, KA_OWNED);
}

Test(kern_sleep, a_recursive_lock_is_caught, .signal = SIGABRT)
{

	kmtx_lock(&mtx);
	kmtx_lock(&mtx);
}

/*
 * Logging and threads.
 */
static char logged[8][128];
static atomic_int nlogged;

static void
log_hook(struct thread *td, const char *msg)
{
	int i = atomic_fetch_add(&nlogged, 1);

	(void)td;
	if (i < 8)
		snprintf(logged[i], sizeof(logged[i]), "%s", msg);
}

static long
log_in_other_process(void *arg)
{

	kern_log_once(inproc_curthread(), "k", "once %d", *(int *)arg);
	return (0);
}

Test(kern_inproc, log_once_logs_once_per_key_and_process)
{
	struct proc *other = inproc_proc_create();
	int arg = 3;

	atomic_store(&nlogged, 0);
	inproc_set_log_hook(log_hook);
	kern_log_once(inproc_curthread(), "k", "once %d", 1);
	kern_log_once(inproc_curthread(), "k", "once %d", 2);
	kern_log_once(inproc_curthread(), "j", "other key");
	inproc_thread_join(inproc_thread_spawn(other, log_in_other_process,
	    &arg, 0));
	kern_log(inproc_curthread(), "always %s", "this");
	inproc_set_log_hook(NULL);
	cr_assert_eq(atomic_load(&nlogged), 4);
	cr_assert_str_eq(logged[0], "once 1");
	cr_assert_str_eq(logged[1], "other key");
	cr_assert_str_eq(logged[2], "once 3");
	cr_assert_str_eq(logged[3], "always this");
}

static atomic_bool go, returned;

static long
short_lived(void *arg)
{

	(void)arg;
	while (!atomic_load(&go))
		sched_yield();
	atomic_store(&returned, true);
	return (0);
}

Test(kern_inproc, tdfind_holds_a_thread_until_released)
{
	struct inproc_spawned *s;
	struct thread *td, *found;
	lwpid_t tid;

	cr_assert_eq(kern_tdfind(inproc_curthread()->td_tid),
	    inproc_curthread());
	kern_tdrele(inproc_curthread());
	cr_assert_null(kern_tdfind(-5));

	atomic_store(&go, false);
	atomic_store(&returned, false);
	s = inproc_thread_spawn(proc, short_lived, NULL, 0);
	td = inproc_spawned_thread(s);
	tid = td->td_tid;
	found = kern_tdfind(tid);
	cr_assert_eq(found, td);
	atomic_store(&go, true);
	while (!atomic_load(&returned))
		sched_yield();
	/* Its function returned, but our hold keeps it findable. */
	cr_assert_eq(kern_tdfind(tid), td);
	kern_tdrele(td);
	kern_tdrele(found);
	inproc_thread_join(s);
	cr_assert_null(kern_tdfind(tid));
}

Test(kern_inproc, processes_have_address_space_identities)
{
	struct proc *other = inproc_proc_create();
	struct proc *sibling = inproc_proc_create_vmshare(proc);

	cr_assert_neq(kern_vmspace_id(proc), kern_vmspace_id(other));
	cr_assert_eq(kern_vmspace_id(proc), kern_vmspace_id(sibling));
	cr_assert_eq(proc->p_pid, inproc_curthread()->td_tid,
	    "the first thread's tid is the pid");
	inproc_proc_destroy(other);
	inproc_proc_destroy(sibling);
}
