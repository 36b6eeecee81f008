/*
 * System call numbers.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

#define	BR_SYS_br_fast	1
				/* 2 is obsolete br_old */
#define	BR_SYS_br_new	2
#define	BR_SYS_br_last	3
#define	BR_SYS_MAXSYSCALL	4
