/*
 * tls_emul.c — runs a TLS script (tls_script.h) as an emulated program of
 * the in-process host, each operation a system call through the runtime's
 * entry point (inproc_syscall(): the architecture's registers and numbers,
 * so clone's argument order is part of the test), and prints what the
 * program saw in raw_tls_probe.c's format. test_tls.c compares the two.
 * Built for both architectures; the i386 build is the i386 runtime.
 *
 *   tls_emul [--gdt-min N] < script
 *
 * --gdt-min selects the group's TLS layout (6: an i386 kernel, 12: an
 * x86-64 kernel, the default of the amd64 build and what this machine's
 * kernel gives i386 programs).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "clone_emu.h"
#include "tls_script.h"

static char **lines;
static int nlines;
static int gdt_min = LINUX_GDT_TLS_MIN_X86_64;
static struct tls_user_desc *ro_page;
static char child_stack[16384];

/* clone(flags, stack, 0, 0, tls) in the architecture's argument order;
 * the child runs fn(arg). */
static long
sys_clone_settls(unsigned long flags, void *stack, unsigned long tls,
    inproc_entry_t *fn, void *arg)
{
	long r;

	inproc_set_child_entry(fn, arg);
#if defined(LINUX_ARCH_AMD64)
	r = inproc_syscall(LINUX_SYS_linux_clone, (long)flags, (long)stack, 0,
	    0, (long)tls, 0);
#else
	r = inproc_syscall(LINUX_SYS_linux_clone, (long)flags, (long)stack, 0,
	    (long)tls, 0, 0);
#endif
	inproc_set_child_entry(NULL, NULL);
	return (r);
}

#if defined(LINUX_SYS_linux_set_thread_area)
static long
emu_set_thread_area(void *desc)
{

	return (inproc_syscall(LINUX_SYS_linux_set_thread_area, (long)desc, 0,
	    0, 0, 0, 0));
}

static long
emu_get_thread_area(void *desc)
{

	return (inproc_syscall(LINUX_SYS_linux_get_thread_area, (long)desc, 0,
	    0, 0, 0, 0));
}

/* What lar/lsl and a read through %fs would give for the descriptor. */
static void
probe(const struct tls_op *op)
{
	struct l_user_desc ud;
	struct thread *td = kern_curthread();
	uint64_t d;
	uint32_t limit;
	int e = op->op_entry;

	if (e < gdt_min || e >= gdt_min + LINUX_TLS_SLOTS ||
	    (d = linux_tls_desc_bytes(td, e - gdt_min)) == 0) {
		printf("probe %d -> invalid\n", e);
		return;
	}
	limit = (uint32_t)((d & 0xffff) | (((d >> 48) & 0xf) << 16));
	if ((d & (1ULL << 55)) != 0)
		limit = (limit << 12) | 0xfff;
	linux_tls_desc_decode(d, (uint32_t)e, &ud);
	if (((d >> 40) & 0x4) != 0 || limit < 3) {
		printf("probe %d -> ar=%#x limit=%#x read=skip\n", e,
		    (unsigned)((d >> 32) & 0x00f0ff00), limit);
		return;
	}
	printf("probe %d -> ar=%#x limit=%#x read=%s\n", e,
	    (unsigned)((d >> 32) & 0x00f0ff00), limit,
	    ud.base_addr == TLS_PROBE_PAGE ? "base" : "other");
}

struct clonetls_report {
	struct tls_user_desc	cr_desc;
};

static int
clonetls_child(void *arg)
{
	struct clonetls_report *cr = arg;

	(void)emu_get_thread_area(&cr->cr_desc);
	return (0);
}
#endif

#if defined(LINUX_ARCH_AMD64)
static long
emu_arch_prctl(long code, unsigned long addr)
{

	return (inproc_syscall(LINUX_SYS_linux_arch_prctl, code, (long)addr, 0,
	    0, 0, 0));
}

static int
clonefs_child(void *arg)
{

	(void)emu_arch_prctl(0x1003, (unsigned long)arg);
	return (0);
}
#endif

static int
run_script(void *arg __attribute__((__unused__)))
{
	struct thread *td = kern_curthread();
	struct tls_op op;
	long r;
	int i;

	linux_emul_set_tls_layout(td->td_proc, gdt_min);
#if defined(LINUX_ARCH_AMD64)
	/* A real program's libc has set an FS base before main(). */
	(void)emu_arch_prctl(0x1002, TLS_PROBE_PAGE);
#endif
	for (i = 0; i < nlines; i++) {
		if (tls_parse(lines[i], &op) != 0)
			continue;
		fflush(stdout);
		switch (op.op_kind) {
#if defined(LINUX_SYS_linux_set_thread_area)
		case TLS_OP_INIT:
			linux_tls_store(&em_find(td)->em_tls, gdt_min,
			    op.op_entry, (struct l_user_desc *)&op.op_desc);
			break;
		case TLS_OP_SET:
			r = emu_set_thread_area(&op.op_desc);
			tls_print_set(&op, r, op.op_desc.entry_number);
			break;
		case TLS_OP_SETRO:
			mprotect(ro_page, 4096, PROT_READ | PROT_WRITE);
			*ro_page = op.op_desc;
			mprotect(ro_page, 4096, PROT_READ);
			r = emu_set_thread_area(ro_page);
			tls_print_set(&op, r, ro_page->entry_number);
			break;
		case TLS_OP_SETBAD:
			tls_print_rc(&op, emu_set_thread_area((void *)8));
			break;
		case TLS_OP_GET:
			memset(&op.op_desc, 0xa5, sizeof(op.op_desc));
			op.op_desc.entry_number = (uint32_t)op.op_entry;
			r = emu_get_thread_area(&op.op_desc);
			tls_print_get(&op, r, &op.op_desc);
			break;
		case TLS_OP_GETBAD:
			tls_print_rc(&op, emu_get_thread_area((void *)8));
			break;
		case TLS_OP_PROBE:
			probe(&op);
			break;
		case TLS_OP_CLONETLS: {
			struct clonetls_report cr;
			long pid;

			memset(&cr, 0xa5, sizeof(cr));
			cr.cr_desc.entry_number = op.op_desc.entry_number;
			pid = sys_clone_settls(LINUX_CLONE_VM |
			    LINUX_CLONE_SETTLS | LINUX_SIGCHLD,
			    child_stack + sizeof(child_stack),
			    (unsigned long)&op.op_desc, clonetls_child, &cr);
			if (pid > 0) {
				(void)inproc_proc_wait((pid_t)pid);
				pid = 0;
			}
			tls_print_get(&op, pid, &cr.cr_desc);
			break;
		}
#endif
#if defined(LINUX_ARCH_AMD64)
		case TLS_OP_ARCH: {
			unsigned long value = 0, saved = 0;

			if (op.op_code == 0x1002) {
				(void)emu_arch_prctl(0x1003,
				    (unsigned long)&saved);
				r = emu_arch_prctl(op.op_code, op.op_addr);
				(void)emu_arch_prctl(0x1003,
				    (unsigned long)&value);
				(void)emu_arch_prctl(0x1002, saved);
				tls_print_arch(&op, r, r == 0 ? value : 0);
			} else if ((op.op_code == 0x1003 ||
			    op.op_code == 0x1004) && op.op_addr == 0) {
				r = emu_arch_prctl(op.op_code,
				    (unsigned long)&value);
				tls_print_arch(&op, r, op.op_code == 0x1003 ?
				    (value != 0) : value);
			} else {
				r = emu_arch_prctl(op.op_code, op.op_addr);
				tls_print_arch(&op, r, 0);
			}
			break;
		}
		case TLS_OP_CLONEFS: {
			unsigned long report = 0xa5a5a5a5;
			long pid;

			pid = sys_clone_settls(LINUX_CLONE_VM |
			    LINUX_CLONE_SETTLS | LINUX_SIGCHLD,
			    child_stack + sizeof(child_stack), op.op_addr,
			    clonefs_child, &report);
			if (pid > 0) {
				(void)inproc_proc_wait((pid_t)pid);
				pid = 0;
			}
			tls_print_arch(&op, pid, pid == 0 ? report : 0);
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

int
main(int argc, char **argv)
{
	char buf[256];
	pid_t pid;

	if (argc == 3 && strcmp(argv[1], "--gdt-min") == 0)
		gdt_min = atoi(argv[2]);
	else if (argc != 1) {
		fprintf(stderr, "usage: tls_emul [--gdt-min N] < script\n");
		return (2);
	}
	ro_page = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (ro_page == MAP_FAILED)
		return (2);
	while (fgets(buf, sizeof(buf), stdin) != NULL) {
		lines = realloc(lines, (size_t)(nlines + 1) * sizeof(*lines));
		if (lines == NULL)
			return (2);
		lines[nlines++] = strdup(buf);
	}
	pid = inproc_proc_spawn(run_script, NULL);
	return (inproc_proc_wait(pid) == 0 ? 0 : 1);
}
