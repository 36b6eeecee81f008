/*
 * System call prototypes.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#ifndef _ABI32_SYSPROTO_H_
#define	_ABI32_SYSPROTO_H_

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

#if !defined(PAD64_REQUIRED) && !defined(__amd64__)
#define PAD64_REQUIRED
#endif
struct abi32_read_args {
	char fd_l_[PADL_(int)]; int fd; char fd_r_[PADR_(int)];
	char buf_l_[PADL_(void *)]; void * buf; char buf_r_[PADR_(void *)];
	char nbyte_l_[PADL_(size_t)]; size_t nbyte; char nbyte_r_[PADR_(size_t)];
};
struct abi32_lseek_args {
	char fd_l_[PADL_(int)]; int fd; char fd_r_[PADR_(int)];
#ifdef PAD64_REQUIRED
	char _pad_l_[PADL_(int)]; int _pad; char _pad_r_[PADR_(int)];
#endif
	char offset1_l_[PADL_(uint32_t)]; uint32_t offset1; char offset1_r_[PADR_(uint32_t)];
	char offset2_l_[PADL_(uint32_t)]; uint32_t offset2; char offset2_r_[PADR_(uint32_t)];
	char whence_l_[PADL_(int)]; int whence; char whence_r_[PADR_(int)];
};
struct abi32_ioctl_args {
	char fd_l_[PADL_(int)]; int fd; char fd_r_[PADR_(int)];
	char com_l_[PADL_(u_long)]; u_long com; char com_r_[PADR_(u_long)];
	char data_l_[PADL_(char *)]; char * data; char data_r_[PADR_(char *)];
};
struct abi32_execve_args {
	char fname_l_[PADL_(const char *)]; const char * fname; char fname_r_[PADR_(const char *)];
	char argv_l_[PADL_(uint32_t *)]; uint32_t * argv; char argv_r_[PADR_(uint32_t *)];
	char envv_l_[PADL_(uint32_t *)]; uint32_t * envv; char envv_r_[PADR_(uint32_t *)];
};
struct abi32_wait4_args {
	char pid_l_[PADL_(int)]; int pid; char pid_r_[PADR_(int)];
	char status_l_[PADL_(int *)]; int * status; char status_r_[PADR_(int *)];
	char options_l_[PADL_(int)]; int options; char options_r_[PADR_(int)];
	char rusage_l_[PADL_(struct rusage32 *)]; struct rusage32 * rusage; char rusage_r_[PADR_(struct rusage32 *)];
};
struct abi32_sendfile_args {
	char fd_l_[PADL_(int)]; int fd; char fd_r_[PADR_(int)];
	char s_l_[PADL_(int)]; int s; char s_r_[PADR_(int)];
	char offset1_l_[PADL_(uint32_t)]; uint32_t offset1; char offset1_r_[PADR_(uint32_t)];
	char offset2_l_[PADL_(uint32_t)]; uint32_t offset2; char offset2_r_[PADR_(uint32_t)];
	char nbytes_l_[PADL_(size_t)]; size_t nbytes; char nbytes_r_[PADR_(size_t)];
	char flags_l_[PADL_(int)]; int flags; char flags_r_[PADR_(int)];
};
struct abi32_mknodat_args {
	char fd_l_[PADL_(int)]; int fd; char fd_r_[PADR_(int)];
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char mode_l_[PADL_(mode_t)]; mode_t mode; char mode_r_[PADR_(mode_t)];
#ifdef PAD64_REQUIRED
	char _pad_l_[PADL_(int)]; int _pad; char _pad_r_[PADR_(int)];
#endif
	char dev1_l_[PADL_(uint32_t)]; uint32_t dev1; char dev1_r_[PADR_(uint32_t)];
	char dev2_l_[PADL_(uint32_t)]; uint32_t dev2; char dev2_r_[PADR_(uint32_t)];
};
struct abi32_setpriority_args {
	char which_l_[PADL_(int)]; int which; char which_r_[PADR_(int)];
	char who_l_[PADL_(int32_t)]; int32_t who; char who_r_[PADR_(int32_t)];
	char prio_l_[PADL_(int)]; int prio; char prio_r_[PADR_(int)];
};
int	sys_abi32_read(struct thread *, struct abi32_read_args *);
int	sys_abi32_lseek(struct thread *, struct abi32_lseek_args *);
int	sys_abi32_ioctl(struct thread *, struct abi32_ioctl_args *);
int	sys_abi32_execve(struct thread *, struct abi32_execve_args *);
int	sys_abi32_wait4(struct thread *, struct abi32_wait4_args *);
int	sys_abi32_sendfile(struct thread *, struct abi32_sendfile_args *);
int	sys_abi32_mknodat(struct thread *, struct abi32_mknodat_args *);
int	sys_abi32_setpriority(struct thread *, struct abi32_setpriority_args *);
#define	ABI32_SYS_AUE_abi32_read	AUE_READ
#define	ABI32_SYS_AUE_abi32_lseek	AUE_LSEEK
#define	ABI32_SYS_AUE_abi32_ioctl	AUE_NULL
#define	ABI32_SYS_AUE_abi32_execve	AUE_NULL
#define	ABI32_SYS_AUE_abi32_wait4	AUE_NULL
#define	ABI32_SYS_AUE_abi32_sendfile	AUE_NULL
#define	ABI32_SYS_AUE_abi32_mknodat	AUE_NULL
#define	ABI32_SYS_AUE_abi32_setpriority	AUE_NULL

#undef PAD_
#undef PADL_
#undef PADR_

#endif /* !_ABI32_SYSPROTO_H_ */
