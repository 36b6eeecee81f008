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
	/* syscall */
	case 0: {
		*n_args = 0;
		break;
	}
	/* _exit */
	case 1: {
		struct _exit_args *p = params;
		iarg[a++] = p->rval; /* int */
		*n_args = 1;
		break;
	}
	/* fork */
	case 2: {
		*n_args = 0;
		break;
	}
	/* read */
	case 3: {
		struct read_args *p = params;
		iarg[a++] = p->fd; /* int */
		uarg[a++] = (intptr_t)p->buf; /* void * */
		uarg[a++] = p->nbyte; /* size_t */
		*n_args = 3;
		break;
	}
	/* sync */
	case 17: {
		*n_args = 0;
		break;
	}
	/* getpid */
	case 18: {
		*n_args = 0;
		break;
	}
	/* lkmnosys */
	case 19: {
		*n_args = 0;
		break;
	}
	/* ksem_close */
	case 20: {
		struct ksem_close_args *p = params;
		iarg[a++] = p->id; /* semid_t */
		*n_args = 1;
		break;
	}
	/* getlogin */
	case 21: {
		struct getlogin_args *p = params;
		uarg[a++] = (intptr_t)p->namebuf; /* char * */
		uarg[a++] = p->namelen; /* u_int */
		*n_args = 2;
		break;
	}
	/* mmap */
	case 22: {
		struct mmap_args *p = params;
		uarg[a++] = (intptr_t)p->addr; /* void * */
		uarg[a++] = p->len; /* size_t */
		iarg[a++] = p->prot; /* int */
		iarg[a++] = p->flags; /* int */
		iarg[a++] = p->fd; /* int */
		iarg[a++] = p->pos; /* off_t */
		*n_args = 6;
		break;
	}
	/* vfork */
	case 23: {
		*n_args = 0;
		break;
	}
	/* kexec_load */
	case 26: {
		struct kexec_load_args *p = params;
		uarg[a++] = p->entry; /* uint64_t */
		uarg[a++] = p->nseg; /* u_long */
		uarg[a++] = (intptr_t)p->segments; /* struct kexec_segment * */
		uarg[a++] = p->flags; /* u_long */
		*n_args = 4;
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
	/* syscall */
	case 0:
		break;
	/* _exit */
	case 1:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		default:
			break;
		};
		break;
	/* fork */
	case 2:
		break;
	/* read */
	case 3:
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
	/* sync */
	case 17:
		break;
	/* getpid */
	case 18:
		break;
	/* lkmnosys */
	case 19:
		break;
	/* ksem_close */
	case 20:
		switch (ndx) {
		case 0:
			p = "semid_t";
			break;
		default:
			break;
		};
		break;
	/* getlogin */
	case 21:
		switch (ndx) {
		case 0:
			p = "userland char *";
			break;
		case 1:
			p = "u_int";
			break;
		default:
			break;
		};
		break;
	/* mmap */
	case 22:
		switch (ndx) {
		case 0:
			p = "userland void *";
			break;
		case 1:
			p = "size_t";
			break;
		case 2:
			p = "int";
			break;
		case 3:
			p = "int";
			break;
		case 4:
			p = "int";
			break;
		case 5:
			p = "off_t";
			break;
		default:
			break;
		};
		break;
	/* vfork */
	case 23:
		break;
	/* kexec_load */
	case 26:
		switch (ndx) {
		case 0:
			p = "uint64_t";
			break;
		case 1:
			p = "u_long";
			break;
		case 2:
			p = "userland struct kexec_segment *";
			break;
		case 3:
			p = "u_long";
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
	/* syscall */
	case 0:
	/* _exit */
	case 1:
		if (ndx == 0 || ndx == 1)
			p = "void";
		break;
	/* fork */
	case 2:
	/* read */
	case 3:
		if (ndx == 0 || ndx == 1)
			p = "ssize_t";
		break;
	/* sync */
	case 17:
	/* getpid */
	case 18:
	/* lkmnosys */
	case 19:
	/* ksem_close */
	case 20:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* getlogin */
	case 21:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* mmap */
	case 22:
		if (ndx == 0 || ndx == 1)
			p = "void *";
		break;
	/* vfork */
	case 23:
	/* kexec_load */
	case 26:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	default:
		break;
	};
	if (p != NULL)
		strlcpy(desc, p, descsz);
}
