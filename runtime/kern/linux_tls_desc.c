/*
 * linux_tls_desc.c — struct user_desc <-> x86 segment descriptor.
 *
 * An x86 segment descriptor is 8 bytes (Intel SDM vol. 3, 3.4.5), read by
 * the CPU as two little-endian 32-bit words:
 *
 *   low  word  bits  0–15  limit 15:0        bits 16–31  base 15:0
 *   high word  bits  0–7   base 23:16        bits  8–11  type
 *              bit   12    S (1: code/data)  bits 13–14  DPL
 *              bit   15    P (present)       bits 16–19  limit 19:16
 *              bit   20    AVL               bit   21    L (64-bit code)
 *              bit   22    D/B (32-bit)      bit   23    G (4 KiB units)
 *              bits 24–31  base 31:24
 *
 * type, for data segments: bit 0 accessed, bit 1 writable, bit 2
 * expand-down; user_desc's `contents` is type bits 2–3 and
 * `read_exec_only` is "not writable".
 *
 * What Linux does with a user_desc (x86-64 and i386 kernels since 4.x;
 * the runtime follows them, see docs/runtime-clone.md for 2.6.16):
 *  - two forms mean "no segment" and clear the slot: LDT_empty (only
 *    read_exec_only and seg_not_present set) and the all-zero one;
 *  - otherwise only a present 32-bit data segment is accepted;
 *  - the descriptor gets S = 1, DPL = 3, the accessed bit set (so the
 *    GDT may be mapped read-only), L = 0 whatever `lm` says.
 */

#include "linux_tls.h"

#define	UD_NO_SEGMENT_MASK	(LINUX_UD_FLAGS_MASK & ~LINUX_UD_LM)
#define	UD_EMPTY_FLAGS		(LINUX_UD_READ_EXEC_ONLY | LINUX_UD_SEG_NOT_PRESENT)

#define	DESC_TYPE_ACCESSED	0x1
#define	DESC_TYPE_WRITABLE	0x2
#define	DESC_S			(1ULL << 44)
#define	DESC_DPL3		(3ULL << 45)
#define	DESC_P			(1ULL << 47)
#define	DESC_AVL		(1ULL << 52)
#define	DESC_L			(1ULL << 53)
#define	DESC_DB			(1ULL << 54)
#define	DESC_G			(1ULL << 55)

/* Linux's LDT_empty() and LDT_zero(); `lm` is ignored by both. */
static bool
ud_is_no_segment(const struct l_user_desc *ud)
{
	uint32_t f;

	if (ud->base_addr != 0 || ud->limit != 0)
		return (false);
	f = ud->flags & UD_NO_SEGMENT_MASK;
	return (f == UD_EMPTY_FLAGS || f == 0);
}

bool
linux_tls_desc_okay(const struct l_user_desc *ud)
{
	uint32_t contents;

	if (ud_is_no_segment(ud))
		return (true);
	/* 16-bit segments would need espfix, which only LDT segments get. */
	if ((ud->flags & LINUX_UD_SEG_32BIT) == 0)
		return (false);
	/* Data segments only: contents 0 (data) or 1 (expand-down data). */
	contents = (ud->flags & LINUX_UD_CONTENTS_MASK) >>
	    LINUX_UD_CONTENTS_SHIFT;
	if (contents > 1)
		return (false);
	if ((ud->flags & LINUX_UD_SEG_NOT_PRESENT) != 0)
		return (false);
	return (true);
}

uint64_t
linux_tls_desc_encode(const struct l_user_desc *ud)
{
	uint64_t d, base, limit, type;

	if (ud_is_no_segment(ud))
		return (0);
	base = ud->base_addr;
	limit = ud->limit & 0xfffff;
	type = (uint64_t)((ud->flags & LINUX_UD_CONTENTS_MASK) >>
	    LINUX_UD_CONTENTS_SHIFT) << 2;
	if ((ud->flags & LINUX_UD_READ_EXEC_ONLY) == 0)
		type |= DESC_TYPE_WRITABLE;
	type |= DESC_TYPE_ACCESSED;

	d = (limit & 0xffff) | ((base & 0xffff) << 16);
	d |= ((base >> 16) & 0xff) << 32;
	d |= type << 40;
	d |= DESC_S | DESC_DPL3;
	if ((ud->flags & LINUX_UD_SEG_NOT_PRESENT) == 0)
		d |= DESC_P;
	d |= ((limit >> 16) & 0xf) << 48;
	if ((ud->flags & LINUX_UD_USEABLE) != 0)
		d |= DESC_AVL;
	if ((ud->flags & LINUX_UD_SEG_32BIT) != 0)
		d |= DESC_DB;
	if ((ud->flags & LINUX_UD_LIMIT_IN_PAGES) != 0)
		d |= DESC_G;
	d |= ((base >> 24) & 0xff) << 56;
	return (d);
}

void
linux_tls_desc_decode(uint64_t d, uint32_t entry, struct l_user_desc *ud)
{
	uint32_t type, flags;

	ud->entry_number = entry;
	ud->base_addr = (uint32_t)(((d >> 16) & 0xffff) |
	    (((d >> 32) & 0xff) << 16) | (((d >> 56) & 0xff) << 24));
	ud->limit = (uint32_t)((d & 0xffff) | (((d >> 48) & 0xf) << 16));
	type = (uint32_t)((d >> 40) & 0xf);
	flags = 0;
	if ((d & DESC_DB) != 0)
		flags |= LINUX_UD_SEG_32BIT;
	flags |= (type >> 2) << LINUX_UD_CONTENTS_SHIFT;
	if ((type & DESC_TYPE_WRITABLE) == 0)
		flags |= LINUX_UD_READ_EXEC_ONLY;
	if ((d & DESC_G) != 0)
		flags |= LINUX_UD_LIMIT_IN_PAGES;
	if ((d & DESC_P) == 0)
		flags |= LINUX_UD_SEG_NOT_PRESENT;
	if ((d & DESC_AVL) != 0)
		flags |= LINUX_UD_USEABLE;
	if ((d & DESC_L) != 0)
		flags |= LINUX_UD_LM;
	ud->flags = flags;
}
