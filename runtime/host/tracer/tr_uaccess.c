/*
 * tr_uaccess.c — copyin(9), copyout(9), copyinstr(9), fueword32, suword32
 * for the tracer host: the emulated program's memory is another process's,
 * reached with process_vm_readv/writev, which fail with EFAULT on an
 * unmapped or protected address instead of crashing, as copyin must.
 *
 * process_vm_* respect page protections (a write to a read-only page fails,
 * as a user write would); atomic read-modify-write is tr_inject.c's job.
 */
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include "tracer.h"

/*
 * The task whose address space the current thread sees. Usually the
 * current thread's own task; when that task is gone (exit processing after
 * a death) any live thread of the same process will do.
 */
static pid_t
tr_mm_pid(void)
{
	struct tr_thread *t = tr_current(), *it;

	if (t == NULL)
		return (-1);
	if (!t->tt_gone)
		return (t->tt_tid);
	LIST_FOREACH(it, &t->tt_proc->tp_threads, tt_plink)
		if (!it->tt_gone)
			return (it->tt_tid);
	return (-1);
}

int
tr_peek(pid_t pid, const void *uaddr, void *kaddr, size_t len)
{
	struct iovec local = { kaddr, len };
	struct iovec remote = { (void *)(uintptr_t)uaddr, len };
	ssize_t n;

	if (len == 0)
		return (0);
	if (pid < 0)
		return (EFAULT);
	n = process_vm_readv(pid, &local, 1, &remote, 1, 0);
	return (n == (ssize_t)len ? 0 : EFAULT);
}

int
tr_poke(pid_t pid, void *uaddr, const void *kaddr, size_t len)
{
	struct iovec local = { (void *)(uintptr_t)kaddr, len };
	struct iovec remote = { uaddr, len };
	ssize_t n;

	if (len == 0)
		return (0);
	if (pid < 0)
		return (EFAULT);
	n = process_vm_writev(pid, &local, 1, &remote, 1, 0);
	return (n == (ssize_t)len ? 0 : EFAULT);
}

int
copyin(const void *uaddr, void *kaddr, size_t len)
{

	return (tr_peek(tr_mm_pid(), uaddr, kaddr, len));
}

int
copyout(const void *kaddr, void *uaddr, size_t len)
{

	return (tr_poke(tr_mm_pid(), uaddr, kaddr, len));
}

/*
 * Strings are read a page at a time: process_vm_readv stops at the first
 * unmapped page, and a string may end just before one.
 */
int
copyinstr(const void *uaddr, void *kaddr, size_t len, size_t *done)
{
	uintptr_t src = (uintptr_t)uaddr;
	char *dst = kaddr;
	size_t got = 0;
	long pagesz = sysconf(_SC_PAGESIZE);
	pid_t pid = tr_mm_pid();

	while (got < len) {
		size_t chunk = pagesz - (src % pagesz);
		char *nul;

		if (chunk > len - got)
			chunk = len - got;
		if (tr_peek(pid, (const void *)src, dst + got, chunk) != 0) {
			if (done != NULL)
				*done = got;
			return (EFAULT);
		}
		if ((nul = memchr(dst + got, '\0', chunk)) != NULL) {
			got += (size_t)(nul - (dst + got)) + 1;
			if (done != NULL)
				*done = got;
			return (0);
		}
		got += chunk;
		src += chunk;
	}
	if (done != NULL)
		*done = got;
	return (ENAMETOOLONG);
}

int
fueword32(volatile const void *uaddr, int32_t *val)
{

	return (copyin((const void *)(uintptr_t)uaddr, val, sizeof(*val)) ==
	    0 ? 0 : -1);
}

int
suword32(volatile void *uaddr, int32_t val)
{

	return (copyout(&val, (void *)(uintptr_t)uaddr, sizeof(val)) == 0 ?
	    0 : -1);
}
