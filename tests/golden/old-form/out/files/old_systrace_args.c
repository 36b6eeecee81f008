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
	/* old_exit */
	case 1: {
		struct old_exit_args *p = params;
		iarg[a++] = p->rval; /* int */
		*n_args = 1;
		break;
	}
	/* old_fork */
	case 2: {
		*n_args = 0;
		break;
	}
	/* old_read */
	case 3: {
		struct old_read_args *p = params;
		iarg[a++] = p->fd; /* int */
		uarg[a++] = (intptr_t)p->buf; /* char * */
		uarg[a++] = p->nbyte; /* u_int */
		*n_args = 3;
		break;
	}
	/* old_wait4 */
	case 4: {
		struct old_wait4_args *p = params;
		iarg[a++] = p->pid; /* int */
		uarg[a++] = (intptr_t)p->status; /* int * */
		iarg[a++] = p->options; /* int */
		uarg[a++] = (intptr_t)p->rusage; /* struct rusage * */
		*n_args = 4;
		break;
	}
	/* old_open */
	case 5: {
		struct old_open_args *p = params;
		uarg[a++] = (intptr_t)p->path; /* char * */
		iarg[a++] = p->flags; /* int */
		iarg[a++] = p->mode; /* int */
		*n_args = 3;
		break;
	}
	/* old_nfssvc */
	case 7: {
		struct old_nfssvc_args *p = params;
		iarg[a++] = p->flag; /* int */
		uarg[a++] = (intptr_t)p->argp; /* caddr_t */
		*n_args = 2;
		break;
	}
	/* lkmnosys */
	case 10: {
		*n_args = 0;
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
	/* old_exit */
	case 1:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		default:
			break;
		};
		break;
	/* old_fork */
	case 2:
		break;
	/* old_read */
	case 3:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		case 1:
			p = "userland char *";
			break;
		case 2:
			p = "u_int";
			break;
		default:
			break;
		};
		break;
	/* old_wait4 */
	case 4:
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
			p = "userland struct rusage *";
			break;
		default:
			break;
		};
		break;
	/* old_open */
	case 5:
		switch (ndx) {
		case 0:
			p = "userland char *";
			break;
		case 1:
			p = "int";
			break;
		case 2:
			p = "int";
			break;
		default:
			break;
		};
		break;
	/* old_nfssvc */
	case 7:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		case 1:
			p = "caddr_t";
			break;
		default:
			break;
		};
		break;
	/* lkmnosys */
	case 10:
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
	/* old_exit */
	case 1:
		if (ndx == 0 || ndx == 1)
			p = "void";
		break;
	/* old_fork */
	case 2:
	/* old_read */
	case 3:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* old_wait4 */
	case 4:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* old_open */
	case 5:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* old_nfssvc */
	case 7:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* lkmnosys */
	case 10:
	default:
		break;
	};
	if (p != NULL)
		strlcpy(desc, p, descsz);
}
