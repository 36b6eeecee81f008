/*
 * System call numbers.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#define	SYS_exit	SYS__exit

#define	SYS_syscall	0
#define	SYS__exit	1
#define	SYS_fork	2
#define	SYS_read	3
				/* 4 is obsolete creat */
				/* 5 is obsolete getfsstat */
				/* 6 is freebsd6 pread */
#define	SYS_freebsd7_semctl	7
#define	SYS_freebsd10_pipe	8
#define	SYS_freebsd11_stat	9
#define	SYS_freebsd12_shm_open	10
#define	SYS_freebsd13_swapoff	11
#define	SYS_freebsd14_cpuset	12
				/* 13 is obsolete execv */
#define	SYS_obs_oldquota	15
#define	SYS_sync	17
#define	SYS_getpid	18
#define	SYS_ksem_close	20
#define	SYS_getlogin	21
#define	SYS_mmap	22
#define	SYS_vfork	23
#define	SYS_kexec_load	26
#define	SYS_MAXSYSCALL	27
