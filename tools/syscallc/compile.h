/*
 * compile.h — the compile pipeline as a library call: read the master and
 * conf, parse, derive, check, run the templates, write the outputs.  The
 * `compile` command is a thin command-line layer over it, and tests call it
 * directly.
 */
#ifndef SYSCALLC_COMPILE_H
#define SYSCALLC_COMPILE_H

#include <stdbool.h>
#include <stddef.h>

struct diag;

struct conf_override {
	const char	*key;
	const char	*value;
};

struct compile_options {
	const char	*master;	/* path of syscalls.master */
	const char	*conf;		/* path of syscalls.conf, or NULL */
	const char	*output_dir;	/* -o: base of relative output paths */
	const char	*const *template_dirs;	/* default dir first, then -T */
	size_t		 ntemplate_dirs;
	bool		 check_only;	/* --check: diagnostics only */
	const char	*json;		/* --json[=FILE]: "-" is stdout */
	const struct conf_override *overrides;	/* --set KEY=VALUE */
	size_t		 noverrides;
	bool		 stats;		/* --stats: time per phase on stderr */
	bool		 exiting;	/* the process exits right after: skip
					 * freeing the model and the Lua state */
};

/*
 * Run one compilation, reporting to d.  Returns the exit status:
 * 0 ok, 1 errors in the inputs, 2 usage or I/O errors.  Nothing is written
 * unless the status is 0.
 */
int	syscallc_compile(const struct compile_options *o, struct diag *d);

#endif /* SYSCALLC_COMPILE_H */
