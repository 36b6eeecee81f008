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
#ifdef BR_FAST
	/* br_fast */
	case 1: {
		struct br_fast_args *p = params;
		iarg[a++] = p->level; /* int */
		*n_args = 1;
		break;
	}
#else
#endif
#if defined(BR_OLD)
#elif defined(BR_NEW)
	/* br_new */
	case 2: {
		*n_args = 0;
		break;
	}
#else
#endif
	/* br_last */
	case 3: {
		struct br_last_args *p = params;
		iarg[a++] = p->how; /* int */
		uarg[a++] = (intptr_t)p->where; /* char * */
		*n_args = 2;
		break;
	}
#ifdef BR_TAIL
#endif
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
#ifdef BR_FAST
	/* br_fast */
	case 1:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		default:
			break;
		};
		break;
#else
#endif
#if defined(BR_OLD)
#elif defined(BR_NEW)
	/* br_new */
	case 2:
		break;
#else
#endif
	/* br_last */
	case 3:
		switch (ndx) {
		case 0:
			p = "int";
			break;
		case 1:
			p = "userland char *";
			break;
		default:
			break;
		};
		break;
#ifdef BR_TAIL
#endif
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
#ifdef BR_FAST
	/* br_fast */
	case 1:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
#else
#endif
#if defined(BR_OLD)
#elif defined(BR_NEW)
	/* br_new */
	case 2:
#else
#endif
	/* br_last */
	case 3:
		if (ndx == 0 || ndx == 1)
			p = "int";
		break;
#ifdef BR_TAIL
#endif
	default:
		break;
	};
	if (p != NULL)
		strlcpy(desc, p, descsz);
}
