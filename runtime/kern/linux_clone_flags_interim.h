/*
 * linux_clone_flags_interim.h — INTERIM, written by hand by the clone team
 * until the translation team's generator produces
 * out/<release>/linux_clone_flags.h from spec/<release>/clone.flags.
 * linux_clone.h includes this file only while that header does not exist;
 * delete it (and linux_clone_flags_interim.c) once it does.
 *
 * Interface (docs/generated-interfaces.md):
 *   linux_clone_check(flags)        0, or the host errno Linux's validity
 *                                   rules give for these clone flags;
 *   linux_clone_to_rfork(flags, &rf) the host rfork flags of the process
 *                                   path; 0 or a host errno.
 */
#ifndef _LINUX_CLONE_FLAGS_INTERIM_H_
#define _LINUX_CLONE_FLAGS_INTERIM_H_

#include <stdint.h>

int	linux_clone_check(uint64_t flags);
int	linux_clone_to_rfork(uint64_t flags, int *rfflags);
/* From the generated signal tables (linux_signal.h): a Linux signal
 * number's host (FreeBSD) number, 0 if the host has none. */
int	host_signal_from_linux(int linux_sig);

#endif /* !_LINUX_CLONE_FLAGS_INTERIM_H_ */
