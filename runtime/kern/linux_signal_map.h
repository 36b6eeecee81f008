/*
 * linux_signal_map.h — signal numbers and sets between Linux and the host.
 *
 * The tables are generated from spec/<release>/signal.map into
 * out/<release>/linux_signal.[ch]: linux_signal_from_host() and
 * host_signal_from_linux() for numbers (0 when there is no counterpart),
 * and the set conversions on the generated host_sigset_t and a 64-bit
 * Linux set. The kernel API's ksigset_t has the host sigset_t's layout
 * (four 32-bit words, bit n - 1 for signal n); these wrappers give the
 * runtime the conversions on the types it holds.
 */
#ifndef _LINUX_SIGNAL_MAP_H_
#define _LINUX_SIGNAL_MAP_H_

#include <string.h>

#include "kern_api_signal.h"
#include "linux_signal_abi.h"

_Static_assert(sizeof(ksigset_t) == sizeof(host_sigset_t),
    "ksigset_t must have the host sigset_t's layout");

static inline void
linux_sigset_from_ksigset(const ksigset_t *kset, l_sigset_t *lset)
{
	host_sigset_t hset;
	uint64_t bits;

	memcpy(&hset, kset, sizeof(hset));
	linux_sigset_from_host(&hset, &bits);
	l_sigset_set(lset, bits);
}

static inline void
ksigset_from_linux_sigset(const l_sigset_t *lset, ksigset_t *kset)
{
	host_sigset_t hset;

	host_sigset_from_linux(l_sigset_get(lset), &hset);
	memcpy(kset, &hset, sizeof(hset));
}

#endif /* !_LINUX_SIGNAL_MAP_H_ */
