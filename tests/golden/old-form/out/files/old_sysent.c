/*
 * System call switch table.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#include <sys/param.h>
#include <sys/sysent.h>
#include "old_proto.h"

#define AS(name) (sizeof(struct name) / sizeof(syscallarg_t))

#ifdef COMPAT_43
#define compat(n, name) .sy_narg = n, .sy_call = (sy_call_t *)__CONCAT(o, name)
#else
#define compat(n, name) .sy_narg = 0, .sy_call = (sy_call_t *)nosys
#endif

#ifdef COMPAT_FREEBSD4
#define compat4(n, name) .sy_narg = n, .sy_call = (sy_call_t *)__CONCAT(freebsd4_, name)
#else
#define compat4(n, name) .sy_narg = 0, .sy_call = (sy_call_t *)nosys
#endif

#ifdef COMPAT_FREEBSD6
#define compat6(n, name) .sy_narg = n, .sy_call = (sy_call_t *)__CONCAT(freebsd6_, name)
#else
#define compat6(n, name) .sy_narg = 0, .sy_call = (sy_call_t *)nosys
#endif

#ifdef COMPAT_FREEBSD7
#define compat7(n, name) .sy_narg = n, .sy_call = (sy_call_t *)__CONCAT(freebsd7_, name)
#else
#define compat7(n, name) .sy_narg = 0, .sy_call = (sy_call_t *)nosys
#endif

#ifdef COMPAT_FREEBSD10
#define compat10(n, name) .sy_narg = n, .sy_call = (sy_call_t *)__CONCAT(freebsd10_, name)
#else
#define compat10(n, name) .sy_narg = 0, .sy_call = (sy_call_t *)nosys
#endif

#ifdef COMPAT_FREEBSD11
#define compat11(n, name) .sy_narg = n, .sy_call = (sy_call_t *)__CONCAT(freebsd11_, name)
#else
#define compat11(n, name) .sy_narg = 0, .sy_call = (sy_call_t *)nosys
#endif

#ifdef COMPAT_FREEBSD12
#define compat12(n, name) .sy_narg = n, .sy_call = (sy_call_t *)__CONCAT(freebsd12_, name)
#else
#define compat12(n, name) .sy_narg = 0, .sy_call = (sy_call_t *)nosys
#endif

#ifdef COMPAT_FREEBSD13
#define compat13(n, name) .sy_narg = n, .sy_call = (sy_call_t *)__CONCAT(freebsd13_, name)
#else
#define compat13(n, name) .sy_narg = 0, .sy_call = (sy_call_t *)nosys
#endif

#ifdef COMPAT_FREEBSD14
#define compat14(n, name) .sy_narg = n, .sy_call = (sy_call_t *)__CONCAT(freebsd14_, name)
#else
#define compat14(n, name) .sy_narg = 0, .sy_call = (sy_call_t *)nosys
#endif

/* The casts are bogus but will do for now. */
struct sysent old_sysent[] = {
	{ .sy_narg = 0, .sy_call = (sy_call_t *)nosys, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },	/* 0 = setup */
	{ .sy_narg = AS(old_exit_args), .sy_call = (sy_call_t *)sys_old_exit, .sy_auevent = AUE_EXIT, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 1 = old_exit */
	{ .sy_narg = 0, .sy_call = (sy_call_t *)sys_old_fork, .sy_auevent = AUE_FORK, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 2 = old_fork */
	{ .sy_narg = AS(old_read_args), .sy_call = (sy_call_t *)sys_old_read, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 3 = old_read */
	{ .sy_narg = AS(old_wait4_args), .sy_call = (sy_call_t *)sys_old_wait4, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 4 = old_wait4 */
	{ .sy_narg = AS(old_open_args), .sy_call = (sy_call_t *)sys_old_open, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 5 = old_open */
	{ compat(AS(oold_accept_args),old_accept), .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 6 = old old_accept */
	{ .sy_narg = AS(old_nfssvc_args), .sy_call = (sy_call_t *)lkmressys, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },	/* 7 = old_nfssvc */
	{ compat(AS(oold_creat_args),old_creat), .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 8 = old old_creat */
	{ .sy_narg = 0, .sy_call = (sy_call_t *)nosys, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },	/* 9 = obsolete old_vfork */
	{ .sy_narg = AS(nosys_args), .sy_call = (sy_call_t *)lkmnosys, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 10 = lkmnosys */
};
