/*
 * System call names.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

const char *old_syscallnames[] = {
	"#0",			/* 0 = setup */
	"old_exit",			/* 1 = old_exit */
	"old_fork",			/* 2 = old_fork */
	"old_read",			/* 3 = old_read */
	"old_wait4",			/* 4 = old_wait4 */
	"old_open",			/* 5 = old_open */
	"compat.old_accept",		/* 6 = old old_accept */
	"old_nfssvc",			/* 7 = old_nfssvc */
	"compat.old_creat",		/* 8 = old old_creat */
	"obs_old_vfork",			/* 9 = obsolete old_vfork */
	"lkmnosys",			/* 10 = lkmnosys */
};
