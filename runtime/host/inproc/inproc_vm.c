/*
 * inproc_vm.c — kern_api_vm.h for the in-process host.
 *
 * Every emulated process really lives in this one address space, so the
 * host cannot ask the hardware which memory is shared. Address-space
 * identity is bookkeeping (inproc_proc_create_vmshare() shares it), and
 * shared objects are what tests declare with inproc_vm_declare_shared():
 * a shared futex on a declared range gets an object key, anything else an
 * anonymous key of the caller's address space — which is what Linux gives
 * for memory only one address space can map.
 */
#include <stdlib.h>

#include "inproc_private.h"
#include "kern_api_vm.h"

/*
 * The user part of the address space, as Linux's access_ok() sees it on
 * this machine: amd64 with 4-level paging (TASK_SIZE_MAX). A 32-bit
 * process on a 64-bit kernel is checked against the same 64-bit limit, so
 * every i386 address passes (the differential test shows it); a native i386
 * Linux kernel would stop at 0xc0000000.
 */
#if defined(__x86_64__)
#define	INPROC_MAXUSER	UINT64_C(0x00007ffffffff000)
#else
#define	INPROC_MAXUSER	UINT64_C(0x100000000)
#endif

struct shared_range {
	struct shared_range	*sr_next;
	uintptr_t		 sr_start;
	size_t			 sr_len;
	uint64_t		 sr_object;
	uint64_t		 sr_offset;
};

static pthread_mutex_t shared_lock = PTHREAD_MUTEX_INITIALIZER;
static struct shared_range *shared_ranges;

uint64_t
kern_vmspace_id(struct proc *p)
{

	return (inproc_proc_of(p)->ip_vmspace);
}

bool
kern_useraddr_ok(struct thread *td, const void *uaddr, size_t len)
{
	uint64_t a = (uintptr_t)uaddr, l = len;

	(void)td;
	return (l <= INPROC_MAXUSER && a <= INPROC_MAXUSER - l);
}

void
inproc_vm_declare_shared(void *addr, size_t len, uint64_t object,
    uint64_t offset)
{
	struct shared_range *sr;

	KASSERT(object != 0, ("inproc_vm_declare_shared: object 0"));
	sr = kern_malloc(sizeof(*sr), KM_ZERO);
	sr->sr_start = (uintptr_t)addr;
	sr->sr_len = len;
	sr->sr_object = object;
	sr->sr_offset = offset;
	pthread_mutex_lock(&shared_lock);
	sr->sr_next = shared_ranges;
	shared_ranges = sr;
	pthread_mutex_unlock(&shared_lock);
}

void
inproc_vm_forget_shared(void *addr)
{
	struct shared_range **srp, *sr;

	pthread_mutex_lock(&shared_lock);
	for (srp = &shared_ranges; (sr = *srp) != NULL; srp = &sr->sr_next) {
		if (sr->sr_start == (uintptr_t)addr) {
			*srp = sr->sr_next;
			kern_free(sr);
			break;
		}
	}
	pthread_mutex_unlock(&shared_lock);
}

int
kern_vm_futex_key(struct thread *td, const void *uaddr, bool writable,
    struct kern_vm_key *key)
{
	struct shared_range *sr;
	uintptr_t a = (uintptr_t)uaddr;
	uint32_t v, prev;

	/* Linux looks the page up (get_user_pages); we touch it. */
	if (!kern_useraddr_ok(td, uaddr, sizeof(v)) ||
	    inproc_ua_fetch32(uaddr, &v) != 0)
		return (EFAULT);

	key->vk_pad = 0;
	key->vk_aux = 0;
	pthread_mutex_lock(&shared_lock);
	for (sr = shared_ranges; sr != NULL; sr = sr->sr_next) {
		if (a >= sr->sr_start && a - sr->sr_start < sr->sr_len)
			break;
	}
	if (sr != NULL) {
		key->vk_kind = KVM_KEY_OBJECT;
		key->vk_space = sr->sr_object;
		key->vk_offset = sr->sr_offset + (a - sr->sr_start);
	} else {
		key->vk_kind = KVM_KEY_ANON;
		key->vk_space = kern_vmspace_id(td->td_proc);
		key->vk_offset = a;
		/* A read-only anonymous page never changes: Linux refuses
		   a futex there even for waiting. */
		writable = true;
	}
	pthread_mutex_unlock(&shared_lock);
	/* A locked cmpxchg writes even when it fails: it probes
	   writability without changing the word. */
	if (writable && inproc_ua_cas32((void *)a, v, v, &prev) != 0)
		return (EFAULT);
	return (0);
}

void
kern_vm_futex_key_release(struct kern_vm_key *key)
{

	/* Declared objects are ids, not references: nothing to drop. */
	(void)key;
}
