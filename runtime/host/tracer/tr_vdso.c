/*
 * tr_vdso.c — kern_sigtramp() for the tracer host: the return trampolines
 * of the real kernel's vDSO in the traced process.
 *
 * An i386 handler installed without SA_RESTORER returns through the
 * vDSO's __kernel_sigreturn (sigframe) or __kernel_rt_sigreturn (rt
 * frame), which Linux puts in the frame's return address; only a process
 * without a vDSO gets the frame's own retcode, which a non-executable
 * stack refuses. The program runs on a real Linux, so its vDSO is the
 * real kernel's: the address is found where the process's auxiliary
 * vector says the vDSO is (AT_SYSINFO_EHDR), by its symbol table, once
 * per process image. An x86-64 vDSO has no sigreturn (64-bit handlers
 * must have SA_RESTORER): 0, as kern_api_signal.h allows.
 */
#include <elf.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tracer.h"

#if __has_include("kern_api_signal.h")
#include "kern_api_signal.h"

#if defined(__i386__)
#define	TR_VDSO_MAX	(64 * 1024)	/* a vDSO is a page or two */

/* The vDSO's base in pid's address space, from its auxiliary vector. */
static uintptr_t
tr_vdso_base(pid_t pid)
{
	Elf32_auxv_t av[64];
	char path[64];
	ssize_t n;
	size_t i;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/auxv", (int)pid);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return (0);
	n = read(fd, av, sizeof(av));
	close(fd);
	for (i = 0; n > 0 && i < (size_t)n / sizeof(av[0]); i++) {
		if (av[i].a_type == AT_NULL)
			break;
		if (av[i].a_type == AT_SYSINFO_EHDR)
			return ((uintptr_t)av[i].a_un.a_val);
	}
	return (0);
}

/* Symbol `name`'s address in the vDSO image `img` loaded at `base`. */
static uintptr_t
tr_vdso_sym(const uint8_t *img, size_t len, uintptr_t base, const char *name)
{
	const Elf32_Ehdr *eh = (const Elf32_Ehdr *)img;
	const Elf32_Shdr *sh, *sym_sh = NULL, *str_sh;
	const Elf32_Phdr *ph;
	Elf32_Addr link = 0;
	size_t i, nsyms;

	if (len < sizeof(*eh) || memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 ||
	    eh->e_ident[EI_CLASS] != ELFCLASS32 ||
	    eh->e_shoff + (size_t)eh->e_shnum * sizeof(*sh) > len ||
	    eh->e_phoff + (size_t)eh->e_phnum * sizeof(*ph) > len)
		return (0);
	/* Symbol values are link addresses: the first PT_LOAD's is the
	   base's. */
	ph = (const Elf32_Phdr *)(img + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++)
		if (ph[i].p_type == PT_LOAD) {
			link = ph[i].p_vaddr - ph[i].p_offset;
			break;
		}
	sh = (const Elf32_Shdr *)(img + eh->e_shoff);
	for (i = 0; i < eh->e_shnum; i++)
		if (sh[i].sh_type == SHT_DYNSYM) {
			sym_sh = &sh[i];
			break;
		}
	if (sym_sh == NULL || sym_sh->sh_link >= eh->e_shnum ||
	    sym_sh->sh_offset + sym_sh->sh_size > len)
		return (0);
	str_sh = &sh[sym_sh->sh_link];
	if (str_sh->sh_offset + str_sh->sh_size > len)
		return (0);
	nsyms = sym_sh->sh_size / sizeof(Elf32_Sym);
	for (i = 0; i < nsyms; i++) {
		const Elf32_Sym *s = (const Elf32_Sym *)(img +
		    sym_sh->sh_offset) + i;
		const char *sn = (const char *)img + str_sh->sh_offset +
		    s->st_name;

		if (s->st_name >= str_sh->sh_size || s->st_shndx == SHN_UNDEF)
			continue;
		if (strnlen(sn, str_sh->sh_size - s->st_name) ==
		    str_sh->sh_size - s->st_name)
			continue;	/* not terminated inside the table */
		if (strcmp(sn, name) == 0)
			return (base + (s->st_value - link));
	}
	return (0);
}

static void
tr_vdso_lookup(struct tr_thread *t)
{
	static uint8_t img[TR_VDSO_MAX];
	struct tr_proc *p = t->tt_proc;
	uintptr_t base;
	size_t len;

	p->tp_sigtramp_known = true;
	p->tp_sigtramp[0] = p->tp_sigtramp[1] = 0;
	if ((base = tr_vdso_base(t->tt_tid)) == 0)
		return;
	/* The image is as long as its section headers reach; read what is
	   mapped, a page at a time. */
	for (len = 0; len < sizeof(img); len += 4096)
		if (tr_peek(t->tt_tid, (const void *)(base + len), img + len,
		    4096) != 0)
			break;
	p->tp_sigtramp[0] = tr_vdso_sym(img, len, base, "__kernel_sigreturn");
	p->tp_sigtramp[1] = tr_vdso_sym(img, len, base,
	    "__kernel_rt_sigreturn");
}
#endif /* __i386__ */

uintptr_t
kern_sigtramp(struct thread *td, int kind)
{
#if defined(__i386__)
	struct tr_thread *t = TR_THREAD(td);

	if (!t->tt_proc->tp_sigtramp_known)
		tr_vdso_lookup(t);
	if (kind == KSIGTRAMP_SIGRETURN)
		return (t->tt_proc->tp_sigtramp[0]);
	if (kind == KSIGTRAMP_RT_SIGRETURN)
		return (t->tt_proc->tp_sigtramp[1]);
#else
	(void)td;
	(void)kind;
#endif
	return (0);
}
#endif /* kern_api_signal.h */
