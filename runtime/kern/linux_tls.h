/*
 * linux_tls.h — thread-local storage of emulated Linux threads.
 *
 * i386 Linux gives every task three GDT slots for TLS segments
 * (set_thread_area/get_thread_area, CLONE_SETTLS with a struct user_desc).
 * A genuine i386 kernel puts them at GDT entries 6–8; an x86-64 kernel at
 * 12–14, for 32-bit and 64-bit programs alike. Which layout a group sees is
 * a per-group choice (linux_emul_set_tls_layout()): the runtime emulating
 * an i386 kernel uses 6–8, a host that runs the program on a real x86-64
 * CPU must report 12–14 because the program loads the selector into %gs.
 *
 * amd64 Linux keeps TLS in the FS and GS base registers (arch_prctl,
 * CLONE_SETTLS with a base address). The runtime keeps them where a ptrace
 * host reads and writes them anyway: the thread's trapframe (tf_fs_base,
 * tf_gs_base, with the selectors tf_fs/tf_gs zero as Linux leaves them).
 *
 * Nothing here loads a segment register or touches a real GDT: TLS is
 * per-thread state of the runtime. A host that runs real threads applies
 * it: linux_tls_get_desc() gives each slot as a struct user_desc (what
 * PTRACE_SET_THREAD_AREA takes), linux_tls_desc_bytes() as the eight bytes
 * the CPU would read from the GDT.
 *
 * docs/runtime-clone.md says where this departs from the thesis (which
 * emulated a single slot) and why.
 */
#ifndef _LINUX_TLS_H_
#define _LINUX_TLS_H_

#include <stdbool.h>
#include <stdint.h>

#include "linux_types.h"

struct thread;

#define	LINUX_TLS_SLOTS			3
#define	LINUX_GDT_TLS_MIN_I386		6	/* i386 kernel */
#define	LINUX_GDT_TLS_MIN_X86_64	12	/* x86-64 kernel */
#if defined(__x86_64__)
#define	LINUX_GDT_TLS_MIN_DEFAULT	LINUX_GDT_TLS_MIN_X86_64
#else
#define	LINUX_GDT_TLS_MIN_DEFAULT	LINUX_GDT_TLS_MIN_I386
#endif

/* The flag bits of struct l_user_desc (linux_thread_types.h). */
#define	LINUX_UD_SEG_32BIT		0x00000001
#define	LINUX_UD_CONTENTS_MASK		0x00000006
#define	LINUX_UD_CONTENTS_SHIFT		1
#define	LINUX_UD_READ_EXEC_ONLY		0x00000008
#define	LINUX_UD_LIMIT_IN_PAGES		0x00000010
#define	LINUX_UD_SEG_NOT_PRESENT	0x00000020
#define	LINUX_UD_USEABLE		0x00000040
#define	LINUX_UD_LM			0x00000080
#define	LINUX_UD_FLAGS_MASK		0x000000ff

/* arch_prctl codes (asm/prctl.h). */
#define	LINUX_ARCH_SET_GS		0x1001
#define	LINUX_ARCH_SET_FS		0x1002
#define	LINUX_ARCH_GET_FS		0x1003
#define	LINUX_ARCH_GET_GS		0x1004

/* Highest user address + 1 of an amd64 process with 4-level paging, less
 * the guard page: Linux's TASK_SIZE_MAX, above which FS/GS bases are
 * refused with EPERM. */
#define	LINUX_TASK_SIZE_MAX_AMD64	0x00007ffffffff000ULL

/* Per-thread TLS slots; a zero descriptor is an empty slot. */
struct linux_tls_state {
	uint64_t	lts_desc[LINUX_TLS_SLOTS];
};

/*
 * The conversions (linux_tls_desc.c), pure functions.
 *
 * linux_tls_desc_okay()    whether Linux accepts the descriptor in a TLS
 *                          slot: the two "no segment" forms, else a
 *                          present 32-bit data segment.
 * linux_tls_desc_encode()  user_desc -> the 8 descriptor bytes as the CPU
 *                          reads them (little-endian), 0 for "no segment".
 * linux_tls_desc_decode()  the other way, as get_thread_area reports it.
 */
bool		linux_tls_desc_okay(const struct l_user_desc *ud);
uint64_t	linux_tls_desc_encode(const struct l_user_desc *ud);
void		linux_tls_desc_decode(uint64_t desc, uint32_t entry,
		    struct l_user_desc *ud);

/*
 * The slot operations on a thread (linux_tls.c). gdt_min is the group's
 * layout. linux_tls_set() implements set_thread_area after copyin:
 * `*entry` is the requested entry number (-1: allocate when can_allocate)
 * and on return the entry used; `allocated` tells the caller it must copy
 * the number back out before the slot is written with linux_tls_store().
 */
int	linux_tls_select(const struct linux_tls_state *ts, int gdt_min,
	    const struct l_user_desc *ud, bool can_allocate, int *entry,
	    bool *allocated);
void	linux_tls_store(struct linux_tls_state *ts, int gdt_min, int entry,
	    const struct l_user_desc *ud);

/* Accessors for hosts that apply TLS to real threads. */
int		linux_tls_gdt_min(struct thread *td);
int		linux_tls_get_desc(struct thread *td, int entry,
		    struct l_user_desc *ud);
uint64_t	linux_tls_desc_bytes(struct thread *td, int slot);

/*
 * CLONE_SETTLS (linux_tls_<arch>.c): check the `tls` argument before the
 * child exists (the errors Linux gives), then apply it to the child.
 */
struct linux_tls_clone {
#if defined(__x86_64__)
	uint64_t		tc_fs_base;
#else
	struct l_user_desc	tc_desc;
	int			tc_entry;
#endif
};
int	linux_tls_clone_prepare(struct thread *td, uintptr_t tls,
	    struct linux_tls_clone *tc);
void	linux_tls_clone_apply(struct thread *newtd,
	    const struct linux_tls_clone *tc);

#endif /* !_LINUX_TLS_H_ */
