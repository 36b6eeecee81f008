/*
 * System call names.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

const char *abi32_syscallnames[] = {
	"exit",			/* 0 = exit */
	"abi32_read",			/* 1 = abi32_read */
	"abi32_lseek",			/* 2 = abi32_lseek */
	"getpid",			/* 3 = getpid */
	"abi32_ioctl",			/* 4 = abi32_ioctl */
	"abi32_execve",			/* 5 = abi32_execve */
	"abi32_wait4",			/* 6 = abi32_wait4 */
	"abi32_sendfile",			/* 7 = abi32_sendfile */
	"abi32_mknodat",			/* 8 = abi32_mknodat */
	"abi32_setpriority",			/* 9 = abi32_setpriority */
};
