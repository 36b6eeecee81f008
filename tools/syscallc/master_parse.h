/*
 * master_parse.h — what the syscalls.master scanner (master.l), parser
 * (master.y) and model builder (master_build.c) share.  Private to those
 * three files; everyone else calls master_parse() (model.h).
 *
 * How the pieces divide the work
 *
 *   The scanner decides what each physical line *is*, the way FreeBSD's
 *   generator does (it reads line by line: comment, blank, #include,
 *   %%ABI_HEADERS%%, other cpp line, entry header, and inside an entry the
 *   function line, argument lines, the `);` line and the `}` line).  It then
 *   tokenizes the line: header lines into whitespace-separated words (FreeBSD
 *   splits them on whitespace), declaration lines into C tokens.  Each body
 *   line starts with a role token (T_L_FUNC, T_L_ARG, ...).  When a new
 *   header or the end of the file arrives while an entry is still open, the
 *   scanner emits T_ABORT so the parser can say "unterminated" and carry on.
 *
 *   The parser checks that the tokens of each line form what that line must
 *   hold (a C declaration, a closing `);`...) and recovers per line, so one
 *   run reports every broken line.
 *
 *   The builder turns accepted lines into model entries: it keeps the source
 *   text, and computes what FreeBSD's string rules make of each line
 *   (freebsd_rules.h), reporting every place where that differs from what
 *   the C declaration says.
 */
#ifndef SYSCALLC_MASTER_PARSE_H
#define SYSCALLC_MASTER_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "model.h"
#include "srcpos.h"

/* A token's text: points into the source (not NUL-terminated). */
struct tok {
	const char	*s;
	size_t		 len;
};

/* One C declaration (a parameter, or return type + function name). */
struct pdecl {
	struct srcpos	pos;		/* all its tokens */
	struct srcpos	type_pos;	/* from the first non-annotation token */
	bool		has_type;	/* type_pos is set */
	struct srcpos	name_pos;	/* its last token */
	unsigned	ntok;		/* tokens, annotations included */
	unsigned	nannot;
	bool		ends_ident;	/* last token is an identifier */
	bool		ellipsis;	/* `...` */
};

struct plist {
	size_t		 n, cap;
	struct pdecl	*v;
};

/* Where the scanner is relative to entries (FreeBSD's reader state). */
enum entry_state {
	ES_OUT,		/* between entries */
	ES_FUNC,	/* after `{`: the function line comes next */
	ES_ARGS,	/* argument lines until `);` */
	ES_RBRACE,	/* after `);`: the `}` line comes next */
};

struct hdr_word {
	struct tok	t;
	struct srcpos	pos;
};

#define MAX_HDR_WORDS	7	/* NUMBER AUDIT TYPE NAME ALTNAME ALTTAG ALTRTYP */

/* The entry being built. */
struct entry_builder {
	bool		 open;
	struct srcpos	 pos;		/* header start */
	struct hdr_word	 words[MAX_HDR_WORDS];
	unsigned	 nwords;	/* all words, even past MAX_HDR_WORDS */
	enum entry_form	 form;
	bool		 has_func;
	struct pdecl	 func;
	struct srcpos	 func_line;	/* the whole function line */
	size_t		 nargs, cap;
	struct arg	*args;
	bool		 broken;	/* a syntax error inside it */
	bool		 continued;	/* a `\` line continuation was used */
	struct srcpos	 cont_pos;
	struct srcpos	 last;		/* end of the last line seen */
	struct hdr_word	 old_alt[3];	/* words after the closing } */
	unsigned	 nold_alt;
	size_t		 item;		/* its slot in model->items */
	const char	*fname;		/* function name FreeBSD reads */
	const char	*ret;		/* return type FreeBSD reads */
	const char	*func_text;	/* function line FreeBSD reads */
	bool		 no_audit;	/* header had no audit column */
};

struct master_parser {
	struct diag		*diag;
	const struct srcfile	*src;
	struct model		*model;
	struct arena		*arena;

	/* scanner */
	struct srcpos		 pos;		/* the last token's range */
	size_t			 off;		/* bytes consumed */
	size_t			 tok_off;	/* start of the current token */
	enum entry_state	 es;
	unsigned		 hdr_word;	/* index of the next header word */
	bool			 saw_lbrace;	/* header ended in `{` */
	bool			 abort_sent;
	bool			 eof_eol_sent;
	int			 line_tok;	/* TOKLINE: the token to return */

	/* parser: declarations of the current line (master.y) */
	struct pdecl		*decl_pool;
	size_t			 ndecl, decl_cap;

	/* builder */
	struct entry_builder	 cur;
	char			*prolog;	/* cpp lines waiting for an entry */
	size_t			 prolog_len, prolog_cap;
	struct srcpos		 prolog_pos;	/* first waiting cpp line */
	bool			 seen_entry;
	bool			 warned_cpp;
	const struct cpp_frame	*cpp;		/* innermost open #if branch */
	int			 cpp_groups;	/* #if groups seen */
};

/* The parser's entry point (master.tab.c) and its error reporter. */
int	master_yyparse_run(struct master_parser *P);

/* Builder callbacks, called from the grammar's actions (master_build.c). */
void	mb_line_item(struct master_parser *P, enum item_kind kind,
	    const struct srcpos *pos);
void	mb_header_word(struct master_parser *P, const struct tok *t,
	    const struct srcpos *pos);
void	mb_old_alt_word(struct master_parser *P, const struct tok *t,
	    const struct srcpos *pos);
void	mb_set_form(struct master_parser *P, enum entry_form form);
void	mb_func(struct master_parser *P, const struct pdecl *d,
	    const struct plist *params, bool closed, const struct srcpos *line);
void	mb_args(struct master_parser *P, const struct plist *params,
	    const struct srcpos *line, bool on_close_line);
void	mb_cpp_in_entry(struct master_parser *P, const struct srcpos *pos);
void	mb_broken(struct master_parser *P);
void	mb_unterminated(struct master_parser *P, const struct srcpos *pos,
	    const char *what);
void	mb_entry_end(struct master_parser *P, const struct srcpos *end);

void	plist_push(struct plist *l, const struct pdecl *d);
void	plist_free(struct plist *l);

/* The header columns (master_header.c). */
bool	mh_parse_number(struct master_parser *P, struct entry *e,
	    const struct hdr_word *w);
bool	mh_is_type_word(const char *s, size_t n);
void	mh_parse_flags(struct master_parser *P, struct entry *e,
	    const struct hdr_word *w);
void	mh_check_flag_conflicts(struct master_parser *P, struct entry *e);

/* Line text helpers for the scanner. */
bool		ml_is_header_like(const char *s, size_t len);
enum cpp_kind	ml_cpp_kind(const char *s, size_t len);

#endif /* SYSCALLC_MASTER_PARSE_H */
