/*
 * System call prototypes.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#ifndef _DEMO_SYSPROTO_H_
#define	_DEMO_SYSPROTO_H_

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

struct demo_write_args {
	char fd_l_[PADL_(int)]; int fd; char fd_r_[PADR_(int)];
	char buf_l_[PADL_(const char *)]; const char * buf; char buf_r_[PADR_(const char *)];
	char nbyte_l_[PADL_(l_size_t)]; l_size_t nbyte; char nbyte_r_[PADR_(l_size_t)];
};
struct demo_open_args {
	char path_l_[PADL_(const char *)]; const char * path; char path_r_[PADR_(const char *)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
	char mode_l_[PADL_(l_mode_t)]; l_mode_t mode; char mode_r_[PADR_(l_mode_t)];
};
struct demo_getpid_args {
	syscallarg_t dummy;
};
struct demo_mmap_args {
	char addr_l_[PADL_(l_ulong)]; l_ulong addr; char addr_r_[PADR_(l_ulong)];
	char len_l_[PADL_(l_size_t)]; l_size_t len; char len_r_[PADR_(l_size_t)];
	char prot_l_[PADL_(l_int)]; l_int prot; char prot_r_[PADR_(l_int)];
	char flags_l_[PADL_(l_int)]; l_int flags; char flags_r_[PADR_(l_int)];
	char fd_l_[PADL_(l_int)]; l_int fd; char fd_r_[PADR_(l_int)];
	char pgoff_l_[PADL_(l_off_t)]; l_off_t pgoff; char pgoff_r_[PADR_(l_off_t)];
};
struct demo_brk_args {
	char dsend_l_[PADL_(char *)]; char * dsend; char dsend_r_[PADR_(char *)];
};
struct demo_semctl_args {
	char semid_l_[PADL_(l_int)]; l_int semid; char semid_r_[PADR_(l_int)];
	char semnum_l_[PADL_(l_int)]; l_int semnum; char semnum_r_[PADR_(l_int)];
	char cmd_l_[PADL_(l_int)]; l_int cmd; char cmd_r_[PADR_(l_int)];
	char arg_l_[PADL_(union l_semun)]; union l_semun arg; char arg_r_[PADR_(union l_semun)];
};
struct demo_getrandom_args {
	char buf_l_[PADL_(char *)]; char * buf; char buf_r_[PADR_(char *)];
	char count_l_[PADL_(size_t)]; size_t count; char count_r_[PADR_(size_t)];
	char flags_l_[PADL_(u_int)]; u_int flags; char flags_r_[PADR_(u_int)];
};
struct demo_module_call_args {
	char arg_l_[PADL_(int)]; int arg; char arg_r_[PADR_(int)];
};
struct demo_execve_args {
	char path_l_[PADL_(char *)]; char * path; char path_r_[PADR_(char *)];
	char argp_l_[PADL_(char **)]; char ** argp; char argp_r_[PADR_(char **)];
	char envp_l_[PADL_(char **)]; char ** envp; char envp_r_[PADR_(char **)];
};
int	sys_demo_write(struct thread *, struct demo_write_args *);
int	sys_demo_open(struct thread *, struct demo_open_args *);
int	sys_demo_getpid(struct thread *, struct demo_getpid_args *);
int	sys_demo_mmap(struct thread *, struct demo_mmap_args *);
int	sys_demo_brk(struct thread *, struct demo_brk_args *);
int	sys_demo_semctl(struct thread *, struct demo_semctl_args *);
int	sys_demo_getrandom(struct thread *, struct demo_getrandom_args *);
int	sys_demo_module_call(struct thread *, struct demo_module_call_args *);
int	sys_demo_execve(struct thread *, struct demo_execve_args *);
#define	DEMO_SYS_AUE_demo_write	AUE_NULL
#define	DEMO_SYS_AUE_demo_open	AUE_OPEN_RWTC
#define	DEMO_SYS_AUE_demo_getpid	AUE_NULL
#define	DEMO_SYS_AUE_demo_mmap	AUE_NULL
#define	DEMO_SYS_AUE_demo_brk	AUE_NULL
#define	DEMO_SYS_AUE_demo_semctl	AUE_NULL
#define	DEMO_SYS_AUE_demo_getrandom	AUE_NULL
#define	DEMO_SYS_AUE_demo_module_call	AUE_NULL
#define	DEMO_SYS_AUE_demo_execve	AUE_NULL

#undef PAD_
#undef PADL_
#undef PADR_

#endif /* !_DEMO_SYSPROTO_H_ */
