/*
 * Public system call stubs provided by libsys.
 *
 * Do not use directly, include <libsys.h> instead.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#ifndef __LIBSYS_H_
#define __LIBSYS_H_

#include <sys/_cpuset.h>
#include <sys/_domainset.h>
#include <sys/_ffcounter.h>
#include <sys/_semaphore.h>
#include <sys/_sigaltstack.h>
#include <machine/ucontext.h>   /* for mcontext_t */
#include <sys/_ucontext.h>
#include <sys/wait.h>

struct kexec_segment;
union semun;

__BEGIN_DECLS
typedef void (__sys__exit_t)(int);
typedef int (__sys_fork_t)(void);
typedef ssize_t (__sys_read_t)(int, void *, size_t);
typedef int (__sys_sync_t)(void);
typedef int (__sys_getpid_t)(void);
typedef int (__sys_ksem_close_t)(semid_t);
typedef void * (__sys_mmap_t)(void *, size_t, int, int, int, off_t);
typedef int (__sys_vfork_t)(void);
typedef int (__sys_kexec_load_t)(uint64_t, u_long, struct kexec_segment *, u_long);

_Noreturn void __sys__exit(int rval);
int __sys_fork(void);
ssize_t __sys_read(int fd, void * buf, size_t nbyte);
int __sys_sync(void);
int __sys_getpid(void);
int __sys_ksem_close(semid_t id);
void * __sys_mmap(void * addr, size_t len, int prot, int flags, int fd, off_t pos);
int __sys_vfork(void);
int __sys_kexec_load(uint64_t entry, u_long nseg, struct kexec_segment * segments, u_long flags);
__END_DECLS

#endif /* __LIBSYS_H_ */
