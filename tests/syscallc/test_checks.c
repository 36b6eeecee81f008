/*
 * test_checks.c — every named check: an input that triggers it (with its
 * exact message where the wording matters) and a near miss that must not.
 */
#include <criterion/criterion.h>

#include "helpers.h"

#define LINUX_CONF	"compat_set=\"\"\n"

/* Does `master` (with `conf`) report `check`? */
static int
fires(const char *check, const char *master, const char *conf)
{
	struct parsed p;
	int r;

	parse_strings(&p, master, conf, NULL);
	r = reported(&p, check);
	parsed_free(&p);
	return r;
}

static char *
diags_of(const char *master, const char *conf, const char *const *opts)
{
	struct parsed p;
	char *r;

	parse_strings(&p, master, conf, opts);
	r = strdup(parsed_diags(&p));
	parsed_free(&p);
	return r;
}

Test(checks, duplicate_number_fires_outside_alternatives_only)
{
	cr_assert(fires("duplicate-number",
	    "0\tAUE_NULL\tUNIMPL\ta\n0\tAUE_NULL\tUNIMPL\tb\n", NULL));
	cr_assert_not(fires("duplicate-number",
	    "#if X\n0\tAUE_NULL\tUNIMPL\ta\n#else\n0\tAUE_NULL\tUNIMPL\tb\n"
	    "#endif\n", NULL));
	/* nested #if inside one branch: still the same configuration */
	cr_assert(fires("duplicate-number",
	    "#if X\n0\tAUE_NULL\tUNIMPL\ta\n#if Y\n0\tAUE_NULL\tUNIMPL\tb\n"
	    "#endif\n#endif\n", NULL));
}

Test(checks, duplicate_number_points_at_both_definitions)
{
	char *d = diags_of("0\tAUE_NULL\tUNIMPL\ta\n0\tAUE_NULL\tUNIMPL\tb\n",
	    NULL, NULL);

	cr_assert_str_eq(d,
	    "t.master:2:1: error: syscall 0 is already defined "
	    "[duplicate-number]\n0\tAUE_NULL\tUNIMPL\tb\n^\n"
	    "t.master:1:1: note: first defined here\n"
	    "0\tAUE_NULL\tUNIMPL\ta\n^\n");
	free(d);
}

Test(checks, number_gap_fires_on_a_skipped_number_and_a_nonzero_start)
{
	cr_assert(fires("number-gap",
	    "0\tAUE_NULL\tUNIMPL\ta\n2\tAUE_NULL\tUNIMPL\tb\n", NULL));
	cr_assert(fires("number-gap", "1\tAUE_NULL\tUNIMPL\ta\n", NULL));
	cr_assert_not(fires("number-gap",
	    "0-1\tAUE_NULL\tRESERVED\n2\tAUE_NULL\tUNIMPL\tb\n", NULL));
}

Test(checks, number_order_fires_when_a_number_goes_back)
{
	cr_assert(fires("number-order",
	    "0\tAUE_NULL\tUNIMPL\ta\n2\tAUE_NULL\tUNIMPL\tb\n"
	    "1\tAUE_NULL\tUNIMPL\tc\n", NULL));
	cr_assert_not(fires("number-order",
	    "0\tAUE_NULL\tUNIMPL\ta\n1\tAUE_NULL\tUNIMPL\tc\n", NULL));
}

Test(checks, range_type_and_range_order)
{
	cr_assert(fires("range-type", "0-1\tAUE_NULL\tSTD\ta\n", NULL));
	cr_assert_not(fires("range-type", "0-1\tAUE_NULL\tUNIMPL\ta\n",
	    NULL));
	cr_assert(fires("range-order", "3-1\tAUE_NULL\tRESERVED\n", NULL));
}

Test(checks, bad_number_rejects_what_is_not_decimal)
{
	cr_assert(fires("bad-number", "0x1\tAUE_NULL\tUNIMPL\ta\n", NULL));
	cr_assert(fires("bad-number", "1-\tAUE_NULL\tUNIMPL\ta\n", NULL));
	cr_assert(fires("bad-number", "1000000\tAUE_NULL\tUNIMPL\ta\n",
	    NULL));
	cr_assert_not(fires("bad-number", "999999\tAUE_NULL\tUNIMPL\ta\n",
	    NULL));
}

Test(checks, unknown_flag_and_the_old_spellings)
{
	cr_assert(fires("unknown-flag", "0\tAUE_NULL\tSTD|BOGUS\ta\n", NULL));
	cr_assert(fires("unknown-flag", "0\tAUE_NULL\tCOMPAT0\ta\n", NULL));
	cr_assert_not(fires("unknown-flag",
	    "0\tAUE_NULL\tSTD|CAPENABLED|NOLIB|NORETURN|NOTSTATIC\ta\n",
	    NULL));
	cr_assert_not(fires("unknown-flag", "0\tAUE_NULL\tMSTD\ta\n", NULL));
}

Test(checks, old_type_prefix_is_off_by_default_and_can_be_enabled)
{
	static const char *const on[] = { "-Wold-type-prefix", NULL };
	char *d = diags_of("0\tAUE_NULL\tMSTD\ta\n", NULL, on);

	cr_assert(strstr(d, "warning: 'MSTD' is the old spelling of 'STD' "
	    "[old-type-prefix]") != NULL);
	free(d);
	cr_assert_not(fires("old-type-prefix", "0\tAUE_NULL\tMSTD\ta\n",
	    NULL));
}

Test(checks, compat_level_needs_the_level_in_the_compat_set)
{
	static const char m[] = "0\tAUE_NULL\tCOMPAT4 {\n\t\tint f(void);\n\t}\n";

	cr_assert(fires("compat-level", m, LINUX_CONF));
	cr_assert_not(fires("compat-level", m, NULL));
	cr_assert(fires("compat-level",
	    "0\tAUE_NULL\tCOMPAT15 {\n\t\tint f(void);\n\t}\n", NULL));
	/* below mincompat it is simply obsolete */
	cr_assert_not(fires("compat-level",
	    "0\tAUE_NULL\tCOMPAT5 {\n\t\tint f(void);\n\t}\n",
	    "mincompat=6\n"));
}

Test(checks, compat_ambiguous_fires_on_two_levels)
{
	cr_assert(fires("compat-ambiguous",
	    "0\tAUE_NULL\tCOMPAT4|COMPAT6 {\n\t\tint f(void);\n\t}\n", NULL));
	cr_assert_not(fires("compat-ambiguous",
	    "0\tAUE_NULL\tCOMPAT4|NOSTD {\n\t\tint f(void);\n\t}\n", NULL));
}

Test(checks, flag_conflict_warns_on_placeholder_plus_implementation)
{
	cr_assert(fires("flag-conflict", "0\tAUE_NULL\tUNIMPL|STD\ta\n",
	    NULL));
	cr_assert(fires("flag-conflict", "0\tAUE_NULL\tOBSOL|RESERVED\ta\n",
	    NULL));
	cr_assert_not(fires("flag-conflict",
	    "0\tAUE_NULL\tNOSTD|NOTSTATIC\ta\n", NULL));
}

Test(checks, malformed_prototype_wants_exactly_type_and_name)
{
	cr_assert(fires("malformed-prototype",
	    "0\tAUE_NULL\tSTD {\n\t\tconst char *f(void);\n\t}\n", NULL));
	cr_assert(fires("malformed-prototype",
	    "0\tAUE_NULL\tSTD {\n\t\tint f(int a);\n\t}\n", NULL));
	cr_assert_not(fires("malformed-prototype",
	    "0\tAUE_NULL\tSTD {\n\t\tchar **f(void);\n\t}\n", NULL));
}

Test(checks, malformed_argument_needs_a_type_and_a_name)
{
	cr_assert(fires("malformed-argument",
	    "0\tAUE_NULL\tSTD {\n\t\tint f(\n\t\t    fd\n\t\t);\n\t}\n",
	    NULL));
	cr_assert(fires("malformed-argument",
	    "0\tAUE_NULL\tSTD {\n\t\tint f(\n\t\t    int *\n\t\t);\n\t}\n",
	    NULL));
}

Test(checks, unterminated_entry_before_the_next_one_and_at_the_end)
{
	cr_assert(fires("unterminated-entry",
	    "0\tAUE_NULL\tSTD {\n\t\tint f(void);\n"
	    "1\tAUE_NULL\tUNIMPL\tb\n", NULL));
	cr_assert(fires("unterminated-entry",
	    "0\tAUE_NULL\tSTD {\n\t\tint f(\n\t\t    int a\n", NULL));
	/* FreeBSD drops a dangling Linux entry silently; syscallc reports it */
	cr_assert(fires("unterminated-entry",
	    "0\tAUE_NULL\tSTD {\n", "syscallprefix=\"LINUX_SYS_\"\n"));
}

Test(checks, whitespace_line_is_reported_and_read_as_blank)
{
	struct parsed p;

	parse_strings(&p, "0\tAUE_NULL\tUNIMPL\ta\n \t\n1\tAUE_NULL\tUNIMPL\tb\n",
	    NULL, NULL);
	cr_assert(reported(&p, "whitespace-line"));
	cr_assert_eq(p.model->nentries, 2);
	parsed_free(&p);
}

Test(checks, misparse_catches_what_freebsd_reads_differently)
{
	cr_assert(fires("misparse",
	    "0\tAUE_NULL\tSTD {\n\t\tint f(\n\t\t    int a\n\t\t); \n\t}\n",
	    NULL));
	cr_assert(fires("misparse",
	    "0\tAUE_NULL\tSTD {\n\t\tint f(\n\t\t    int\ta\n\t\t);\n\t}\n",
	    NULL));
	cr_assert(fires("misparse",
	    "0\tAUE_NULL\tSTD {\n\t\tint f(\n\t\t    int a, int b\n\t\t);\n"
	    "\t}\n", NULL));
	cr_assert(fires("misparse",
	    "0\tAUE_NULL\tSTD {\n\t\tint f(\n\t\t    int a);\n\t}\n", NULL));
	cr_assert_not(fires("misparse",
	    "0\tAUE_NULL\tSTD {\n\t\tint f(\n\t\t    int a,\n\t\t    char *b"
	    "\n\t\t);\n\t}\n", NULL));
}

Test(checks, missing_name_only_where_a_name_is_needed)
{
	cr_assert(fires("missing-name", "0\tAUE_NULL\tSTD\n", NULL));
	cr_assert_not(fires("missing-name", "0\tAUE_NULL\tUNIMPL\n", NULL));
}

Test(checks, alt_fields_wants_all_three)
{
	cr_assert(fires("alt-fields", "0\tAUE_NULL\tNODEF\ta b\n", NULL));
	cr_assert_not(fires("alt-fields", "0\tAUE_NULL\tNODEF\ta b c d\n",
	    NULL));
	cr_assert_not(fires("alt-fields", "0\tAUE_NULL\tUNIMPL\ta comment\n",
	    NULL));
}

Test(checks, cpp_in_entry_before_first_and_unbalanced)
{
	cr_assert(fires("cpp-in-entry",
	    "0\tAUE_NULL\tSTD {\n\t\tint f(\n#if X\n\t\t    int a\n\t\t);\n"
	    "\t}\n", NULL));
	cr_assert(fires("cpp-before-first",
	    "#define X 1\n0\tAUE_NULL\tUNIMPL\ta\n", NULL));
	cr_assert_not(fires("cpp-before-first",
	    "#include <x.h>\n0\tAUE_NULL\tUNIMPL\ta\n", NULL));
	cr_assert(fires("cpp-unbalanced",
	    "0\tAUE_NULL\tUNIMPL\ta\n#endif\n", NULL));
	cr_assert(fires("cpp-unbalanced",
	    "0\tAUE_NULL\tUNIMPL\ta\n#if X\n", NULL));
	cr_assert(fires("cpp-unbalanced",
	    "0\tAUE_NULL\tUNIMPL\ta\n#else\n", NULL));
}

Test(checks, cpp_deprecated_is_off_by_default)
{
	static const char *const on[] = { "-Wcpp-deprecated", NULL };
	char *d = diags_of("0\tAUE_NULL\tUNIMPL\ta\n#if X\n#endif\n", NULL,
	    on);

	cr_assert(strstr(d, "[cpp-deprecated]") != NULL);
	free(d);
	cr_assert_not(fires("cpp-deprecated",
	    "0\tAUE_NULL\tUNIMPL\ta\n#if X\n#endif\n", NULL));
}

Test(checks, bad_audit_and_abi_headers_line)
{
	cr_assert(fires("bad-audit", "0\tNULL\tUNIMPL\ta\n", NULL));
	cr_assert(fires("abi-headers-line",
	    "x %%ABI_HEADERS%%\n0\tAUE_NULL\tUNIMPL\ta\n", NULL));
	cr_assert_not(fires("abi-headers-line",
	    "%%ABI_HEADERS%%\n0\tAUE_NULL\tUNIMPL\ta\n", NULL));
}

Test(checks, old_form_is_off_by_default)
{
	cr_assert_not(fires("old-form",
	    "0\tAUE_NULL\tSTD\t{ int f(void); }\n", NULL));
}

Test(checks, a_line_where_the_closing_brace_belongs_is_a_syntax_error)
{
	cr_assert(fires("syntax",
	    "0\tAUE_NULL\tSTD {\n\t\tint f(void);\n\t\tint g(void);\n", NULL));
}

Test(checks, lowering_an_error_lets_the_model_through)
{
	static const char *const off[] = { "-Wno-number-gap", NULL };
	struct parsed p;

	parse_strings(&p, "0\tAUE_NULL\tUNIMPL\ta\n2\tAUE_NULL\tUNIMPL\tb\n",
	    NULL, off);
	cr_assert_str_eq(parsed_diags(&p), "");
	cr_assert_eq(diag_exit_status(p.diag), 0);
	parsed_free(&p);
}

/* syscalls.conf checks */

Test(conf_checks, conf_syntax_duplicate_and_unknown_values)
{
	static const char m[] = "0\tAUE_NULL\tUNIMPL\ta\n";

	cr_assert(fires("conf-syntax", m, " key=value\n"));
	cr_assert(fires("conf-syntax", m, "key=two words\n"));
	cr_assert(fires("conf-syntax", m, "key=\"v\" x\n"));
	cr_assert_not(fires("conf-syntax", m,
	    "# comment\nkey=\"two words\" # comment\nk2=v # c\n\n"));
	cr_assert(fires("duplicate-conf-key", m, "a=1\na=2\n"));
	cr_assert(fires("unknown-abi-flag", m, "abi_flags=\"weird\"\n"));
	cr_assert_not(fires("unknown-abi-flag", m,
	    "abi_flags=\"long_size|pair_64bit\"\n"));
	cr_assert(fires("unknown-compat-set", m, "compat_set=\"x\"\n"));
	cr_assert(fires("bad-conf-value", m, "mincompat=x\n"));
	cr_assert(fires("unused-conf-name", m, "obsol=\"zzz\"\n"));
	cr_assert_not(fires("unused-conf-name", m, "obsol=\"a\"\n"));
}

Test(checks, overlapping_ranges_are_one_duplicate_not_one_per_number)
{
	struct parsed p;
	const char *s;
	int n = 0;

	parse_strings(&p, "0-99\tAUE_NULL\tRESERVED\n0-99\tAUE_NULL\tRESERVED\n",
	    NULL, NULL);
	for (s = parsed_diags(&p); (s = strstr(s, "[duplicate-number]")) !=
	    NULL; s++)
		n++;
	cr_assert_eq(n, 1);
	parsed_free(&p);
}
