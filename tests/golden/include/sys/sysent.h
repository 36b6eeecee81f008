/* Minimal <sys/sysent.h> for compiling generated tables in tests. */
#ifndef TEST_SYS_SYSENT_H
#define TEST_SYS_SYSENT_H
#include <sys/types.h>
typedef int sy_call_t(struct thread *, void *);
struct sysent {
	int		 sy_narg;
	sy_call_t	*sy_call;
	int		 sy_auevent;
	int		 sy_flags;
	int		 sy_thrcnt;
};
#define SYF_CAPENABLED	0x1
#define SY_THR_STATIC	0x1
#define SY_THR_ABSENT	0x4
int nosys(struct thread *, void *);
int lkmnosys(struct thread *, void *);
int lkmressys(struct thread *, void *);
#endif
