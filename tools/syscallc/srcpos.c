/*
 * srcpos.c — reading source files and keeping line/column positions.
 */
#include "srcpos.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The line index is built once per file so that diagnostics can quote any
 * line in O(1), however late they are reported. */
static int
index_lines(struct srcfile *f)
{
	size_t n = 1, i, k;

	for (i = 0; i < f->len; i++)
		if (f->text[i] == '\n')
			n++;
	f->lines = malloc(n * sizeof(f->lines[0]));
	if (f->lines == NULL)
		return -1;
	f->lines[0] = 0;
	for (i = 0, k = 1; i < f->len; i++)
		if (f->text[i] == '\n')
			f->lines[k++] = i + 1;
	f->nlines = n;
	return 0;
}

static struct srcfile *
srcfile_adopt(const char *name, char *text, size_t len)
{
	struct srcfile *f = calloc(1, sizeof(*f));

	if (f == NULL || (f->name = strdup(name)) == NULL) {
		free(f);
		free(text);
		return NULL;
	}
	f->text = text;
	f->len = len;
	if (index_lines(f) != 0) {
		srcfile_free(f);
		return NULL;
	}
	return f;
}

struct srcfile *
srcfile_from_string(const char *name, const char *text, size_t len)
{
	char *copy = malloc(len + 1);

	if (copy == NULL)
		return NULL;
	memcpy(copy, text, len);
	copy[len] = '\0';
	return srcfile_adopt(name, copy, len);
}

struct srcfile *
srcfile_read(const char *path)
{
	struct stat st;
	char *buf = NULL;
	size_t cap = 0, len = 0;
	ssize_t r;
	int fd, saved;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) != 0)
		goto fail;
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		goto fail;
	}
	/* Size hint only: pipes and /dev/stdin report 0, so read to EOF. */
	cap = S_ISREG(st.st_mode) ? (size_t)st.st_size + 1 : 4096;
	buf = malloc(cap + 1);
	if (buf == NULL)
		goto fail;
	for (;;) {
		if (len == cap) {
			char *nbuf = realloc(buf, cap * 2 + 1);

			if (nbuf == NULL)
				goto fail;
			buf = nbuf;
			cap *= 2;
		}
		r = read(fd, buf + len, cap - len);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			goto fail;
		}
		if (r == 0)
			break;
		len += (size_t)r;
	}
	close(fd);
	buf[len] = '\0';
	return srcfile_adopt(path, buf, len);
fail:
	saved = errno;
	free(buf);
	close(fd);
	errno = saved;
	return NULL;
}

void
srcfile_free(struct srcfile *f)
{
	if (f == NULL)
		return;
	free(f->name);
	free(f->text);
	free(f->lines);
	free(f);
}

const char *
srcfile_line(const struct srcfile *f, int line, size_t *lenp)
{
	size_t start, end;

	*lenp = 0;
	if (f == NULL || line < 1 || (size_t)line > f->nlines)
		return NULL;
	start = f->lines[line - 1];
	end = (size_t)line < f->nlines ? f->lines[line] - 1 : f->len;
	*lenp = end - start;
	return f->text + start;
}

size_t
srcfile_offset(const struct srcfile *f, int line, int column)
{
	size_t len, off;
	const char *s = srcfile_line(f, line, &len);

	if (s == NULL)
		return line < 1 ? 0 : f->len;
	off = column < 1 ? 0 : (size_t)column - 1;
	if (off > len)
		off = len;
	return (size_t)(s - f->text) + off;
}

struct srcpos
srcpos_make(const struct srcfile *f, int line, int column, int len)
{
	struct srcpos p = {
		.file = f,
		.first_line = line,
		.first_column = column,
		.last_line = line,
		.last_column = column + len,
	};

	return p;
}

struct srcpos
srcpos_join(const struct srcpos *a, const struct srcpos *b)
{
	struct srcpos p = *a;

	p.last_line = b->last_line;
	p.last_column = b->last_column;
	return p;
}

void
srcpos_start(struct srcpos *p, const struct srcfile *f)
{
	p->file = f;
	p->first_line = p->last_line = 1;
	p->first_column = p->last_column = 1;
}

void
srcpos_step(struct srcpos *p, const char *text, size_t len)
{
	size_t i, col0 = 0;

	p->first_line = p->last_line;
	p->first_column = p->last_column;
	/* tokens are short: a plain loop beats memchr's call overhead */
	for (i = 0; i < len; i++)
		if (text[i] == '\n') {
			p->last_line++;
			p->last_column = 1;
			col0 = i + 1;
		}
	p->last_column += (int)(len - col0);
}
