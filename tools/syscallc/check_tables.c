/*
 * check_tables.c — the named checks of syscalls.master and syscalls.conf,
 * and the one place where every language's table is registered.
 *
 * Default levels follow one rule: where FreeBSD's generator aborts, crashes
 * or silently writes something other than what the master says, the check is
 * an error (a master that passes syscallc then also works with FreeBSD's
 * tool); where FreeBSD accepts the input and means it, at most a warning.
 */
#include "check_tables.h"
#include "release_checks.h"
#include "tspec.h"

#define N(a)	(sizeof(a) / sizeof((a)[0]))

const struct diag_check master_checks[MC__COUNT] = {
	[MC_SYNTAX] = { "syntax", DIAG_ERROR, DIAG_CHECK_FIXED,
	    "the input cannot be parsed" },
	[MC_BAD_NUMBER] = { "bad-number", DIAG_ERROR, DIAG_CHECK_FIXED,
	    "a syscall number is not a decimal number or an N-M range" },
	[MC_DUPLICATE_NUMBER] = { "duplicate-number", DIAG_ERROR, 0,
	    "a number is defined twice outside #if/#else alternatives" },
	[MC_NUMBER_GAP] = { "number-gap", DIAG_ERROR, 0,
	    "numbers skip a value (the tables are indexed by position)" },
	[MC_NUMBER_ORDER] = { "number-order", DIAG_ERROR, 0,
	    "a number is smaller than the one before it" },
	[MC_RANGE_TYPE] = { "range-type", DIAG_ERROR, 0,
	    "an N-M range on a type other than RESERVED or UNIMPL" },
	[MC_RANGE_ORDER] = { "range-order", DIAG_ERROR, 0,
	    "a range N-M whose end is below its start (defines nothing)" },
	[MC_UNKNOWN_FLAG] = { "unknown-flag", DIAG_ERROR, 0,
	    "a type flag FreeBSD's generator does not know" },
	[MC_COMPAT_LEVEL] = { "compat-level", DIAG_ERROR, 0,
	    "a COMPAT level that is not in the conf's compat set" },
	[MC_COMPAT_AMBIGUOUS] = { "compat-ambiguous", DIAG_ERROR, 0,
	    "several COMPAT flags on one entry" },
	[MC_FLAG_CONFLICT] = { "flag-conflict", DIAG_WARNING, 0,
	    "flags that contradict each other; one silently wins" },
	[MC_MALFORMED_PROTOTYPE] = { "malformed-prototype", DIAG_ERROR, 0,
	    "the function line of an entry is not `type name(`" },
	[MC_MALFORMED_ARGUMENT] = { "malformed-argument", DIAG_ERROR, 0,
	    "an argument line is not `[annotations] type name`" },
	[MC_UNTERMINATED_ENTRY] = { "unterminated-entry", DIAG_ERROR, 0,
	    "an entry is not closed before the next one or the end" },
	[MC_WHITESPACE_LINE] = { "whitespace-line", DIAG_ERROR, 0,
	    "a line holding only blanks (FreeBSD's generator crashes)" },
	[MC_MISPARSE] = { "misparse", DIAG_ERROR, 0,
	    "FreeBSD's generator would read this differently" },
	[MC_MISSING_NAME] = { "missing-name", DIAG_ERROR, 0,
	    "an entry that needs a name has none" },
	[MC_ALT_FIELDS] = { "alt-fields", DIAG_WARNING, 0,
	    "some but not all of ALTNAME ALTTAG ALTRTYP are given" },
	[MC_CPP_IN_ENTRY] = { "cpp-in-entry", DIAG_ERROR, 0,
	    "a # line inside an entry (read as an argument by FreeBSD)" },
	[MC_CPP_BEFORE_FIRST] = { "cpp-before-first", DIAG_WARNING, 0,
	    "#if/#define before the first entry is dropped from the output" },
	[MC_CPP_DEPRECATED] = { "cpp-deprecated", DIAG_IGNORE, 0,
	    "non-include cpp directives (FreeBSD deprecates them)" },
	[MC_CPP_UNBALANCED] = { "cpp-unbalanced", DIAG_ERROR, 0,
	    "#else/#endif without #if, or #if without #endif" },
	[MC_BAD_AUDIT] = { "bad-audit", DIAG_WARNING, 0,
	    "the audit column is not an AUE_ name" },
	[MC_ABI_HEADERS_LINE] = { "abi-headers-line", DIAG_WARNING, 0,
	    "text around %%ABI_HEADERS%% on its line is dropped" },
	[MC_OLD_FORM] = { "old-form", DIAG_IGNORE, 0,
	    "an entry in the one-line { ... } form of older masters" },
	[MC_OLD_TYPE_PREFIX] = { "old-type-prefix", DIAG_IGNORE, 0,
	    "an M-prefixed type (MSTD...) of FreeBSD 5-6 masters" },
};

const struct diag_check conf_checks[CC__COUNT] = {
	[CC_SYNTAX] = { "conf-syntax", DIAG_ERROR, 0,
	    "a syscalls.conf line that is not key=value" },
	[CC_UNKNOWN_KEY] = { "unknown-conf-key", DIAG_WARNING, 0,
	    "a key no template and no option uses" },
	[CC_DUPLICATE_KEY] = { "duplicate-conf-key", DIAG_WARNING, 0,
	    "a key set twice (the last one wins)" },
	[CC_UNKNOWN_ABI_FLAG] = { "unknown-abi-flag", DIAG_WARNING, 0,
	    "an abi_flags word that is not a known ABI flag" },
	[CC_UNKNOWN_COMPAT_SET] = { "unknown-compat-set", DIAG_ERROR, 0,
	    "compat_set names no known set" },
	[CC_BAD_VALUE] = { "bad-conf-value", DIAG_ERROR, 0,
	    "a value that does not fit its key (e.g. mincompat=abc)" },
	[CC_UNUSED_NAME] = { "unused-conf-name", DIAG_WARNING, 0,
	    "obsol/unimpl/syscall_*abi_change name no syscall" },
	[CC_OUTPUT_COLLISION] = { "output-collision", DIAG_ERROR, 0,
	    "two outputs would write the same file" },
	[CC_TEMPLATE] = { "template", DIAG_ERROR, DIAG_CHECK_FIXED,
	    "a template failed while generating its file" },
	[CC_TEMPLATE_WARNING] = { "template-warning", DIAG_WARNING, 0,
	    "a template's warning about the master" },
};

int
syscallc_register_checks(struct diag *d)
{
	if (diag_register(d, "syscalls.master", master_checks,
	    N(master_checks)) != 0)
		return -1;
	if (diag_register(d, "syscalls.conf", conf_checks,
	    N(conf_checks)) != 0)
		return -1;
	/* New spec languages register their tables here. */
	if (diag_register(d, "translation specs", tspec_checks,
	    N(tspec_checks)) != 0)
		return -1;
	if (diag_register(d, "release tools", release_checks, RC__COUNT) != 0)
		return -1;
	return 0;
}
