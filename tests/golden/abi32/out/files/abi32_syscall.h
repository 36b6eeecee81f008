/*
 * System call numbers.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#define	ABI32_SYS_exit	0
#define	ABI32_SYS_abi32_read	1
#define	ABI32_SYS_abi32_lseek	2
#define	ABI32_SYS_getpid	3
#define	ABI32_SYS_abi32_ioctl	4
#define	ABI32_SYS_abi32_execve	5
#define	ABI32_SYS_abi32_wait4	6
#define	ABI32_SYS_abi32_sendfile	7
#define	ABI32_SYS_abi32_mknodat	8
#define	ABI32_SYS_abi32_setpriority	9
#define	ABI32_SYS_MAXSYSCALL	10
