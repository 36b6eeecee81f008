/* The audit events the test masters name (values are arbitrary). */
#ifndef TEST_BSM_AUDIT_KEVENTS_H
#define TEST_BSM_AUDIT_KEVENTS_H
#define AUE_NULL	0
#define AUE_EXIT	1
#define AUE_FORK	2
#define AUE_OPEN_RWTC	3
#define AUE_CLOSE	4
#define AUE_READ	5
#define AUE_WRITE	6
#define AUE_LSEEK	7
#define AUE_MMAP	8
#define AUE_WAIT4	9
#endif
