/*
 * fixture.h — read the tab-separated fact files of tests/fixtures/ (one
 * header line, then one row per fact) so tests compare generated tables
 * with facts by name instead of with numbers typed into the test.
 */
#ifndef TSPEC_TEST_FIXTURE_H
#define TSPEC_TEST_FIXTURE_H

#include <stdint.h>

#define FIXTURE_MAXCOLS	12

struct fixture_row {
	char	*col[FIXTURE_MAXCOLS];	/* "" for a missing column */
};

struct fixture {
	char			*path;
	char			*header[FIXTURE_MAXCOLS];
	struct fixture_row	*rows;
	int			 nrows;
	char			*text;		/* owns every string above */
};

/*
 * Load FIXTURES_DIR/relpath. Aborts with a message if the file cannot be
 * read: a missing fixture is a broken test, not a skipped one.
 */
struct fixture	*fixture_load(const char *relpath);
void		 fixture_free(struct fixture *f);

/* Index of the column called `name`; aborts if there is none. */
int		 fixture_col(const struct fixture *f, const char *name);

/* A row's column as a number (decimal, or 0x hex). */
int64_t		 fixture_num(const struct fixture_row *r, int col);

/* The first row whose column `col` equals `value`, or NULL. */
const struct fixture_row *fixture_find(const struct fixture *f, int col,
		    const char *value);

#endif /* TSPEC_TEST_FIXTURE_H */
