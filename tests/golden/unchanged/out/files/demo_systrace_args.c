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
	/* read */
	case 0: {
		struct read_args *p = params;
		iarg[a++] = p->fd; /* int */
		uarg[a++] = (intptr_t)p->buf; /* char * */
		iarg[a++] = p->nbyte; /* l_size_t */
		*n_args = 3;
		break;
	}
	/* demo_write */
	case 1: {
		struct demo_write_args *p = params;
		iarg[a++] = p->fd; /* int */
		uarg[a++] = (intptr_t)p->buf; /* const char * */
		iarg[a++] = p->nbyte; /* l_size_t */
		*n_args = 3;
		break;
	}
	/* demo_open */
	case 2: {
		struct demo_open_args *p = params;
		uarg[a++] = (intptr_t)p->path; /* const char * */
		iarg[a++] = p->flags; /* l_int */
		iarg[a++] = p->mode; /* l_mode_t */
		*n_args = 3;
		break;
	}
	/* close */
	case 3: {
		struct close_args *p = params;
		iarg[a++] = p->fd; /* int */
		*n_args = 1;
		break;
	}
	/* demo_getpid */
	case 4: {
		*n_args = 0;
		break;
	}
	/* demo_mmap */
	case 9: {
		struct demo_mmap_args *p = params;
		iarg[a++] = p->addr; /* l_ulong */
		iarg[a++] = p->len; /* l_size_t */
		iarg[a++] = p->prot; /* l_int */
		iarg[a++] = p->flags; /* l_int */
		iarg[a++] = p->fd; /* l_int */
		iarg[a++] = p->pgoff; /* l_off_t */
		*n_args = 6;
		break;
	}
	/* demo_brk */
	case 10: {
		struct demo_brk_args *p = params;
		uarg[a++] = (intptr_t)p->dsend; /* char * */
		*n_args = 1;
		break;
	}
	/* lkmnosys */
	case 11: {
		*n_args = 0;
		break;
	}
	/* demo_semctl */
	case 12: {
		struct demo_semctl_args *p = params;
		iarg[a++] = p->semid; /* l_int */
		iarg[a++] = p->semnum; /* l_int */
		iarg[a++] = p->cmd; /* l_int */
		uarg[a++] = p->arg.buf; /* union l_semun */
		*n_args = 4;
		break;
	}
	/* demo_getrandom */
	case 13: {
		struct demo_getrandom_args *p = params;
		uarg[a++] = (intptr_t)p->buf; /* char * */
		uarg[a++] = p->count; /* size_t */
		uarg[a++] = p->flags; /* u_int */
		*n_args = 3;
		break;
	}
	/* demo_module_call */
	case 14: {
		struct demo_module_call_args *p = params;
		iarg[a++] = p->arg; /* int */
		*n_args = 1;
		break;
	}
	/* demo_execve */
	case 16: {
		struct demo_execve_args *p = params;
		uarg[a++] = (intptr_t)p->path; /* char * */
		uarg[a++] = (intptr_t)p->argp; /* char ** */
		uarg[a++] = (intptr_t)p->envp; /* char ** */
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
	/* read */
	case 0:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		case 1:
			p = "userland char *";
			break;
		case 2:
			p = "l_size_t";
			break;
		default:
			break;
		};
		break;
	/* demo_write */
	case 1:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		case 1:
			p = "userland const char *";
			break;
		case 2:
			p = "l_size_t";
			break;
		default:
			break;
		};
		break;
	/* demo_open */
	case 2:
		switch (ndx) {
		case 0:
			p = "userland const char *";
			break;
		case 1:
			p = "l_int";
			break;
		case 2:
			p = "l_mode_t";
			break;
		default:
			break;
		};
		break;
	/* close */
	case 3:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		default:
			break;
		};
		break;
	/* demo_getpid */
	case 4:
		break;
	/* demo_mmap */
	case 9:
		switch (ndx) {
		case 0:
			p = "l_ulong";
			break;
		case 1:
			p = "l_size_t";
			break;
		case 2:
			p = "l_int";
			break;
		case 3:
			p = "l_int";
			break;
		case 4:
			p = "l_int";
			break;
		case 5:
			p = "l_off_t";
			break;
		default:
			break;
		};
		break;
	/* demo_brk */
	case 10:
		switch (ndx) {
		case 0:
			p = "userland char *";
			break;
		default:
			break;
		};
		break;
	/* lkmnosys */
	case 11:
		break;
	/* demo_semctl */
	case 12:
		switch (ndx) {
		case 0:
			p = "l_int";
			break;
		case 1:
			p = "l_int";
			break;
		case 2:
			p = "l_int";
			break;
		case 3:
			p = "union l_semun";
			break;
		default:
			break;
		};
		break;
	/* demo_getrandom */
	case 13:
		switch (ndx) {
		case 0:
			p = "userland char *";
			break;
		case 1:
			p = "size_t";
			break;
		case 2:
			p = "u_int";
			break;
		default:
			break;
		};
		break;
	/* demo_module_call */
	case 14:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		default:
			break;
		};
		break;
	/* demo_execve */
	case 16:
		switch (ndx) {
		case 0:
			p = "userland char *";
			break;
		case 1:
			p = "userland char **";
			break;
		case 2:
			p = "userland char **";
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
	/* read */
	case 0:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* demo_write */
	case 1:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* demo_open */
	case 2:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* close */
	case 3:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* demo_getpid */
	case 4:
	/* demo_mmap */
	case 9:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* demo_brk */
	case 10:
		if (ndx == 0 || ndx == 1)
			p = "void *";
		break;
	/* lkmnosys */
	case 11:
	/* demo_semctl */
	case 12:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* demo_getrandom */
	case 13:
		if (ndx == 0 || ndx == 1)
			p = "ssize_t";
		break;
	/* demo_module_call */
	case 14:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	/* demo_execve */
	case 16:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
	default:
		break;
	};
	if (p != NULL)
		strlcpy(desc, p, descsz);
}
