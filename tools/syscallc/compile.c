/*
 * compile.c — parse → derive → check → generate → write, nothing else.
 */
#include "compile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "check_tables.h"
#include "conf.h"
#include "diag.h"
#include "model.h"
#include "output.h"
#include "srcpos.h"
#include "templates.h"

#define JSON_KEY	"model_json"

struct run {
	const struct compile_options	*o;
	struct conf			*conf;
	struct template_set		 ts;
	struct output_set		 outs;
};

static bool
known_key(void *arg, const char *key)
{
	struct run *r = arg;

	return templates_declare(&r->ts, key);
}

static const char *
path_of(void *arg, const struct template *t)
{
	struct run *r = arg;
	const struct conf_kv *kv = conf_find(r->conf, t->key);

	return kv != NULL ? kv->value : t->dflt;
}

/* Two outputs that would land on one file: the second silently wins in
 * FreeBSD's generator. */
static void
check_collisions(struct run *r, struct diag *d)
{
	size_t i, k;

	for (i = 0; i < r->ts.n; i++) {
		const char *a = path_of(r, &r->ts.v[i]);
		char *ra;

		if (r->ts.v[i].key == NULL || strcmp(a, "/dev/null") == 0)
			continue;
		ra = output_resolve(&r->outs, a);
		for (k = i + 1; k < r->ts.n; k++) {
			const char *b = path_of(r, &r->ts.v[k]);
			const struct conf_kv *kv;
			char *rb;

			if (r->ts.v[k].key == NULL || strcmp(b, "/dev/null") == 0)
				continue;
			rb = output_resolve(&r->outs, b);
			if (strcmp(ra, rb) == 0) {
				kv = conf_find(r->conf, r->ts.v[k].key);
				if (kv == NULL)
					kv = conf_find(r->conf, r->ts.v[i].key);
				diag_report(d, &conf_checks[CC_OUTPUT_COLLISION],
				    kv != NULL && kv->pos.file != NULL ?
				    &kv->value_pos : NULL,
				    "'%s' and '%s' both name the file '%s'",
				    r->ts.v[i].key, r->ts.v[k].key, ra);
			}
			free(rb);
		}
		free(ra);
	}
}

/* --stats: where the time goes, per phase. */
struct stopwatch {
	bool		 on;
	struct timespec	 last;
	char		 buf[512];
	size_t		 len;
};

static void
lap(struct stopwatch *w, const char *phase)
{
	struct timespec now;
	double ms;

	if (!w->on)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (double)(now.tv_sec - w->last.tv_sec) * 1e3 +
	    (double)(now.tv_nsec - w->last.tv_nsec) / 1e6;
	if (w->len < sizeof(w->buf))
		w->len += (size_t)snprintf(w->buf + w->len,
		    sizeof(w->buf) - w->len, " %s %.3f", phase, ms);
	w->last = now;
}

/* mkdir -p for -o DIR (only that directory: conf paths under it must
 * exist, as they must for FreeBSD's generator). */
static int
make_dir(const char *dir, struct diag *d)
{
	char *p = strdup(dir), *s;
	int rc = 0;

	if (p == NULL)
		abort();
	for (s = p + 1; ; s++) {
		if (*s == '/' || *s == '\0') {
			char c = *s;

			*s = '\0';
			if (mkdir(p, 0777) != 0 && errno != EEXIST) {
				diag_io_error(d, "cannot create directory "
				    "'%s': %s", p, strerror(errno));
				rc = -1;
				break;
			}
			*s = c;
			if (c == '\0')
				break;
		}
	}
	free(p);
	return rc;
}

static struct srcfile *
read_input(const char *path, struct diag *d)
{
	struct srcfile *f = srcfile_read(path);

	if (f == NULL)
		diag_io_error(d, "cannot read '%s': %s", path,
		    strerror(errno));
	return f;
}

static void
lap_cb(void *arg, const char *phase)
{
	lap(arg, phase);
}

int
syscallc_compile(const struct compile_options *o, struct diag *d)
{
	struct run r;
	struct srcfile *master, *conffile = NULL;
	struct model *m = NULL;
	size_t i;
	int status;

	struct stopwatch w = { .on = o->stats };

	if (w.on)
		clock_gettime(CLOCK_MONOTONIC, &w.last);
	memset(&r, 0, sizeof(r));
	r.o = o;
	output_set_init(&r.outs, o->output_dir);
	master = read_input(o->master, d);
	if (o->conf != NULL)
		conffile = read_input(o->conf, d);
	if (master == NULL || (o->conf != NULL && conffile == NULL))
		goto out;

	lap(&w, "read");
	r.conf = conf_parse(conffile, d);
	for (i = 0; i < o->noverrides; i++)
		conf_set(r.conf, o->overrides[i].key, o->overrides[i].value);
	if (o->json != NULL)
		conf_set(r.conf, JSON_KEY, o->json);
	if (templates_load(&r.ts, o->template_dirs, o->ntemplate_dirs,
	    d) != 0)
		goto out;
	lap(&w, "templates-load");
	conf_check_keys(r.conf, d, known_key, &r);
	conf_derive(r.conf, d);

	m = model_new(master, r.conf);
	master_parse(m, d);
	lap(&w, "parse");
	model_derive(m, d);
	lap(&w, "derive");
	model_check(m, d);
	check_collisions(&r, d);
	lap(&w, "check");
	if (diag_exit_status(d) != 0 || o->check_only)
		goto out;

	if (o->output_dir != NULL && make_dir(o->output_dir, d) != 0)
		goto out;
	templates_run(&r.ts, m, o->master, o->conf, path_of, &r, &r.outs,
	    w.on ? lap_cb : NULL, &w);
	if (diag_exit_status(d) == 0)
		output_commit(&r.outs, d);
	lap(&w, "commit");
out:
	status = diag_exit_status(d);
	output_discard(&r.outs);
	if (!o->exiting) {
		/* a compiler about to exit need not return memory piece by
		 * piece (a 100,000-entry model takes 25 ms to free) */
		templates_free(&r.ts);
		model_free(m);
		conf_free(r.conf);
		srcfile_free(master);
		srcfile_free(conffile);
	}
	lap(&w, "free");
	if (w.on)
		fprintf(stderr, "syscallc: ms:%s\n", w.buf);
	return status;
}
