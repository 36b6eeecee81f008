/*
 * conf.h — syscalls.conf: shell-like key=value lines, read exactly as
 * FreeBSD's generator reads them (sys/tools/syscalls/config.lua semantics,
 * described in docs/syscallc.md), with located diagnostics instead of
 * aborts.
 *
 * The conf says where outputs go (keys declared by templates, e.g.
 * syssw=init_sysent.c) and how syscalls are derived (syscallprefix,
 * abi_flags, compat_set...).  This module knows the second kind; the first
 * kind is known by whichever templates are loaded.
 */
#ifndef SYSCALLC_CONF_H
#define SYSCALLC_CONF_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "srcpos.h"

struct diag;

struct conf_kv {
	const char	*key;
	const char	*value;
	struct srcpos	 pos;		/* the whole line */
	struct srcpos	 key_pos;
	struct srcpos	 value_pos;
	bool		 overridden;	/* a later line sets the same key */
};

/* abi_flags words FreeBSD knows. */
enum {
	ABI_LONG_SIZE		= 1u << 0,
	ABI_TIME_T_SIZE		= 1u << 1,
	ABI_POINTER_ARGS	= 1u << 2,
	ABI_POINTER_SIZE	= 1u << 3,
	ABI_PAIR_64BIT		= 1u << 4,
};

struct compat_option {
	const char	*definition;	/* COMPAT_FREEBSD4 */
	int		 level;		/* 4 */
	const char	*flag;		/* COMPAT4 */
	const char	*prefix;	/* freebsd4_ */
	const char	*descr;		/* freebsd4 */
};

/* A set of names (obsol=, unimpl=, ...), sorted for lookup. */
struct name_set {
	const char	**names;
	size_t		  n;
	const struct conf_kv *kv;	/* the line that set it, or NULL */
};

struct conf {
	struct arena		 arena;
	const struct srcfile	*file;		/* NULL: no conf given */
	struct conf_kv		*kv;		/* every line, in file order */
	size_t			 nkv, kv_cap;

	/* Derived (conf_derive()). */
	unsigned		 abi_flags;	/* ABI_* bits */
	bool			 abi_any;	/* abi_flags set to anything */
	struct name_set		 obsol, unimpl, abi_change, no_abi_change;
	const struct compat_option *compat;	/* the compat set's options */
	size_t			 ncompat;
	long			 mincompat;
	/* The abi_* values, looked up once (they are read per argument). */
	struct {
		const char	*intptr_t, *semid_t, *size_t, *long_, *u_long;
		const char	*ptr_array_t, *type_suffix, *func_prefix;
		bool		 identity;	/* rewriting changes nothing */
	} abi;
};

/*
 * Parse `file` (may be NULL: no conf, all defaults).  Malformed lines are
 * reported to d and skipped.  Returns the conf (never NULL).
 */
struct conf	*conf_parse(const struct srcfile *file, struct diag *d);
void		 conf_free(struct conf *c);

/* Set key=value as if a last line of the conf said so (--set). */
void		 conf_set(struct conf *c, const char *key, const char *value);

/* Compute the derived fields; reports bad values to d. */
void		 conf_derive(struct conf *c, struct diag *d);

/* The value of `key` (the last line that sets it), or NULL. */
const struct conf_kv *conf_find(const struct conf *c, const char *key);

/* The value of `key`, or FreeBSD's default for it, or NULL. */
const char	*conf_get(const struct conf *c, const char *key);

/* FreeBSD's default for a semantic key (not an output path), or NULL. */
const char	*conf_default(const char *key);

/* True if `key` is a semantic key this module knows. */
bool		 conf_is_semantic_key(const char *key);

/* Visit the semantic keys in documentation order. */
void		 conf_foreach_semantic_key(void (*fn)(void *arg,
		    const char *key, const char *dflt), void *arg);

bool		 name_set_has(const struct name_set *s, const char *name);

/*
 * Report every key no one declared: `known(arg, key)` says whether a
 * template declares it.
 */
void		 conf_check_keys(const struct conf *c, struct diag *d,
		    bool (*known)(void *arg, const char *key), void *arg);

#endif /* SYSCALLC_CONF_H */
