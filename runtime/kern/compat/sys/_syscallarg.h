/*
 * sys/_syscallarg.h — syscallarg_t, one system call argument slot.
 *
 * On FreeBSD syscallarg_t comes with <sys/types.h>.  Here <sys/types.h> is
 * glibc's and must not be shadowed, so the type lives in this header, which
 * both <sys/sysent.h> and <linux_types.h> include: whoever includes the
 * generated linux_proto.h has included one of them first.
 *
 * A slot is one register of the emulated architecture (4 bytes on i386,
 * 8 on amd64): an args structure is an array of slots, and a 64-bit
 * argument on i386 occupies two of them.
 */
#ifndef _SYS__SYSCALLARG_H_
#define	_SYS__SYSCALLARG_H_

#include <sys/types.h>		/* register_t */

typedef register_t	syscallarg_t;

_Static_assert(sizeof(syscallarg_t) == sizeof(void *),
    "a syscall argument slot is one register of the emulated arch");

#endif /* !_SYS__SYSCALLARG_H_ */
