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

/*
 * Create the temp file next to the destination and give it the old file's
 * first o->len bytes (the part that matched so far); stop comparing.
 * Returns 0, or -1 with o->failed and o->err set.
 */
static int
start_temp(struct output *o)
{
	char buf[65536];
	off_t off = 0;
	mode_t mask;

	if (asprintf(&o->tmp, "%s.tmp.XXXXXX", o->path) < 0)
		abort();
	o->fd = mkstemp(o->tmp);
	if (o->fd < 0) {
		o->err = errno;
		free(o->tmp);
		o->tmp = NULL;
		goto fail;
	}
	/* the mode a plain `> file` would give */
	mask = umask(0);
	umask(mask);
	fchmod(o->fd, 0666 & ~mask);
	while ((size_t)off < o->len) {
		size_t want = o->len - (size_t)off < sizeof(buf) ?
		    o->len - (size_t)off : sizeof(buf);
		ssize_t r = pread(o->cmp_fd, buf, want, off);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0 || write_all(o->fd, buf, (size_t)r) != 0) {
			o->err = r == 0 ? EIO : errno;
			goto fail;
		}
		off += r;
	}
	if (o->cmp_fd >= 0)
		close(o->cmp_fd);
	o->cmp_fd = -1;
	return 0;
fail:
	o->failed = true;
	o->create_failed = o->fd < 0;
	if (o->cmp_fd >= 0)
		close(o->cmp_fd);
	o->cmp_fd = -1;
	return -1;
}

struct output *
output_open(struct output_set *s, const char *path, struct diag *d)
{
	struct output *o = add(s);
	struct stat st;

	o->path = output_resolve(s, path);
	o->fd = o->cmp_fd = -1;
	if (stat(o->path, &st) == 0 && S_ISDIR(st.st_mode)) {
		diag_io_error(d, "cannot write '%s': %s", o->path,
		    strerror(EISDIR));
		s->n--;
		free(o->path);
		return NULL;
	}
	if (strcmp(o->path, "-") == 0 ||
	    (stat(o->path, &st) == 0 && !S_ISREG(st.st_mode))) {
		/* stdout, a device or a pipe: written as is at commit */
		o->to_stdout = strcmp(o->path, "-") == 0;
		o->direct = true;
		return o;
	}
	/*
	 * If there is an old file, the content is compared with it as it
	 * comes and the temp file is made only at the first difference: an
	 * unchanged output (the usual case when regenerating) creates and
	 * removes no file at all.
	 */
	o->cmp_fd = open(o->path, O_RDONLY | O_CLOEXEC);
	if (o->cmp_fd >= 0)
		return o;
	if (start_temp(o) != 0) {
		diag_io_error(d, "cannot create '%s': %s", o->path,
		    strerror(o->err));
		s->n--;
		free(o->path);
		return NULL;
	}
	return o;
}

/* Does the old file continue with exactly data[0..len)? */
static bool
still_same(int fd, const char *data, size_t len)
{
	char buf[65536];

	while (len > 0) {
		size_t want = len < sizeof(buf) ? len : sizeof(buf);
		ssize_t r = read(fd, buf, want);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0 || memcmp(buf, data, (size_t)r) != 0)
			return false;
		data += r;
		len -= (size_t)r;
	}
	return true;
}

void
output_write(struct output *o, const char *data, size_t len)
{
	if (o->failed || len == 0)
		return;
	if (o->direct) {
		if (o->len + len > o->cap) {
			size_t ncap = (o->len + len) * 2;
			char *nd = realloc(o->data, ncap);

			if (nd == NULL)
				abort();
			o->data = nd;
			o->cap = ncap;
		}
		memcpy(o->data + o->len, data, len);
		o->len += len;
		return;
	}
	if (o->fd < 0) {	/* still matching the old file */
		if (still_same(o->cmp_fd, data, len)) {
			o->len += len;
			return;
		}
		if (start_temp(o) != 0)
			return;
	}
	if (write_all(o->fd, data, len) != 0) {
		o->failed = true;
		o->err = errno;
	}
	o->len += len;
}

int
output_close(struct output *o, struct diag *d)
{
	char c;

	if (o->direct)
		return 0;
	if (!o->failed && o->fd < 0) {
		/* every byte matched: unchanged if the old file ends here */
		ssize_t r;

		while ((r = read(o->cmp_fd, &c, 1)) < 0 && errno == EINTR)
			;
		if (r == 0) {
			o->unchanged = true;
			close(o->cmp_fd);
			o->cmp_fd = -1;
			return 0;
		}
		start_temp(o);		/* the new text is a prefix */
	}
	if (o->fd >= 0 && close(o->fd) != 0 && !o->failed) {
		o->failed = true;
		o->err = errno;
	}
	o->fd = -1;
	if (o->failed) {
		diag_io_error(d, "cannot %s '%s': %s", o->create_failed ?
		    "create" : "write", o->path, strerror(o->err));
		if (o->cmp_fd >= 0)
			close(o->cmp_fd);
		o->cmp_fd = -1;
		return -1;
	}
	return 0;
}

int
output_stage(struct output_set *s, const char *path, const char *data,
    size_t len, struct diag *d)
{
	struct output *o = output_open(s, path, d);

	if (o == NULL)
		return -1;
	output_write(o, data, len);
	return output_close(o, d);
}

int
output_commit(struct output_set *s, struct diag *d)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < s->n; i++) {
		struct output *o = &s->v[i];

		if (o->direct) {
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
		if (s->v[i].fd >= 0 && !s->v[i].direct)
			close(s->v[i].fd);
		if (s->v[i].cmp_fd >= 0 && !s->v[i].direct)
			close(s->v[i].cmp_fd);
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
