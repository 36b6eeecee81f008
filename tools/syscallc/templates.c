/*
 * templates.c — the Lua side of syscallc: one state per compilation, the
 * template modules, the `syscallc` helper module they may call, and running
 * them over the model.
 */
#include "templates.h"

#include <dirent.h>
#include <lauxlib.h>
#include <limits.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check_tables.h"
#include "diag.h"
#include "lua_model.h"
#include "model.h"
#include "output.h"

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
	char	*buf;
	size_t	 len, cap;
};

static void
sink_add(struct sink *k, const char *s, size_t n)
{
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

static int
sink_write(lua_State *L)
{
	struct sink *k = luaL_checkudata(L, 1, "syscallc.out");
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
		const char *s = luaL_checklstring(L, i, &len);

		sink_add(k, s, len);
	}
	lua_settop(L, 1);
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

	luaL_newmetatable(L, "syscallc.out");
	lua_createtable(L, 0, 1);
	lua_pushcfunction(L, sink_write);
	lua_setfield(L, -2, "write");
	lua_setfield(L, -2, "__index");
	lua_pushcfunction(L, sink_gc);
	lua_setfield(L, -2, "__gc");
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

/* Load and validate one template module. */
static bool
load_one(struct template_set *ts, struct template *t)
{
	lua_State *L = ts->L;
	int top = lua_gettop(L), mod;

	if (luaL_loadfile(L, t->path) != LUA_OK ||
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
	lua_pop(ts->L, 1);

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
		} else if (output_stage(outs, path, k->buf ? k->buf : "",
		    k->len, ts->diag) != 0) {
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
