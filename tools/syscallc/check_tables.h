/*
 * check_tables.h — every check syscallc knows, by language.
 *
 * Each spec language owns a const table of struct diag_check (diag.h) and an
 * enum naming its entries.  syscallc_register_checks() registers all tables
 * on a fresh struct diag; a new language adds its table there (see diag.h,
 * "HOW A SPEC LANGUAGE REGISTERS ITS CHECKS").
 */
#ifndef SYSCALLC_CHECK_TABLES_H
#define SYSCALLC_CHECK_TABLES_H

#include <stddef.h>

#include "diag.h"

/* Checks of the syscalls.master reader and its semantic checks. */
enum master_check {
	MC_SYNTAX,		/* cannot be parsed at all (fixed error) */
	MC_BAD_NUMBER,		/* not a decimal number or N-M range */
	MC_DUPLICATE_NUMBER,
	MC_NUMBER_GAP,
	MC_NUMBER_ORDER,
	MC_RANGE_TYPE,		/* range on a type other than RESERVED/UNIMPL */
	MC_RANGE_ORDER,		/* N-M with M < N */
	MC_UNKNOWN_FLAG,
	MC_COMPAT_LEVEL,	/* COMPATn not in the conf's compat set */
	MC_COMPAT_AMBIGUOUS,	/* several COMPAT flags on one entry */
	MC_FLAG_CONFLICT,
	MC_MALFORMED_PROTOTYPE,
	MC_MALFORMED_ARGUMENT,
	MC_UNTERMINATED_ENTRY,
	MC_WHITESPACE_LINE,
	MC_MISPARSE,		/* FreeBSD's generator reads it differently */
	MC_MISSING_NAME,
	MC_ALT_FIELDS,
	MC_CPP_IN_ENTRY,
	MC_CPP_BEFORE_FIRST,
	MC_CPP_DEPRECATED,
	MC_CPP_UNBALANCED,
	MC_BAD_AUDIT,
	MC_ABI_HEADERS_LINE,
	MC_OLD_FORM,
	MC_OLD_TYPE_PREFIX,
	MC__COUNT
};

/* Checks of the syscalls.conf reader. */
enum conf_check {
	CC_SYNTAX,		/* malformed line */
	CC_UNKNOWN_KEY,
	CC_DUPLICATE_KEY,
	CC_UNKNOWN_ABI_FLAG,
	CC_UNKNOWN_COMPAT_SET,
	CC_BAD_VALUE,
	CC_UNUSED_NAME,		/* obsol/unimpl/... names no syscall */
	CC_OUTPUT_COLLISION,	/* two outputs write the same file */
	CC_TEMPLATE,		/* a template failed */
	CC_TEMPLATE_WARNING,	/* a template's syscallc.warning() */
	CC__COUNT
};

extern const struct diag_check master_checks[MC__COUNT];
extern const struct diag_check conf_checks[CC__COUNT];

/*
 * Register every language's checks on d.  Returns 0, or -1 if memory ran out
 * or two tables share a check name (a bug, caught by the unit tests).
 */
int	syscallc_register_checks(struct diag *d);

#endif /* SYSCALLC_CHECK_TABLES_H */
