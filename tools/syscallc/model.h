/*
 * model.h — the checked, typed, location-carrying form of a syscalls.master
 * and its syscalls.conf.
 *
 * Three layers, each kept because some consumer needs exactly it:
 *
 *   items     every top-level thing of the master in file order (entries,
 *             #include, %%ABI_HEADERS%%, other cpp lines, comments, blank
 *             lines) with its position and text: what `syscallc import`
 *             needs to rewrite a master without losing a comment.
 *   entries   each entry as written: header words, flags, the prototype,
 *             the arguments with their source text and location, the
 *             numbers it defines.
 *   syscalls  one per number, in file order, with everything FreeBSD's
 *             generator derives (compat level, symbol, args struct alias,
 *             ABI-rewritten and 64-bit-paired arguments...).  The templates
 *             mostly read this layer (docs/syscallc-model.md).
 *
 * All strings are NUL-terminated and live in the model's arena.
 */
#ifndef SYSCALLC_MODEL_H
#define SYSCALLC_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "conf.h"
#include "srcpos.h"

struct diag;

/* Type flags (the third header column). */
enum {
	F_STD		= 1u << 0,
	F_OBSOL		= 1u << 1,
	F_RESERVED	= 1u << 2,
	F_UNIMPL	= 1u << 3,
	F_NODEF		= 1u << 4,
	F_NOARGS	= 1u << 5,
	F_NOPROTO	= 1u << 6,
	F_NOSTD		= 1u << 7,
	F_CAPENABLED	= 1u << 8,
	F_NOLIB		= 1u << 9,
	F_NORETURN	= 1u << 10,
	F_NOTSTATIC	= 1u << 11,
	F_SYSMUX	= 1u << 12,
	F_COMPAT	= 1u << 13,	/* plain COMPAT: level 3 (4.3BSD) */
	F__COUNT	= 14
};

/* Name of flag bit i (F_STD is bit 0), e.g. "STD". */
const char	*model_flag_name(unsigned bit);

/*
 * Largest syscall number syscallc accepts, and most numbers all entries may
 * define together: a typo like 0-99999999 must not exhaust memory.
 */
#define SYSCALL_NUM_MAX		999999
#define SYSCALLS_TOTAL_MAX	4000000

/* FreeBSD's compat level of a native syscall ("arbitrarily large"). */
#define COMPAT_NATIVE	1000000

enum item_kind {
	ITEM_ENTRY,
	ITEM_INCLUDE,
	ITEM_ABI_HEADERS,
	ITEM_CPP,
	ITEM_COMMENT,
	ITEM_BLANK,
};

enum cpp_kind {
	CPP_NONE,
	CPP_IF,		/* #if #ifdef #ifndef */
	CPP_ELIF,
	CPP_ELSE,
	CPP_ENDIF,
	CPP_DEFINE,
	CPP_INCLUDE,
	CPP_OTHER,
};

/* The #if/#else branch an entry sits in (shared by entries, immutable). */
struct cpp_frame {
	int			 group;		/* which #if ... #endif */
	int			 branch;	/* 0 for #if, 1.. for #elif/#else */
	int			 depth;		/* 1 for the outermost */
	struct srcpos		 pos;		/* the #if/#elif/#else line */
	const struct cpp_frame	*up;
};

struct item {
	enum item_kind	 kind;
	enum cpp_kind	 cpp;
	struct srcpos	 pos;
	const char	*text;		/* the line(s), without the last newline */
	size_t		 text_len;
	size_t		 entry;		/* ITEM_ENTRY: index in entries */
	bool		 in_entry;	/* a comment inside an entry */
};

enum entry_form {
	FORM_ONE_LINE,		/* N AUDIT TYPE [NAME [ALT ALT ALT]] */
	FORM_MULTI_LINE,	/* N AUDIT TYPE {  / rettype name( / args / ); / } */
	FORM_OLD,		/* N AUDIT TYPE { rettype name(args); } [ALT...] */
};

/* One argument as written. */
struct arg {
	struct srcpos	 pos;		/* the declaration */
	const char	*text;		/* what FreeBSD reads: trimmed, commas
					 * stripped (text_len bytes) */
	size_t		 text_len;
	const char	*type;		/* as written, annotations removed */
	const char	*name;
	const char	*annotations;	/* "_In_z_ ..." or "" */
	bool		 abi_change;	/* matches an enabled abi_flags pattern */
	bool		 dropped;	/* `void`, `...`: FreeBSD keeps no arg */
};

struct entry {
	struct srcpos	 pos;		/* header to closing line */
	const char	*text;		/* source text of the whole entry */
	size_t		 text_len;
	enum entry_form	 form;
	size_t		 item;		/* index in items */

	const char	*number;	/* first header word as written */
	struct srcpos	 number_pos;
	long		 first, last;	/* numbers defined (first == last unless a range) */
	bool		 is_range;
	bool		 has_number;	/* first/last are valid (even if broken) */
	const char	*audit;		/* as written (AUE_NULL if absent) */
	bool		 no_audit;	/* FreeBSD 5 master: no audit column */
	struct srcpos	 audit_pos;
	const char	*type_word;	/* "STD|CAPENABLED" as written */
	struct srcpos	 type_pos;
	unsigned	 flags;		/* F_* bits as written (M prefix removed) */
	int		 compat;	/* COMPATn level written, 3 for COMPAT, 0 none */
	const char	*name;		/* function name or one-line NAME; "" if none */
	struct srcpos	 name_pos;
	/* NULL when absent; in the old form they follow the closing brace
	 * and, as in FreeBSD's conversion of its masters, change nothing */
	const char	*altname, *alttag, *altrtype;
	const char	*ret;		/* return type as FreeBSD reads it ("int") */
	const char	*func_text;	/* the function line as FreeBSD reads it */
	struct arg	*args;
	size_t		 nargs;
	const char	*prolog;	/* cpp lines right before it */
	const struct cpp_frame *cpp;	/* NULL outside any #if */
	size_t		 first_syscall, nsyscalls;
	bool		 broken;	/* had errors: no syscalls derived */
};

/* One final argument of a syscall (after ABI rewriting and 64-bit pairing). */
struct scarg {
	const char	*type;
	const char	*name;
	const struct arg *src;		/* NULL for the _pad argument */
	int		 part;		/* 0, or 1/2 for the halves of a pair */
};

/* One syscall number, as FreeBSD's generator derives it. */
struct syscall {
	size_t		 entry;		/* index in entries */
	long		 num;
	const char	*name;		/* with abi_func_prefix if the ABI changes */
	const char	*alias;		/* the name as written */
	const char	*audit;		/* AUE_NULL for NODEF */
	unsigned	 flags;		/* as written plus OBSOL/UNIMPL/NOPROTO derived */
	int		 compat;	/* -1 UNIMPL/RESERVED, 0 OBSOL, 3.., COMPAT_NATIVE */
	const char	*ret;
	const char	*rettype;
	const char	*arg_alias;	/* args struct name */
	const char	*handler;	/* the C function sysent calls: name,
					 * with sys_ unless FreeBSD omits it */
	const char	*prefix;	/* abi_func_prefix or "" */
	bool		 changes_abi;
	bool		 noproto;
	struct scarg	*args;
	size_t		 nargs;
};

/* A set of strings: equal strings get one copy (model_intern()). */
struct strset {
	const char	**v;		/* open addressing; NULL = free */
	size_t		  n, cap;
};

struct model {
	struct arena		 arena;
	struct strset		 strings;
	const struct srcfile	*master;
	struct conf		*conf;

	struct item		*items;
	size_t			 nitems, items_cap;
	struct entry		*entries;
	size_t			 nentries, entries_cap;
	struct syscall		*syscalls;
	size_t			 nsyscalls;

	char			*includes;	/* #include lines (+ abi_headers) */
	const char		*prolog;	/* cpp before the first entry (dropped) */
	const char		*epilog;	/* cpp after the last entry */
	const char		**structs;	/* sorted names of pointed-to structs */
	size_t			 nstructs;
	long			 max_num;	/* largest number, -1 if none */
};

/* An empty model for `master` (not yet parsed). */
struct model	*model_new(const struct srcfile *master, struct conf *conf);
void		 model_free(struct model *m);

/*
 * Parse the master into m's items and entries, reporting to d.  Returns the
 * number of errors reported by the parse (0 = the entries are usable).
 */
unsigned	 master_parse(struct model *m, struct diag *d);

/*
 * Derive m->syscalls and the rest from the entries and the conf, the way
 * FreeBSD's generator does (freebsd_derive.c).
 */
void		 model_derive(struct model *m, struct diag *d);

/* The named semantic checks over a derived model (master_checks.c). */
void		 model_check(struct model *m, struct diag *d);

/*
 * The model's one copy of s[0..len): names, types and audit events repeat
 * thousands of times, and equal strings having equal addresses lets the
 * Lua view cache them by address.
 */
const char	*model_intern(struct model *m, const char *s, size_t len);

/* Append helpers used by the builder. */
struct item	*model_add_item(struct model *m, enum item_kind kind,
		    const struct srcpos *pos, const char *text, size_t len);
struct entry	*model_add_entry(struct model *m);

#endif /* SYSCALLC_MODEL_H */
