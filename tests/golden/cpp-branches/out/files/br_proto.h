/*
 * System call prototypes.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#ifndef _BR_SYSPROTO_H_
#define	_BR_SYSPROTO_H_

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

#ifdef BR_FAST
struct br_fast_args {
	char level_l_[PADL_(int)]; int level; char level_r_[PADR_(int)];
};
#else
#endif
#if defined(BR_OLD)
#elif defined(BR_NEW)
struct br_new_args {
	syscallarg_t dummy;
};
#else
#endif
struct br_last_args {
	char how_l_[PADL_(int)]; int how; char how_r_[PADR_(int)];
	char where_l_[PADL_(char *)]; char * where; char where_r_[PADR_(char *)];
};
#ifdef BR_TAIL
#endif
#ifdef BR_FAST
int	sys_br_fast(struct thread *, struct br_fast_args *);
#else
#endif
#if defined(BR_OLD)
#elif defined(BR_NEW)
int	sys_br_new(struct thread *, struct br_new_args *);
#else
#endif
int	sys_br_last(struct thread *, struct br_last_args *);
#ifdef BR_TAIL
#endif
#define	BR_SYS_AUE_br_fast	AUE_NULL
#define	BR_SYS_AUE_br_new	AUE_NULL
#define	BR_SYS_AUE_br_last	AUE_NULL

#undef PAD_
#undef PADL_
#undef PADR_

#endif /* !_BR_SYSPROTO_H_ */
