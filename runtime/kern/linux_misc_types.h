/*
 * linux_misc_types.h — the remaining structures the system call
 * prototypes name (included by linux_types.h).  Incomplete until some
 * handler needs their layout.
 */
#ifndef _LINUX_MISC_TYPES_H_
#define	_LINUX_MISC_TYPES_H_

#ifndef _LINUX_TYPES_H_
#error "include <linux_types.h>, not this header"
#endif

struct l_new_utsname;		/* uname: 6 fields of 65 bytes */
struct l_old_utsname;		/* i386 olduname */
struct l_oldold_utsname;	/* i386 oldolduname: 9-byte fields */
struct l_sysinfo;
struct l_rlimit;
struct l_rusage;
struct l_sched_param;
struct l___sysctl_args;
struct l_user_cap_header;
struct l_user_cap_data;
struct l_kexec_segment;
struct l_vm86_struct;		/* i386 vm86old */
struct l_sel_arg_struct;	/* i386 old select's argument block */
struct l_mmap_arg_struct;	/* i386 old mmap's argument block */

/*
 * struct futex_waitv (Linux uapi futex.h, 5.16): one futex of
 * futex_waitv(2) or of futex_requeue(2)'s pair. The same 24 bytes on
 * every architecture: the address is a u64 even for 32-bit programs.
 */
struct l_futex_waitv {
	uint64_t	val;		/* the expected value */
	uint64_t	uaddr;		/* the futex word */
	uint32_t	flags;		/* FUTEX2_* */
	uint32_t	__reserved;	/* must be 0 */
};
_Static_assert(sizeof(struct l_futex_waitv) == 24,
    "struct futex_waitv is 24 bytes");

#endif /* !_LINUX_MISC_TYPES_H_ */
