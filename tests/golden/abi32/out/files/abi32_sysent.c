/*
 * System call switch table.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#include <sys/param.h>
#include <sys/sysent.h>
#include <abi32_types.h>

#define AS(name) (sizeof(struct name) / sizeof(syscallarg_t))

/* The casts are bogus but will do for now. */
struct sysent abi32_sysent[] = {
	{ .sy_narg = AS(exit_args), .sy_call = (sy_call_t *)sys_exit, .sy_auevent = AUE_EXIT, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 0 = exit */
	{ .sy_narg = AS(abi32_read_args), .sy_call = (sy_call_t *)sys_abi32_read, .sy_auevent = AUE_READ, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 1 = abi32_read */
	{ .sy_narg = AS(abi32_lseek_args), .sy_call = (sy_call_t *)sys_abi32_lseek, .sy_auevent = AUE_LSEEK, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 2 = abi32_lseek */
	{ .sy_narg = 0, .sy_call = (sy_call_t *)sys_getpid, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 3 = getpid */
	{ .sy_narg = AS(abi32_ioctl_args), .sy_call = (sy_call_t *)sys_abi32_ioctl, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 4 = abi32_ioctl */
	{ .sy_narg = AS(abi32_execve_args), .sy_call = (sy_call_t *)sys_abi32_execve, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 5 = abi32_execve */
	{ .sy_narg = AS(abi32_wait4_args), .sy_call = (sy_call_t *)sys_abi32_wait4, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 6 = abi32_wait4 */
	{ .sy_narg = AS(abi32_sendfile_args), .sy_call = (sy_call_t *)sys_abi32_sendfile, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 7 = abi32_sendfile */
	{ .sy_narg = AS(abi32_mknodat_args), .sy_call = (sy_call_t *)sys_abi32_mknodat, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 8 = abi32_mknodat */
	{ .sy_narg = AS(abi32_setpriority_args), .sy_call = (sy_call_t *)sys_abi32_setpriority, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 9 = abi32_setpriority */
};
