/*
 * clone_releases.h — the generated clone-flag tables of two releases in
 * one test. Both are generated from the same template with the same names,
 * so tests/tspec/rules.mk compiles Linux 6.12's copy with every external
 * name prefixed `linux612_` (-D); its types are those of the 2.6.16 header
 * included here (same template, same layout).
 */
#ifndef TSPEC_TEST_CLONE_RELEASES_H
#define TSPEC_TEST_CLONE_RELEASES_H

#include <stdbool.h>
#include <string.h>

#include "linux_clone_flags.h"	/* out/linux-2.6.16/ */

extern const struct linux_clone_flag linux612_clone_flag_table[];
extern const int linux612_clone_nflags;
extern const struct linux_clone_rule linux612_clone_rule_table[];
extern const int linux612_clone_nrules;
extern const struct linux_clone_rfork_name linux612_clone_rfork_names[];
extern const int linux612_clone_nrfork_names;
int	linux612_clone_check(uint64_t flags);
int	linux612_clone_to_rfork(uint64_t flags, int *rfflags);

/* One release's generated clone interface, for tests that loop over both. */
struct clone_release {
	const char			*name;
	const struct linux_clone_flag	*flags;
	const int			*nflags;
	const struct linux_clone_rule	*rules;
	const int			*nrules;
	int				(*check)(uint64_t);
};

static const struct clone_release clone_releases[] = {
	{ "linux-2.6.16", linux_clone_flag_table, &linux_clone_nflags,
	    linux_clone_rule_table, &linux_clone_nrules, linux_clone_check },
	{ "linux-6.12", linux612_clone_flag_table, &linux612_clone_nflags,
	    linux612_clone_rule_table, &linux612_clone_nrules,
	    linux612_clone_check },
};

/* The value of flag `name` in a release's table, or 0. */
static inline uint64_t
clone_flag_value(const struct clone_release *r, const char *name)
{
	for (int i = 0; i < *r->nflags; i++)
		if (strcmp(r->flags[i].name, name) == 0)
			return r->flags[i].value;
	return 0;
}

/* The first of a release's rules that `flags` breaks, or NULL. */
static inline const struct linux_clone_rule *
clone_broken_rule(const struct clone_release *r, uint64_t flags)
{
	for (int i = 0; i < *r->nrules; i++) {
		const struct linux_clone_rule *u = &r->rules[i];
		bool a = (flags & u->a_value) != 0, b = (flags & u->b_value) != 0;
		if (a && (u->kind == LINUX_CLONE_REQUIRES ? !b : b))
			return u;
	}
	return NULL;
}

#endif /* TSPEC_TEST_CLONE_RELEASES_H */
