/*
 * kern_host.h — storage of the kernel API's types for the hosts that run on
 * Linux user space (runtime/host/inproc and runtime/host/tracer). Both use
 * POSIX threads for emulated threads, so a kmutex is a pthread mutex.
 * runtime/kern sees this file only through kern_api.h.
 */
#ifndef _KERN_HOST_H_
#define _KERN_HOST_H_

#include <pthread.h>

struct kmutex {
	pthread_mutex_t	km_mtx;
	const char	*km_name;
	pthread_t	km_owner;	/* for kmtx_assert() */
	int		km_owned;
};

#endif /* !_KERN_HOST_H_ */
