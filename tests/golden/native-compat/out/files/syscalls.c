/*
 * System call names.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

const char *syscallnames[] = {
	"syscall",			/* 0 = syscall */
	"_exit",			/* 1 = _exit */
	"fork",			/* 2 = fork */
	"read",			/* 3 = read */
	"obs_creat",			/* 4 = obsolete creat */
	"obs_getfsstat",			/* 5 = obsolete getfsstat */
	"compat6.pread",		/* 6 = freebsd6 pread */
	"compat7.semctl",		/* 7 = freebsd7 semctl */
	"compat10.pipe",		/* 8 = freebsd10 pipe */
	"compat11.stat",		/* 9 = freebsd11 stat */
	"compat12.shm_open",		/* 10 = freebsd12 shm_open */
	"compat13.swapoff",		/* 11 = freebsd13 swapoff */
	"compat14.cpuset",		/* 12 = freebsd14 cpuset */
	"obs_execv",			/* 13 = obsolete execv */
	"#14",			/* 14 = oldquota */
	"obs_oldquota",			/* 15 = obsolete oldquota */
	"#16",			/* 16 = newthing */
	"sync",			/* 17 = sync */
	"getpid",			/* 18 = getpid */
	"lkmnosys",			/* 19 = lkmnosys */
	"ksem_close",			/* 20 = ksem_close */
	"getlogin",			/* 21 = getlogin */
	"mmap",			/* 22 = mmap */
	"vfork",			/* 23 = vfork */
	"#24",			/* 24 = reserved for local use */
	"#25",			/* 25 = reserved for local use */
	"kexec_load",			/* 26 = kexec_load */
};
