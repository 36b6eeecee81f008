/*
 * freebsd_rules.h — the string rules FreeBSD's generator applies to master
 * lines, reimplemented in C so that syscallc reads every line to the same
 * bytes.  Each function names the Lua pattern it reproduces; the patterns
 * are facts about the format (docs/syscallc.md, "How FreeBSD reads a
 * line"), the code is ours.
 *
 * Where FreeBSD's reading fails (it would abort) the functions say so and
 * the caller reports a located diagnostic.
 */
#ifndef SYSCALLC_FREEBSD_RULES_H
#define SYSCALLC_FREEBSD_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

struct conf;

/* Lua's %s. */
bool		 fb_space(int c);

/* util.trim(s): s[*from..*to) without leading/trailing %s. */
void		 fb_trim(const char *s, size_t *from, size_t *to);

/*
 * scarg:init(): how FreeBSD reads an argument line.
 *   text  the line trimmed of blanks, then of commas at both ends
 *         (what the abi_flags patterns see, annotations included)
 *   type  text without annotations and without the name, trimmed
 *   name  the last run of characters other than `*` and space
 * Returns false when FreeBSD's generator aborts on the line ("Malformed
 * argument line"): no name, or a name that is a broken Lua pattern.
 * *magic is set when the name holds Lua pattern characters (FreeBSD then
 * matches it as a pattern; syscallc reports it).
 */
struct fb_arg {
	const char	*text;		/* spans: not NUL-terminated */
	size_t		 text_len;
	const char	*type;
	size_t		 type_len;
	const char	*name;
	size_t		 name_len;
	bool		 magic;
};
bool		 fb_read_arg(struct arena *a, const char *line, size_t len,
		    struct fb_arg *out);

/* stripArgAnnotations(): remove _Contains_* _In* _Out* annotations. */
char		*fb_strip_annotations(struct arena *a, const char *s);

/*
 * The function line: FreeBSD splits it into words (it must be exactly two)
 * and reads the return type (scret: the first word, plus " *" for each `*`
 * starting the second) and the name (the first [%w_]+ followed by `(`).
 * Returns the number of words; *ret and *name may be NULL on failure.
 */
int		 fb_read_func(struct arena *a, const char *line, size_t len,
		    const char **ret, const char **name);

/* checkAbiChanges(): does the annotated argument text match a pattern of
 * an enabled abi flag? */
bool		 fb_arg_changes_abi(const char *text, unsigned abi_flags);

/* util.isPtrType(type, intptr): `*`, caddr_t or the intptr_t name. */
bool		 fb_is_ptr_type(const char *type, const char *intptr);

/* util.is64bitType(): dev_t, id_t, off_t (trailing blanks allowed). */
bool		 fb_is_64bit_type(const char *type);

/* util.structName(): the struct a pointer argument points to, or NULL. */
const char	*fb_struct_name(struct arena *a, const char *type);

/*
 * scarg:process(): rewrite an argument type for the target ABI (intptr_t,
 * semid_t, size_t, long, pointer arrays, struct suffixes).  Only called
 * when the conf has abi_flags.
 */
const char	*fb_abi_type(struct arena *a, const char *type,
		    const struct conf *c, bool arg_abi_change);

/* Plain (non-pattern) replacement of every occurrence, left to right. */
char		*fb_replace_all(struct arena *a, const char *s,
		    const char *from, const char *to);

#endif /* SYSCALLC_FREEBSD_RULES_H */
