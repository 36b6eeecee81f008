/*
 * release_checks.h — the named checks of the release tools: `syscallc
 * import` (Linux's syscall tables, kernel prototypes, dummy.list updates),
 * `syscallc coverage` (master annotations, futex.ops, strace logs) and
 * `syscallc diff`.  Registered with the other languages' tables in
 * check_tables.c.
 */
#ifndef SYSCALLC_RELEASE_CHECKS_H
#define SYSCALLC_RELEASE_CHECKS_H

#include "diag.h"

enum release_check {
	RC_TBL_SYNTAX,		/* a .tbl line that is not NR ABI NAME ... */
	RC_TBL_NUMBER,		/* a number that is not decimal or too big */
	RC_TBL_DUPLICATE,	/* a number twice among the selected ABIs */
	RC_TBL_ORDER,		/* numbers not ascending */
	RC_TBL_EMPTY,		/* no line of the selected ABIs */
	RC_PROTO_SYNTAX,	/* a sys_*() declaration that cannot be read */
	RC_PROTO_TYPE,		/* a kernel type with no l_* equivalent */
	RC_IMPORT_RENAMED,	/* the old entry at N names another syscall */
	RC_IMPORT_NEW,		/* a syscall enters as a stub (info) */
	RC_IMPORT_GONE,		/* a syscall became OBSOL */
	RC_DUMMY_LINE,		/* a dummy.list line import cannot read */
	RC_ANNOTATION,		/* an unknown or misplaced ;@ annotation */
	RC_FUTEX_OPS,		/* a futex.ops line that cannot be read */
	RC_TRACE_LINE,		/* a trace line that names no syscall */
	RC_TRACE_EMPTY,		/* a trace that names no syscall at all */
	RC_REPORT_INPUT,	/* a feed or trace document that is not one */
	RC__COUNT
};

extern const struct diag_check release_checks[RC__COUNT];

#define RC(x)	(&release_checks[RC_##x])

#endif /* SYSCALLC_RELEASE_CHECKS_H */
