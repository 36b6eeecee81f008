/*
 * System call switch table.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#include <sys/param.h>
#include <sys/sysent.h>
#include <sys/sysproto.h>
#include "demo_types.h"
#include "demo_proto.h"

#define AS(name) (sizeof(struct name) / sizeof(syscallarg_t))

/* The casts are bogus but will do for now. */
struct sysent demo_sysent[] = {
	{ .sy_narg = AS(read_args), .sy_call = (sy_call_t *)sys_read, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 0 = read */
	{ .sy_narg = AS(demo_write_args), .sy_call = (sy_call_t *)sys_demo_write, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 1 = demo_write */
	{ .sy_narg = AS(demo_open_args), .sy_call = (sy_call_t *)sys_demo_open, .sy_auevent = AUE_OPEN_RWTC, .sy_flags = SYF_CAPENABLED, .sy_thrcnt = SY_THR_STATIC },	/* 2 = demo_open */
	{ .sy_narg = AS(close_args), .sy_call = (sy_call_t *)sys_close, .sy_auevent = AUE_CLOSE, .sy_flags = SYF_CAPENABLED, .sy_thrcnt = SY_THR_STATIC },	/* 3 = close */
	{ .sy_narg = 0, .sy_call = (sy_call_t *)sys_demo_getpid, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 4 = demo_getpid */
	{ .sy_narg = 0, .sy_call = (sy_call_t *)nosys, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },	/* 5 = afs_syscall */
	{ .sy_narg = 0, .sy_call = (sy_call_t *)nosys, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },	/* 6 = reserved for local use */
	{ .sy_narg = 0, .sy_call = (sy_call_t *)nosys, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },	/* 7 = reserved for local use */
	{ .sy_narg = 0, .sy_call = (sy_call_t *)nosys, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },	/* 8 = reserved for local use */
	{ .sy_narg = AS(demo_mmap_args), .sy_call = (sy_call_t *)sys_demo_mmap, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },	/* 9 = demo_mmap */
	{ .sy_narg = AS(demo_brk_args), .sy_call = (sy_call_t *)sys_demo_brk, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 10 = demo_brk */
	{ .sy_narg = AS(nosys_args), .sy_call = (sy_call_t *)lkmnosys, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },	/* 11 = lkmnosys */
	{ .sy_narg = AS(demo_semctl_args), .sy_call = (sy_call_t *)sys_demo_semctl, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 12 = demo_semctl */
	{ .sy_narg = AS(demo_getrandom_args), .sy_call = (sy_call_t *)sys_demo_getrandom, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 13 = demo_getrandom */
	{ .sy_narg = AS(demo_module_call_args), .sy_call = (sy_call_t *)lkmressys, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },	/* 14 = demo_module_call */
	{ .sy_narg = 0, .sy_call = (sy_call_t *)nosys, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },	/* 15 = nosys */
	{ .sy_narg = AS(demo_execve_args), .sy_call = (sy_call_t *)sys_demo_execve, .sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_STATIC },	/* 16 = demo_execve */
};
