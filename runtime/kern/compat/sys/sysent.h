/*
 * sys/sysent.h — the system call table entry, as the generated
 * linux_sysent.c uses it.
 *
 * A minimal stand-in for FreeBSD's <sys/sysent.h>: only what the tables
 * syscallc generates name (struct sysent and its sy_* fields, sy_call_t,
 * the SY_THR_* and SYF_* values, nosys and lkmressys).  Field order and
 * widths are this project's; only the names are FreeBSD's, because the
 * generated initialisers are designated.
 */
#ifndef _SYS_SYSENT_H_
#define	_SYS_SYSENT_H_

#include <stdint.h>
#include <sys/_syscallarg.h>

struct thread;
struct nosys_args;

/*
 * Every handler is called through this type; the generated table casts
 * each handler (which takes its own args structure) to it.
 */
typedef int	sy_call_t(struct thread *, void *);

struct sysent {
	int		 sy_narg;	/* argument slots (syscallarg_t) */
	sy_call_t	*sy_call;	/* handler */
	int		 sy_auevent;	/* audit event (AUE_*) */
	uint32_t	 sy_flags;	/* SYF_* */
	uint32_t	 sy_thrcnt;	/* SY_THR_* */
};

/* sy_flags */
#define	SYF_CAPENABLED	0x00000001	/* allowed in capability mode */

/* sy_thrcnt: whether the entry has a handler. */
#define	SY_THR_FLAGMASK	0x7
#define	SY_THR_STATIC	0x1		/* built in */
#define	SY_THR_DRAINING	0x2
#define	SY_THR_ABSENT	0x4		/* no handler: nosys */
#define	SY_THR_INCR	0x8

/*
 * The handlers of entries without one: UNIMPL and OBSOL entries call nosys,
 * NOSTD entries lkmressys.  Both return ENOSYS.
 */
int	nosys(struct thread *td, struct nosys_args *args);
int	lkmressys(struct thread *td, struct nosys_args *args);

#endif /* !_SYS_SYSENT_H_ */
