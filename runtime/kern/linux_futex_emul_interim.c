/*
 * linux_futex_emul_interim.c — INTERIM, until linux_emul.c (the clone/exit
 * subsystem) is on this branch: it defines linux_futex_thread(), the
 * accessor linux_futex.h's contract asks of it. Without emulation data
 * there is no per-thread futex state, so this weak stand-in stops the
 * program with a clear message instead of failing to link everything that
 * does not need one. Delete this file once linux_emul.c is merged.
 */
#include "linux_futex.h"

__attribute__((weak)) struct linux_futex_thread *
linux_futex_thread(struct thread *td)
{

	kern_panic("linux_futex_thread: thread %d has no emulation data "
	    "(linux_emul.c is not linked)", (int)td->td_tid);
}
