/*
 * linux_signal_map.h — signal numbers and sets between Linux and the host.
 *
 * The tables are generated from spec/<release>/signal.map into
 * out/<release>/linux_signal.[ch] (docs/generated-interfaces.md); this
 * header uses them when they exist. Until the translation-spec team's
 * template lands, linux_signal_interim.c provides the same four functions
 * from the reference facts (shared/reference/freebsd/
 * linux-signal-map-freebsd.tsv). INTERIM: that team replaces it; the
 * prototypes below are the ones runtime/kern is written against.
 *
 *   linux_signal_from_host(h)   Linux number of host signal h, 0 if none
 *   host_signal_from_linux(l)   host number of Linux signal l, 0 if none
 *   linux_sigset_from_host(h, l)   *l = the Linux signals of set *h
 *   host_sigset_from_linux(l, h)   *h = the host signals of set *l
 */
#ifndef _LINUX_SIGNAL_MAP_H_
#define _LINUX_SIGNAL_MAP_H_

#include "kern_api_signal.h"
#include "linux_signal_abi.h"

#if __has_include("linux_signal.h")
#include "linux_signal.h"
#else
#define	LINUX_SIGNAL_MAP_INTERIM	1
int	linux_signal_from_host(int host_sig);
int	host_signal_from_linux(int linux_sig);
void	linux_sigset_from_host(const ksigset_t *hset, l_sigset_t *lset);
void	host_sigset_from_linux(const l_sigset_t *lset, ksigset_t *hset);
#endif

#endif /* !_LINUX_SIGNAL_MAP_H_ */
