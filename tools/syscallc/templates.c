/*
 * templates.c — the Lua side of syscallc: one state per compilation, the
 * template modules, the `syscallc` helper module they may call, and running
 * them over the model.
 */
#include "templates.h"

#include <dirent.h>
#include <lauxlib.h>
#include <limits.h>
#include <stdint.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_tables.h"
#include "diag.h"
#include "lua_model.h"
#include "lua_syscall.h"
#include "model.h"
#include "output.h"
#include "templates_bc.h"

#define MARKER	".syscallc-templates"

/* The error value of syscallc.error(): already reported. */
static const char reported_marker;

static bool
is_template_dir(const char *dir)
{
	char path[PATH_MAX];
	struct stat st;

	if (snprintf(path, sizeof(path), "%s/%s", dir, MARKER) >=
	    (int)sizeof(path))
		return false;
	return stat(path, &st) == 0;
}

char *
templates_default_dir(void)
{
	char exe[PATH_MAX], try[PATH_MAX + 64], *slash;
	const char *env = getenv("SYSCALLC_TEMPLATES");
	ssize_t n;

	if (env != NULL && *env != '\0')
		return strdup(env);
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	if ((slash = strrchr(exe, '/')) == NULL)
		return NULL;
	*slash = '\0';
	/* installed: PREFIX/bin/syscallc -> PREFIX/share/syscallc/templates */
	snprintf(try, sizeof(try), "%s/../share/syscallc/templates", exe);
	if (is_template_dir(try))
		return realpath(try, NULL);
	/* build tree: the nearest templates/ above the binary */
	for (;;) {
		snprintf(try, sizeof(try), "%s/templates", exe);
		if (is_template_dir(try))
			return realpath(try, NULL);
		if ((slash = strrchr(exe, '/')) == NULL || slash == exe)
			return NULL;
		*slash = '\0';
	}
}

static struct template_set *
ts_of(lua_State *L)
{
	return lua_touserdata(L, lua_upvalueindex(1));
}

/* syscallc.error(obj, fmt, ...) / syscallc.warning(obj, fmt, ...) */
static int
report(lua_State *L, bool error)
{
	struct template_set *ts = ts_of(L);
	struct srcpos pos;
	bool located;
	const char *msg;
	int n = lua_gettop(L);

	luaL_checkany(L, 1);
	luaL_checkstring(L, 2);
	lua_getglobal(L, "string");
	lua_getfield(L, -1, "format");
	lua_remove(L, -2);
	lua_insert(L, 2);	/* obj format fmt ... */
	lua_call(L, n - 1, 1);
	msg = lua_tostring(L, -1);
	located = ts->model != NULL &&
	    lua_model_position(L, 1, ts->model, &pos);
	luaL_where(L, 1);
	diag_report(ts->diag, error ? &conf_checks[CC_TEMPLATE] :
	    &conf_checks[CC_TEMPLATE_WARNING], located ? &pos : NULL,
	    "%s (%s)", msg != NULL ? msg : "?", lua_tostring(L, -1));
	if (!error)
		return 0;
	lua_pushlightuserdata(L, (void *)&reported_marker);
	return lua_error(L);
}

static int
l_error(lua_State *L)
{
	return report(L, true);
}

static int
l_warning(lua_State *L)
{
	return report(L, false);
}

/*
 * The `out` argument of generate(): out:write(s, ...) appends to a C buffer,
 * so a template producing megabytes does not keep millions of Lua strings
 * alive until it returns.
 */
struct sink {
	char		*buf;
	size_t		 len, cap;
	struct output	*o;	/* the file it streams to (out), or NULL */
};

/* out hands its text to the output in pieces of about this size */
#define SINK_FLUSH	(256 * 1024)

static void
sink_flush(struct sink *k)
{
	if (k->o != NULL && k->len > 0) {
		output_write(k->o, k->buf, k->len);
		k->len = 0;
	}
}

static void
sink_add(struct sink *k, const char *s, size_t n)
{
	if (n == 0)
		return;
	if (k->o != NULL && k->len + n > SINK_FLUSH) {
		sink_flush(k);
		if (n > SINK_FLUSH) {
			output_write(k->o, s, n);
			return;
		}
	}
	if (k->len + n > k->cap) {
		size_t ncap = k->cap ? k->cap : 65536;
		char *nb;

		while (ncap < k->len + n)
			ncap *= 2;
		nb = realloc(k->buf, ncap);
		if (nb == NULL)
			abort();
		k->buf = nb;
		k->cap = ncap;
	}
	memcpy(k->buf + k->len, s, n);
	k->len += n;
}

#define GC_START_KB	(32 * 1024)

/*
 * The metatable of every sink carries this address as a key, so telling a
 * sink from other values is a raw lookup by pointer: luaL_testudata()
 * hashes "syscallc.out" and looks it up in the registry on every call,
 * which cost several percent of a 100,000-entry run.
 */
static const char sink_marker;

static struct sink *
sink_test(lua_State *L, int idx)
{
	struct sink *k = lua_touserdata(L, idx);
	bool is_sink;

	if (k == NULL || lua_type(L, idx) != LUA_TUSERDATA ||
	    !lua_getmetatable(L, idx))
		return NULL;
	is_sink = lua_rawgetp(L, -1, &sink_marker) != LUA_TNIL;
	lua_pop(L, 2);
	return is_sink ? k : NULL;
}

/* The sink at idx, or a "syscallc.out expected" argument error. */
static struct sink *
sink_check(lua_State *L, int idx)
{
	struct sink *k = sink_test(L, idx);

	return k != NULL ? k : luaL_checkudata(L, idx, "syscallc.out");
}

static int
sink_write(lua_State *L)
{
	struct sink *k = sink_check(L, 1);
	int i, n = lua_gettop(L);

	/* templates produce many short-lived strings: the generational
	 * collector handles that pattern best */
	if (!lua_gc(L, LUA_GCISRUNNING) &&
	    lua_gc(L, LUA_GCCOUNT) > GC_START_KB) {
		lua_gc(L, LUA_GCRESTART);
		lua_gc(L, LUA_GCGEN, 0, 0);
	}
	for (i = 2; i <= n; i++) {
		size_t len;
		const char *s;
		struct sink *other;

		if (lua_type(L, i) == LUA_TSTRING) {	/* the usual case */
			s = lua_tolstring(L, i, &len);
			sink_add(k, s, len);
			continue;
		}
		if ((other = sink_test(L, i)) != NULL) {
			/* another buffer: append its text */
			if (other->len > 0)
				sink_add(k, other->buf, other->len);
			continue;
		}
		s = luaL_checklstring(L, i, &len);
		sink_add(k, s, len);
	}
	lua_settop(L, 1);
	return 1;
}

/* syscallc.buffer(): an empty buffer with out's methods, for text a
 * template writes now and places later. */
static int
l_buffer(lua_State *L)
{
	struct sink *k = lua_newuserdatauv(L, sizeof(*k), 0);

	memset(k, 0, sizeof(*k));
	luaL_setmetatable(L, "syscallc.out");
	return 1;
}

static int
sink_len(lua_State *L)
{
	struct sink *k = sink_check(L, 1);

	lua_pushinteger(L, (lua_Integer)k->len);
	return 1;
}

/* Append a template's return value (a string, or a list of strings). */
static bool
sink_add_result(lua_State *L, struct sink *k, int idx)
{
	size_t len, i, n;
	const char *s;

	if (lua_isnoneornil(L, idx))
		return true;
	if (lua_type(L, idx) == LUA_TSTRING) {
		s = lua_tolstring(L, idx, &len);
		sink_add(k, s, len);
		return true;
	}
	if (!lua_istable(L, idx))
		return false;
	n = (size_t)luaL_len(L, idx);
	for (i = 1; i <= n; i++) {
		lua_geti(L, idx, (lua_Integer)i);
		if ((s = lua_tolstring(L, -1, &len)) == NULL)
			return false;
		sink_add(k, s, len);
		lua_pop(L, 1);
	}
	return true;
}

/*
 * out:emit(fmt, obj) — fmt with ${field} placeholders filled from obj (a
 * syscall, or any table) and written straight into the output.  For a
 * syscall the fields go from the C model to the buffer without becoming
 * Lua strings: the fast way to write one line per syscall.
 *
 * A format is parsed once and kept, keyed by the format string.
 */
struct fmt_part {
	uint32_t	off, len;	/* literal text, or the field name */
	int		field;		/* -1 literal, else a syscall field id
					 * (-2: not a syscall field) */
};

struct fmt_parsed {
	size_t		n;
	struct fmt_part	p[];
};

static const char key_fmt_cache;

static struct fmt_parsed *
fmt_parse(lua_State *L, int fmt)
{
	size_t len, n = 0, i, start;
	const char *s = lua_tolstring(L, fmt, &len);
	struct fmt_parsed *f;

	for (i = 0; i + 1 < len; i++)
		if (s[i] == '$' && s[i + 1] == '{')
			n++;
	f = lua_newuserdatauv(L, sizeof(*f) + (2 * n + 1) *
	    sizeof(f->p[0]), 1);
	f->n = 0;
	for (i = 0, start = 0; i < len;) {
		const char *close;

		if (s[i] != '$' || i + 1 >= len || s[i + 1] != '{') {
			i++;
			continue;
		}
		close = memchr(s + i + 2, '}', len - i - 2);
		if (close == NULL)
			luaL_error(L, "out:emit: '${' without '}' in format");
		if (i > start)
			f->p[f->n++] = (struct fmt_part){ (uint32_t)start,
			    (uint32_t)(i - start), -1 };
		f->p[f->n].off = (uint32_t)(i + 2);
		f->p[f->n].len = (uint32_t)(close - (s + i + 2));
		f->p[f->n].field = lua_syscall_field(s + i + 2,
		    f->p[f->n].len);
		if (f->p[f->n].field < 0)
			f->p[f->n].field = -2;
		f->n++;
		i = start = (size_t)(close - s) + 1;
	}
	if (start < len)
		f->p[f->n++] = (struct fmt_part){ (uint32_t)start,
		    (uint32_t)(len - start), -1 };
	/* the parts point into the format string: keep it alive */
	lua_pushvalue(L, fmt);
	lua_setiuservalue(L, -2, 1);
	return f;
}

static void
sink_add_cb(void *arg, const char *s, size_t n)
{
	sink_add(arg, s, n);
}

static int
sink_emit(lua_State *L)
{
	struct template_set *ts = lua_touserdata(L, lua_upvalueindex(1));
	struct sink *k = sink_check(L, 1);
	const char *s;
	struct fmt_parsed *f;
	size_t i, si;
	bool is_sys;

	luaL_checktype(L, 2, LUA_TSTRING);
	s = lua_tostring(L, 2);
	lua_rawgetp(L, LUA_REGISTRYINDEX, &key_fmt_cache);
	lua_pushvalue(L, 2);
	if (lua_rawget(L, -2) == LUA_TUSERDATA) {
		f = lua_touserdata(L, -1);
	} else {
		lua_pop(L, 1);
		f = fmt_parse(L, 2);
		lua_pushvalue(L, 2);
		lua_pushvalue(L, -2);
		lua_rawset(L, -4);
	}
	is_sys = ts->model != NULL && lua_syscall_index(L, 3, &si);
	for (i = 0; i < f->n; i++) {
		const struct fmt_part *p = &f->p[i];
		int r;

		if (p->field == -1) {
			sink_add(k, s + p->off, p->len);
			continue;
		}
		if (is_sys) {
			r = p->field >= 0 ? lua_syscall_write(ts->model, si,
			    p->field, sink_add_cb, k) : -1;
			if (r <= 0)
				return luaL_error(L, "out:emit: %s ${%.*s} of "
				    "syscall %d", r == 0 ? "no" : "cannot write",
				    (int)p->len, s + p->off,
				    (int)ts->model->syscalls[si].num);
			continue;
		}
		if (lua_isnoneornil(L, 3))
			return luaL_error(L, "out:emit: ${%.*s} needs an "
			    "object", (int)p->len, s + p->off);
		lua_pushlstring(L, s + p->off, p->len);
		lua_gettable(L, 3);
		{
			size_t n;
			const char *v = lua_tolstring(L, -1, &n);

			if (v == NULL)
				return luaL_error(L, "out:emit: ${%.*s} is "
				    "not text", (int)p->len, s + p->off);
			sink_add(k, v, n);
		}
		lua_pop(L, 1);
	}
	lua_settop(L, 1);
	return 1;
}

static int
sink_gc(lua_State *L)
{
	struct sink *k = luaL_checkudata(L, 1, "syscallc.out");

	free(k->buf);
	k->buf = NULL;
	return 0;
}

static void
open_syscallc_module(lua_State *L, struct template_set *ts)
{
	lua_createtable(L, 0, 8);
	lua_pushlightuserdata(L, ts);
	lua_pushcclosure(L, l_error, 1);
	lua_setfield(L, -2, "error");
	lua_pushlightuserdata(L, ts);
	lua_pushcclosure(L, l_warning, 1);
	lua_setfield(L, -2, "warning");
	lua_pushinteger(L, COMPAT_NATIVE);
	lua_setfield(L, -2, "NATIVE");
	lua_pushstring(L, SYSCALLC_VERSION);
	lua_setfield(L, -2, "version");
	lua_setglobal(L, "syscallc");

	lua_newtable(L);
	lua_rawsetp(L, LUA_REGISTRYINDEX, &key_fmt_cache);
	luaL_newmetatable(L, "syscallc.out");
	lua_pushboolean(L, 1);
	lua_rawsetp(L, -2, &sink_marker);
	lua_createtable(L, 0, 2);
	lua_pushcfunction(L, sink_write);
	lua_setfield(L, -2, "write");
	lua_pushlightuserdata(L, ts);
	lua_pushcclosure(L, sink_emit, 1);
	lua_setfield(L, -2, "emit");
	lua_setfield(L, -2, "__index");
	lua_pushcfunction(L, sink_gc);
	lua_setfield(L, -2, "__gc");
	lua_pushcfunction(L, sink_len);
	lua_setfield(L, -2, "__len");
	lua_pop(L, 1);
	lua_getglobal(L, "syscallc");
	lua_pushcfunction(L, l_buffer);
	lua_setfield(L, -2, "buffer");
	lua_pop(L, 1);
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Template file names (without .lua) of one directory, sorted. */
static char **
list_dir(const char *dir, size_t *np, struct diag *d)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	char **v = NULL;
	size_t n = 0, cap = 0;

	*np = 0;
	if (dp == NULL) {
		diag_io_error(d, "cannot read template directory '%s'", dir);
		return NULL;
	}
	while ((de = readdir(dp)) != NULL) {
		size_t len = strlen(de->d_name);

		if (de->d_name[0] == '.' || len < 5 ||
		    strcmp(de->d_name + len - 4, ".lua") != 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			v = realloc(v, cap * sizeof(*v));
			if (v == NULL)
				abort();
		}
		v[n++] = strndup(de->d_name, len - 4);
	}
	closedir(dp);
	if (n > 0)
		qsort(v, n, sizeof(*v), cmp_names);
	*np = n;
	return v;
}

static char *
field_string(lua_State *L, int t, const char *k)
{
	char *r = NULL;

	if (lua_getfield(L, t, k) == LUA_TSTRING)
		r = strdup(lua_tostring(L, -1));
	lua_pop(L, 1);
	return r;
}

static void
add_option(struct template_set *ts, const char *key, const char *dflt,
    size_t owner)
{
	size_t i;

	for (i = 0; i < ts->nopt; i++)
		if (strcmp(ts->opt[i].key, key) == 0) {
			if ((ts->opt[i].dflt == NULL) != (dflt == NULL) ||
			    (dflt != NULL && strcmp(ts->opt[i].dflt, dflt) != 0))
				diag_report(ts->diag,
				    &conf_checks[CC_TEMPLATE], NULL,
				    "templates '%s' and '%s' give option '%s' "
				    "different defaults", ts->v[ts->opt[i].owner]
				    .name, ts->v[owner].name, key);
			return;
		}
	ts->opt = realloc(ts->opt, (ts->nopt + 1) * sizeof(*ts->opt));
	if (ts->opt == NULL)
		abort();
	ts->opt[ts->nopt].key = strdup(key);
	ts->opt[ts->nopt].dflt = dflt != NULL ? strdup(dflt) : NULL;
	ts->opt[ts->nopt].owner = owner;
	ts->nopt++;
}

/*
 * Push the chunk of template file `path` (luaL_loadfile's contract).  A file
 * of the default directory whose text is what the build embedded loads the
 * embedded bytecode (templates_bc.h).
 */
static int
load_chunk(struct template_set *ts, const char *path)
{
	lua_State *L = ts->L;
	size_t dl = ts->builtin_dir != NULL ? strlen(ts->builtin_dir) : 0;
	const struct embedded_template *e;
	char *src = NULL, *name;
	size_t n = 0;
	FILE *f;
	int rc;

	if ((f = fopen(path, "rb")) == NULL)
		return luaL_loadfile(L, path);	/* for its message */
	for (;;) {
		size_t got;

		src = realloc(src, n + 16384);
		if (src == NULL)
			abort();
		got = fread(src + n, 1, 16384, f);
		n += got;
		if (got < 16384)
			break;
	}
	if (ferror(f)) {
		fclose(f);
		free(src);
		return luaL_loadfile(L, path);
	}
	fclose(f);
	if (dl > 0 && strncmp(path, ts->builtin_dir, dl) == 0 &&
	    path[dl] == '/') {
		uint64_t h = template_hash(src, n);

		for (e = embedded_templates; e->rel != NULL; e++)
			if (e->hash == h && strcmp(e->rel, path + dl + 1) == 0) {
				if (luaL_loadbufferx(L, (const char *)e->bc,
				    e->len, "=template", "b") == LUA_OK) {
					free(src);
					return LUA_OK;
				}
				lua_pop(L, 1);	/* another Lua: compile */
				break;
			}
	}
	if (asprintf(&name, "@%s", path) < 0)
		abort();
	rc = luaL_loadbufferx(L, src, n, name, "t");
	free(name);
	free(src);
	return rc;
}

/*
 * package.searchers[2] for the template state: package.path as usual, the
 * file loaded by load_chunk().  Upvalue 1: the template set.
 */
static int
template_searcher(lua_State *L)
{
	struct template_set *ts = lua_touserdata(L, lua_upvalueindex(1));
	const char *name = luaL_checkstring(L, 1), *file;

	lua_getglobal(L, "package");
	lua_getfield(L, -1, "searchpath");
	lua_pushstring(L, name);
	lua_getfield(L, -3, "path");
	lua_call(L, 2, 2);
	if (lua_isnil(L, -2))
		return 1;		/* the "no file ..." list */
	lua_pop(L, 1);
	file = lua_tostring(L, -1);
	if (load_chunk(ts, file) != LUA_OK)
		return luaL_error(L, "error loading module '%s' from file "
		    "'%s':\n\t%s", name, file, lua_tostring(L, -1));
	lua_insert(L, -2);		/* loader, file name */
	return 2;
}

/* Load and validate one template module. */
static bool
load_one(struct template_set *ts, struct template *t)
{
	lua_State *L = ts->L;
	int top = lua_gettop(L), mod;

	if (load_chunk(ts, t->path) != LUA_OK ||
	    lua_pcall(L, 0, 1, 0) != LUA_OK) {
		diag_report(ts->diag, &conf_checks[CC_TEMPLATE], NULL,
		    "%s", lua_tostring(L, -1));
		lua_settop(L, top);
		return false;
	}
	mod = lua_gettop(L);
	if (!lua_istable(L, mod)) {
		diag_report(ts->diag, &conf_checks[CC_TEMPLATE], NULL,
		    "%s: a template must return a table", t->path);
		lua_settop(L, top);
		return false;
	}
	t->key = field_string(L, mod, "key");
	t->dflt = field_string(L, mod, "default");
	t->description = field_string(L, mod, "description");
	lua_getfield(L, mod, "generate");
	if (t->key == NULL || t->dflt == NULL || !lua_isfunction(L, -1) ||
	    t->key[0] == '\0' || strpbrk(t->key, " \t=\"") != NULL) {
		diag_report(ts->diag, &conf_checks[CC_TEMPLATE], NULL,
		    "%s: a template returns { key = \"<conf key>\", default "
		    "= \"<path>\", generate = function(model, out) ... end }",
		    t->path);
		lua_settop(L, top);
		return false;
	}
	lua_pop(L, 1);
	if (lua_getfield(L, mod, "options") == LUA_TTABLE) {
		lua_pushnil(L);
		while (lua_next(L, -2)) {
			if (lua_type(L, -2) == LUA_TSTRING &&
			    (lua_type(L, -1) == LUA_TSTRING ||
			    (lua_type(L, -1) == LUA_TBOOLEAN &&
			    !lua_toboolean(L, -1))))
				add_option(ts, lua_tostring(L, -2),
				    lua_isstring(L, -1) ? lua_tostring(L, -1) :
				    NULL, (size_t)(t - ts->v));
			else
				diag_report(ts->diag,
				    &conf_checks[CC_TEMPLATE], NULL, "%s: "
				    "options maps conf keys to default "
				    "strings", t->path);
			lua_pop(L, 1);
		}
	}
	lua_pop(L, 1);
	lua_pushvalue(L, mod);
	t->ref = luaL_ref(L, LUA_REGISTRYINDEX);
	lua_settop(L, top);
	return true;
}

int
templates_load(struct template_set *ts, const char *const *dirs, size_t n,
    struct diag *d)
{
	luaL_Buffer b;
	size_t i, k, j;
	unsigned errors = diag_errors(d);

	memset(ts, 0, sizeof(*ts));
	ts->diag = d;
	ts->L = luaL_newstate();
	if (ts->L == NULL)
		abort();
	/*
	 * No collection while the heap is small: a typical master never
	 * needs one, and a collection costs more than the memory it frees.
	 * sink_write() starts the (generational) collector once the heap
	 * passes GC_START_KB.
	 */
	lua_gc(ts->L, LUA_GCSTOP);
	luaL_openlibs(ts->L);
	open_syscallc_module(ts->L, ts);

	/* require() searches the directories, most important first */
	lua_getglobal(ts->L, "package");
	luaL_buffinit(ts->L, &b);
	for (i = n; i > 0; i--) {
		luaL_addstring(&b, dirs[i - 1]);
		luaL_addstring(&b, "/?.lua");
		if (i > 1)
			luaL_addchar(&b, ';');
	}
	luaL_pushresult(&b);
	lua_setfield(ts->L, -2, "path");
	lua_pushliteral(ts->L, "");
	lua_setfield(ts->L, -2, "cpath");
	lua_getfield(ts->L, -1, "searchers");
	lua_pushlightuserdata(ts->L, ts);
	lua_pushcclosure(ts->L, template_searcher, 1);
	lua_rawseti(ts->L, -2, 2);
	lua_pop(ts->L, 2);
	if (n > 0 && (ts->builtin_dir = strdup(dirs[0])) == NULL)
		abort();

	for (i = 0; i < n; i++) {
		size_t nn;
		char **names = list_dir(dirs[i], &nn, d);

		for (k = 0; k < nn; k++) {
			struct template *t = NULL;

			for (j = 0; j < ts->n; j++)
				if (strcmp(ts->v[j].name, names[k]) == 0)
					t = &ts->v[j];
			if (t == NULL) {
				ts->v = realloc(ts->v, (ts->n + 1) *
				    sizeof(*ts->v));
				if (ts->v == NULL)
					abort();
				t = &ts->v[ts->n++];
				memset(t, 0, sizeof(*t));
				t->name = names[k];
			} else {
				free(t->path);
				free(names[k]);
			}
			if (asprintf(&t->path, "%s/%s.lua", dirs[i],
			    t->name) < 0)
				abort();
		}
		free(names);
	}
	if (ts->n > 1)
		qsort(ts->v, ts->n, sizeof(*ts->v), cmp_names);

	for (i = 0; i < ts->n; i++)
		if (!load_one(ts, &ts->v[i]))
			ts->v[i].ref = LUA_NOREF;
	for (i = 0; i < ts->n; i++)
		for (k = i + 1; k < ts->n; k++)
			if (ts->v[i].key != NULL && ts->v[k].key != NULL &&
			    strcmp(ts->v[i].key, ts->v[k].key) == 0)
				diag_report(d, &conf_checks[CC_TEMPLATE], NULL,
				    "templates '%s' and '%s' both write the "
				    "file named by '%s'", ts->v[i].name,
				    ts->v[k].name, ts->v[i].key);
	return diag_errors(d) > errors || diag_io_errors(d) > 0 ? -1 : 0;
}

void
templates_free(struct template_set *ts)
{
	size_t i;

	if (ts->L != NULL)
		lua_close(ts->L);
	for (i = 0; i < ts->n; i++) {
		free(ts->v[i].name);
		free(ts->v[i].path);
		free(ts->v[i].key);
		free(ts->v[i].dflt);
		free(ts->v[i].description);
	}
	for (i = 0; i < ts->nopt; i++) {
		free(ts->opt[i].key);
		free(ts->opt[i].dflt);
	}
	free(ts->v);
	free(ts->opt);
	free(ts->builtin_dir);
	memset(ts, 0, sizeof(*ts));
}

bool
templates_declare(const struct template_set *ts, const char *key)
{
	size_t i;

	for (i = 0; i < ts->n; i++)
		if (ts->v[i].key != NULL && strcmp(ts->v[i].key, key) == 0)
			return true;
	for (i = 0; i < ts->nopt; i++)
		if (strcmp(ts->opt[i].key, key) == 0)
			return true;
	return false;
}

/* The config table gets every template's output key and options first. */
static void
config_defaults(void *arg, lua_State *L)
{
	struct template_set *ts = arg;
	size_t i;

	for (i = 0; i < ts->n; i++)
		if (ts->v[i].key != NULL && ts->v[i].dflt != NULL) {
			lua_pushstring(L, ts->v[i].dflt);
			lua_setfield(L, -2, ts->v[i].key);
		}
	for (i = 0; i < ts->nopt; i++) {
		if (ts->opt[i].dflt == NULL)
			continue;	/* declared, unset by default */
		lua_pushstring(L, ts->opt[i].dflt);
		lua_setfield(L, -2, ts->opt[i].key);
	}
}

static int
traceback(lua_State *L)
{
	if (lua_touserdata(L, 1) == &reported_marker)
		return 1;
	luaL_traceback(L, L, lua_tostring(L, 1), 1);
	return 1;
}

unsigned
templates_run(struct template_set *ts, struct model *m,
    const char *master_path, const char *conf_path,
    const char *(*path_of)(void *arg, const struct template *t), void *arg,
    struct output_set *outs, void (*lap)(void *arg, const char *phase),
    void *lap_arg)
{
	lua_State *L = ts->L;
	unsigned failed = 0;
	size_t i;
	int model;

	ts->model = m;
	lua_push_model(L, m, master_path, conf_path, config_defaults, ts);
	model = lua_gettop(L);
	if (lap != NULL) {
		char b[64];

		snprintf(b, sizeof(b), "lua-model(%dKB)", lua_gc(L, LUA_GCCOUNT));
		lap(lap_arg, b);
	}
	for (i = 0; i < ts->n; i++) {
		const struct template *t = &ts->v[i];
		const char *path = path_of(arg, t);
		struct sink *k;
		int top = lua_gettop(L);

		if (t->ref == LUA_NOREF || strcmp(path, "/dev/null") == 0)
			continue;
		lua_pushcfunction(L, traceback);
		lua_rawgeti(L, LUA_REGISTRYINDEX, t->ref);
		lua_getfield(L, -1, "generate");
		lua_remove(L, -2);
		lua_pushvalue(L, model);
		k = lua_newuserdatauv(L, sizeof(*k), 1);
		memset(k, 0, sizeof(*k));
		k->o = output_open(outs, path, ts->diag);
		if (k->o == NULL) {
			failed++;
			lua_settop(L, top);
			continue;
		}
		luaL_setmetatable(L, "syscallc.out");
		lua_createtable(L, 0, 3);
		lua_pushstring(L, t->key);
		lua_setfield(L, -2, "key");
		lua_pushstring(L, path);
		lua_setfield(L, -2, "path");
		lua_pushstring(L, t->name);
		lua_setfield(L, -2, "template");
		lua_setiuservalue(L, -2, 1);
		lua_pushvalue(L, -1);
		lua_insert(L, top + 1);	/* keep the sink below the call */
		if (lua_pcall(L, 2, 1, top + 2) != LUA_OK) {
			if (lua_touserdata(L, -1) != &reported_marker)
				diag_report(ts->diag,
				    &conf_checks[CC_TEMPLATE], NULL,
				    "template '%s' failed: %s", t->name,
				    lua_tostring(L, -1));
			failed++;
			lua_settop(L, top);
			continue;
		}
		if (!sink_add_result(L, k, -1)) {
			diag_report(ts->diag, &conf_checks[CC_TEMPLATE], NULL,
			    "template '%s' must write to `out` or return the "
			    "text of %s (a string or a list of strings)",
			    t->name, path);
			failed++;
		} else {
			sink_flush(k);
			if (output_close(k->o, ts->diag) != 0)
				failed++;
		}
		free(k->buf);
		k->buf = NULL;
		k->len = k->cap = 0;
		lua_settop(L, top);
		if (lap != NULL) {
			char b[96];

			snprintf(b, sizeof(b), "%s(%dKB)", t->name,
			    lua_gc(L, LUA_GCCOUNT));
			lap(lap_arg, b);
		}
	}
	lua_settop(L, model - 1);
	ts->model = NULL;
	return failed;
}
