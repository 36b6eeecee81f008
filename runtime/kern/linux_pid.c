/*
 * linux_pid.c — PID mangling: getpid(2), gettid(2), getppid(2).
 *
 * Linux's "pid" of a task is its thread id and its "tgid" the process id;
 * user space sees getpid() = TGID and gettid() = TID (the thesis, 5.2.3).
 * In the runtime the TGID is the host pid of the thread group's process and
 * the TID is kept in the thread's emulation data (linux_emul.h): the first
 * thread's TID equals the TGID, as in Linux.
 */

#include "kern_api.h"
#include "kern_api_proc.h"
#include "linux_emul.h"
#include "linux_types.h"
#include "linux_proto.h"
#include "linux_syscall.h"

int
linux_getpid(struct thread *td, struct linux_getpid_args *args __attribute__((__unused__)))
{

	td->td_retval[0] = em_find(td)->em_pem->pem_tgid;
	return (0);
}

int
linux_gettid(struct thread *td, struct linux_gettid_args *args __attribute__((__unused__)))
{

	td->td_retval[0] = em_find(td)->em_tid;
	return (0);
}

/*
 * The parent of the thread group, whichever thread asks: CLONE_THREAD
 * children share their creator's parent (Linux: real_parent is copied).
 */
int
linux_getppid(struct thread *td, struct linux_getppid_args *args __attribute__((__unused__)))
{

	td->td_retval[0] = kern_proc_ppid(td->td_proc);
	return (0);
}
