/*
 * kern_api_proc_optional.c — what runtime/kern assumes of a host that
 * leaves out the optional parts of kern_api_proc.h: weak definitions that
 * a host overrides by defining the functions itself.
 *
 * Pidfds: a host without process descriptors answers ENOSYS, which clone
 * and clone3 pass on for CLONE_PIDFD (what the release specs answered
 * before the runtime had pidfds). clone(2) and clone3(2) answer alike, so
 * a C library that falls back from one to the other gets ENOSYS too, not a
 * child without its descriptor. The tracer host (lxrun) is such a host
 * today.
 */
#include "kern_api.h"
#include "kern_api_proc.h"

__attribute__((__weak__)) int
kern_pidfd_reserve(struct thread *td __attribute__((__unused__)),
    int *fdp __attribute__((__unused__)),
    struct kern_pidfd **pfp __attribute__((__unused__)))
{

	return (ENOSYS);
}

/* Never reached: nothing was reserved. */
__attribute__((__weak__)) void
kern_pidfd_install(struct kern_pidfd *pf __attribute__((__unused__)),
    struct thread *newtd, bool thread __attribute__((__unused__)))
{

	kern_panic("kern_pidfd_install: thread %d: the host has no pidfds",
	    newtd->td_tid);
}

__attribute__((__weak__)) void
kern_pidfd_abandon(struct thread *td,
    struct kern_pidfd *pf __attribute__((__unused__)))
{

	kern_panic("kern_pidfd_abandon: thread %d: the host has no pidfds",
	    td->td_tid);
}
