/*
 * test_srcpos.c — line index, positions and the lexer step function.
 */
#include <criterion/criterion.h>
#include <errno.h>
#include <string.h>

#include "srcpos.h"

static const char text[] = "one\ntwo\n\nfour";

Test(srcpos, lines_are_indexed_with_and_without_a_final_newline)
{
	struct srcfile *f = srcfile_from_string("t", text, sizeof(text) - 1);
	size_t len;
	const char *s;

	cr_assert_eq(f->nlines, 4);
	s = srcfile_line(f, 2, &len);
	cr_assert_eq(len, 3);
	cr_assert(strncmp(s, "two", 3) == 0);
	s = srcfile_line(f, 3, &len);
	cr_assert_eq(len, 0);
	s = srcfile_line(f, 4, &len);
	cr_assert_eq(len, 4);
	cr_assert_null(srcfile_line(f, 5, &len));
	cr_assert_null(srcfile_line(f, 0, &len));
	srcfile_free(f);
}

Test(srcpos, offsets_are_clamped_to_the_line)
{
	struct srcfile *f = srcfile_from_string("t", text, sizeof(text) - 1);

	cr_assert_eq(srcfile_offset(f, 2, 1), 4);
	cr_assert_eq(srcfile_offset(f, 2, 99), 7);
	cr_assert_eq(srcfile_offset(f, 9, 1), f->len);
	srcfile_free(f);
}

Test(srcpos, step_moves_over_tokens_and_counts_newlines)
{
	struct srcfile *f = srcfile_from_string("t", text, sizeof(text) - 1);
	struct srcpos p;

	srcpos_start(&p, f);
	srcpos_step(&p, "one", 3);
	cr_assert_eq(p.first_line, 1);
	cr_assert_eq(p.first_column, 1);
	cr_assert_eq(p.last_column, 4);
	srcpos_step(&p, "\n", 1);
	cr_assert_eq(p.first_column, 4);
	cr_assert_eq(p.last_line, 2);
	cr_assert_eq(p.last_column, 1);
	srcpos_step(&p, "tw", 2);
	cr_assert_eq(p.first_line, 2);
	cr_assert_eq(p.first_column, 1);
	cr_assert_eq(p.last_column, 3);
	srcpos_step(&p, "o\n\nf", 4);
	cr_assert_eq(p.first_line, 2);
	cr_assert_eq(p.first_column, 3);
	cr_assert_eq(p.last_line, 4);
	cr_assert_eq(p.last_column, 2);
	srcfile_free(f);
}

Test(srcpos, reading_a_missing_file_fails_with_errno)
{
	errno = 0;
	cr_assert_null(srcfile_read("/nonexistent/syscalls.master"));
	cr_assert_eq(errno, ENOENT);
}

Test(srcpos, reading_a_directory_fails_with_EISDIR)
{
	errno = 0;
	cr_assert_null(srcfile_read("/"));
	cr_assert_eq(errno, EISDIR);
}

Test(srcpos, reading_a_file_returns_its_bytes)
{
	struct srcfile *f = srcfile_read("/proc/self/cmdline");

	cr_assert_not_null(f);
	cr_assert_gt(f->len, 0);
	cr_assert_eq(f->text[f->len], '\0');
	srcfile_free(f);
}
