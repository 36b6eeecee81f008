/*
 * System call names.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

const char *syscallnames[] = {
	"#0",			/* 0 = zero */
	"#2",			/* 2 = two */
};
