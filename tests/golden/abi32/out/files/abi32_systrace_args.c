#if !defined(PAD64_REQUIRED) && !defined(__amd64__)
#define PAD64_REQUIRED
#endif
/*
 * System call argument to DTrace register array conversion.
 *
 * This file is part of the DTrace syscall provider.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

static void
systrace_args(int sysnum, void *params, uint64_t *uarg, int *n_args)
{
	int64_t *iarg = (int64_t *)uarg;
	int a = 0;
	switch (sysnum) {
	/* exit */
	case 0: {
		struct exit_args *p = params;
		iarg[a++] = p->rval; /* int */
		*n_args = 1;
		break;
	}
	/* abi32_read */
	case 1: {
		struct abi32_read_args *p = params;
		iarg[a++] = p->fd; /* int */
		uarg[a++] = (uintptr_t)p->buf; /* void * */
		uarg[a++] = p->nbyte; /* size_t */
		*n_args = 3;
		break;
	}
	/* abi32_lseek */
	case 2: {
		struct abi32_lseek_args *p = params;
		iarg[a++] = p->fd; /* int */
#ifdef PAD64_REQUIRED
		iarg[a++] = p->_pad; /* int */
#endif
		uarg[a++] = (uintptr_t)p->offset1; /* uint32_t */
		uarg[a++] = (uintptr_t)p->offset2; /* uint32_t */
		iarg[a++] = p->whence; /* int */
		*n_args = 5;
		break;
	}
	/* getpid */
	case 3: {
		*n_args = 0;
		break;
	}
	/* abi32_ioctl */
	case 4: {
		struct abi32_ioctl_args *p = params;
		iarg[a++] = p->fd; /* int */
		uarg[a++] = p->com; /* u_long */
		uarg[a++] = (uintptr_t)p->data; /* char * */
		*n_args = 3;
		break;
	}
	/* abi32_execve */
	case 5: {
		struct abi32_execve_args *p = params;
		uarg[a++] = (uintptr_t)p->fname; /* const char * */
		uarg[a++] = (uintptr_t)p->argv; /* uint32_t * */
		uarg[a++] = (uintptr_t)p->envv; /* uint32_t * */
		*n_args = 3;
		break;
	}
	/* abi32_wait4 */
	case 6: {
		struct abi32_wait4_args *p = params;
		iarg[a++] = p->pid; /* int */
		uarg[a++] = (uintptr_t)p->status; /* int * */
		iarg[a++] = p->options; /* int */
		uarg[a++] = (uintptr_t)p->rusage; /* struct rusage32 * */
		*n_args = 4;
		break;
	}
	/* abi32_sendfile */
	case 7: {
		struct abi32_sendfile_args *p = params;
		iarg[a++] = p->fd; /* int */
		iarg[a++] = p->s; /* int */
		uarg[a++] = (uintptr_t)p->offset1; /* uint32_t */
		uarg[a++] = (uintptr_t)p->offset2; /* uint32_t */
		uarg[a++] = p->nbytes; /* size_t */
		iarg[a++] = p->flags; /* int */
		*n_args = 6;
		break;
	}
	/* abi32_mknodat */
	case 8: {
		struct abi32_mknodat_args *p = params;
		iarg[a++] = p->fd; /* int */
		uarg[a++] = (uintptr_t)p->path; /* const char * */
		iarg[a++] = p->mode; /* mode_t */
#ifdef PAD64_REQUIRED
		iarg[a++] = p->_pad; /* int */
#endif
		uarg[a++] = (uintptr_t)p->dev1; /* uint32_t */
		uarg[a++] = (uintptr_t)p->dev2; /* uint32_t */
		*n_args = 6;
		break;
	}
	/* abi32_setpriority */
	case 9: {
		struct abi32_setpriority_args *p = params;
		iarg[a++] = p->which; /* int */
		iarg[a++] = p->who; /* int32_t */
		iarg[a++] = p->prio; /* int */
		*n_args = 3;
		break;
	}
	default:
		*n_args = 0;
		break;
	};
}
static void
systrace_entry_setargdesc(int sysnum, int ndx, char *desc, size_t descsz)
{
	const char *p = NULL;
	switch (sysnum) {
	/* exit */
	case 0:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		default:
			break;
		};
		break;
	/* abi32_read */
	case 1:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		case 1:
			p = "userland void *";
			break;
		case 2:
			p = "size_t";
			break;
		default:
			break;
		};
		break;
	/* abi32_lseek */
	case 2:
		switch (ndx) {
		case 0:
			p = "int";
			break;
#ifdef PAD64_REQUIRED
		case 1:
			p = "int";
			break;
#define _P_ 0
#else
#define _P_ 1
#endif
		case 2 - _P_:
			p = "uint32_t";
			break;
		case 3 - _P_:
			p = "uint32_t";
			break;
		case 4 - _P_:
			p = "int";
			break;
		default:
			break;
		};
#undef _P_

		break;
	/* getpid */
	case 3:
		break;
	/* abi32_ioctl */
	case 4:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		case 1:
			p = "u_long";
			break;
		case 2:
			p = "userland char *";
			break;
		default:
			break;
		};
		break;
	/* abi32_execve */
	case 5:
		switch (ndx) {
		case 0:
			p = "userland const char *";
			break;
		case 1:
			p = "userland uint32_t *";
			break;
		case 2:
			p = "userland uint32_t *";
			break;
		default:
			break;
		};
		break;
	/* abi32_wait4 */
	case 6:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		case 1:
			p = "userland int *";
			break;
		case 2:
			p = "int";
			break;
		case 3:
			p = "userland struct rusage32 *";
			break;
		default:
			break;
		};
		break;
	/* abi32_sendfile */
	case 7:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		case 1:
			p = "int";
			break;
		case 2:
			p = "uint32_t";
			break;
		case 3:
			p = "uint32_t";
			break;
		case 4:
			p = "size_t";
			break;
		case 5:
			p = "int";
			break;
		default:
			break;
		};
		break;
	/* abi32_mknodat */
	case 8:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		case 1:
			p = "userland const char *";
			break;
		case 2:
			p = "mode_t";
			break;
#ifdef PAD64_REQUIRED
		case 3:
			p = "int";
			break;
#define _P_ 0
#else
#define _P_ 1
#endif
		case 4 - _P_:
			p = "uint32_t";
			break;
		case 5 - _P_:
			p = "uint32_t";
			break;
		default:
			break;
		};
#undef _P_

		break;
	/* abi32_setpriority */
	case 9:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		case 1:
			p = "int32_t";
			break;
		case 2:
			p = "int";
			break;
		default:
			break;
		};
		break;
	default:
		break;
	};
	if (p != NULL)
		strlcpy(desc, p, descsz);
}
static void
systrace_return_setargdesc(int sysnum, int ndx, char *desc, size_t descsz)
{
	const char *p = NULL;
	switch (sysnum) {
	/* exit */
	case 0:
		if (ndx == 0 || ndx == 1)
			p = "void";
		break;
	/* abi32_read */
	case 1:
		if (ndx == 0 || ndx == 1)
			p = "ssize_t";
		break;
	/* abi32_lseek */
	case 2:
		if (ndx == 0 || ndx == 1)
			p = "off_t";
		break;
	/* getpid */
	case 3:
	/* abi32_ioctl */
	case 4:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* abi32_execve */
	case 5:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* abi32_wait4 */
	case 6:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* abi32_sendfile */
	case 7:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* abi32_mknodat */
	case 8:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* abi32_setpriority */
	case 9:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	default:
		break;
	};
	if (p != NULL)
		strlcpy(desc, p, descsz);
}
