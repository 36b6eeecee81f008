/*
 * test_diag.c — the diagnostics format, check levels and -W/-E options.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "check_tables.h"
#include "diag.h"
#include "helpers.h"
#include "srcpos.h"

static const struct diag_check demo_checks[] = {
	{ "demo-error", DIAG_ERROR, 0, "an error by default" },
	{ "demo-warning", DIAG_WARNING, 0, "a warning by default" },
	{ "demo-quiet", DIAG_IGNORE, 0, "off by default" },
	{ "demo-fixed", DIAG_ERROR, DIAG_CHECK_FIXED, "always an error" },
};

static struct capture cap;
static struct diag *d;
static struct srcfile *f;

static void
setup(void)
{
	static const char text[] = "first line\n\tsecond\tline\nthird";

	capture_open(&cap);
	d = diag_new(cap.fp, "syscallc");
	cr_assert_not_null(d);
	cr_assert_eq(diag_register(d, "demo", demo_checks, 4), 0);
	f = srcfile_from_string("demo.master", text, sizeof(text) - 1);
	cr_assert_not_null(f);
}

static void
teardown(void)
{
	diag_free(d);
	srcfile_free(f);
	capture_close(&cap);
}

TestSuite(diag, .init = setup, .fini = teardown);

Test(diag, an_error_prints_location_message_check_line_and_caret)
{
	struct srcpos p = srcpos_make(f, 2, 2, 6);

	cr_assert(diag_report(d, &demo_checks[0], &p, "bad %s", "thing"));
	cr_assert_str_eq(capture_text(&cap),
	    "demo.master:2:2: error: bad thing [demo-error]\n"
	    "\tsecond\tline\n"
	    "\t^~~~~~\n");
	cr_assert_eq(diag_errors(d), 1);
	cr_assert_eq(diag_exit_status(d), 1);
}

Test(diag, a_warning_does_not_change_the_exit_status)
{
	struct srcpos p = srcpos_make(f, 1, 7, 4);

	diag_report(d, &demo_checks[1], &p, "careful");
	cr_assert_str_eq(capture_text(&cap),
	    "demo.master:1:7: warning: careful [demo-warning]\n"
	    "first line\n"
	    "      ^~~~\n");
	cr_assert_eq(diag_warnings(d), 1);
	cr_assert_eq(diag_exit_status(d), 0);
}

Test(diag, caret_after_a_tab_keeps_the_tab_so_it_lines_up)
{
	struct srcpos p = srcpos_make(f, 2, 9, 4);

	diag_report(d, &demo_checks[0], &p, "x");
	cr_assert_str_eq(capture_text(&cap),
	    "demo.master:2:9: error: x [demo-error]\n"
	    "\tsecond\tline\n"
	    "\t      \t^~~~\n");
}

Test(diag, an_empty_range_at_the_end_of_a_line_gets_one_caret)
{
	struct srcpos p = srcpos_make(f, 3, 6, 0);

	diag_report(d, &demo_checks[0], &p, "missing");
	cr_assert_str_eq(capture_text(&cap),
	    "demo.master:3:6: error: missing [demo-error]\n"
	    "third\n"
	    "     ^\n");
}

Test(diag, a_range_over_several_lines_underlines_to_the_end_of_the_first)
{
	struct srcpos a = srcpos_make(f, 1, 7, 1), b = srcpos_make(f, 3, 1, 5);
	struct srcpos p = srcpos_join(&a, &b);

	diag_report(d, &demo_checks[0], &p, "span");
	cr_assert_str_eq(capture_text(&cap),
	    "demo.master:1:7: error: span [demo-error]\n"
	    "first line\n"
	    "      ^~~~\n");
}

Test(diag, ignored_checks_print_nothing_and_drop_their_notes)
{
	struct srcpos p = srcpos_make(f, 1, 1, 1);

	cr_assert_not(diag_report(d, &demo_checks[2], &p, "quiet"));
	diag_note(d, &p, "related");
	cr_assert_str_eq(capture_text(&cap), "");
	cr_assert_eq(diag_errors(d) + diag_warnings(d), 0);
}

Test(diag, notes_follow_a_shown_report_without_a_check_name)
{
	struct srcpos p = srcpos_make(f, 3, 1, 5), q = srcpos_make(f, 1, 1, 5);

	diag_report(d, &demo_checks[0], &p, "again");
	diag_note(d, &q, "first here");
	cr_assert_str_eq(capture_text(&cap),
	    "demo.master:3:1: error: again [demo-error]\n"
	    "third\n"
	    "^~~~~\n"
	    "demo.master:1:1: note: first here\n"
	    "first line\n"
	    "^~~~~\n");
}

Test(diag, W_E_and_no_forms_change_levels)
{
	cr_assert_eq(diag_option(d, "-Wdemo-error"), 0);
	cr_assert_eq(diag_level_of(d, &demo_checks[0]), DIAG_WARNING);
	cr_assert_eq(diag_option(d, "-Edemo-warning"), 0);
	cr_assert_eq(diag_level_of(d, &demo_checks[1]), DIAG_ERROR);
	cr_assert_eq(diag_option(d, "-Wdemo-quiet"), 0);
	cr_assert_eq(diag_level_of(d, &demo_checks[2]), DIAG_WARNING);
	cr_assert_eq(diag_option(d, "-Wno-demo-quiet"), 0);
	cr_assert_eq(diag_level_of(d, &demo_checks[2]), DIAG_IGNORE);
	cr_assert_eq(diag_option(d, "-Eno-demo-warning"), 0);
	cr_assert_eq(diag_level_of(d, &demo_checks[1]), DIAG_WARNING);
	cr_assert_str_eq(capture_text(&cap), "");
}

Test(diag, Werror_promotes_and_w_silences_warnings)
{
	cr_assert_eq(diag_option(d, "-Werror"), 0);
	cr_assert_eq(diag_level_of(d, &demo_checks[1]), DIAG_ERROR);
	cr_assert_eq(diag_level_of(d, &demo_checks[2]), DIAG_IGNORE);
}

Test(diag, w_silences_warnings_but_not_errors)
{
	cr_assert_eq(diag_option(d, "-w"), 0);
	cr_assert_eq(diag_level_of(d, &demo_checks[1]), DIAG_IGNORE);
	cr_assert_eq(diag_level_of(d, &demo_checks[0]), DIAG_ERROR);
}

Test(diag, unknown_check_names_are_usage_errors)
{
	cr_assert_eq(diag_option(d, "-Wno-such-check"), -1);
	cr_assert_str_eq(capture_text(&cap),
	    "syscallc: error: unknown check 'such-check' in "
	    "'-Wno-such-check' (see --list-checks)\n");
	cr_assert_eq(diag_exit_status(d), 2);
}

Test(diag, fixed_checks_cannot_be_lowered)
{
	cr_assert_eq(diag_option(d, "-Wno-demo-fixed"), -1);
	cr_assert_eq(diag_level_of(d, &demo_checks[3]), DIAG_ERROR);
	cr_assert_eq(diag_option(d, "-Edemo-fixed"), 0);
}

Test(diag, registering_a_name_twice_fails)
{
	cr_assert_eq(diag_register(d, "again", demo_checks, 1), -1);
}

Test(diag, io_errors_mean_exit_status_2_even_with_spec_errors)
{
	struct srcpos p = srcpos_make(f, 1, 1, 1);

	diag_report(d, &demo_checks[0], &p, "spec");
	diag_io_error(d, "cannot open '%s'", "x");
	cr_assert_eq(diag_exit_status(d), 2);
	cr_assert(strstr(capture_text(&cap),
	    "syscallc: error: cannot open 'x'\n") != NULL);
}

Test(diag, levels_are_per_context)
{
	struct diag *other = diag_new(cap.fp, "x");

	cr_assert_eq(diag_register(other, "demo", demo_checks, 4), 0);
	cr_assert_eq(diag_option(d, "-Wno-demo-error"), 0);
	cr_assert_eq(diag_level_of(other, &demo_checks[0]), DIAG_ERROR);
	diag_free(other);
}

Test(diag, a_report_without_a_file_has_no_quote)
{
	diag_report(d, &demo_checks[0], NULL, "whole run");
	cr_assert_str_eq(capture_text(&cap),
	    "syscallc: error: whole run [demo-error]\n");
}

Test(diag, control_characters_in_the_quoted_line_are_shown_as_question_marks)
{
	static const char text[] = "a\001b\r";
	struct srcfile *g = srcfile_from_string("g", text, 4);
	struct srcpos p = srcpos_make(g, 1, 3, 1);

	diag_report(d, &demo_checks[0], &p, "ctl");
	cr_assert_str_eq(capture_text(&cap),
	    "g:1:3: error: ctl [demo-error]\n"
	    "a?b?\n"
	    "  ^\n");
	srcfile_free(g);
}

/* The real tables: names unique, every check documented. */
Test(check_tables, every_check_has_a_unique_name_and_a_summary)
{
	struct diag *all = diag_new(cap.fp, "syscallc");

	cr_assert_eq(syscallc_register_checks(all), 0);
	for (int i = 0; i < MC__COUNT; i++) {
		cr_assert_not_null(master_checks[i].name, "master check %d", i);
		cr_assert_not_null(master_checks[i].summary);
		cr_assert_eq(diag_find(all, master_checks[i].name),
		    &master_checks[i]);
	}
	for (int i = 0; i < CC__COUNT; i++) {
		cr_assert_not_null(conf_checks[i].name, "conf check %d", i);
		cr_assert_eq(diag_find(all, conf_checks[i].name),
		    &conf_checks[i]);
	}
	diag_free(all);
}

Test(diag, after_a_thousand_errors_the_rest_are_counted_not_shown)
{
	struct srcpos p = srcpos_make(f, 1, 1, 1);
	int i;
	const char *text, *s;
	int shown = 0;

	for (i = 0; i < 1500; i++)
		diag_report(d, &demo_checks[0], &p, "e%d", i);
	cr_assert_eq(diag_errors(d), 1500);
	text = capture_text(&cap);
	for (s = text; (s = strstr(s, "[demo-error]")) != NULL; s++)
		shown++;
	cr_assert_eq(shown, 1000);
	cr_assert(strstr(text, "syscallc: error: more than 1000 errors; the "
	    "rest are counted, not shown\n") != NULL);
}
