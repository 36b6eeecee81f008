/*
 * raw_tls_probe.c — what this machine's kernel does with thread-local
 * storage requests: set_thread_area/get_thread_area and CLONE_SETTLS on
 * i386, arch_prctl and CLONE_SETTLS on amd64. It reads a script on stdin
 * and prints one line per operation; tls_emul.c runs the same script
 * through the runtime and prints the same format, and test_tls.c compares
 * the two. Links nothing of the runtime; system calls are raw (no errno,
 * no libc wrapper), and nothing that uses the thread pointer runs while a
 * test changes it.
 *
 * Script (one operation per line, numbers in C notation):
 *   set E BASE LIMIT FLAGS      set_thread_area with that user_desc
 *   setro E BASE LIMIT FLAGS    the same from a read-only page
 *   setbad                      set_thread_area(unmapped address)
 *   get E                       get_thread_area for entry E
 *   getbad                      get_thread_area(unmapped address)
 *   probe E                     load selector E into %fs and read back
 *                               what the CPU made of the descriptor (i386)
 *   clonetls E BASE LIMIT FLAGS clone(CLONE_SETTLS) with that user_desc;
 *                               the child reports its slot E (i386)
 *   arch CODE ADDR              arch_prctl(CODE, ADDR) (amd64); for the
 *                               GET codes ADDR 0 means a valid buffer
 *   clonefs BASE                clone(CLONE_SETTLS) with FS base BASE; the
 *                               child reports its FS base (amd64)
 * "init" lines of the output give the slots in use before the script
 * (glibc's own TLS on i386), for tls_emul.c to start from the same state.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tls_script.h"

#if defined(__i386__)
#define	NR_SET_THREAD_AREA	243
#define	NR_GET_THREAD_AREA	244
#define	NR_CLONE		120

static long
raw1(long nr, long a)
{
	long r;

	__asm__ volatile("int $0x80" : "=a"(r) : "a"(nr), "b"(a) : "memory");
	return (r);
}

/*
 * clone(CLONE_VM | CLONE_SETTLS | SIGCHLD) whose child runs only the code
 * in this asm: get_thread_area(report) then exit(0). The report address
 * travels on the child's new stack (the registers are the parent's).
 */
static long
raw_clone_settls(struct tls_user_desc *ud, struct tls_user_desc *report,
    char *stack_top)
{
	long r;

	*(void **)(stack_top - 4) = report;
	__asm__ volatile(
	    "pushl %%ebx\n\t"
	    "movl %2, %%ebx\n\t"
	    "int $0x80\n\t"
	    "testl %%eax, %%eax\n\t"
	    "jnz 1f\n\t"
	    "popl %%ebx\n\t"		/* the child: report pointer */
	    "movl $244, %%eax\n\t"
	    "int $0x80\n\t"
	    "movl $1, %%eax\n\t"
	    "xorl %%ebx, %%ebx\n\t"
	    "int $0x80\n\t"
	    "1:\n\t"
	    "popl %%ebx\n\t"
	    : "=a"(r)
	    : "a"(NR_CLONE), "r"(0x00080100L | 17), "c"(stack_top - 4),
	      "d"(0), "S"(ud), "D"(0)
	    : "memory");
	return (r);
}
#endif

#if defined(__x86_64__)
#define	NR_ARCH_PRCTL	158

static long
raw2(long nr, long a, long b)
{
	long r;

	__asm__ volatile("syscall" : "=a"(r) : "a"(nr), "D"(a), "S"(b)
	    : "rcx", "r11", "memory");
	return (r);
}

/*
 * arch_prctl on FS changes what glibc's TLS and the stack protector use:
 * set, read back and restore in one asm block, touching nothing else.
 */
static long
raw_fs_roundtrip(long code, unsigned long value, unsigned long *readback)
{
	unsigned long saved;
	long r;

	__asm__ volatile(
	    "movl $158, %%eax\n\t"		/* arch_prctl(GET_FS, &saved) */
	    "movl $0x1003, %%edi\n\t"
	    "leaq %1, %%rsi\n\t"
	    "syscall\n\t"
	    "movl $158, %%eax\n\t"		/* arch_prctl(code, value) */
	    "movq %3, %%rdi\n\t"
	    "movq %4, %%rsi\n\t"
	    "syscall\n\t"
	    "movq %%rax, %0\n\t"
	    "movl $158, %%eax\n\t"		/* arch_prctl(GET_FS, readback) */
	    "movl $0x1003, %%edi\n\t"
	    "movq %5, %%rsi\n\t"
	    "syscall\n\t"
	    "movl $158, %%eax\n\t"		/* arch_prctl(SET_FS, saved) */
	    "movl $0x1002, %%edi\n\t"
	    "movq %1, %%rsi\n\t"
	    "syscall\n\t"
	    : "=&m"(r), "=m"(saved), "=m"(*readback)
	    : "r"(code), "r"(value), "r"(readback)
	    : "rax", "rdi", "rsi", "rcx", "r11", "memory");
	return (r);
}

/* clone(CLONE_VM | CLONE_SETTLS | SIGCHLD); the child reports its FS base
 * with arch_prctl(GET_FS) and exits, running only this asm. */
static long
raw_clone_fs(unsigned long base, unsigned long *report, char *stack_top)
{
	long r;

	/* Before the register variables: a sanitizer's store hook would
	 * clobber r8 and r10. */
	*(void **)(stack_top - 8) = report;
	register long r10 __asm__("r10") = 0;
	register long r8 __asm__("r8") = (long)base;
	__asm__ volatile(
	    "syscall\n\t"
	    "testq %%rax, %%rax\n\t"
	    "jnz 1f\n\t"
	    "popq %%rsi\n\t"
	    "movl $0x1003, %%edi\n\t"
	    "movl $158, %%eax\n\t"
	    "syscall\n\t"
	    "movl $60, %%eax\n\t"
	    "xorl %%edi, %%edi\n\t"
	    "syscall\n\t"
	    "1:\n\t"
	    : "=a"(r)
	    : "a"(56), "D"(0x00080100L | 17), "S"(stack_top - 8), "d"(0),
	      "r"(r10), "r"(r8)
	    : "rcx", "r11", "memory");
	return (r);
}
#endif

static char clone_stack[16384] __attribute__((__aligned__(16)));

#if defined(__i386__)
static void
print_init(void)
{
	struct tls_user_desc ud;
	int e;

	for (e = 0; e < 32; e++) {
		memset(&ud, 0, sizeof(ud));
		ud.entry_number = (uint32_t)e;
		if (raw1(NR_GET_THREAD_AREA, (long)&ud) != 0)
			continue;
		if (ud.base_addr == 0 && ud.limit == 0 &&
		    (ud.flags & 0x7f) == TLS_UD_EMPTY_FLAGS)
			continue;
		printf("init %d %#x %#x %#x\n", e, ud.base_addr, ud.limit,
		    ud.flags);
	}
}

/* What the CPU made of the descriptor behind selector (e << 3) | 3. */
static void
probe(int e)
{
	unsigned int sel, ar, lim, value, ok_ar, ok_lim;

	sel = ((unsigned)e << 3) | 3;
	ar = lim = value = 0;
	ok_ar = ok_lim = 0;
	__asm__ volatile("larl %2, %0\n\tsetz %b1" : "=r"(ar), "=q"(ok_ar)
	    : "r"(sel) : "cc");
	__asm__ volatile("lsll %2, %0\n\tsetz %b1" : "=r"(lim), "=q"(ok_lim)
	    : "r"(sel) : "cc");
	if ((ok_ar & 1) == 0) {
		printf("probe %d -> invalid\n", e);
		return;
	}
	/* Read through the segment: its base must be the probe page's. An
	 * expand-down segment or one shorter than the read would fault. */
	if ((ar & 0x400) != 0 || !(ok_lim & 1) || lim < 3) {
		printf("probe %d -> ar=%#x limit=%#x read=skip\n", e,
		    ar & 0x00f0ff00, (ok_lim & 1) ? lim : 0);
		return;
	}
	__asm__ volatile(
	    "movw %%fs, %%dx\n\t"
	    "movw %w1, %%fs\n\t"
	    "movl %%fs:0, %0\n\t"
	    "movw %%dx, %%fs\n\t"
	    : "=r"(value) : "r"(sel) : "edx", "memory");
	printf("probe %d -> ar=%#x limit=%#x read=%s\n", e, ar & 0x00f0ff00,
	    (ok_lim & 1) ? lim : 0,
	    value == *(volatile uint32_t *)TLS_PROBE_PAGE ? "base" : "other");
}
#endif

int
main(void)
{
	struct tls_op op;
	char line[256];
	volatile uint32_t *page;
	struct tls_user_desc *ro;
	long r;

	page = mmap((void *)TLS_PROBE_PAGE, 4096, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (page != (void *)TLS_PROBE_PAGE) {
		fprintf(stderr, "raw_tls_probe: cannot map the probe page\n");
		return (2);
	}
	*page = TLS_PROBE_PATTERN;
	ro = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (ro == MAP_FAILED)
		return (2);
#if defined(__i386__)
	print_init();
#endif
	while (fgets(line, sizeof(line), stdin) != NULL) {
		if (tls_parse(line, &op) != 0)
			continue;
		fflush(stdout);
		switch (op.op_kind) {
#if defined(__i386__)
		case TLS_OP_SET:
			r = raw1(NR_SET_THREAD_AREA, (long)&op.op_desc);
			tls_print_set(&op, r, op.op_desc.entry_number);
			break;
		case TLS_OP_SETRO:
			mprotect(ro, 4096, PROT_READ | PROT_WRITE);
			*ro = op.op_desc;
			mprotect(ro, 4096, PROT_READ);
			r = raw1(NR_SET_THREAD_AREA, (long)ro);
			tls_print_set(&op, r, ro->entry_number);
			break;
		case TLS_OP_SETBAD:
			tls_print_rc(&op, raw1(NR_SET_THREAD_AREA, 8));
			break;
		case TLS_OP_GET:
			memset(&op.op_desc, 0xa5, sizeof(op.op_desc));
			op.op_desc.entry_number = (uint32_t)op.op_entry;
			r = raw1(NR_GET_THREAD_AREA, (long)&op.op_desc);
			tls_print_get(&op, r, &op.op_desc);
			break;
		case TLS_OP_GETBAD:
			tls_print_rc(&op, raw1(NR_GET_THREAD_AREA, 8));
			break;
		case TLS_OP_PROBE:
			probe(op.op_entry);
			break;
		case TLS_OP_CLONETLS: {
			struct tls_user_desc report;
			int status;

			memset(&report, 0xa5, sizeof(report));
			report.entry_number = op.op_desc.entry_number;
			r = raw_clone_settls(&op.op_desc, &report,
			    clone_stack + sizeof(clone_stack));
			if (r > 0) {
				waitpid((pid_t)r, &status, __WALL);
				r = 0;
			}
			tls_print_get(&op, r, &report);
			break;
		}
#endif
#if defined(__x86_64__)
		case TLS_OP_ARCH: {
			unsigned long value = 0;

			if (op.op_code == 0x1002) {
				/* ARCH_SET_FS: round trip, restored. */
				r = raw_fs_roundtrip(op.op_code, op.op_addr,
				    &value);
				tls_print_arch(&op, r, r == 0 ? value : 0);
			} else if ((op.op_code == 0x1003 ||
			    op.op_code == 0x1004) && op.op_addr == 0) {
				r = raw2(NR_ARCH_PRCTL, op.op_code,
				    (long)&value);
				/* The real FS base is glibc's: show whether
				 * the call worked, not the address. */
				tls_print_arch(&op, r, op.op_code == 0x1003 ?
				    (value != 0) : value);
			} else {
				r = raw2(NR_ARCH_PRCTL, op.op_code,
				    (long)op.op_addr);
				tls_print_arch(&op, r, 0);
			}
			break;
		}
		case TLS_OP_CLONEFS: {
			unsigned long report = 0xa5a5a5a5;
			int status;

			r = raw_clone_fs(op.op_addr, &report,
			    clone_stack + sizeof(clone_stack));
			if (r > 0) {
				waitpid((pid_t)r, &status, __WALL);
				r = 0;
			}
			tls_print_arch(&op, r, r == 0 ? report : 0);
			break;
		}
#endif
		default:
			printf("%s -> unsupported\n", op.op_text);
			break;
		}
	}
	fflush(stdout);
	return (0);
}
