/*
 * templates.h — finding, loading and running the Lua templates.
 *
 * A template is a Lua module file in a template directory that returns
 *
 *     return {
 *         key = "syssw",                -- syscalls.conf key naming its output
 *         default = "init_sysent.c",    -- the key's default ("/dev/null":
 *                                       -- not written unless the conf asks)
 *         description = "...",          -- one line, for --list-templates
 *         options = { switchname = "sysent" },  -- other conf keys it reads
 *                                       -- (false: no default, nil if unset)
 *         generate = function(model, out) return "file text" end,
 *     }
 *
 * Directories are searched in order; a later one (from -T) overrides a
 * template of the same file name in an earlier one and adds new ones.
 * Helper modules live under lib/ in a template directory and are loaded
 * with require("lib.name"), searched the same way.
 */
#ifndef SYSCALLC_TEMPLATES_H
#define SYSCALLC_TEMPLATES_H

#include <lua.h>
#include <stdbool.h>
#include <stddef.h>

struct diag;
struct model;
struct output_set;

struct template {
	char	*name;		/* file name without ".lua" */
	char	*path;
	char	*key;
	char	*dflt;
	char	*description;
	int	 ref;		/* registry reference to the module table */
};

struct template_option {
	char	*key;
	char	*dflt;		/* NULL: declared but unset by default */
	size_t	 owner;		/* index of the declaring template */
};

struct template_set {
	lua_State		*L;
	struct template		*v;
	size_t			 n;
	struct template_option	*opt;
	size_t			 nopt;
	struct model		*model;	/* while running */
	struct diag		*diag;
	char			*builtin_dir;	/* dirs[0]: may use embedded
						   bytecode (templates_bc.h) */
};

/*
 * The default template directory: $SYSCALLC_TEMPLATES, else
 * <bindir>/../share/syscallc/templates, else the nearest templates/ with a
 * .syscallc-templates marker above the running binary (the build tree).
 * Returns a malloc'd path or NULL.
 */
char	*templates_default_dir(void);

/*
 * Create the Lua state and load every template of dirs[0..n) (later
 * directories override earlier ones).  Problems are reported to d.
 * Returns 0, or -1 if the set is unusable.
 */
int	templates_load(struct template_set *ts, const char *const *dirs,
	    size_t n, struct diag *d);
void	templates_free(struct template_set *ts);

/* Is `key` an output key or an option of a loaded template? */
bool	templates_declare(const struct template_set *ts, const char *key);

/*
 * Run every template whose output is not /dev/null on the model; stage the
 * results in outs.  `path_of(arg, t)` gives a template's output path (the
 * conf value or the template's default).  Returns the number of templates
 * that failed.
 */
unsigned templates_run(struct template_set *ts, struct model *m,
	    const char *master_path, const char *conf_path,
	    const char *(*path_of)(void *arg, const struct template *t),
	    void *arg, struct output_set *outs,
	    void (*lap)(void *arg, const char *phase), void *lap_arg);

#endif /* SYSCALLC_TEMPLATES_H */
