/*
 * mock_runtime.h — syscall numbers and hook operations shared by the mock
 * runtime (tests of the tracer host) and the test programs it runs.
 * Numbers are Linux's (facts: tests/fixtures/lxrun/ has the tables).
 */
#ifndef _MOCK_RUNTIME_H_
#define _MOCK_RUNTIME_H_

#if defined(__x86_64__)
#define	MOCK_NR_FUTEX		202
#define	MOCK_NR_SET_TID_ADDRESS	218
#define	MOCK_NR_CLONE		56
#define	MOCK_NR_CLONE3		435
#define	MOCK_NR_HOOK		183	/* afs_syscall: never implemented */
#else
#define	MOCK_NR_FUTEX		240
#define	MOCK_NR_FUTEX_TIME64	422
#define	MOCK_NR_SET_TID_ADDRESS	258
#define	MOCK_NR_CLONE		120
#define	MOCK_NR_CLONE3		435
#define	MOCK_NR_HOOK		137	/* afs_syscall */
#endif

/* Hook operations: hook(op, uaddr, a, b) returns the old value or -errno. */
#define	MOCK_HOOK_CAS	1	/* casueword32(uaddr, a, &old, b) */
#define	MOCK_HOOK_ADD	2	/* futex_addl(a, uaddr) */
#define	MOCK_HOOK_XCHG	3
#define	MOCK_HOOK_OR	4
#define	MOCK_HOOK_AND	5
#define	MOCK_HOOK_XOR	6

void	mock_runtime_init(void);
extern const unsigned mock_trapped[];
extern const int mock_ntrapped;

#endif /* !_MOCK_RUNTIME_H_ */
