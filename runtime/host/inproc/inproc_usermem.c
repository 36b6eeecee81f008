/*
 * inproc_usermem.c — copyin(9) and friends for the in-process host.
 *
 * User memory is this process's memory. Every access goes through one of
 * the assembly primitives of inproc_usermem_<arch>.c, whose faulting
 * instructions are listed in an exception table; the SIGSEGV/SIGBUS handler
 * below turns a fault at one of them into an EFAULT return, as a kernel's
 * trap handler does with pcb_onfault (FreeBSD) or its exception table
 * (Linux). A fault anywhere else is passed on untouched.
 *
 * Addresses outside the user part of the address space (kern_useraddr_ok)
 * fail before any access, as copyin's VM_MAXUSER_ADDRESS test does.
 */
#include "inproc_private.h"
#include "kern_api_vm.h"

/*
 * The accessors are assembly, which ThreadSanitizer does not see. A
 * kernel's access to a futex word orders like the program's own atomics on
 * it (a locked instruction is a full barrier): a mutex the program frees
 * with a cmpxchg and LOCK_PI then takes in the kernel is a happens-before
 * edge on the machine, and must be one for TSan too, or it reports the data
 * the mutex protects as raced on. So under TSan a read of user memory
 * acquires the word's synchronisation object, a write releases it, and a
 * read-modify-write does both.
 */
#if defined(__SANITIZE_THREAD__)
void	__tsan_acquire(void *addr);
void	__tsan_release(void *addr);
#define	UA_RELEASE(a)	__tsan_release((void *)(uintptr_t)(a))
#define	UA_ACQUIRE(a)	__tsan_acquire((void *)(uintptr_t)(a))
#else
#define	UA_RELEASE(a)	((void)(a))
#define	UA_ACQUIRE(a)	((void)(a))
#endif

extern const struct inproc_extable_entry __start_inproc_extable[];
extern const struct inproc_extable_entry __stop_inproc_extable[];

static uintptr_t
extable_fixup(uintptr_t pc)
{
	const struct inproc_extable_entry *e;
	uintptr_t insn;

	for (e = __start_inproc_extable; e < __stop_inproc_extable; e++) {
		insn = (uintptr_t)&e->ex_insn + (intptr_t)e->ex_insn;
		if (insn == pc)
			return ((uintptr_t)&e->ex_fixup + (intptr_t)e->ex_fixup);
	}
	return (0);
}

static void
usermem_fault(int sig, void *info, void *uc)
{
	uintptr_t fixup;

	fixup = extable_fixup(inproc_fault_pc(uc));
	if (fixup != 0) {
		inproc_set_fault_pc(uc, fixup);
		return;
	}
	inproc_chain_fault(sig, info, uc);
}

void
inproc_usermem_init(void)
{

	inproc_install_fault_handler(usermem_fault);
}

static bool
user_range_ok(const volatile void *uaddr, size_t len)
{
	struct thread *td;

	td = inproc_cur != NULL ? &inproc_cur->it_td : NULL;
	return (kern_useraddr_ok(td, (const void *)uaddr, len));
}

/*
 * The in-process host never sleeps to resolve a fault (a fault is always
 * final), so every access already behaves as in a no-fault section.
 */
int
kern_nofault_enter(void)
{

	return (0);
}

void
kern_nofault_exit(int saved)
{

	(void)saved;
}

int
copyin(const void *uaddr, void *kaddr, size_t len)
{

	if (!user_range_ok(uaddr, len))
		return (EFAULT);
	return (inproc_ua_copy(kaddr, uaddr, len));
}

int
copyout(const void *kaddr, void *uaddr, size_t len)
{

	if (!user_range_ok(uaddr, len))
		return (EFAULT);
	return (inproc_ua_copy(uaddr, kaddr, len));
}

int
copyinstr(const void *uaddr, void *kaddr, size_t len, size_t *done)
{
	const uint8_t *src = uaddr;
	uint8_t *dst = kaddr, c;
	size_t i;
	int error;

	error = ENAMETOOLONG;
	for (i = 0; i < len; i++) {
		if (!user_range_ok(src + i, 1) ||
		    inproc_ua_fetch8(src + i, &c) != 0) {
			error = EFAULT;
			break;
		}
		dst[i] = c;
		if (c == '\0') {
			i++;
			error = 0;
			break;
		}
	}
	if (done != NULL)
		*done = i;
	return (error);
}

int
fueword32(volatile const void *uaddr, int32_t *val)
{
	uint32_t v;

	if (!user_range_ok(uaddr, sizeof(v)) ||
	    inproc_ua_fetch32(uaddr, &v) != 0)
		return (-1);
	UA_ACQUIRE(uaddr);
	*val = (int32_t)v;
	return (0);
}

int
suword32(volatile void *uaddr, int32_t val)
{

	if (!user_range_ok(uaddr, sizeof(val)))
		return (-1);
	UA_RELEASE(uaddr);
	if (inproc_ua_store32(uaddr, (uint32_t)val) != 0)
		return (-1);
	return (0);
}

int
casueword32(volatile uint32_t *uaddr, uint32_t oldval, uint32_t *oldvalp,
    uint32_t newval)
{
	uint32_t prev;

	if (!user_range_ok(uaddr, sizeof(*uaddr)))
		return (-1);
	UA_RELEASE(uaddr);
	if (inproc_ua_cas32(uaddr, oldval, newval, &prev) != 0)
		return (-1);
	UA_ACQUIRE(uaddr);
	*oldvalp = prev;
	return (prev == oldval ? 0 : 1);
}

static int
futex_op(int (*op)(volatile void *, uint32_t, uint32_t *), int oparg,
    uint32_t *uaddr, int *oldval)
{
	uint32_t prev;

	if (!user_range_ok(uaddr, sizeof(*uaddr)))
		return (EFAULT);
	UA_RELEASE(uaddr);
	if (op(uaddr, (uint32_t)oparg, &prev) != 0)
		return (EFAULT);
	UA_ACQUIRE(uaddr);
	*oldval = (int)prev;
	return (0);
}

int
futex_xchgl(int oparg, uint32_t *uaddr, int *oldval)
{

	return (futex_op(inproc_ua_xchg32, oparg, uaddr, oldval));
}

int
futex_addl(int oparg, uint32_t *uaddr, int *oldval)
{

	return (futex_op(inproc_ua_add32, oparg, uaddr, oldval));
}

int
futex_orl(int oparg, uint32_t *uaddr, int *oldval)
{

	return (futex_op(inproc_ua_or32, oparg, uaddr, oldval));
}

int
futex_andl(int oparg, uint32_t *uaddr, int *oldval)
{

	return (futex_op(inproc_ua_and32, oparg, uaddr, oldval));
}

int
futex_xorl(int oparg, uint32_t *uaddr, int *oldval)
{

	return (futex_op(inproc_ua_xor32, oparg, uaddr, oldval));
}
