/*
 * linux_exit.c — exit(2), exit_group(2) and set_tid_address(2): how a
 * thread and a thread group end, and the address a thread clears when it
 * does.
 *
 * exit ends the calling thread only; when it was the last one the group
 * ends with its status (Linux: do_exit() of the last thread releases the
 * group). exit_group ends every thread of the group with one status
 * (Linux: do_group_exit() -> zap_other_threads()). Either way each thread
 * goes through linux_emul_thread_exit() in its own context, which stores 0
 * at its clear_child_tid address and wakes the futex there.
 */

#include "kern_api.h"
#include "kern_api_proc.h"
#include "linux_emul.h"
#include "linux_types.h"
#include "linux_proto.h"
#include "linux_syscall.h"

int
linux_exit(struct thread *td, struct linux_exit_args *args)
{

	kern_thr_exit(td);
	/* The last thread: the group ends with this status. */
	kern_exit1(td, args->rval & 0xff, 0);
}

int
linux_exit_group(struct thread *td, struct linux_exit_group_args *args)
{

	linux_emul_set_exiting(td->td_proc);
	kern_exit1(td, args->error_code & 0xff, 0);
}

/*
 * The address is cleared and woken at exit only (clone's
 * CLONE_CHILD_CLEARTID sets the same field); the call returns the TID.
 */
int
linux_set_tid_address(struct thread *td, struct linux_set_tid_address_args *args)
{
	struct linux_emuldata *em;

	em = em_find(td);
	em->em_clear_tid = (int32_t *)args->tidptr;
	td->td_retval[0] = em->em_tid;
	return (0);
}
