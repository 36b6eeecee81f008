/*
 * tspec_main.c — `syscallc translate`: read a release's translation specs
 * and its host's facts, check them, and run the translation templates.
 *
 *   syscallc translate [-H HOSTROOT] [-T TEMPLATEDIR] [-o OUTDIR]
 *                      [-j JSONFILE] [-W...|-E...|-w] SPECDIR
 *
 * SPECDIR holds any of errno.map, signal.map, clone.flags, trap.map,
 * dummy.list, ioctl.sets; the host they name (`host freebsd`) is read from
 * HOSTROOT/<host>/NAME.defs (default: SPECDIR/../host); dummy.list is
 * checked against SPECDIR/<arch>/syscalls.master. Templates are
 * TEMPLATEDIR/NAME.lua (default: translate/ of the built-in template
 * directory, templates_default_dir()); each says which spec it
 * needs and whether it writes one file per arch (OUTDIR/<arch>/...).
 * Nothing is written when any error was reported; files are replaced
 * atomically and only when their content changes.
 */
#include <dirent.h>
#include <errno.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_tables.h"
#include "commands.h"
#include "templates.h"
#include "tspec.h"
#include "tspec_lua.h"
#include "tspec_master.h"

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names of directory entries ending in `suffix` (NULL on error). */
static char **
list_dir(const char *dir, const char *suffix, int *np)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **v = NULL;
	int n = 0;
	size_t sl = strlen(suffix);

	*np = 0;
	if (d == NULL)
		return NULL;
	while ((e = readdir(d)) != NULL) {
		size_t l = strlen(e->d_name);
		if (e->d_name[0] == '.' || l <= sl ||
		    strcmp(e->d_name + l - sl, suffix) != 0)
			continue;
		v = realloc(v, sizeof(*v) * (size_t)(n + 1));
		if (v == NULL)
			abort();
		v[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(v, (size_t)n, sizeof(*v), cmp_str);
	*np = n;
	return v != NULL ? v : calloc(1, sizeof(*v));
}

static void
free_list(char **v, int n)
{
	for (int i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static char *
path_join(const char *a, const char *b)
{
	char *p;

	if (asprintf(&p, "%s/%s", a, b) < 0)
		abort();
	return p;
}

/* Write `text` to `path` atomically, unless it already holds exactly that. */
static int
write_if_changed(struct diag *d, const char *path, const char *text,
    size_t len)
{
	FILE *f = fopen(path, "rb");
	char *tmp;
	int same = 0;

	if (f != NULL) {
		char *old = malloc(len + 1);
		if (old != NULL && fread(old, 1, len + 1, f) == len &&
		    memcmp(old, text, len) == 0)
			same = 1;
		free(old);
		fclose(f);
	}
	if (same)
		return 0;
	if (asprintf(&tmp, "%s.tmp.%ld", path, (long)getpid()) < 0)
		abort();
	f = fopen(tmp, "wb");
	if (f == NULL || fwrite(text, 1, len, f) != len || fclose(f) != 0) {
		diag_io_error(d, "cannot write %s: %s", tmp, strerror(errno));
		unlink(tmp);
		free(tmp);
		return -1;
	}
	if (rename(tmp, path) != 0) {
		diag_io_error(d, "cannot rename %s: %s", tmp, strerror(errno));
		unlink(tmp);
		free(tmp);
		return -1;
	}
	free(tmp);
	return 0;
}

static void
mkdir_p(const char *dir)
{
	char *p = strdup(dir);

	for (char *s = p + 1; *s != '\0'; s++)
		if (*s == '/') {
			*s = '\0';
			mkdir(p, 0777);
			*s = '/';
		}
	mkdir(p, 0777);
	free(p);
}

struct output {
	char	*path;
	char	*text;
	size_t	 len;
};

/*
 * Run every template into memory first: a template that fails leaves no
 * file half-written and no other file updated.
 */
static int
run_templates(struct diag *d, struct tspec *ts, const char *tdir,
    const char *outdir, const char *json, const char *release)
{
	lua_State *L = luaL_newstate();
	struct output *outs = NULL;
	int nouts = 0, ntpl, status = 0;
	char **tpls = list_dir(tdir, ".lua", &ntpl);
	char *libpath;

	if (tpls == NULL) {
		diag_io_error(d, "cannot read template directory %s: %s",
		    tdir, strerror(errno));
		lua_close(L);
		return -1;
	}
	luaL_openlibs(L);
	/* Templates may require shared helpers beside them. */
	lua_getglobal(L, "package");
	libpath = path_join(tdir, "lib/?.lua");
	lua_pushstring(L, libpath);
	lua_setfield(L, -2, "path");
	lua_pop(L, 1);
	free(libpath);
	tspec_push_model(L, ts, release);
	lua_setglobal(L, "MODEL");

	for (int i = 0; i < ntpl && status == 0; i++) {
		char *path = path_join(tdir, tpls[i]);
		const char *needs, *output;
		bool per_arch, host_wide;

		if (luaL_dofile(L, path) != LUA_OK || !lua_istable(L, -1)) {
			diag_report(d, &conf_checks[CC_TEMPLATE], NULL,
			    "template %s: %s", path, lua_isstring(L, -1) ?
			    lua_tostring(L, -1) : "did not return a table");
			status = -1;
			free(path);
			break;
		}
		lua_getfield(L, -1, "needs");
		lua_getfield(L, -2, "output");
		lua_getfield(L, -3, "per_arch");
		lua_getfield(L, -4, "host_wide");
		needs = lua_tostring(L, -4);
		output = lua_tostring(L, -3);
		per_arch = lua_toboolean(L, -2);
		host_wide = lua_toboolean(L, -1);
		lua_pop(L, 4);
		if (output == NULL) {
			diag_report(d, &conf_checks[CC_TEMPLATE], NULL,
			    "template %s names no output", path);
			status = -1;
		}
		/* Skip a template whose spec this release does not have. */
		lua_getglobal(L, "MODEL");
		lua_getfield(L, -1, "files");
		lua_getfield(L, -1, needs != NULL ? needs : "host_defs");
		bool have = lua_toboolean(L, -1);
		lua_pop(L, 3);
		if (strcmp(output != NULL ? output : "", "-json") == 0)
			have = have && json != NULL;
		else if (outdir == NULL)
			have = false;
		for (int a = 0; have && status == 0 &&
		    a < (per_arch ? TS_NARCH : 1); a++) {
			struct output *o;
			size_t len;
			const char *text;
			lua_getfield(L, -1, "generate");
			lua_getglobal(L, "MODEL");
			if (per_arch)
				lua_pushstring(L, tspec_arches[a]);
			else
				lua_pushnil(L);
			if (lua_pcall(L, 2, 1, 0) != LUA_OK ||
			    !lua_isstring(L, -1)) {
				diag_report(d, &conf_checks[CC_TEMPLATE], NULL,
				    "template %s: %s", path,
				    lua_isstring(L, -1) ? lua_tostring(L, -1) :
				    "generate() returned no text");
				lua_pop(L, 1);
				status = -1;
				break;
			}
			text = lua_tolstring(L, -1, &len);
			o = realloc(outs, sizeof(*outs) * (size_t)(nouts + 1));
			if (o == NULL)
				abort();
			outs = o;
			o = &outs[nouts++];
			if (strcmp(output, "-json") == 0)
				o->path = strdup(json);
			else if (host_wide) {
				/* Host facts serve every release: out/host/<host>/. */
				char *dir;
				if (asprintf(&dir, "%s/../host/%s", outdir,
				    ts->host) < 0)
					abort();
				o->path = path_join(dir, output);
				free(dir);
			}
			else if (per_arch) {
				char *dir = path_join(outdir,
				    tspec_arches[a]);
				o->path = path_join(dir, output);
				free(dir);
			} else
				o->path = path_join(outdir, output);
			o->text = malloc(len + 1);
			memcpy(o->text, text, len + 1);
			o->len = len;
			lua_pop(L, 1);
		}
		lua_pop(L, 1);
		free(path);
	}
	for (int i = 0; i < nouts; i++) {
		if (status == 0) {
			char *dir = strdup(outs[i].path);
			char *slash = strrchr(dir, '/');
			if (slash != NULL) {
				*slash = '\0';
				mkdir_p(dir);
			}
			free(dir);
			if (write_if_changed(d, outs[i].path, outs[i].text,
			    outs[i].len) != 0)
				status = -1;
		}
		free(outs[i].path);
		free(outs[i].text);
	}
	free(outs);
	free_list(tpls, ntpl);
	lua_close(L);
	return status;
}

static const char synopsis[] =
"usage: syscallc translate [-H hostroot] [-T templatedir] [-o outdir] "
"[-j coverage.json] [-W<check>|-E<check>] specdir\n";

static const char help_text[] =
"\n"
"Reads the translation specs of specdir (a release directory such as\n"
"spec/linux-6.12): errno.map, signal.map, clone.flags, trap.map,\n"
"dummy.list, ioctl.sets, termios.map, whichever are there; the facts of\n"
"the host they name (`host freebsd`: hostroot/freebsd/*.defs); checks them\n"
"(dummy.list against specdir/<arch>/syscalls.master) and runs the\n"
"translation templates.  Without -o and -j it only checks.\n"
"\n"
"  -H hostroot     the host facts' root (default: specdir/../host)\n"
"  -T templatedir  the translation templates (default: translate/ in the\n"
"                  built-in template directory)\n"
"  -o outdir       write the tables there (per-arch ones in outdir/<arch>/)\n"
"  -j FILE         also write the coverage feed (translation-coverage.json)\n"
"  -W<check> -Wno-<check> -E<check> -Eno-<check> -Werror -w   as for compile\n"
"  -h, --help      this text\n"
"\n"
"Exit status: 0 ok, 1 errors in the specs (nothing written), 2 usage or\n"
"I/O errors.  See syscallc(1) and docs/translation-specs.md.\n";

/* The value of -X: the rest of the word or the next one (NULL: none). */
static const char *
short_value(int argc, char **argv, int *i)
{
	if (argv[*i][2] != '\0')
		return argv[*i] + 2;
	if (*i + 1 < argc)
		return argv[++*i];
	return NULL;
}

int
cmd_translate(int argc, char **argv)
{
	struct diag *d = diag_new(stderr, "syscallc");
	const char *hostroot = NULL, *tdir = NULL;
	const char *outdir = NULL, *json = NULL, *specdir = NULL;
	char *hostdefault = NULL, *tdefault = NULL, *release, *slash;
	struct tspec *ts;
	struct ts_masters *masters = NULL;
	char **files;
	int nfiles, i, status;
	bool dashdash = false, extra = false;

	if (d == NULL || syscallc_register_checks(d) != 0)
		abort();
	for (i = 1; i < argc; i++) {
		const char *a = argv[i], **dst = NULL, *v;
		char opt[256];

		if (dashdash || a[0] != '-' || a[1] == '\0') {
			if (specdir != NULL)
				extra = true;
			specdir = a;
			continue;
		}
		if (strcmp(a, "--") == 0) {
			dashdash = true;
			continue;
		}
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			fputs(synopsis, stdout);
			fputs(help_text, stdout);
			diag_free(d);
			return 0;
		}
		switch (a[1]) {
		case 'H': dst = &hostroot; break;
		case 'T': dst = &tdir; break;
		case 'o': dst = &outdir; break;
		case 'j': dst = &json; break;
		case 'W':
		case 'E':
			/* -Wcheck, or getopt's spelling -W check */
			if ((v = short_value(argc, argv, &i)) == NULL) {
				command_usage_error(d, "translate", synopsis,
				    "%s needs a check", a);
				diag_free(d);
				return 2;
			}
			snprintf(opt, sizeof(opt), "-%c%s", a[1], v);
			if (diag_option(d, opt) != 0) {
				diag_free(d);
				return 2;
			}
			continue;
		case 'w':
			if (a[2] == '\0') {
				diag_option(d, "-w");
				continue;
			}
			break;
		}
		if (dst == NULL) {
			command_usage_error(d, "translate", synopsis,
			    "unknown option '%s'", a);
			diag_free(d);
			return 2;
		}
		if ((*dst = short_value(argc, argv, &i)) == NULL) {
			command_usage_error(d, "translate", synopsis,
			    "%s needs a value", a);
			diag_free(d);
			return 2;
		}
	}
	if (specdir == NULL || extra) {
		command_usage_error(d, "translate", synopsis, extra ?
		    "one specdir, not several" : "no specdir given");
		diag_free(d);
		return 2;
	}
	release = strdup(specdir);
	while ((slash = strrchr(release, '/')) != NULL && slash[1] == '\0')
		*slash = '\0';
	if ((slash = strrchr(release, '/')) != NULL)
		memmove(release, slash + 1, strlen(slash + 1) + 1);
	if (hostroot == NULL) {
		hostdefault = path_join(specdir, "../host");
		hostroot = hostdefault;
	}

	ts = tspec_new(d);
	files = list_dir(specdir, "", &nfiles);
	if (files == NULL)
		diag_io_error(d, "cannot read %s: %s", specdir,
		    strerror(errno));
	for (i = 0; i < nfiles; i++) {
		int kind = tspec_file_kind(files[i]);
		if (kind <= TSF_HOST_DEFS)
			continue;
		char *p = path_join(specdir, files[i]);
		tspec_parse_file(ts, (enum ts_file_kind)kind, p);
		free(p);
	}
	if (files != NULL)
		free_list(files, nfiles);
	if (ts->host != NULL) {
		char *hdir = path_join(hostroot, ts->host);
		char **defs = list_dir(hdir, ".defs", &nfiles);
		if (defs == NULL || nfiles == 0)
			diag_report(d, &tspec_checks[TSC_MISSING_HOST],
			    &ts->host_pos, "no host facts (*.defs) in %s",
			    hdir);
		for (i = 0; defs != NULL && i < nfiles; i++) {
			char *p = path_join(hdir, defs[i]);
			tspec_parse_file(ts, TSF_HOST_DEFS, p);
			free(p);
		}
		if (defs != NULL)
			free_list(defs, nfiles);
		free(hdir);
	}
	/*
	 * The DUMMY checks look at the release's masters through a look-up
	 * function (tspec_master.h explains which reader answers it).
	 */
	if (ts->files & (1u << TSF_DUMMY_LIST)) {
		unsigned archmask;
		masters = tspec_masters_open(d, specdir, &archmask);
		if (archmask == 0) {
			/* One error, not one per stub. */
			if (ts->ndummies > 0)
				diag_report(d, &tspec_checks[
				    TSC_DUMMY_NO_MASTER],
				    &ts->dummies[0].name_pos, "no "
				    "%s/<arch>/syscalls.master to check the "
				    "stubs against", specdir);
			tspec_masters_free(masters);
			masters = NULL;
		}
	}
	if (diag_io_errors(d) == 0)
		tspec_check(ts, masters != NULL ? tspec_masters_lookup : NULL,
		    masters);
	/*
	 * The default templates are those installed with the compiler's own
	 * (templates_default_dir()), so an installed syscallc needs no -T.
	 */
	if (tdir == NULL && (outdir != NULL || json != NULL) &&
	    diag_errors(d) == 0 && diag_io_errors(d) == 0) {
		char *base = templates_default_dir();

		if (base == NULL)
			diag_io_error(d, "cannot find the template directory "
			    "(set SYSCALLC_TEMPLATES or give -T DIR)");
		else
			tdefault = path_join(base, "translate");
		free(base);
		tdir = tdefault;
	}
	if (diag_errors(d) == 0 && diag_io_errors(d) == 0 && outdir != NULL)
		run_templates(d, ts, tdir, outdir, json, release);
	else if (diag_errors(d) == 0 && diag_io_errors(d) == 0 &&
	    json != NULL)
		run_templates(d, ts, tdir, NULL, json, release);
	status = diag_exit_status(d);
	tspec_masters_free(masters);
	tspec_free(ts);
	free(release);
	free(hostdefault);
	free(tdefault);
	diag_free(d);
	return status;
}
