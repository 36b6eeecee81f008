/*
 * output.h — writing generated files: atomically (temp file + rename), only
 * when the content changed, and not at all when the run fails.
 *
 * A compilation stages every output first (output_stage: the content goes
 * to a temp file next to its destination, or nowhere if the destination
 * already holds exactly that content — the temp file is made only at the
 * first byte that differs from the old file), then either commits all of them
 * (output_commit: rename) or discards all of them (output_discard).  So an
 * error in any template, or in writing any file, leaves every output as it
 * was.
 */
#ifndef SYSCALLC_OUTPUT_H
#define SYSCALLC_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

struct diag;

struct output {
	char	*path;		/* destination */
	char	*tmp;		/* staged temp file, or NULL */
	char	*data;		/* content for a non-regular destination */
	size_t	 len, cap;
	bool	 unchanged;	/* destination already holds the content */
	bool	 to_stdout;	/* path "-" */
	bool	 direct;	/* written as is at commit (stdout, device) */
	/* while streaming (output_open .. output_close) */
	int	 fd;		/* the temp file; -1 while the old file
				   still matches (none made yet) */
	int	 cmp_fd;	/* the old file, while it still matches */
	bool	 failed;
	bool	 create_failed;	/* failed making the temp file */
	int	 err;		/* errno of the failure */
};

struct output_set {
	struct output	*v;
	size_t		 n, cap;
	const char	*dir;		/* -o DIR, or NULL */
	size_t		 written;	/* after commit: files replaced */
};

void	output_set_init(struct output_set *s, const char *dir);

/* The destination of a conf path: relative paths are taken from dir. */
char	*output_resolve(const struct output_set *s, const char *path);

/* Stage one output.  Returns 0, or -1 after reporting an I/O error. */
int	output_stage(struct output_set *s, const char *path, const char *data,
	    size_t len, struct diag *d);

/*
 * Stage one output by pieces, so a large file never sits in memory: the
 * pieces go to the temp file and are compared with the old file as they
 * come.  output_open() returns NULL after reporting an I/O error;
 * output_write() errors are reported by output_close(), which returns 0
 * or -1.
 */
struct output *output_open(struct output_set *s, const char *path,
	    struct diag *d);
void	output_write(struct output *o, const char *data, size_t len);
int	output_close(struct output *o, struct diag *d);

/* Rename every staged file into place.  Returns 0 or -1 (reported). */
int	output_commit(struct output_set *s, struct diag *d);

/* Remove every staged temp file and free the set. */
void	output_discard(struct output_set *s);

#endif /* SYSCALLC_OUTPUT_H */
