/*
 * System call prototypes.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#ifndef _SYS_SYSPROTO_H_
#define	_SYS_SYSPROTO_H_

#include <sys/types.h>
#include <sys/signal.h>
#include <sys/cpuset.h>
#include <sys/domainset.h>
#include <sys/_ffcounter.h>
#include <sys/_semaphore.h>
#include <sys/ucontext.h>
#include <sys/wait.h>

#include <bsm/audit_kevents.h>

struct proc;

struct thread;

#define	PAD_(t)	(sizeof(syscallarg_t) <= sizeof(t) ? \
		0 : sizeof(syscallarg_t) - sizeof(t))

#if BYTE_ORDER == LITTLE_ENDIAN
#define	PADL_(t)	0
#define	PADR_(t)	PAD_(t)
#else
#define	PADL_(t)	PAD_(t)
#define	PADR_(t)	0
#endif

struct _exit_args {
	char rval_l_[PADL_(int)]; int rval; char rval_r_[PADR_(int)];
};
struct fork_args {
	syscallarg_t dummy;
};
struct read_args {
	char fd_l_[PADL_(int)]; int fd; char fd_r_[PADR_(int)];
	char buf_l_[PADL_(void *)]; void * buf; char buf_r_[PADR_(void *)];
	char nbyte_l_[PADL_(size_t)]; size_t nbyte; char nbyte_r_[PADR_(size_t)];
};
struct freebsd10_pipe_args {
	syscallarg_t dummy;
};
struct ksem_close_args {
	char id_l_[PADL_(semid_t)]; semid_t id; char id_r_[PADR_(semid_t)];
};
struct getlogin_args {
	char namebuf_l_[PADL_(char *)]; char * namebuf; char namebuf_r_[PADR_(char *)];
	char namelen_l_[PADL_(u_int)]; u_int namelen; char namelen_r_[PADR_(u_int)];
};
struct mmap_args {
	char addr_l_[PADL_(void *)]; void * addr; char addr_r_[PADR_(void *)];
	char len_l_[PADL_(size_t)]; size_t len; char len_r_[PADR_(size_t)];
	char prot_l_[PADL_(int)]; int prot; char prot_r_[PADR_(int)];
	char flags_l_[PADL_(int)]; int flags; char flags_r_[PADR_(int)];
	char fd_l_[PADL_(int)]; int fd; char fd_r_[PADR_(int)];
	char pos_l_[PADL_(off_t)]; off_t pos; char pos_r_[PADR_(off_t)];
};
struct vfork_args {
	syscallarg_t dummy;
};
struct kexec_load_args {
	char entry_l_[PADL_(uint64_t)]; uint64_t entry; char entry_r_[PADR_(uint64_t)];
	char nseg_l_[PADL_(u_long)]; u_long nseg; char nseg_r_[PADR_(u_long)];
	char segments_l_[PADL_(struct kexec_segment *)]; struct kexec_segment * segments; char segments_r_[PADR_(struct kexec_segment *)];
	char flags_l_[PADL_(u_long)]; u_long flags; char flags_r_[PADR_(u_long)];
};
int	sys__exit(struct thread *, struct _exit_args *);
int	sys_fork(struct thread *, struct fork_args *);
int	sys_read(struct thread *, struct read_args *);
int	sys_sync(struct thread *, struct sync_args *);
int	sys_ksem_close(struct thread *, struct ksem_close_args *);
int	sys_getlogin(struct thread *, struct getlogin_args *);
int	sys_mmap(struct thread *, struct mmap_args *);
int	sys_vfork(struct thread *, struct vfork_args *);
int	sys_kexec_load(struct thread *, struct kexec_load_args *);

#ifdef COMPAT_43


#endif /* COMPAT_43 */


#ifdef COMPAT_FREEBSD4


#endif /* COMPAT_FREEBSD4 */


#ifdef COMPAT_FREEBSD6

struct freebsd6_pread_args {
	char fd_l_[PADL_(int)]; int fd; char fd_r_[PADR_(int)];
	char buf_l_[PADL_(void *)]; void * buf; char buf_r_[PADR_(void *)];
	char nbyte_l_[PADL_(size_t)]; size_t nbyte; char nbyte_r_[PADR_(size_t)];
	char pad_l_[PADL_(int)]; int pad; char pad_r_[PADR_(int)];
	char offset_l_[PADL_(off_t)]; off_t offset; char offset_r_[PADR_(off_t)];
};
int	freebsd6_pread(struct thread *, struct freebsd6_pread_args *);

#endif /* COMPAT_FREEBSD6 */


#ifdef COMPAT_FREEBSD7

struct freebsd7_semctl_args {
	char semid_l_[PADL_(int)]; int semid; char semid_r_[PADR_(int)];
	char semnum_l_[PADL_(int)]; int semnum; char semnum_r_[PADR_(int)];
	char cmd_l_[PADL_(int)]; int cmd; char cmd_r_[PADR_(int)];
	char arg_l_[PADL_(union semun_old *)]; union semun_old * arg; char arg_r_[PADR_(union semun_old *)];
};
int	freebsd7_semctl(struct thread *, struct freebsd7_semctl_args *);

#endif /* COMPAT_FREEBSD7 */


#ifdef COMPAT_FREEBSD10

int	freebsd10_pipe(struct thread *, struct freebsd10_pipe_args *);

#endif /* COMPAT_FREEBSD10 */


#ifdef COMPAT_FREEBSD11

struct freebsd11_stat_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char ub_l_[PADL_(struct freebsd11_stat *)]; struct freebsd11_stat * ub; char ub_r_[PADR_(struct freebsd11_stat *)];
};
int	freebsd11_stat(struct thread *, struct freebsd11_stat_args *);

#endif /* COMPAT_FREEBSD11 */


#ifdef COMPAT_FREEBSD12

struct freebsd12_shm_open_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char flags_l_[PADL_(int)]; int flags; char flags_r_[PADR_(int)];
	char mode_l_[PADL_(mode_t)]; mode_t mode; char mode_r_[PADR_(mode_t)];
};
int	freebsd12_shm_open(struct thread *, struct freebsd12_shm_open_args *);

#endif /* COMPAT_FREEBSD12 */


#ifdef COMPAT_FREEBSD13

struct freebsd13_swapoff_args {
	char name_l_[PADL_(const char *)]; const char * name; char name_r_[PADR_(const char *)];
};
int	freebsd13_swapoff(struct thread *, struct freebsd13_swapoff_args *);

#endif /* COMPAT_FREEBSD13 */


#ifdef COMPAT_FREEBSD14

struct freebsd14_cpuset_args {
	char setid_l_[PADL_(cpusetid_t *)]; cpusetid_t * setid; char setid_r_[PADR_(cpusetid_t *)];
};
int	freebsd14_cpuset(struct thread *, struct freebsd14_cpuset_args *);

#endif /* COMPAT_FREEBSD14 */

#define	SYS_AUE__exit	AUE_EXIT
#define	SYS_AUE_fork	AUE_FORK
#define	SYS_AUE_read	AUE_READ
#define	SYS_AUE_freebsd6_pread	AUE_NULL
#define	SYS_AUE_freebsd7_semctl	AUE_NULL
#define	SYS_AUE_freebsd10_pipe	AUE_NULL
#define	SYS_AUE_freebsd11_stat	AUE_NULL
#define	SYS_AUE_freebsd12_shm_open	AUE_NULL
#define	SYS_AUE_freebsd13_swapoff	AUE_NULL
#define	SYS_AUE_freebsd14_cpuset	AUE_NULL
#define	SYS_AUE_sync	AUE_NULL
#define	SYS_AUE_ksem_close	AUE_NULL
#define	SYS_AUE_getlogin	AUE_NULL
#define	SYS_AUE_mmap	AUE_NULL
#define	SYS_AUE_vfork	AUE_NULL
#define	SYS_AUE_kexec_load	AUE_NULL

#undef PAD_
#undef PADL_
#undef PADR_

#endif /* !_SYS_SYSPROTO_H_ */
