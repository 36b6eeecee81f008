/*
 * helpers.h — shared by syscallc's unit tests: capture what a function
 * prints into a string, so tests compare whole diagnostics exactly.
 */
#ifndef SYSCALLC_TEST_HELPERS_H
#define SYSCALLC_TEST_HELPERS_H

#include <stdio.h>
#include <stdlib.h>

struct capture {
	FILE	*fp;
	char	*buf;
	size_t	 len;
};

static inline void
capture_open(struct capture *c)
{
	c->buf = NULL;
	c->len = 0;
	c->fp = open_memstream(&c->buf, &c->len);
}

/* Flush and return everything written so far (owned by c). */
static inline const char *
capture_text(struct capture *c)
{
	fflush(c->fp);
	return c->buf != NULL ? c->buf : "";
}

static inline void
capture_close(struct capture *c)
{
	fclose(c->fp);
	free(c->buf);
	c->buf = NULL;
}

#endif /* SYSCALLC_TEST_HELPERS_H */

/*
 * Parse a master (and optional conf) given as strings, the way a
 * compilation does before the templates run: the model and every
 * diagnostic, captured.
 */
#include "check_tables.h"
#include "conf.h"
#include "diag.h"
#include "model.h"
#include "srcpos.h"

#include <string.h>

struct parsed {
	struct capture	 cap;
	struct diag	*diag;
	struct srcfile	*master, *conffile;
	struct conf	*conf;
	struct model	*model;
};

static inline void
parse_strings(struct parsed *p, const char *master, const char *conf,
    const char *const *options)
{
	capture_open(&p->cap);
	p->diag = diag_new(p->cap.fp, "syscallc");
	syscallc_register_checks(p->diag);
	for (; options != NULL && *options != NULL; options++)
		diag_option(p->diag, *options);
	p->master = srcfile_from_string("t.master", master, strlen(master));
	p->conffile = conf != NULL ?
	    srcfile_from_string("t.conf", conf, strlen(conf)) : NULL;
	p->conf = conf_parse(p->conffile, p->diag);
	conf_derive(p->conf, p->diag);
	p->model = model_new(p->master, p->conf);
	master_parse(p->model, p->diag);
	model_derive(p->model, p->diag);
	model_check(p->model, p->diag);
}

static inline void
parsed_free(struct parsed *p)
{
	model_free(p->model);
	conf_free(p->conf);
	srcfile_free(p->master);
	srcfile_free(p->conffile);
	diag_free(p->diag);
	capture_close(&p->cap);
}

/* The diagnostics, and whether one with this check name was reported. */
static inline const char *
parsed_diags(struct parsed *p)
{
	return capture_text(&p->cap);
}

static inline int
reported(struct parsed *p, const char *check)
{
	char tag[128];

	snprintf(tag, sizeof(tag), "[%s]\n", check);
	return strstr(capture_text(&p->cap), tag) != NULL;
}
