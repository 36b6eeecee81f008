/*
 * tspec_master.c — a minimal reader of syscalls.master for the DUMMY checks
 * (see tspec_master.h for why it exists and how it is meant to be swapped
 * for the compiler's model).
 *
 * What it understands, line by line, as FreeBSD's generator reads masters:
 *
 *   blank lines, `;` comments and `#` lines      skipped between entries
 *   N[-M] AUDIT TYPE[|FLAG...] [NAME ...]        a one-line entry
 *   N[-M] AUDIT TYPE {                           a multi-line entry: lines
 *       rettype name(                            up to the one starting
 *       ...                                      with `}`; the first line
 *   }                                            with `(` names the function
 *   N AUDIT TYPE { rettype name(args); } [...]   the old one-line form
 *
 * The syscall a stub would replace is the function name without the
 * `linux_` prefix of the emulation's own handlers (STD linux_setfsuid ->
 * setfsuid); a NOPROTO entry's function is the host's, named as the call.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "tspec_master.h"

struct ts_master_entry {
	char			*name;
	enum ts_master_status	 status;
};

struct ts_masters {
	struct srcfile		*src[TS_NARCH];
	struct ts_master_entry	*ent[TS_NARCH];
	int			 nent[TS_NARCH];
};

/* A master that names a call twice answers with its strongest claim. */
static int
status_rank(enum ts_master_status s)
{
	switch (s) {
	case TM_IMPLEMENTED:	return 3;
	case TM_STUBBABLE:	return 2;
	case TM_UNIMPLEMENTED:	return 1;
	case TM_ABSENT:		break;
	}
	return 0;
}

static void
add_entry(struct ts_masters *m, int arch, const char *name, size_t len,
    enum ts_master_status st)
{
	struct ts_master_entry *e;

	if (len > 6 && strncmp(name, "linux_", 6) == 0 &&
	    st != TM_IMPLEMENTED) {
		name += 6;
		len -= 6;
	}
	for (int i = 0; i < m->nent[arch]; i++) {
		e = &m->ent[arch][i];
		if (strlen(e->name) == len && strncmp(e->name, name, len) == 0) {
			if (status_rank(st) > status_rank(e->status))
				e->status = st;
			return;
		}
	}
	e = realloc(m->ent[arch], sizeof(*e) * (size_t)(m->nent[arch] + 1));
	if (e == NULL)
		abort();
	m->ent[arch] = e;
	e = &e[m->nent[arch]++];
	e->name = strndup(name, len);
	if (e->name == NULL)
		abort();
	e->status = st;
}

/*
 * Skip the blanks at s[*i]: *i becomes the start of the next word, whose
 * length is returned (0 at the end of the line).
 */
static size_t
next_word(const char *s, size_t len, size_t *i)
{
	size_t end;

	while (*i < len && isspace((unsigned char)s[*i]))
		(*i)++;
	end = *i;
	while (end < len && !isspace((unsigned char)s[end]))
		end++;
	return end - *i;
}

static bool
word_has_flag(const char *w, size_t wl, const char *flag)
{
	size_t fl = strlen(flag);

	for (size_t i = 0; i + fl <= wl; ) {
		size_t j = i;
		while (j < wl && w[j] != '|')
			j++;
		if (j - i == fl && strncmp(w + i, flag, fl) == 0)
			return true;
		i = j + 1;
	}
	return false;
}

static enum ts_master_status
type_status(const char *w, size_t wl)
{
	if (word_has_flag(w, wl, "NOPROTO"))
		return TM_IMPLEMENTED;
	if (word_has_flag(w, wl, "UNIMPL") || word_has_flag(w, wl, "OBSOL") ||
	    word_has_flag(w, wl, "RESERVED"))
		return TM_UNIMPLEMENTED;
	return TM_STUBBABLE;
}

/*
 * The identifier right before the first `(` of s[0..len), or NULL. Its
 * length goes to *nl.
 */
static const char *
function_name(const char *s, size_t len, size_t *nl)
{
	const char *p = memchr(s, '(', len);
	const char *end;

	if (p == NULL)
		return NULL;
	while (p > s && isspace((unsigned char)p[-1]))
		p--;
	end = p;
	while (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
		p--;
	*nl = (size_t)(end - p);
	return *nl > 0 ? p : NULL;
}

static bool
is_header(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && isspace((unsigned char)s[i]))
		i++;
	return i < len && isdigit((unsigned char)s[i]);
}

static void
read_master(struct ts_masters *m, struct diag *d, int arch,
    const struct srcfile *f)
{
	struct srcpos open_pos = { 0 };
	enum ts_master_status open_st = TM_ABSENT;
	bool in_entry = false, have_func = false;

	for (int ln = 1; ln <= (int)f->nlines; ln++) {
		size_t len, i = 0, wl;
		const char *s = srcfile_line(f, ln, &len);
		const char *type, *w, *fn;
		size_t tl, fl;

		if (s == NULL)
			break;
		if (in_entry) {
			while (i < len && isspace((unsigned char)s[i]))
				i++;
			if (i < len && s[i] == '}') {
				if (!have_func)
					diag_report(d, &tspec_checks[
					    TSC_MASTER_READ], &open_pos,
					    "entry has no function line");
				in_entry = false;
				continue;
			}
			if (is_header(s, len)) {
				diag_report(d, &tspec_checks[TSC_MASTER_READ],
				    &open_pos, "entry is not closed by `}` "
				    "before the next one");
				in_entry = false;
			} else {
				if (!have_func && i < len && s[i] != ';' &&
				    (fn = function_name(s, len, &fl)) != NULL) {
					add_entry(m, arch, fn, fl, open_st);
					have_func = true;
				}
				continue;
			}
		}
		if (!is_header(s, len))
			continue;
		/* N[-M] AUDIT TYPE ... */
		wl = next_word(s, len, &i);		/* number */
		i += wl;
		wl = next_word(s, len, &i);		/* audit */
		i += wl;
		tl = next_word(s, len, &i);		/* type */
		type = s + i;
		i += tl;
		if (tl == 0) {
			struct srcpos p = srcpos_make(f, ln, 1, (int)len);
			diag_report(d, &tspec_checks[TSC_MASTER_READ], &p,
			    "entry header without a type");
			continue;
		}
		wl = next_word(s, len, &i);
		w = s + i;
		if (wl > 0 && w[0] == '{') {
			const char *close = memchr(w, '}', len - i);
			if (close != NULL) {	/* old one-line form */
				fn = function_name(w, (size_t)(close - w), &fl);
				if (fn != NULL)
					add_entry(m, arch, fn, fl,
					    type_status(type, tl));
				else {
					struct srcpos p = srcpos_make(f, ln,
					    (int)i + 1, (int)(close - w) + 1);
					diag_report(d, &tspec_checks[
					    TSC_MASTER_READ], &p,
					    "no function name inside { }");
				}
				continue;
			}
			in_entry = true;
			have_func = false;
			open_st = type_status(type, tl);
			open_pos = srcpos_make(f, ln, 1, (int)len);
			continue;
		}
		if (wl > 0 && w[0] != ';')
			add_entry(m, arch, w, wl, type_status(type, tl));
	}
	if (in_entry)
		diag_report(d, &tspec_checks[TSC_MASTER_READ], &open_pos,
		    "entry is not closed by `}` before the end of the file");
}

struct ts_masters *
tspec_masters_open(struct diag *d, const char *specdir, unsigned *archmask)
{
	struct ts_masters *m = calloc(1, sizeof(*m));

	if (m == NULL)
		abort();
	*archmask = 0;
	for (int a = 0; a < TS_NARCH; a++) {
		struct stat st;
		char *path;

		if (asprintf(&path, "%s/%s/syscalls.master", specdir,
		    tspec_arches[a]) < 0)
			abort();
		if (stat(path, &st) != 0) {
			free(path);
			continue;
		}
		m->src[a] = srcfile_read(path);
		if (m->src[a] == NULL)
			diag_io_error(d, "cannot read %s: %s", path,
			    strerror(errno));
		else {
			read_master(m, d, a, m->src[a]);
			*archmask |= 1u << a;
		}
		free(path);
	}
	return m;
}

void
tspec_masters_free(struct ts_masters *m)
{
	if (m == NULL)
		return;
	for (int a = 0; a < TS_NARCH; a++) {
		for (int i = 0; i < m->nent[a]; i++)
			free(m->ent[a][i].name);
		free(m->ent[a]);
		srcfile_free(m->src[a]);
	}
	free(m);
}

enum ts_master_status
tspec_masters_lookup(void *arg, int arch, const char *name)
{
	const struct ts_masters *m = arg;

	if (arch < 0 || arch >= TS_NARCH)
		return TM_ABSENT;
	for (int i = 0; i < m->nent[arch]; i++)
		if (strcmp(m->ent[arch][i].name, name) == 0)
			return m->ent[arch][i].status;
	return TM_ABSENT;
}
