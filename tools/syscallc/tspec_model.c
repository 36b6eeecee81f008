/*
 * tspec_model.c — the translation-spec model: life cycle, reading files,
 * symbol look-up, and the table of checks the language reports.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "tspec.h"
#include "tspec_build.h"
#include "tspec_parser.tab.h"
#define YYSTYPE TSPSTYPE
#define YYLTYPE TSPLTYPE
#include "tspec_lexer.lex.h"

const char *const tspec_arches[TS_NARCH] = { "i386", "amd64" };

const struct diag_check tspec_checks[TSC__COUNT] = {
	[TSC_SYNTAX] = { "tspec-syntax", DIAG_ERROR, DIAG_CHECK_FIXED,
	    "a translation spec line cannot be parsed" },
	[TSC_DUPLICATE] = { "tspec-duplicate", DIAG_ERROR, 0,
	    "a name is declared twice" },
	[TSC_UNKNOWN_NAME] = { "tspec-unknown-name", DIAG_ERROR, 0,
	    "a reference to a name that is not declared" },
	[TSC_UNMAPPED] = { "tspec-unmapped", DIAG_ERROR, 0,
	    "an errno or signal with no mapping in one direction" },
	[TSC_DOUBLE_MAP] = { "tspec-double-map", DIAG_ERROR, 0,
	    "an errno or signal mapped twice in one direction" },
	[TSC_RANGE] = { "tspec-range", DIAG_ERROR, 0,
	    "a range or value out of bounds, or ranges of different lengths" },
	[TSC_ERRNO_LAST] = { "tspec-errno-last", DIAG_ERROR, 0,
	    "`last` is not the largest host errno" },
	[TSC_FLAG_NOT_BIT] = { "clone-flag-not-bit", DIAG_ERROR, 0,
	    "a clone flag value is not a single bit" },
	[TSC_FLAG_OVERLAP] = { "clone-flag-overlap", DIAG_ERROR, 0,
	    "two clone flags or fields share a bit" },
	[TSC_RULE_FLAG] = { "clone-rule-unknown-flag", DIAG_ERROR, 0,
	    "a clone rule or effect names an unknown flag" },
	[TSC_UNKNOWN_ERRNO] = { "tspec-unknown-errno", DIAG_ERROR, 0,
	    "an errno name that is not declared on the side it must be" },
	[TSC_DUMMY_MASTER_ABSENT] = { "dummy-not-in-master", DIAG_ERROR, 0,
	    "a DUMMY for a syscall the master does not have" },
	[TSC_DUMMY_IMPLEMENTED] = { "dummy-implemented", DIAG_ERROR, 0,
	    "a DUMMY for a syscall the master already implements" },
	[TSC_DUMMY_ERRNO] = { "dummy-errno", DIAG_ERROR, 0,
	    "a stub whose errno is not a Linux errno" },
	[TSC_DUMMY_ARCH] = { "dummy-arch", DIAG_ERROR, 0,
	    "a DUMMY names an unknown arch or is listed twice" },
	[TSC_IOCTL_OVERLAP] = { "ioctl-overlap", DIAG_ERROR, 0,
	    "two ioctl sets overlap without `nested in`" },
	[TSC_IOCTL_OUTSIDE] = { "ioctl-outside-set", DIAG_ERROR, 0,
	    "an ioctl command lies outside its set's range" },
	[TSC_IOCTL_DUPLICATE] = { "ioctl-duplicate", DIAG_ERROR, 0,
	    "the same ioctl command number is declared twice" },
	[TSC_IOCTL_SIZE] = { "ioctl-size", DIAG_ERROR, 0,
	    "an encoded ioctl size disagrees with the argument type" },
	[TSC_IOCTL_HANDLER] = { "ioctl-unknown-handler", DIAG_ERROR, 0,
	    "an ioctl set names a handler that is not declared" },
	[TSC_IOCTL_NESTING] = { "ioctl-nesting", DIAG_ERROR, 0,
	    "a nested ioctl set is not inside the set it names" },
	[TSC_MISSING_HOST] = { "tspec-missing-host", DIAG_ERROR, 0,
	    "a map needs `host NAME` and that host's facts" },
	[TSC_TRAP_DUPLICATE] = { "trap-duplicate", DIAG_ERROR, 0,
	    "a (signal, trap code) pair is translated twice" },
	[TSC_WRONG_FILE] = { "tspec-wrong-file", DIAG_ERROR, 0,
	    "a statement that does not belong in this kind of spec file" },
	[TSC_DUMMY_NO_MASTER] = { "dummy-no-master", DIAG_ERROR, 0,
	    "dummy.list without any syscalls.master to check it against" },
	[TSC_TERMIOS_OVERLAP] = { "termios-overlap", DIAG_ERROR, 0,
	    "termios flags or fields share bits, or values or slots repeat" },
	[TSC_TERMIOS_MISMATCH] = { "termios-mismatch", DIAG_ERROR, 0,
	    "a termios name is a different kind or in a different word on "
	    "the other side" },
};

struct tspec *
tspec_new(struct diag *d)
{
	struct tspec *ts = calloc(1, sizeof(*ts));

	if (ts == NULL)
		return NULL;
	ts->diag = d;
	ts->errno_last = -1;
	return ts;
}

static void
free_ref(struct ts_ref *r)
{
	free(r->name);
	free(r->hi_name);
}

static void
free_flags(struct tspec *ts)
{
	for (int i = 0; i < ts->nflags; i++) {
		struct ts_flag *f = &ts->flags[i];
		if (f->sym->kind == TK__COUNT) {	/* placeholder */
			free(f->sym->name);
			free(f->sym);
		}
		free(f->reject_errno);
		free(f->field_meaning);
		for (int j = 0; j < f->neffects; j++)
			free(f->effects[j].rfork);
		free(f->effects);
	}
	free(ts->flags);
}

void
tspec_free(struct tspec *ts)
{
	if (ts == NULL)
		return;
	/* Flags first: a flag's symbol is in syms unless a placeholder. */
	free_flags(ts);
	for (int i = 0; i < ts->nsyms; i++) {
		free(ts->syms[i]->name);
		free(ts->syms[i]->alias_of);
		free(ts->syms[i]->message);
		free(ts->syms[i]->owner);
		free(ts->syms[i]);
	}
	free(ts->syms);
	for (int i = 0; i < ts->nmaps; i++) {
		free_ref(&ts->maps[i].src);
		free_ref(&ts->maps[i].dst);
	}
	free(ts->maps);
	for (int i = 0; i < ts->nunmaps; i++) {
		free_ref(&ts->unmaps[i].ref);
		free(ts->unmaps[i].reason);
	}
	free(ts->unmaps);
	for (int s = 0; s < 2; s++) {
		free(ts->rt[s].min_name);
		free(ts->rt[s].max_name);
	}
	for (int i = 0; i < ts->nbase; i++)
		free(ts->base_rfork[i]);
	free(ts->base_rfork);
	free(ts->base_pos);
	for (int i = 0; i < ts->nrules; i++) {
		free(ts->rules[i].a);
		free(ts->rules[i].b);
		free(ts->rules[i].errno_name);
		free(ts->rules[i].note);
	}
	free(ts->rules);
	for (int i = 0; i < ts->ntraps; i++) {
		free(ts->traps[i].signal);
		free(ts->traps[i].code);
		free(ts->traps[i].to);
	}
	free(ts->traps);
	for (int i = 0; i < ts->ndummies; i++) {
		free(ts->dummies[i].name);
		free(ts->dummies[i].reason);
		free(ts->dummies[i].errno_name);
		free(ts->dummies[i].arch);
	}
	free(ts->dummies);
	for (int i = 0; i < ts->nsets; i++) {
		struct ts_set *s = &ts->sets[i];
		for (int j = 0; j < s->ncmds; j++) {
			free(s->cmds[j].name);
			free(s->cmds[j].ioc.argtype);
			free(s->cmds[j].argtype);
			free(s->cmds[j].host_cmd);
			free(s->cmds[j].errno_name);
		}
		free(s->cmds);
		free(s->name);
		free(s->handler);
		free(s->nested_in);
	}
	free(ts->sets);
	for (int k = 0; k <= TK_SIGNAL; k++)
		for (int s = 0; s < 2; s++)
			free(ts->xlat[k][s]);
	free(ts->host);
	free(ts->errno_last_name);
	for (int i = 0; i < ts->nsrcs; i++)
		srcfile_free(ts->srcs[i]);
	free(ts->srcs);
	free(ts);
}

int
tspec_file_kind(const char *base)
{
	static const char *const names[TSF__COUNT] = {
		NULL, "errno.map", "signal.map", "clone.flags", "trap.map",
		"dummy.list", "ioctl.sets", "termios.map",
	};
	size_t n = strlen(base);

	for (int k = 1; k < TSF__COUNT; k++)
		if (strcmp(base, names[k]) == 0)
			return k;
	if (n > 5 && strcmp(base + n - 5, ".defs") == 0)
		return TSF_HOST_DEFS;
	return -1;
}

static int
parse_srcfile(struct tspec *ts, enum ts_file_kind kind, struct srcfile *f)
{
	struct tspec_parse tp = {
		.ts = ts,
		.kind = kind,
		.side = kind == TSF_HOST_DEFS ? TS_HOST : TS_LINUX,
		.file = f,
	};
	yyscan_t scanner;
	YY_BUFFER_STATE buf;
	TSPLTYPE loc;
	struct srcfile **slot;

	slot = tsb_grow(&ts->srcs, &ts->nsrcs, sizeof(*slot));
	*slot = f;
	ts->files |= 1u << kind;
	if (tsplex_init_extra(&tp, &scanner) != 0)
		return -1;
	/*
	 * A NUL inside the text would end flex's buffer early: report it
	 * rather than silently ignore the rest of the file.
	 */
	if (strlen(f->text) != f->len) {
		size_t off = strlen(f->text);
		int line = 1, col = 1;
		for (size_t i = 0; i < off; i++, col++)
			if (f->text[i] == '\n') {
				line++;
				col = 0;
			}
		loc = srcpos_make(f, line, col, 1);
		diag_report(ts->diag, &tspec_checks[TSC_SYNTAX], &loc,
		    "NUL byte in spec text");
	}
	buf = tsp_scan_bytes(f->text, (int)strlen(f->text), scanner);
	/* A last line without a newline is still a line. */
	tspparse(scanner, &tp);
	tsp_delete_buffer(buf, scanner);
	tsplex_destroy(scanner);
	return 0;
}

int
tspec_parse_file(struct tspec *ts, enum ts_file_kind kind, const char *path)
{
	struct srcfile *f = srcfile_read(path);

	if (f == NULL) {
		diag_io_error(ts->diag, "cannot read %s: %s", path,
		    strerror(errno));
		return -1;
	}
	return parse_srcfile(ts, kind, f);
}

int
tspec_parse_string(struct tspec *ts, enum ts_file_kind kind,
    const char *name, const char *text)
{
	struct srcfile *f = srcfile_from_string(name, text, strlen(text));

	if (f == NULL) {
		diag_io_error(ts->diag, "out of memory");
		return -1;
	}
	return parse_srcfile(ts, kind, f);
}

struct srcpos
tspec_file_start(const struct tspec *ts, const char *basename)
{
	size_t bl = strlen(basename);

	for (int i = 0; i < ts->nsrcs; i++) {
		const char *n = ts->srcs[i]->name;
		size_t nl = strlen(n);
		if (nl >= bl && strcmp(n + nl - bl, basename) == 0 &&
		    (nl == bl || n[nl - bl - 1] == '/'))
			return srcpos_make(ts->srcs[i], 1, 1, 0);
	}
	return (struct srcpos){ 0 };
}

struct ts_sym *
tspec_find(const struct tspec *ts, enum ts_side side, enum ts_kind kind,
    const char *name)
{
	for (int i = 0; i < ts->nsyms; i++) {
		struct ts_sym *s = ts->syms[i];
		if (s->side == side && s->kind == kind &&
		    strcmp(s->name, name) == 0)
			return s;
	}
	return NULL;
}

bool
tspec_value(const struct tspec *ts, enum ts_side side, enum ts_kind kind,
    const char *name, int64_t *valuep)
{
	/* Aliases are at most a few deep; the bound stops a cycle. */
	for (int depth = 0; depth < 8; depth++) {
		struct ts_sym *s = tspec_find(ts, side, kind, name);
		if (s == NULL)
			return false;
		if (s->alias_of == NULL || kind == TK_IOCTL) {
			*valuep = s->value;
			return true;
		}
		name = s->alias_of;
	}
	return false;
}
