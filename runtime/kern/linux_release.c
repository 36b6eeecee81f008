/*
 * linux_release.c — the emulated release (see linux_release.h).
 */
#include <stdatomic.h>

#include "linux_release.h"

static atomic_int linux_kernver_override;

int
linux_kernver(struct thread *td)
{
	int v;

	(void)td;
	v = atomic_load_explicit(&linux_kernver_override,
	    memory_order_relaxed);
	return (v != 0 ? v : LINUX_RELEASE_KERNVER);
}

void
linux_set_kernver(int kernver)
{

	atomic_store(&linux_kernver_override, kernver);
}
