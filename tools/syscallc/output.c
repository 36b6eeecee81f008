/*
 * output.c — staged, atomic, change-only writes of generated files.
 */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"

void
output_set_init(struct output_set *s, const char *dir)
{
	memset(s, 0, sizeof(*s));
	s->dir = dir;
}

char *
output_resolve(const struct output_set *s, const char *path)
{
	char *r;

	if (s->dir == NULL || path[0] == '/' || strcmp(path, "-") == 0)
		r = strdup(path);
	else if (asprintf(&r, "%s/%s", s->dir, path) < 0)
		r = NULL;
	if (r == NULL)
		abort();
	return r;
}

/* Does the file at path hold exactly data? */
static bool
same_content(const char *path, const char *data, size_t len)
{
	char buf[65536];
	size_t off = 0;
	ssize_t r;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	bool same = true;

	if (fd < 0)
		return false;
	for (;;) {
		r = read(fd, buf, sizeof(buf));
		if (r < 0) {
			if (errno == EINTR)
				continue;
			same = false;
			break;
		}
		if (r == 0)
			break;
		if ((size_t)r > len - off ||
		    memcmp(buf, data + off, (size_t)r) != 0) {
			same = false;
			break;
		}
		off += (size_t)r;
	}
	close(fd);
	return same && off == len;
}

static int
write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t w = write(fd, data, len);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		data += w;
		len -= (size_t)w;
	}
	return 0;
}

static struct output *
add(struct output_set *s)
{
	if (s->n == s->cap) {
		size_t ncap = s->cap ? s->cap * 2 : 16;
		struct output *nv = realloc(s->v, ncap * sizeof(*nv));

		if (nv == NULL)
			abort();
		s->v = nv;
		s->cap = ncap;
	}
	memset(&s->v[s->n], 0, sizeof(s->v[0]));
	return &s->v[s->n++];
}

int
output_stage(struct output_set *s, const char *path, const char *data,
    size_t len, struct diag *d)
{
	struct output *o = add(s);
	struct stat st;
	int fd, saved;

	o->path = output_resolve(s, path);
	o->len = len;
	if (strcmp(o->path, "-") == 0 ||
	    (stat(o->path, &st) == 0 && !S_ISREG(st.st_mode))) {
		/* stdout, a device or a pipe: written as is at commit */
		o->to_stdout = strcmp(o->path, "-") == 0;
		o->data = malloc(len ? len : 1);
		if (o->data == NULL)
			abort();
		memcpy(o->data, data, len);
		return 0;
	}
	if (same_content(o->path, data, len)) {
		o->unchanged = true;
		return 0;
	}
	if (asprintf(&o->tmp, "%s.tmp.XXXXXX", o->path) < 0)
		abort();
	fd = mkstemp(o->tmp);
	if (fd < 0) {
		saved = errno;
		diag_io_error(d, "cannot create '%s': %s", o->path,
		    strerror(saved));
		free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	/* the mode a plain `> file` would give */
	{
		mode_t mask = umask(0);

		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	if (write_all(fd, data, len) != 0 || close(fd) != 0) {
		saved = errno;
		diag_io_error(d, "cannot write '%s': %s", o->path,
		    strerror(saved));
		unlink(o->tmp);
		free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	return 0;
}

int
output_commit(struct output_set *s, struct diag *d)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < s->n; i++) {
		struct output *o = &s->v[i];

		if (o->data != NULL) {
			int fd = o->to_stdout ? STDOUT_FILENO :
			    open(o->path, O_WRONLY | O_TRUNC | O_CLOEXEC);

			if (fd < 0 || write_all(fd, o->data, o->len) != 0) {
				diag_io_error(d, "cannot write '%s': %s",
				    o->path, strerror(errno));
				rc = -1;
			}
			if (fd >= 0 && !o->to_stdout)
				close(fd);
			continue;
		}
		if (o->tmp == NULL)
			continue;
		if (rename(o->tmp, o->path) != 0) {
			diag_io_error(d, "cannot replace '%s': %s", o->path,
			    strerror(errno));
			unlink(o->tmp);
			rc = -1;
		} else {
			s->written++;
		}
		free(o->tmp);
		o->tmp = NULL;
	}
	return rc;
}

void
output_discard(struct output_set *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		if (s->v[i].tmp != NULL)
			unlink(s->v[i].tmp);
		free(s->v[i].tmp);
		free(s->v[i].path);
		free(s->v[i].data);
	}
	free(s->v);
	s->v = NULL;
	s->n = s->cap = 0;
}
