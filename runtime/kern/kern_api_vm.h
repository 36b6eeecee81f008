/*
 * kern_api_vm.h — the address-space part of the kernel API: which memory a
 * user address is. The futex core needs it to decide whether a waiter and
 * a waker name the same futex.
 *
 * Linux matches futexes by key, not by address:
 *
 *  - a private futex (FUTEX_PRIVATE_FLAG) is (address space, address):
 *    threads sharing an address space (CLONE_VM) meet there; nothing else;
 *  - a shared futex is the memory behind the address: processes mapping
 *    the same file or shared-memory object meet there, each at whatever
 *    address it mapped it; for memory nobody else can map (anonymous
 *    private, copy-on-write) it is (address space, address) again, but a
 *    key distinct from the private key of the same word: a
 *    FUTEX_WAIT_PRIVATE is not woken by a FUTEX_WAKE without the flag
 *    (Linux: FUT_OFF_MMSHARED in the key).
 *
 * The futex core builds private keys itself from kern_vmspace_id(); the
 * host resolves shared keys, because only the host knows the mappings.
 * FreeBSD implements the same split in umtx_key_get(): THREAD_SHARE keys
 * are (vmspace, address), AUTO_SHARE looks the address up in the vm_map.
 */
#ifndef _KERN_API_VM_H_
#define _KERN_API_VM_H_

#include "kern_api.h"

#define	KVM_KEY_PRIVATE	1	/* private futex: (vk_space = vmspace, address) */
#define	KVM_KEY_ANON	2	/* shared futex on unshareable memory:
				   (vk_space = vmspace, address) */
#define	KVM_KEY_OBJECT	3	/* shared futex on a shareable object:
				   (vk_space, vk_aux) = object, vk_offset =
				   byte offset of the word in the object */

/*
 * A futex key. Two keys name the same futex iff all fields are equal, so
 * hosts zero what they do not use. vk_space and vk_aux of an object are
 * host-defined and need only be equal for the same object and stable
 * while a reference is held (a pointer to a vm_object, or a device and
 * inode number pair for a tracer that reads /proc/<pid>/maps).
 */
struct kern_vm_key {
	uint32_t	vk_kind;	/* KVM_KEY_* */
	uint32_t	vk_pad;		/* zero */
	uint64_t	vk_space;
	uint64_t	vk_aux;
	uint64_t	vk_offset;
};

/*
 * Identity of p's address space: equal for processes sharing it
 * (CLONE_VM), never reused while any of them lives. FreeBSD:
 * (uintptr_t)p->p_vmspace.
 */
uint64_t	kern_vmspace_id(struct proc *p);

/*
 * Whether [uaddr, uaddr + len) lies in the user part of td's address
 * space. Says nothing about whether it is mapped. FreeBSD: the
 * VM_MAXUSER_ADDRESS (sv_maxuser) test of copyin; Linux: access_ok().
 */
bool		kern_useraddr_ok(struct thread *td, const void *uaddr,
		    size_t len);

/*
 * The shared-futex key of the 32-bit word at uaddr in td's address space:
 * KVM_KEY_OBJECT when the page belongs to memory other address spaces can
 * map (a MAP_SHARED mapping of a file, shared memory, or anonymous
 * MAP_SHARED inherited across fork), KVM_KEY_ANON otherwise. With
 * `writable`, the page must be writable (the caller will modify the word).
 * An anonymous page must be writable in any case: Linux answers EFAULT for
 * a read-only one, whose word can never change.
 *
 * Returns 0 with *key filled and a reference on the object held, or EFAULT
 * if uaddr is not mapped (or not writable when asked). The reference
 * keeps the identity from being reused while a waiter sleeps on it; drop it
 * with kern_vm_futex_key_release(), which may be called on any key this
 * function filled. May sleep; call without kmutexes held.
 *
 * Hosts may cache lookups, provided the cache of an address space is
 * invalidated whenever a change of its mappings could change an answer it
 * holds: munmap, mremap, mmap over an existing mapping, shm attach and
 * detach, the implicit changes of fork and execve, and mprotect too if the
 * cache answers the `writable` test (the tracer host's does not, so it
 * leaves mprotect alone: docs/lxrun.md, "Shared futex keys: the cache").
 *
 * FreeBSD: umtx_key_get(uaddr, TYPE_FUTEX, AUTO_SHARE, key), i.e.
 * vm_map_lookup() then vm_object_reference(); release: umtx_key_release().
 */
int	kern_vm_futex_key(struct thread *td, const void *uaddr, bool writable,
	    struct kern_vm_key *key);
void	kern_vm_futex_key_release(struct kern_vm_key *key);

#endif /* !_KERN_API_VM_H_ */
