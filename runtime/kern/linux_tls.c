/*
 * linux_tls.c — the three TLS slots of a thread: set_thread_area(2),
 * get_thread_area(2), and the accessors a host uses to apply them.
 *
 * Linux (arch/x86/kernel/tls.c) keeps three descriptors per task and
 * copies them into the GDT at every context switch. The runtime keeps the
 * same three descriptors per thread and never loads them anywhere; the
 * host applies them if it runs the program on a real CPU.
 *
 * set_thread_area on Linux, in this order:
 *   copy the user_desc in                       EFAULT
 *   the descriptor must be acceptable           EINVAL (linux_tls_desc.c)
 *   entry_number -1: the first empty slot       ESRCH if none is empty;
 *     and its number is copied back out         EFAULT (the slot is untouched)
 *   the entry must be one of the three          EINVAL
 *   store it (a "no segment" form empties the slot).
 * get_thread_area reads only entry_number, checks the range (EINVAL) and
 * copies out the whole descriptor as a user_desc.
 */

#include <string.h>

#include "kern_api.h"
#include "linux_emul.h"
#include "linux_types.h"
#include "linux_proto.h"
#include "linux_syscall.h"
#include "linux_tls.h"

int
linux_tls_select(const struct linux_tls_state *ts, int gdt_min,
    const struct l_user_desc *ud, bool can_allocate, int *entry,
    bool *allocated)
{
	int idx, slot;

	*allocated = false;
	if (!linux_tls_desc_okay(ud))
		return (EINVAL);
	idx = *entry;
	if (idx == -1 && can_allocate) {
		for (slot = 0; slot < LINUX_TLS_SLOTS; slot++) {
			if (ts->lts_desc[slot] == 0)
				break;
		}
		if (slot == LINUX_TLS_SLOTS)
			return (ESRCH);
		idx = gdt_min + slot;
		*allocated = true;
	}
	*entry = idx;
	if (idx < gdt_min || idx >= gdt_min + LINUX_TLS_SLOTS)
		return (EINVAL);
	return (0);
}

void
linux_tls_store(struct linux_tls_state *ts, int gdt_min, int entry,
    const struct l_user_desc *ud)
{

	KASSERT(entry >= gdt_min && entry < gdt_min + LINUX_TLS_SLOTS,
	    ("linux_tls_store: entry %d outside %d..%d", entry, gdt_min,
	    gdt_min + LINUX_TLS_SLOTS - 1));
	ts->lts_desc[entry - gdt_min] = linux_tls_desc_encode(ud);
}

int
linux_tls_gdt_min(struct thread *td)
{

	return (em_find(td)->em_pem->pem_tls_gdt_min);
}

int
linux_tls_get_desc(struct thread *td, int entry, struct l_user_desc *ud)
{
	int gdt_min;

	gdt_min = linux_tls_gdt_min(td);
	if (entry < gdt_min || entry >= gdt_min + LINUX_TLS_SLOTS)
		return (EINVAL);
	linux_tls_desc_decode(em_find(td)->em_tls.lts_desc[entry - gdt_min],
	    (uint32_t)entry, ud);
	return (0);
}

uint64_t
linux_tls_desc_bytes(struct thread *td, int slot)
{

	KASSERT(slot >= 0 && slot < LINUX_TLS_SLOTS,
	    ("linux_tls_desc_bytes: slot %d", slot));
	return (em_find(td)->em_tls.lts_desc[slot]);
}

#if defined(LINUX_ARCH_AMD64) && defined(LINUX_SYS_linux_set_thread_area)
/*
 * An x86-64 kernel reloads a segment register whose selector names the
 * slot just changed; for FS and GS that replaces the base with the new
 * descriptor's (do_set_thread_area()). On i386 the selector simply keeps
 * naming the slot, so nothing is needed there.
 */
static void
linux_tls_reload_selectors(struct thread *td, int entry,
    const struct l_user_desc *ud)
{
	struct trapframe *tf;
	uint64_t sel;

	tf = td->td_frame;
	sel = ((uint64_t)entry << 3) | 3;
	if ((tf->tf_fs & 0xffff) == sel)
		tf->tf_fs_base = ud->base_addr;
	if ((tf->tf_gs & 0xffff) == sel)
		tf->tf_gs_base = ud->base_addr;
}
#endif

#ifdef LINUX_SYS_linux_set_thread_area
int
linux_set_thread_area(struct thread *td, struct linux_set_thread_area_args *args)
{
	struct linux_emuldata *em;
	struct l_user_desc ud;
	uint32_t entry_out;
	bool allocated;
	int entry, error;

	em = em_find(td);
	error = copyin(args->desc, &ud, sizeof(ud));
	if (error != 0)
		return (error);
	entry = (int)ud.entry_number;
	error = linux_tls_select(&em->em_tls, linux_tls_gdt_min(td), &ud,
	    true, &entry, &allocated);
	if (error != 0)
		return (error);
	if (allocated) {
		entry_out = (uint32_t)entry;
		error = copyout(&entry_out, &args->desc->entry_number,
		    sizeof(entry_out));
		if (error != 0)
			return (error);
	}
	linux_tls_store(&em->em_tls, linux_tls_gdt_min(td), entry, &ud);
#if defined(LINUX_ARCH_AMD64)
	linux_tls_reload_selectors(td, entry, &ud);
#endif
	return (0);
}
#endif

#ifdef LINUX_SYS_linux_get_thread_area
int
linux_get_thread_area(struct thread *td, struct linux_get_thread_area_args *args)
{
	struct l_user_desc ud;
	int32_t entry;
	int error;

	error = copyin(&args->desc->entry_number, &entry, sizeof(entry));
	if (error != 0)
		return (error);
	error = linux_tls_get_desc(td, entry, &ud);
	if (error != 0)
		return (error);
	return (copyout(&ud, args->desc, sizeof(ud)));
}
#endif
