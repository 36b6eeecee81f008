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

#endif /* !_LINUX_MISC_TYPES_H_ */
