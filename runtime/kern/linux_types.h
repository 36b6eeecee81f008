/*
 * linux_types.h — the Linux user/kernel ABI types (l_*) of the emulated
 * architecture.
 *
 * The generated tables (out/<release>/<arch>/linux_proto.h) declare every
 * system call argument with these types, so their widths are facts of the
 * Linux ABI: the widths of Linux's __kernel_* types on i386 and x86_64.
 * The emulated architecture is the one this file is compiled for: amd64
 * natively, i386 with -m32 (see kern_api.h).
 *
 * Scalars live here.  Structure types are declared by family in the
 * headers included at the end, incomplete unless some code needs their
 * layout; the team that implements a family completes its structures in
 * that family's header (docs/spec.md says which header holds what).
 */
#ifndef _LINUX_TYPES_H_
#define	_LINUX_TYPES_H_

#include <stdint.h>
#include <sys/_syscallarg.h>	/* syscallarg_t, for linux_proto.h */

/* C types of the Linux ABI. */
typedef int32_t		l_int;
typedef uint32_t	l_uint;
typedef int16_t		l_short;
typedef uint16_t	l_ushort;
typedef int64_t		l_longlong;
typedef uint64_t	l_ulonglong;

#if defined(__x86_64__)

#define	LINUX_ARCH_AMD64	1
typedef int64_t		l_long;
typedef uint64_t	l_ulong;
typedef l_ulong		l_size_t;
typedef l_long		l_ssize_t;
typedef l_uint		l_mode_t;	/* __kernel_mode_t: unsigned int */
typedef l_ulong		l_dev_t;
typedef l_ulong		l_ino_t;
typedef l_ulong		l_nlink_t;

#elif defined(__i386__)

#define	LINUX_ARCH_I386		1
typedef int32_t		l_long;
typedef uint32_t	l_ulong;
typedef l_uint		l_size_t;
typedef l_int		l_ssize_t;
typedef l_ushort	l_mode_t;	/* __kernel_mode_t: unsigned short */
typedef l_ushort	l_dev_t;
typedef l_ulong		l_ino_t;
typedef l_ushort	l_nlink_t;
/*
 * The 16-bit uid calls (lchown, setuid, getgroups... before the *32
 * variants) take old_uid_t/old_gid_t.  amd64 has no such calls, and so no
 * such types.
 */
typedef l_ushort	l_uid16_t;
typedef l_ushort	l_gid16_t;

#else
#error "linux_types.h: the emulated architecture is amd64 or i386"
#endif

/* Types defined from the ones above the same way on both architectures. */
typedef l_long		l_off_t;	/* lseek, truncate: a long */
typedef l_longlong	l_loff_t;	/* 64 bits everywhere */
typedef l_long		l_time_t;
typedef l_long		l_clock_t;
typedef l_long		l_suseconds_t;
typedef l_ulong		l_uintptr_t;
typedef l_ulong		l_fd_mask;	/* one word of an fd_set */
typedef l_ulong		l_aio_context_t;
typedef l_int		l_pid_t;
typedef l_uint		l_uid_t;	/* the kernel's uid_t is 32 bits */
typedef l_uint		l_gid_t;
typedef l_int		l_key_t;	/* System V IPC key: an int */
typedef l_int		l_timer_t;	/* kernel timer id: an int */
typedef l_int		l_clockid_t;
typedef l_int		l_mqd_t;

/*
 * Structure types, one header per family.  Each is extended by the team
 * that implements the family; declarations stay incomplete until then.
 */
#include "linux_signal_types.h"
#include "linux_time_types.h"
#include "linux_thread_types.h"
#include "linux_file_types.h"
#include "linux_net_ipc_types.h"
#include "linux_misc_types.h"

#endif /* !_LINUX_TYPES_H_ */
