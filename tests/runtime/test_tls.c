/*
 * test_tls.c — thread-local storage.
 *
 * Unit tests of the user_desc <-> segment descriptor conversion and of the
 * slot rules, then differential tests against this machine's kernel:
 *  - i386: set_thread_area/get_thread_area/CLONE_SETTLS in a real 32-bit
 *    process (helpers/raw_tls_probe_i386) against the i386 runtime
 *    (helpers/tls_emul_i386), for every value of the user_desc flag byte:
 *    same verdicts, same errors, same entry numbers, same descriptor read
 *    back, and the same segment as the CPU sees it (lar, lsl, a read
 *    through %fs). The real kernel is an x86-64 one, whose TLS slots are
 *    GDT entries 12–14; the runtime's i386-kernel layout (6–8) must give
 *    the same answers with the entries moved by 6.
 *  - amd64: arch_prctl and CLONE_SETTLS (raw_tls_probe_amd64 against
 *    tls_emul_amd64).
 */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kern_api.h"
#include "linux_types.h"
#include "linux_tls.h"
#include "tls_script.h"

#define	TLS_PAGE	TLS_PROBE_PAGE

/*
 * Conversion.
 */
static struct l_user_desc
ud(uint32_t entry, uint32_t base, uint32_t limit, uint32_t flags)
{
	struct l_user_desc u = { entry, base, limit, flags };

	return (u);
}

Test(tls_desc, a_descriptor_is_encoded_as_the_cpu_reads_it)
{
	struct l_user_desc u;

	/*
	 * base 0x12345678, limit 0xfffff, 32-bit, 4 KiB units, useable,
	 * writable data: by the layout of Intel SDM vol. 3 §3.4.5,
	 *   low  = base[15:0] << 16 | limit[15:0]          = 0x5678ffff
	 *   high = base[31:24] << 24 | G D 0 AVL = 0xd << 20 | limit[19:16]
	 *          << 16 | P DPL=3 S type=0011 = 0xf3 << 8 | base[23:16]
	 *                                                  = 0x12dff334
	 */
	u = ud(12, 0x12345678, 0xfffff, LINUX_UD_SEG_32BIT |
	    LINUX_UD_LIMIT_IN_PAGES | LINUX_UD_USEABLE);
	cr_assert_eq(linux_tls_desc_encode(&u), 0x12dff3345678ffffULL,
	    "got %#llx", (unsigned long long)linux_tls_desc_encode(&u));

	/* Read-only expand-down, byte granular: type 0101, no D/G/AVL. */
	u = ud(12, 0x00010000, 0x00abc, LINUX_UD_SEG_32BIT |
	    LINUX_UD_READ_EXEC_ONLY | (1 << LINUX_UD_CONTENTS_SHIFT));
	cr_assert_eq(linux_tls_desc_encode(&u), 0x0040f50100000abcULL,
	    "got %#llx", (unsigned long long)linux_tls_desc_encode(&u));
}

Test(tls_desc, the_two_no_segment_forms_encode_to_an_empty_slot)
{
	struct l_user_desc empty = ud(13, 0, 0, LINUX_UD_READ_EXEC_ONLY |
	    LINUX_UD_SEG_NOT_PRESENT);
	struct l_user_desc zero = ud(13, 0, 0, 0);
	struct l_user_desc zero_lm = ud(13, 0, 0, LINUX_UD_LM);

	cr_assert_eq(linux_tls_desc_encode(&empty), 0);
	cr_assert_eq(linux_tls_desc_encode(&zero), 0);
	cr_assert_eq(linux_tls_desc_encode(&zero_lm), 0,
	    "lm is ignored when deciding \"no segment\"");
	cr_assert(linux_tls_desc_okay(&empty));
	cr_assert(linux_tls_desc_okay(&zero));
}

Test(tls_desc, only_present_32_bit_data_segments_are_accepted)
{
	uint32_t f;
	bool want;

	for (f = 0; f < 0x100; f++) {
		struct l_user_desc u = ud(12, 0x1000, 0x10, f);

		want = (f & LINUX_UD_SEG_32BIT) != 0 &&
		    ((f & LINUX_UD_CONTENTS_MASK) >> LINUX_UD_CONTENTS_SHIFT)
		    <= 1 && (f & LINUX_UD_SEG_NOT_PRESENT) == 0;
		cr_assert_eq(linux_tls_desc_okay(&u), want, "flags %#x", f);
	}
}

Test(tls_desc, decoding_gives_back_what_was_encoded_without_lm)
{
	static const uint32_t bases[] = { 0, 0x1000, 0xfedcba98 };
	static const uint32_t limits[] = { 0, 0x1, 0xfffff, 0x123456 };
	struct l_user_desc u, back;
	size_t b, l;
	uint32_t f;

	for (f = 0; f < 0x100; f++) {
		for (b = 0; b < 3; b++) {
			for (l = 0; l < 4; l++) {
				u = ud(14, bases[b], limits[l], f);
				if (!linux_tls_desc_okay(&u) ||
				    linux_tls_desc_encode(&u) == 0)
					continue;
				linux_tls_desc_decode(linux_tls_desc_encode(&u),
				    14, &back);
				cr_assert_eq(back.entry_number, 14);
				cr_assert_eq(back.base_addr, bases[b]);
				cr_assert_eq(back.limit, limits[l] & 0xfffff);
				cr_assert_eq(back.flags, f & ~LINUX_UD_LM,
				    "flags %#x came back as %#x", f,
				    back.flags);
			}
		}
	}
}

Test(tls_desc, an_empty_slot_reads_back_as_the_empty_form)
{
	struct l_user_desc back;

	linux_tls_desc_decode(0, 8, &back);
	cr_assert_eq(back.entry_number, 8);
	cr_assert_eq(back.base_addr, 0);
	cr_assert_eq(back.limit, 0);
	cr_assert_eq(back.flags, LINUX_UD_READ_EXEC_ONLY |
	    LINUX_UD_SEG_NOT_PRESENT);
}

/*
 * Slot rules.
 */
Test(tls_slots, entry_minus_one_takes_the_lowest_free_slot_until_none_is_left)
{
	struct linux_tls_state ts;
	struct l_user_desc u = ud((uint32_t)-1, 0x1000, 0x10,
	    LINUX_UD_SEG_32BIT);
	bool allocated;
	int entry, i, error;

	memset(&ts, 0, sizeof(ts));
	ts.lts_desc[1] = linux_tls_desc_encode(&u);	/* 7 in use */
	for (i = 0; i < 2; i++) {
		entry = -1;
		error = linux_tls_select(&ts, 6, &u, true, &entry, &allocated);
		cr_assert_eq(error, 0);
		cr_assert(allocated);
		cr_assert_eq(entry, i == 0 ? 6 : 8);
		linux_tls_store(&ts, 6, entry, &u);
	}
	entry = -1;
	cr_assert_eq(linux_tls_select(&ts, 6, &u, true, &entry, &allocated),
	    ESRCH, "all three slots are taken");
}

Test(tls_slots, entries_outside_the_three_slots_and_unallocatable_minus_one_are_einval)
{
	struct linux_tls_state ts;
	struct l_user_desc u = ud(0, 0x1000, 0x10, LINUX_UD_SEG_32BIT);
	static const int bad[] = { -1, 0, 5, 9, 11, 12, 255 };
	bool allocated;
	size_t i;
	int entry;

	memset(&ts, 0, sizeof(ts));
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		entry = bad[i];
		cr_assert_eq(linux_tls_select(&ts, 6, &u, false, &entry,
		    &allocated), EINVAL, "entry %d", bad[i]);
	}
	entry = 14;
	cr_assert_eq(linux_tls_select(&ts, 12, &u, false, &entry, &allocated),
	    0, "14 is the last slot of the x86-64 layout");
}

/*
 * Differential tests.
 */
static const char *
helpers_dir(void)
{
	const char *d = getenv("RUNTIME_HELPERS_DIR");

	cr_assert_not_null(d, "RUNTIME_HELPERS_DIR is set by make check");
	return (d);
}

/* Run helper < script, return its output (lines) in a malloc'ed buffer. */
static char *
run_helper(const char *helper, const char *args, const char *script)
{
	char path[] = "/tmp/test_tls_XXXXXX";
	char cmd[1024];
	char *out;
	size_t len, cap;
	FILE *f;
	int fd, status;

	fd = mkstemp(path);
	cr_assert_geq(fd, 0);
	cr_assert_eq(write(fd, script, strlen(script)), (ssize_t)strlen(script));
	close(fd);
	snprintf(cmd, sizeof(cmd), "%s/%s %s < %s", helpers_dir(), helper,
	    args, path);
	f = popen(cmd, "r");
	cr_assert_not_null(f, "%s", cmd);
	cap = 1 << 16;
	out = malloc(cap);
	len = 0;
	while ((cap - len > 1) && fgets(out + len, (int)(cap - len), f) != NULL) {
		len += strlen(out + len);
		if (cap - len < 512) {
			cap *= 2;
			out = realloc(out, cap);
		}
	}
	out[len] = '\0';
	status = pclose(f);
	unlink(path);
	cr_assert_eq(status, 0, "%s exited with %#x", cmd, status);
	return (out);
}

/* Append printf-formatted text to a growing buffer. */
struct sbuf {
	char	*s_buf;
	size_t	 s_len, s_cap;
};

static void __attribute__((__format__(__printf__, 2, 3)))
sb_printf(struct sbuf *sb, const char *fmt, ...)
{
	va_list ap;
	int n;

	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(sb->s_buf + sb->s_len, sb->s_cap - sb->s_len,
		    fmt, ap);
		va_end(ap);
		if ((size_t)n < sb->s_cap - sb->s_len)
			break;
		sb->s_cap = sb->s_cap * 2 + (size_t)n + 64;
		sb->s_buf = realloc(sb->s_buf, sb->s_cap);
	}
	sb->s_len += (size_t)n;
}

/*
 * The i386 script, written for the x86-64 layout (slots 12–14; glibc
 * holds 12). `shift` moves every slot-range entry number for the
 * i386-kernel layout.
 */
static char *
i386_script(int shift)
{
	struct sbuf sb = { calloc(1, 64), 0, 64 };
	uint32_t f;
#define	E(e)	((e) >= 11 && (e) <= 15 ? (e) - shift : (e))

	/* Every flag byte: verdict, read back, and the CPU's view. */
	for (f = 0; f < 0x100; f++) {
		sb_printf(&sb, "set %d %#lx 0x1234 %#x\n", E(13), TLS_PAGE, f);
		sb_printf(&sb, "get %d\n", E(13));
		sb_printf(&sb, "probe %d\n", E(13));
		sb_printf(&sb, "set %d 0 0 0x28\n", E(13));
	}
	/* Allocation, ESRCH, the range, faults. */
	sb_printf(&sb, "set -1 %#lx 0xfffff 0x51\n", TLS_PAGE);
	sb_printf(&sb, "set -1 0x1000 0xfff 0x41\n");
	sb_printf(&sb, "set -1 0x2000 0xfff 0x1\n");
	sb_printf(&sb, "get %d\nget %d\n", E(13), E(14));
	sb_printf(&sb, "set %d 0 0 0\nget %d\n", E(14), E(14));
	sb_printf(&sb, "set -1 0 0 0x80\n");
	sb_printf(&sb, "set -1 0 0 0x28\n");
	sb_printf(&sb, "set %d 0 0 0x28\n", E(13));
	sb_printf(&sb, "set %d 0x1000 0x10 0x1\nset %d 0x1000 0x10 0x1\n",
	    E(11), E(15));
	sb_printf(&sb, "set 0 0x1000 0x10 0x1\nset 5 0x1000 0x10 0x1\n");
	sb_printf(&sb, "get %d\nget %d\nget 0\nget 255\n", E(11), E(15));
	sb_printf(&sb, "setbad\ngetbad\n");
	sb_printf(&sb, "setro -1 %#lx 0xfff 0x1\nget %d\n", TLS_PAGE, E(13));
	sb_printf(&sb, "setro %d %#lx 0xfff 0x1\nget %d\n", E(13), TLS_PAGE,
	    E(13));
	/* CLONE_SETTLS: the entry must name a slot; the child has it. */
	sb_printf(&sb, "clonetls %d %#lx 0xfff 0x1\n", E(14), TLS_PAGE);
	sb_printf(&sb, "clonetls %d %#lx 0xfff 0x1\n", E(13), TLS_PAGE);
	sb_printf(&sb, "clonetls -1 %#lx 0xfff 0x1\n", TLS_PAGE);
	sb_printf(&sb, "clonetls %d %#lx 0xfff 0x0\n", E(14), TLS_PAGE);
	sb_printf(&sb, "clonetls %d 0 0 0x28\n", E(14));
	sb_printf(&sb, "clonetls %d 0 0 0x1\n", E(15));
#undef E
	return (sb.s_buf);
}

/* The "init" lines of the real helper (glibc's slot), shifted. */
static char *
init_lines(const char *raw, int shift)
{
	struct sbuf sb = { calloc(1, 64), 0, 64 };
	const char *p;
	int e;
	unsigned b, l, f;

	for (p = raw; p != NULL && *p != '\0'; p = strchr(p, '\n'),
	    p = p != NULL ? p + 1 : NULL) {
		if (sscanf(p, "init %d %x %x %x", &e, &b, &l, &f) == 4)
			sb_printf(&sb, "init %d %#x %#x %#x\n", e - shift, b,
			    l, f);
	}
	return (sb.s_buf);
}

/*
 * Compare the results (right of " -> ") line by line, the real entry
 * numbers moved by `shift`.
 */
static void
assert_same_results(const char *raw, const char *emu, int shift)
{
	const char *r = raw, *m = emu;
	char rl[512], ml[512], want[512];
	const char *ra, *ma;
	int lineno = 0, e;
	size_t n;

	for (;;) {
		while (r != NULL && strncmp(r, "init ", 5) == 0)
			r = (r = strchr(r, '\n')) != NULL ? r + 1 : NULL;
		if (r == NULL || *r == '\0' || m == NULL || *m == '\0')
			break;
		n = strcspn(r, "\n");
		snprintf(rl, sizeof(rl), "%.*s", (int)n, r);
		r = r[n] != '\0' ? r + n + 1 : NULL;
		n = strcspn(m, "\n");
		snprintf(ml, sizeof(ml), "%.*s", (int)n, m);
		m = m[n] != '\0' ? m + n + 1 : NULL;
		lineno++;
		ra = strstr(rl, " -> ");
		ma = strstr(ml, " -> ");
		cr_assert(ra != NULL && ma != NULL, "line %d: %s | %s", lineno,
		    rl, ml);
		/* Shift "entry=N" of the real side. */
		if (sscanf(ra, " -> rc=%*d entry=%d", &e) == 1 && e >= 11 &&
		    e <= 15) {
			const char *after = strstr(ra, "entry=");
			char tail[256];

			after += strcspn(after, " ");
			snprintf(tail, sizeof(tail), "%s", after);
			snprintf(want, sizeof(want), "%.*sentry=%d%s",
			    (int)(strstr(ra, "entry=") - ra), ra, e - shift,
			    tail);
		} else
			snprintf(want, sizeof(want), "%s", ra);
		cr_assert_str_eq(ma, want, "line %d: `%s` (emulation) vs `%s` "
		    "(this machine's kernel)", lineno, ml, rl);
	}
	cr_assert(r == NULL || *r == '\0', "the emulation stopped early");
	cr_assert(m == NULL || *m == '\0', "the emulation said more");
	cr_assert_gt(lineno, 1000, "only %d results compared", lineno);
}

static void
i386_differential(int gdt_min)
{
	char *script, *raw, *emu_in, *emu, *init, gdt_arg[32];
	int shift = 12 - gdt_min;
	size_t len;

	script = i386_script(0);
	raw = run_helper("raw_tls_probe_i386", "", script);
	free(script);
	cr_assert_not_null(strstr(raw, "init "),
	    "glibc's own TLS slot is reported");

	init = init_lines(raw, shift);
	script = i386_script(shift);
	len = strlen(init) + strlen(script) + 1;
	emu_in = malloc(len);
	snprintf(emu_in, len, "%s%s", init, script);
	snprintf(gdt_arg, sizeof(gdt_arg), "--gdt-min %d", gdt_min);
	emu = run_helper("tls_emul_i386", gdt_arg, emu_in);
	assert_same_results(raw, emu, shift);
	free(init);
	free(script);
	free(emu_in);
	free(raw);
	free(emu);
}

Test(tls_i386, the_runtime_answers_as_this_machines_kernel_in_the_x86_64_layout,
    .timeout = 120)
{

	i386_differential(LINUX_GDT_TLS_MIN_X86_64);
}

Test(tls_i386, the_i386_kernel_layout_answers_the_same_six_entries_lower,
    .timeout = 120)
{

	i386_differential(LINUX_GDT_TLS_MIN_I386);
}

Test(tls_amd64, arch_prctl_and_clone_settls_answer_as_this_machines_kernel,
    .timeout = 120)
{
	static const char script[] =
	    "arch 0x1002 0x10000000\n"
	    "arch 0x1002 0x7fffffffefff\n"
	    "arch 0x1002 0x7ffffffff000\n"
	    "arch 0x1002 0x800000000000\n"
	    "arch 0x1002 0xffff800000000000\n"
	    "arch 0x1002 0\n"
	    "arch 0x1003 0\n"
	    "arch 0x1003 8\n"
	    "arch 0x1001 0x30000000\n"
	    "arch 0x1004 0\n"
	    "arch 0x1001 0x7ffffffff000\n"
	    "arch 0x1004 0\n"
	    "arch 0x1001 0\n"
	    "arch 0x1004 0\n"
	    "arch 0x1004 8\n"
	    "arch 0x1000 0\n"
	    "arch 0x1005 0\n"
	    "clonefs 0x10000000\n"
	    "clonefs 0\n"
	    "clonefs 0x7fffffffefff\n"
	    "clonefs 0x7ffffffff000\n"
	    "clonefs 0xffffffffffffffff\n";
	char *raw, *emu;

	raw = run_helper("raw_tls_probe_amd64", "", script);
	emu = run_helper("tls_emul_amd64", "", script);
	cr_assert_str_eq(emu, raw, "emulation:\n%s\nthis machine:\n%s", emu,
	    raw);
	cr_assert_gt(strlen(raw), 200, "the helpers ran the script");
	free(raw);
	free(emu);
}
