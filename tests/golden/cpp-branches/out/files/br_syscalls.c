/*
 * System call names.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

const char *br_syscallnames[] = {
	"#0",			/* 0 = nothing */
#ifdef BR_FAST
	"br_fast",			/* 1 = br_fast */
#else
	"#1",			/* 1 = reserved for local use */
#endif
#if defined(BR_OLD)
	"obs_br_old",			/* 2 = obsolete br_old */
#elif defined(BR_NEW)
	"br_new",			/* 2 = br_new */
#else
	"#2",			/* 2 = br_none */
#endif
	"br_last",			/* 3 = br_last */
#ifdef BR_TAIL
#endif
};
