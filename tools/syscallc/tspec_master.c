/*
 * tspec_master.c — the DUMMY checks' view of a release's masters, built
 * from the compiler's own model (model.h): each arch's syscalls.master is
 * parsed and derived exactly as `syscallc compile` does it (with the
 * arch's syscalls.conf when there is one), and every derived syscall is
 * indexed by the name a stub would carry:
 *
 *   NOPROTO                  implemented: the host's handler serves it
 *   UNIMPL, OBSOL, RESERVED  unimplemented: the table has no handler to
 *                            replace (nosys)
 *   anything else            stubbable: the table calls linux_<name>
 *
 * The name is the function as written without the `linux_` prefix of the
 * emulation's own handlers (STD linux_setfsuid -> setfsuid); a NOPROTO
 * entry's function is the host's, named as the call. Problems in a master
 * are reported with the compiler's own checks: a master `syscallc compile`
 * rejects cannot be checked against either.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "conf.h"
#include "model.h"
#include "tspec_master.h"

struct ts_master_entry {
	const char		*name;	/* in the model's arena */
	enum ts_master_status	 status;
};

struct ts_masters {
	struct srcfile		*src[TS_NARCH], *confsrc[TS_NARCH];
	struct conf		*conf[TS_NARCH];
	struct model		*model[TS_NARCH];
	struct ts_master_entry	*ent[TS_NARCH];
	size_t			 nent[TS_NARCH];
};

static enum ts_master_status
syscall_status(const struct syscall *s)
{
	if (s->flags & F_NOPROTO)
		return TM_IMPLEMENTED;
	if (s->flags & (F_UNIMPL | F_OBSOL | F_RESERVED))
		return TM_UNIMPLEMENTED;
	return TM_STUBBABLE;
}

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
index_model(struct ts_masters *ms, int arch)
{
	const struct model *m = ms->model[arch];

	ms->ent[arch] = calloc(m->nsyscalls + 1, sizeof(*ms->ent[arch]));
	if (ms->ent[arch] == NULL)
		abort();
	for (size_t i = 0; i < m->nsyscalls; i++) {
		const struct syscall *s = &m->syscalls[i];
		enum ts_master_status st = syscall_status(s);
		const char *name = s->alias;
		size_t j;

		if (name == NULL || *name == '\0')
			continue;
		if (st != TM_IMPLEMENTED && strncmp(name, "linux_", 6) == 0)
			name += 6;
		for (j = 0; j < ms->nent[arch]; j++)
			if (strcmp(ms->ent[arch][j].name, name) == 0)
				break;
		if (j == ms->nent[arch]) {
			ms->ent[arch][j].name = name;
			ms->nent[arch]++;
		} else if (status_rank(st) <=
		    status_rank(ms->ent[arch][j].status))
			continue;
		ms->ent[arch][j].status = st;
	}
}

static struct srcfile *
read_if_present(struct diag *d, const char *path, bool *present)
{
	struct stat st;
	struct srcfile *f;

	*present = stat(path, &st) == 0;
	if (!*present)
		return NULL;
	f = srcfile_read(path);
	if (f == NULL)
		diag_io_error(d, "cannot read %s: %s", path, strerror(errno));
	return f;
}

struct ts_masters *
tspec_masters_open(struct diag *d, const char *specdir, unsigned *archmask)
{
	struct ts_masters *ms = calloc(1, sizeof(*ms));

	if (ms == NULL)
		abort();
	*archmask = 0;
	for (int a = 0; a < TS_NARCH; a++) {
		char *mpath, *cpath;
		bool have_master, have_conf;

		if (asprintf(&mpath, "%s/%s/syscalls.master", specdir,
		    tspec_arches[a]) < 0 || asprintf(&cpath,
		    "%s/%s/syscalls.conf", specdir, tspec_arches[a]) < 0)
			abort();
		ms->src[a] = read_if_present(d, mpath, &have_master);
		if (ms->src[a] != NULL)
			ms->confsrc[a] = read_if_present(d, cpath, &have_conf);
		free(mpath);
		free(cpath);
		if (ms->src[a] == NULL)
			continue;
		ms->conf[a] = conf_parse(ms->confsrc[a], d);
		conf_derive(ms->conf[a], d);
		ms->model[a] = model_new(ms->src[a], ms->conf[a]);
		master_parse(ms->model[a], d);
		model_derive(ms->model[a], d);
		index_model(ms, a);
		*archmask |= 1u << a;
	}
	return ms;
}

void
tspec_masters_free(struct ts_masters *ms)
{
	if (ms == NULL)
		return;
	for (int a = 0; a < TS_NARCH; a++) {
		free(ms->ent[a]);
		model_free(ms->model[a]);
		conf_free(ms->conf[a]);
		srcfile_free(ms->src[a]);
		srcfile_free(ms->confsrc[a]);
	}
	free(ms);
}

enum ts_master_status
tspec_masters_lookup(void *arg, int arch, const char *name)
{
	const struct ts_masters *ms = arg;

	if (arch < 0 || arch >= TS_NARCH)
		return TM_ABSENT;
	for (size_t i = 0; i < ms->nent[arch]; i++)
		if (strcmp(ms->ent[arch][i].name, name) == 0)
			return ms->ent[arch][i].status;
	return TM_ABSENT;
}
