/*
 * test_output.c — staged, atomic, change-only writes (output.c).
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_tables.h"
#include "diag.h"
#include "helpers.h"
#include "output.h"

static char dir[64];
static struct capture cap;
static struct diag *d;

static void
setup(void)
{
	strcpy(dir, "/tmp/syscallc-out-XXXXXX");
	cr_assert_not_null(mkdtemp(dir));
	capture_open(&cap);
	d = diag_new(cap.fp, "syscallc");
}

static void
teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	cr_assert_eq(system(cmd), 0);
	diag_free(d);
	capture_close(&cap);
}

TestSuite(output, .init = setup, .fini = teardown);

static char *
slurp(const char *path)
{
	static char buf[4096];
	FILE *f = fopen(path, "r");
	size_t n;

	if (f == NULL)
		return NULL;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static ino_t
inode(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? st.st_ino : 0;
}

/* Number of entries in dir (temp files must not linger). */
static int
entries(void)
{
	char cmd[128];
	FILE *p;
	int n = -1;

	snprintf(cmd, sizeof(cmd), "ls -A %s | wc -l", dir);
	p = popen(cmd, "r");
	if (fscanf(p, "%d", &n) != 1)
		n = -1;
	pclose(p);
	return n;
}

Test(output, nothing_appears_before_commit_and_nothing_stays_after_discard)
{
	struct output_set s;

	output_set_init(&s, dir);
	cr_assert_eq(output_stage(&s, "a.c", "new\n", 4, d), 0);
	cr_assert_null(slurp("/nonexistent"));
	{
		char path[128];

		snprintf(path, sizeof(path), "%s/a.c", dir);
		cr_assert_null(slurp(path));
	}
	output_discard(&s);
	cr_assert_eq(entries(), 0);
}

Test(output, commit_renames_into_place)
{
	struct output_set s;
	char path[128];

	snprintf(path, sizeof(path), "%s/a.c", dir);
	output_set_init(&s, dir);
	output_stage(&s, "a.c", "new\n", 4, d);
	cr_assert_eq(output_commit(&s, d), 0);
	cr_assert_eq(s.written, 1);
	output_discard(&s);
	cr_assert_str_eq(slurp(path), "new\n");
	cr_assert_eq(entries(), 1);
}

Test(output, an_unchanged_file_is_not_touched)
{
	struct output_set s;
	char path[128];
	ino_t before;

	snprintf(path, sizeof(path), "%s/a.c", dir);
	output_set_init(&s, dir);
	output_stage(&s, "a.c", "same\n", 5, d);
	output_commit(&s, d);
	output_discard(&s);
	before = inode(path);

	output_set_init(&s, dir);
	output_stage(&s, "a.c", "same\n", 5, d);
	cr_assert(s.v[0].unchanged);
	output_commit(&s, d);
	cr_assert_eq(s.written, 0);
	output_discard(&s);
	cr_assert_eq(inode(path), before);

	/* a longer or shorter text is a change */
	output_set_init(&s, dir);
	output_stage(&s, "a.c", "same\nmore\n", 10, d);
	cr_assert_not(s.v[0].unchanged);
	output_discard(&s);
	output_set_init(&s, dir);
	output_stage(&s, "a.c", "sam", 3, d);
	cr_assert_not(s.v[0].unchanged);
	output_discard(&s);
	cr_assert_eq(entries(), 1);
}

Test(output, streamed_pieces_compare_and_write_like_one_block)
{
	struct output_set s;
	struct output *o;
	char path[128];

	snprintf(path, sizeof(path), "%s/b.c", dir);
	output_set_init(&s, dir);
	o = output_open(&s, "b.c", d);
	output_write(o, "ab", 2);
	output_write(o, "cd\n", 3);
	cr_assert_eq(output_close(o, d), 0);
	output_commit(&s, d);
	output_discard(&s);
	cr_assert_str_eq(slurp(path), "abcd\n");

	output_set_init(&s, dir);
	o = output_open(&s, "b.c", d);
	output_write(o, "abc", 3);
	output_write(o, "d\n", 2);
	output_close(o, d);
	cr_assert(s.v[0].unchanged);
	output_discard(&s);
}

Test(output, a_change_after_a_matching_prefix_keeps_the_prefix)
{
	struct output_set s;
	struct output *o;
	char path[128];

	snprintf(path, sizeof(path), "%s/c.c", dir);
	output_set_init(&s, dir);
	output_stage(&s, "c.c", "one\ntwo\nthree\n", 14, d);
	output_commit(&s, d);
	output_discard(&s);

	/* differs in the third piece: the first two come from the old file */
	output_set_init(&s, dir);
	o = output_open(&s, "c.c", d);
	output_write(o, "one\n", 4);
	output_write(o, "two\n", 4);
	output_write(o, "four\n", 5);
	cr_assert_eq(output_close(o, d), 0);
	cr_assert_not(s.v[0].unchanged);
	cr_assert_eq(output_commit(&s, d), 0);
	output_discard(&s);
	cr_assert_str_eq(slurp(path), "one\ntwo\nfour\n");

	/* a strict prefix of the old text */
	output_set_init(&s, dir);
	o = output_open(&s, "c.c", d);
	output_write(o, "one\n", 4);
	cr_assert_eq(output_close(o, d), 0);
	cr_assert_eq(output_commit(&s, d), 0);
	cr_assert_eq(s.written, 1);
	output_discard(&s);
	cr_assert_str_eq(slurp(path), "one\n");
	cr_assert_eq(entries(), 1);
}

Test(output, an_unchanged_file_needs_no_temp_file)
{
	struct output_set s;
	struct output *o;

	output_set_init(&s, dir);
	output_stage(&s, "r.c", "same\n", 5, d);
	output_commit(&s, d);
	output_discard(&s);

	output_set_init(&s, dir);
	o = output_open(&s, "r.c", d);
	output_write(o, "sa", 2);
	output_write(o, "me\n", 3);
	cr_assert_null(o->tmp);
	cr_assert_eq(entries(), 1);
	cr_assert_eq(output_close(o, d), 0);
	cr_assert(s.v[0].unchanged);
	output_discard(&s);

	/* so an unchanged file in a read-only directory is fine */
	if (geteuid() != 0) {
		cr_assert_eq(chmod(dir, 0555), 0);
		output_set_init(&s, dir);
		cr_assert_eq(output_stage(&s, "r.c", "same\n", 5, d), 0);
		cr_assert_eq(output_stage(&s, "r.c", "diff\n", 5, d), -1);
		cr_assert(strstr(capture_text(&cap), "cannot create") != NULL);
		output_discard(&s);
		chmod(dir, 0755);
	}
}

Test(output, a_missing_directory_is_an_io_error)
{
	struct output_set s;

	output_set_init(&s, dir);
	cr_assert_eq(output_stage(&s, "no/such/x.c", "x", 1, d), -1);
	cr_assert_eq(diag_exit_status(d), 2);
	cr_assert(strstr(capture_text(&cap), "cannot create") != NULL);
	output_discard(&s);
}

Test(output, relative_paths_are_taken_from_the_output_directory)
{
	struct output_set s;
	char *p;

	output_set_init(&s, "/o");
	p = output_resolve(&s, "../x.c");
	cr_assert_str_eq(p, "/o/../x.c");
	free(p);
	p = output_resolve(&s, "/abs.c");
	cr_assert_str_eq(p, "/abs.c");
	free(p);
	output_set_init(&s, NULL);
	p = output_resolve(&s, "rel.c");
	cr_assert_str_eq(p, "rel.c");
	free(p);
}

Test(output, a_directory_in_the_way_is_an_io_error_at_once)
{
	struct output_set s;
	char sub[128];

	snprintf(sub, sizeof(sub), "%s/d.c", dir);
	cr_assert_eq(mkdir(sub, 0777), 0);
	output_set_init(&s, dir);
	cr_assert_null(output_open(&s, "d.c", d));
	cr_assert_eq(diag_exit_status(d), 2);
	cr_assert(strstr(capture_text(&cap), "Is a directory") != NULL);
	output_discard(&s);
}
