/*
 * lhost_errno.h — the errno numbers of the real Linux system the hosts run
 * on, translated to the modelled host's (FreeBSD) numbers: what a host
 * answers for a real system call it made on the emulation's behalf.
 *
 * This is the hosts' own translation, by name, from the real <errno.h>
 * and the host facts (spec/host/<host>/errno.defs) — not the runtime's
 * Linux-release table (errno.map): results that cross the modelled host
 * boundary twice (Linux -> host here, host -> Linux in the runtime) must
 * come out as they went in, which the tests check.
 */
#ifndef _LHOST_ERRNO_H_
#define _LHOST_ERRNO_H_

/* A host errno for a real one; 0 for 0; EINVAL for one the host lacks. */
int	lhost_errno(int linux_errno);

/* The list behind it (lhost_errno_names.h), for tests. */
extern const int lhost_errno_linux_values[];
extern const int lhost_errno_count;

#endif /* !_LHOST_ERRNO_H_ */
