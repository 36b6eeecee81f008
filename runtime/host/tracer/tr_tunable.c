/*
 * tr_tunable.c — kern_ncpus() and kern_tunable_int() for the tracer host,
 * shared with the in-process host (runtime/host/linux/kern_host_tunable.h).
 * Added by the futex team, whose hash table is sized from them.
 */
#include "tracer.h"
#include "kern_host_tunable.h"

int
kern_ncpus(void)
{

	return (kern_host_ncpus());
}

int
kern_tunable_int(const char *name, int dflt)
{

	return (kern_host_tunable_int(name, dflt));
}
