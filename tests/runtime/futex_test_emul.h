/*
 * futex_test_emul.h — per-thread emulation data for futex tests that need
 * it (PI owners, robust lists, thread exit).
 *
 * The futex core keeps its per-thread state in the clone subsystem's
 * struct linux_emuldata (linux_futex.h's contract). When linux_emul.h is
 * part of the tree, every emulated thread of these tests is made a Linux
 * thread by that subsystem: each is the first thread of a process of its
 * own that shares the address space of the process it was made for
 * (CLONE_VM, so private futexes still meet), set up by
 * linux_emul_proc_exec() and ended by linux_emul_thread_exit(). Until then,
 * a stand-in below holds just the futex state.
 *
 * emul_proc_for(p) gives the process a new emulated thread should attach
 * to; emul_thread_setup() makes the calling, freshly attached thread a
 * Linux thread. emul_hooks_install() once per test program.
 */
#ifndef _FUTEX_TEST_EMUL_H_
#define _FUTEX_TEST_EMUL_H_

#include <stdlib.h>

#include "inproc.h"
#include "linux_futex.h"

#if __has_include("linux_emul.h")
#include "linux_emul.h"

static inline void
emul_hooks_install(void)
{

	inproc_set_thread_hooks(NULL, linux_emul_thread_exit);
	inproc_set_thread_dtor_hook(linux_emul_thread_dtor);
}

static inline struct proc *
emul_proc_for(struct proc *p)
{

	return (inproc_proc_create_vmshare(p));
}

static inline void
emul_thread_setup(void)
{

	linux_emul_proc_exec(inproc_curthread());
}

#else /* !linux_emul.h: the stand-in */

struct linux_futex_thread *
linux_futex_thread(struct thread *td)
{

	KASSERT(td->td_emuldata != NULL, ("no futex state"));
	return ((struct linux_futex_thread *)(void *)td->td_emuldata);
}

static inline void
emul_dtor(struct thread *td)
{

	if (td->td_emuldata != NULL) {
		linux_futex_thread_fini(linux_futex_thread(td));
		free(td->td_emuldata);
		td->td_emuldata = NULL;
	}
}

static inline void
emul_exit(struct thread *td)
{

	if (td->td_emuldata != NULL)
		linux_futex_thread_exit(td);
}

static inline void
emul_hooks_install(void)
{

	inproc_set_thread_hooks(NULL, emul_exit);
	inproc_set_thread_dtor_hook(emul_dtor);
}

static inline struct proc *
emul_proc_for(struct proc *p)
{

	return (p);
}

static inline void
emul_thread_setup(void)
{
	struct thread *td = inproc_curthread();
	struct linux_futex_thread *ft;

	ft = calloc(1, sizeof(*ft));
	if (ft == NULL)
		abort();
	linux_futex_thread_init(ft);
	td->td_emuldata = (struct linux_emuldata *)(void *)ft;
}

#endif /* linux_emul.h */

#endif /* !_FUTEX_TEST_EMUL_H_ */
