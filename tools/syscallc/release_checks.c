/*
 * release_checks.c — the check table of import, coverage and diff.
 *
 * Levels: input that cannot be read (a malformed table line, a prototype
 * that does not parse) is an error, so nothing is written from it; what
 * import decides on its own (a syscall enters as a stub, one becomes
 * OBSOL) is a warning a person should read, off with -Wno-<name>.
 */
#include "release_checks.h"

const struct diag_check release_checks[RC__COUNT] = {
	[RC_TBL_SYNTAX] = { "tbl-syntax", DIAG_ERROR, DIAG_CHECK_FIXED,
	    "a syscall table line is not `NR ABI NAME [ENTRY [COMPAT "
	    "[noreturn]]]`" },
	[RC_TBL_NUMBER] = { "tbl-number", DIAG_ERROR, DIAG_CHECK_FIXED,
	    "a syscall table number is not a small decimal number" },
	[RC_TBL_DUPLICATE] = { "tbl-duplicate", DIAG_ERROR, 0,
	    "two lines of the selected ABIs give the same number" },
	[RC_TBL_ORDER] = { "tbl-order", DIAG_WARNING, 0,
	    "syscall table numbers are not in ascending order" },
	[RC_TBL_EMPTY] = { "tbl-empty", DIAG_ERROR, 0,
	    "no line of the syscall table has a selected ABI" },
	[RC_PROTO_SYNTAX] = { "proto-syntax", DIAG_ERROR, 0,
	    "a sys_*() declaration of the prototype file cannot be read" },
	[RC_PROTO_TYPE] = { "proto-type", DIAG_WARNING, 0,
	    "a kernel argument type has no l_* equivalent (l_ulong used)" },
	[RC_IMPORT_RENAMED] = { "import-renamed", DIAG_WARNING, 0,
	    "the older spec's entry at a number names another syscall" },
	[RC_IMPORT_NEW] = { "import-new", DIAG_IGNORE, 0,
	    "a syscall new in the table enters the master as a stub" },
	[RC_IMPORT_GONE] = { "import-gone", DIAG_WARNING, 0,
	    "a syscall the older spec handles is gone: it becomes OBSOL" },
	[RC_DUMMY_LINE] = { "dummy-line", DIAG_ERROR, 0,
	    "a dummy.list line import cannot read" },
	[RC_ANNOTATION] = { "annotation", DIAG_WARNING, 0,
	    "an unknown ;@ annotation, or one that does not fit its entry" },
	[RC_FUTEX_OPS] = { "futex-ops", DIAG_ERROR, 0,
	    "a futex.ops line that cannot be read" },
	[RC_TRACE_LINE] = { "trace-line", DIAG_IGNORE, 0,
	    "a trace line that names no syscall (signals, exits...)" },
	[RC_TRACE_EMPTY] = { "trace-empty", DIAG_ERROR, 0,
	    "a trace or list that names no syscall at all" },
	[RC_REPORT_INPUT] = { "report-input", DIAG_ERROR, DIAG_CHECK_FIXED,
	    "a coverage feed or trace document that cannot be read" },
};
