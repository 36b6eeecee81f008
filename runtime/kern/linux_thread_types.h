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

struct linux_robust_list_head;	/* set_robust_list (2.6.17+) */

/*
 * struct user_desc (asm/ldt.h): set_thread_area, get_thread_area,
 * clone(CLONE_SETTLS) on i386. 16 bytes on both architectures. The flag
 * bits of the fourth word are C bit-fields in Linux's header; they are
 * masks (linux_tls.h) here, so that the layout does not depend on the
 * compiler. Layout: shared/reference/linux/layout-i386.txt.
 */
struct l_user_desc {
	uint32_t	entry_number;
	uint32_t	base_addr;
	uint32_t	limit;
	uint32_t	flags;		/* LINUX_UD_* */
};
_Static_assert(sizeof(struct l_user_desc) == 16,
    "struct user_desc is 16 bytes");

/* struct clone_args (include/uapi/linux/sched.h), clone3 (5.3+): all
 * fields 64-bit, on both architectures. */
struct l_user_clone_args {
	uint64_t	flags;
	uint64_t	pidfd;
	uint64_t	child_tid;
	uint64_t	parent_tid;
	uint64_t	exit_signal;
	uint64_t	stack;
	uint64_t	stack_size;
	uint64_t	tls;
	uint64_t	set_tid;	/* CLONE_ARGS_SIZE_VER1 from here */
	uint64_t	set_tid_size;
	uint64_t	cgroup;		/* CLONE_ARGS_SIZE_VER2 */
};
#define	LINUX_CLONE_ARGS_SIZE_VER0	64
#define	LINUX_CLONE_ARGS_SIZE_VER1	80
#define	LINUX_CLONE_ARGS_SIZE_VER2	88
_Static_assert(sizeof(struct l_user_clone_args) == LINUX_CLONE_ARGS_SIZE_VER2,
    "struct clone_args is 88 bytes");
struct linux_rseq;		/* rseq (4.18+) */

#endif /* !_LINUX_THREAD_TYPES_H_ */
