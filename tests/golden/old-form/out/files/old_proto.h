/*
 * System call prototypes.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#ifndef _OLD_SYSPROTO_H_
#define	_OLD_SYSPROTO_H_

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

struct old_exit_args {
	char rval_l_[PADL_(int)]; int rval; char rval_r_[PADR_(int)];
};
struct old_fork_args {
	syscallarg_t dummy;
};
struct old_read_args {
	char fd_l_[PADL_(int)]; int fd; char fd_r_[PADR_(int)];
	char buf_l_[PADL_(char *)]; char * buf; char buf_r_[PADR_(char *)];
	char nbyte_l_[PADL_(u_int)]; u_int nbyte; char nbyte_r_[PADR_(u_int)];
};
struct old_wait4_args {
	char pid_l_[PADL_(int)]; int pid; char pid_r_[PADR_(int)];
	char status_l_[PADL_(int *)]; int * status; char status_r_[PADR_(int *)];
	char options_l_[PADL_(int)]; int options; char options_r_[PADR_(int)];
	char rusage_l_[PADL_(struct rusage *)]; struct rusage * rusage; char rusage_r_[PADR_(struct rusage *)];
};
struct old_open_args {
	char path_l_[PADL_(char *)]; char * path; char path_r_[PADR_(char *)];
	char flags_l_[PADL_(int)]; int flags; char flags_r_[PADR_(int)];
	char mode_l_[PADL_(int)]; int mode; char mode_r_[PADR_(int)];
};
struct old_nfssvc_args {
	char flag_l_[PADL_(int)]; int flag; char flag_r_[PADR_(int)];
	char argp_l_[PADL_(caddr_t)]; caddr_t argp; char argp_r_[PADR_(caddr_t)];
};
int	sys_old_exit(struct thread *, struct old_exit_args *);
int	sys_old_fork(struct thread *, struct old_fork_args *);
int	sys_old_read(struct thread *, struct old_read_args *);
int	sys_old_wait4(struct thread *, struct old_wait4_args *);
int	sys_old_open(struct thread *, struct old_open_args *);
int	sys_old_nfssvc(struct thread *, struct old_nfssvc_args *);

#ifdef COMPAT_43

struct oold_creat_args {
	char path_l_[PADL_(char *)]; char * path; char path_r_[PADR_(char *)];
	char mode_l_[PADL_(int)]; int mode; char mode_r_[PADR_(int)];
};
int	oold_accept(struct thread *, struct oold_accept_args *);
int	oold_creat(struct thread *, struct oold_creat_args *);

#endif /* COMPAT_43 */


#ifdef COMPAT_FREEBSD4


#endif /* COMPAT_FREEBSD4 */


#ifdef COMPAT_FREEBSD6


#endif /* COMPAT_FREEBSD6 */


#ifdef COMPAT_FREEBSD7


#endif /* COMPAT_FREEBSD7 */


#ifdef COMPAT_FREEBSD10


#endif /* COMPAT_FREEBSD10 */


#ifdef COMPAT_FREEBSD11


#endif /* COMPAT_FREEBSD11 */


#ifdef COMPAT_FREEBSD12


#endif /* COMPAT_FREEBSD12 */


#ifdef COMPAT_FREEBSD13


#endif /* COMPAT_FREEBSD13 */


#ifdef COMPAT_FREEBSD14


#endif /* COMPAT_FREEBSD14 */

#define	OLD_SYS_AUE_old_exit	AUE_EXIT
#define	OLD_SYS_AUE_old_fork	AUE_FORK
#define	OLD_SYS_AUE_old_read	AUE_NULL
#define	OLD_SYS_AUE_old_wait4	AUE_NULL
#define	OLD_SYS_AUE_old_open	AUE_NULL
#define	OLD_SYS_AUE_oold_accept	AUE_NULL
#define	OLD_SYS_AUE_old_nfssvc	AUE_NULL
#define	OLD_SYS_AUE_oold_creat	AUE_NULL

#undef PAD_
#undef PADL_
#undef PADR_

#endif /* !_OLD_SYSPROTO_H_ */
