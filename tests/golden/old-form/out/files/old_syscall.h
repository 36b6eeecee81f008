/*
 * System call numbers.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#define	OLD_SYS_old_exit	1
#define	OLD_SYS_old_fork	2
#define	OLD_SYS_old_read	3
#define	OLD_SYS_old_wait4	4
#define	OLD_SYS_old_open	5
				/* 6 is old old_accept */
#define	OLD_SYS_old_nfssvc	7
				/* 8 is old old_creat */
				/* 9 is obsolete old_vfork */
#define	OLD_SYS_MAXSYSCALL	11
