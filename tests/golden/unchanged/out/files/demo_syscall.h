/*
 * System call numbers.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#define	DEMO_SYS_read	0
#define	DEMO_SYS_demo_write	1
#define	DEMO_SYS_demo_open	2
#define	DEMO_SYS_close	3
#define	DEMO_SYS_demo_getpid	4
#define	DEMO_SYS_demo_mmap	9
#define	DEMO_SYS_demo_brk	10
#define	DEMO_SYS_demo_semctl	12
#define	DEMO_SYS_demo_getrandom	13
#define	DEMO_SYS_demo_module_call	14
#define	DEMO_SYS_demo_execve	16
#define	DEMO_SYS_MAXSYSCALL	17
