/*
 * linux_thread_types.h — structures of thread creation, thread-local
 * storage and futexes (included by linux_types.h).
 *
 * Owned by the clone, TLS and futex work: complete them here.
 */
#ifndef _LINUX_THREAD_TYPES_H_
#define	_LINUX_THREAD_TYPES_H_

#ifndef _LINUX_TYPES_H_
#error "include <linux_types.h>, not this header"
#endif

struct l_user_desc;		/* set_thread_area, clone(CLONE_SETTLS) on i386 */
struct linux_robust_list_head;	/* set_robust_list (2.6.17+) */
struct l_user_clone_args;	/* clone3 (5.3+) */
struct linux_rseq;		/* rseq (4.18+) */

#endif /* !_LINUX_THREAD_TYPES_H_ */
