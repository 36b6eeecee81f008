/*
 * tr_vm.c — kern_api_vm.h for the tracer host: address-space identities
 * and the keys of shared futexes, read from the real kernel's view of the
 * program's mappings.
 *
 * The key of a shared futex is the memory behind its address (device,
 * inode, offset of a MAP_SHARED mapping). Linux ≥ 6.11 answers "which
 * mapping covers this address" with one ioctl on /proc/<pid>/maps
 * (PROCMAP_QUERY), 1.5 µs on a descriptor kept open; older kernels by
 * parsing the text, slower but also exact. The answers for shared
 * mappings are cached per address space (tr_keycache.c, which says why
 * the cache is never stale); a lookup that needs the page's writability
 * (WAKE_OP's second word) always asks the kernel, since mprotect, which
 * is not trapped, can change it.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "tracer.h"

static uint64_t tr_vmspace_next = 1;

/* The address space of p is replaced (execve) or gone. */
void
tr_vm_forget(struct tr_proc *p)
{

	if (p->tp_maps_fd >= 0)
		close(p->tp_maps_fd);
	p->tp_maps_fd = -1;
	tr_keycache_detach(p);
}

/* Address spaces get ids in creation order; CLONE_VM children share. */
uint64_t
tr_proc_vmspace(struct tr_proc *tp)
{

	if (tp->tp_vmspace == 0)
		tp->tp_vmspace = tr_vmspace_next++;
	return (tp->tp_vmspace);
}

#if __has_include("kern_api_vm.h")
#include "kern_api_vm.h"

/* Linux's struct procmap_query (include/uapi/linux/fs.h, 6.11): a fact. */
struct tr_procmap_query {
	uint64_t	size;
	uint64_t	query_flags;
	uint64_t	query_addr;
	uint64_t	vma_start;
	uint64_t	vma_end;
	uint64_t	vma_flags;
	uint64_t	vma_page_size;
	uint64_t	vma_offset;
	uint64_t	inode;
	uint32_t	dev_major;
	uint32_t	dev_minor;
	uint32_t	vma_name_size;
	uint32_t	build_id_size;
	uint64_t	vma_name_addr;
	uint64_t	build_id_addr;
};
_Static_assert(sizeof(struct tr_procmap_query) == 104,
    "struct procmap_query is 104 bytes");
#define	TR_PROCMAP_QUERY	_IOWR('f', 17, struct tr_procmap_query)
#define	TR_VMA_WRITABLE		0x02
#define	TR_VMA_SHARED		0x08

/* What the host needs to know of the mapping covering an address. */
struct tr_vma {
	uint64_t	start;
	uint64_t	offset;		/* file offset of `start` */
	uint64_t	dev;
	uint64_t	inode;
	bool		writable;
	bool		shared;
};

uint64_t
kern_vmspace_id(struct proc *p)
{

	return (tr_proc_vmspace(p->p_host));
}

bool
kern_useraddr_ok(struct thread *td, const void *uaddr, size_t len)
{
	uintptr_t a = (uintptr_t)uaddr;

	(void)td;
#if defined(__x86_64__)
	return (a + len >= a && a + len <= 0x00007ffffffff000ULL);
#else
	return (a + len >= a);
#endif
}

/*
 * The /proc/<tid>/maps descriptor of an address space stays open in its
 * tr_proc (the kernel binds it to the address space at open): opening it
 * costs ten times the query. execve drops it (tr_vm_forget).
 */
static int
tr_maps_fd(struct tr_thread *t)
{
	struct tr_proc *p = t->tt_proc;
	char path[64];

	if (p->tp_maps_fd >= 0)
		return (p->tp_maps_fd);
	snprintf(path, sizeof(path), "/proc/%d/task/%d/maps",
	    (int)p->tp_pid, (int)t->tt_tid);
	p->tp_maps_fd = open(path, O_RDONLY | O_CLOEXEC);
	return (p->tp_maps_fd);
}

static int
tr_vma_query(struct tr_thread *t, uintptr_t addr, struct tr_vma *vma)
{
	struct tr_procmap_query q;
	int fd, r;

	if ((fd = tr_maps_fd(t)) < 0)
		return (-1);
	memset(&q, 0, sizeof(q));
	q.size = sizeof(q);
	q.query_addr = addr;
	r = ioctl(fd, TR_PROCMAP_QUERY, &q);
	if (r == 0) {
		vma->start = q.vma_start;
		vma->offset = q.vma_offset;
		vma->dev = ((uint64_t)q.dev_major << 32) | q.dev_minor;
		vma->inode = q.inode;
		vma->writable = (q.vma_flags & TR_VMA_WRITABLE) != 0;
		vma->shared = (q.vma_flags & TR_VMA_SHARED) != 0;
		return (0);
	}
	/* Before 6.11 (ENOTTY), or the address is unmapped (ENOENT): the
	   text form tells both apart. */
	{
		FILE *f;
		char line[512], perms[8];
		unsigned long long lo, hi, off, ino;
		unsigned maj, min;

		if ((f = fdopen(dup(fd), "r")) == NULL)
			return (-1);
		rewind(f);
		while (fgets(line, sizeof(line), f) != NULL) {
			if (sscanf(line, "%llx-%llx %7s %llx %x:%x %llu", &lo,
			    &hi, perms, &off, &maj, &min, &ino) != 7)
				continue;
			if (addr < lo || addr >= hi)
				continue;
			vma->start = lo;
			vma->offset = off;
			vma->dev = ((uint64_t)maj << 32) | min;
			vma->inode = ino;
			vma->writable = perms[1] == 'w';
			vma->shared = perms[3] == 's';
			fclose(f);
			return (0);
		}
		fclose(f);
	}
	return (-1);
}

int
kern_vm_futex_key(struct thread *td, const void *uaddr, bool writable,
    struct kern_vm_key *key)
{
	struct tr_thread *t = TR_THREAD(td);
	struct tr_keycache *kc = tr_proc_keycache(t->tt_proc);
	enum tr_keycache_answer ans = TR_KEY_BYPASS;
	struct tr_keyinfo ki;
	struct tr_vma vma;

	memset(key, 0, sizeof(*key));
	if (kc != NULL && !writable)
		ans = tr_keycache_lookup(kc, (uintptr_t)uaddr, &ki);
	else
		tr_stats.ts_key_exact++;
	if (ans != TR_KEY_HIT) {
		if (tr_vma_query(t, (uintptr_t)uaddr, &vma) != 0)
			return (EFAULT);
		if (writable && !vma.writable)
			return (EFAULT);
		if (!vma.shared || vma.inode == 0)
			goto private;
		ki.ki_dev = vma.dev;
		ki.ki_inode = vma.inode;
		ki.ki_offset = vma.offset + ((uintptr_t)uaddr - vma.start);
		if (ans == TR_KEY_MISS)
			tr_keycache_insert(kc, (uintptr_t)uaddr, &ki);
	}
	/* A file, shared memory or MAP_SHARED|MAP_ANONYMOUS (a shmem
	   inode): the same in every process that maps it. */
	key->vk_kind = KVM_KEY_OBJECT;
	key->vk_space = ki.ki_dev;
	key->vk_aux = ki.ki_inode;
	key->vk_offset = ki.ki_offset;
	return (0);

private:
	/* Not cached: the answer is the address itself, and brk, which is
	   not trapped, can unmap a private page. */
	key->vk_kind = KVM_KEY_ANON;
	key->vk_space = kern_vmspace_id(td->td_proc);
	key->vk_offset = (uintptr_t)uaddr;
	return (0);
}

/*
 * Nothing to release: a (device, inode) pair is not reused while the
 * object is mapped, and a waiter's mapping keeps it mapped — unless the
 * program unmaps it under a sleeping waiter, when Linux too would leave the
 * waiter on a key nobody can name any more.
 */
void
kern_vm_futex_key_release(struct kern_vm_key *key)
{

	(void)key;
}
#endif /* kern_api_vm.h */
