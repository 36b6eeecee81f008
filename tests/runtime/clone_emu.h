/*
 * clone_emu.h — system calls of emulated programs in the clone, exit and
 * TLS tests: each calls the runtime's handler with the generated argument
 * structure, as the syscall path would, then passes the way back to user
 * mode (kern_userret(), where exit_group catches other threads), and
 * returns what the program would see: the result, or -errno with Linux's
 * numbers (the generated errno table).
 *
 * Handlers are called directly rather than through the syscall path so
 * that these tests check the clone subsystem, not the dispatcher.
 */
#ifndef _CLONE_EMU_H_
#define _CLONE_EMU_H_

#include <stdint.h>

#include "kern_api.h"
#include "kern_api_proc.h"
#include "inproc.h"
#include "inproc_proc.h"
#include "linux_types.h"
#include "linux_proto.h"
#include "linux_syscall.h"
#include "linux_errno.h"
#include "linux_clone.h"
#include "linux_emul.h"
#include "linux_tls.h"

/* futex(2) operations (Linux uapi futex.h). */
#define	EMU_FUTEX_WAIT	0
#define	EMU_FUTEX_WAKE	1

static inline long
emu_ret(struct thread *td, int error)
{
	long rv;

	rv = error != 0 ? -(long)linux_errno_from_host(error) :
	    (long)td->td_retval[0];
	kern_userret(td);
	return (rv);
}

static inline struct thread *
emu_td(void)
{
	struct thread *td;

	td = kern_curthread();
	td->td_retval[0] = 0;
	td->td_retval[1] = 0;
	return (td);
}

/* clone(2) with the architecture's argument order hidden by the
 * generated structure; fn/arg are what the child runs. */
static inline long
emu_clone(unsigned long flags, void *stack, int32_t *ptid, int32_t *ctid,
    unsigned long tls, inproc_entry_t *fn, void *arg)
{
	struct linux_clone_args a = {
		.flags = (l_ulong)flags,
		.stack = (l_ulong)(uintptr_t)stack,
		.parent_tidptr = ptid,
		.child_tidptr = ctid,
		.tls = (l_ulong)tls,
	};
	struct thread *td = emu_td();
	int error;

	inproc_set_child_entry(fn, arg);
	error = linux_clone(td, &a);
	inproc_set_child_entry(NULL, NULL);
	return (emu_ret(td, error));
}

static inline long
emu_fork(inproc_entry_t *fn, void *arg)
{
	struct linux_fork_args a = { 0 };
	struct thread *td = emu_td();
	int error;

	inproc_set_child_entry(fn, arg);
	error = linux_fork(td, &a);
	inproc_set_child_entry(NULL, NULL);
	return (emu_ret(td, error));
}

static inline long
emu_vfork(inproc_entry_t *fn, void *arg)
{
	struct linux_vfork_args a = { 0 };
	struct thread *td = emu_td();
	int error;

	inproc_set_child_entry(fn, arg);
	error = linux_vfork(td, &a);
	inproc_set_child_entry(NULL, NULL);
	return (emu_ret(td, error));
}

static inline long
emu_getpid(void)
{
	struct linux_getpid_args a = { 0 };
	struct thread *td = emu_td();

	return (emu_ret(td, linux_getpid(td, &a)));
}

static inline long
emu_gettid(void)
{
	struct linux_gettid_args a = { 0 };
	struct thread *td = emu_td();

	return (emu_ret(td, linux_gettid(td, &a)));
}

static inline long
emu_getppid(void)
{
	struct linux_getppid_args a = { 0 };
	struct thread *td = emu_td();

	return (emu_ret(td, linux_getppid(td, &a)));
}

static inline long
emu_set_tid_address(int32_t *tidptr)
{
	struct linux_set_tid_address_args a = { .tidptr = tidptr };
	struct thread *td = emu_td();

	return (emu_ret(td, linux_set_tid_address(td, &a)));
}

static inline void
emu_exit(int status)
{
	struct linux_exit_args a = { .rval = status };

	linux_exit(emu_td(), &a);
}

static inline void
emu_exit_group(int status)
{
	struct linux_exit_group_args a = { .error_code = status };

	linux_exit_group(emu_td(), &a);
}

static inline long
emu_futex(uint32_t *uaddr, int op, uint32_t val)
{
	struct linux_futex_args a = {
		.uaddr = uaddr,
		.op = op,
		.val = val,
	};
	struct thread *td = emu_td();

	return (emu_ret(td, linux_futex(td, &a)));
}

/*
 * pthread_join() as NPTL does it: wait until the kernel has cleared the
 * thread's tid word (CLONE_CHILD_CLEARTID), sleeping on it as a futex.
 */
static inline void
emu_join_tid(volatile int32_t *ctid)
{
	int32_t v;

	while ((v = __atomic_load_n(ctid, __ATOMIC_ACQUIRE)) != 0)
		(void)emu_futex((uint32_t *)ctid, EMU_FUTEX_WAIT, (uint32_t)v);
}

#endif /* !_CLONE_EMU_H_ */
