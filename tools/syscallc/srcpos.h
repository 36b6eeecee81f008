/*
 * srcpos.h — source files and locations.
 *
 * Every spec language of syscallc (syscalls.master, syscalls.conf and the
 * translation specs) reads its input through a `struct srcfile` and gives
 * every token, model node and diagnostic a `struct srcpos`.  One location
 * type travels from the lexer (YY_USER_ACTION) through the model to the
 * message the user reads, so no stage ever has to guess where something came
 * from.
 *
 * Conventions
 *   - Lines and columns are 1-based.  A column counts bytes, so a tab is one
 *     column (the caret line of a diagnostic copies tabs, so it still lines
 *     up on the terminal).
 *   - A position is a half-open range: it starts at (first_line,
 *     first_column) and ends just before (last_line, last_column).  An empty
 *     range (first == last) points between two characters, e.g. at the end
 *     of a line where something is missing.
 *   - A srcfile owns its text; positions point at it, so a srcfile must
 *     outlive every position, model and diagnostic made from it.
 *
 * Using it from a flex/bison language (what master.l/master.y do):
 *
 *     %define api.location.type {struct srcpos}        (in the .y file)
 *     #define YYLLOC_DEFAULT(cur, rhs, n) SRCPOS_YYLLOC_DEFAULT(cur, rhs, n)
 *     #define YY_USER_ACTION srcpos_step(yylloc, yytext, yyleng);  (in .l)
 *
 * and set yylloc->file / first_line / first_column once before the first
 * token (srcpos_start()).
 */
#ifndef SYSCALLC_SRCPOS_H
#define SYSCALLC_SRCPOS_H

#include <stddef.h>

struct srcfile {
	char	*name;		/* as the user named it; used in messages */
	char	*text;		/* the whole file, NUL-terminated */
	size_t	 len;		/* bytes in text, without the NUL */
	size_t	*lines;		/* byte offset of each line's start */
	size_t	 nlines;	/* entries in lines[] (>= 1) */
};

struct srcpos {
	const struct srcfile *file;
	int	first_line;
	int	first_column;
	int	last_line;
	int	last_column;
};

/*
 * Reading.  srcfile_read() returns NULL and sets errno on an I/O error (the
 * caller reports it: I/O errors are exit status 2, not spec errors).
 * srcfile_from_string() copies `len` bytes of `text`; name may be any label
 * ("<test>").  Both accept NUL bytes inside the text (they are data, and
 * the lexers diagnose them).
 */
struct srcfile	*srcfile_read(const char *path);
struct srcfile	*srcfile_from_string(const char *name, const char *text,
		    size_t len);
void		 srcfile_free(struct srcfile *f);

/*
 * The text of line `line` (1-based) without its newline; *lenp gets its
 * length.  Returns NULL (and *lenp = 0) for a line outside the file.
 */
const char	*srcfile_line(const struct srcfile *f, int line, size_t *lenp);

/* Byte offset of (line, column) in f->text; clamped to the file. */
size_t		 srcfile_offset(const struct srcfile *f, int line, int column);

/* A position of `len` bytes starting at (line, column) on one line. */
struct srcpos	 srcpos_make(const struct srcfile *f, int line, int column,
		    int len);

/* A position covering everything from the start of a to the end of b. */
struct srcpos	 srcpos_join(const struct srcpos *a, const struct srcpos *b);

/* Start tracking at line 1, column 1 of f (an empty range). */
void		 srcpos_start(struct srcpos *p, const struct srcfile *f);

/*
 * Move p over the token text[0..len): p becomes the token's range and the
 * next token starts where this one ends.  Newlines inside the token are
 * counted.  This is the body of a lexer's YY_USER_ACTION.
 */
void		 srcpos_step(struct srcpos *p, const char *text, size_t len);

/*
 * Bison's YYLLOC_DEFAULT for struct srcpos: the range of a rule is from its
 * first symbol's start to its last symbol's end; an empty rule gets the empty
 * range at the end of the previous symbol.
 */
#define SRCPOS_YYLLOC_DEFAULT(cur, rhs, n)				\
	do {								\
		if (n) {						\
			(cur).file = YYRHSLOC(rhs, 1).file;		\
			(cur).first_line = YYRHSLOC(rhs, 1).first_line;	\
			(cur).first_column =				\
			    YYRHSLOC(rhs, 1).first_column;		\
			(cur).last_line = YYRHSLOC(rhs, n).last_line;	\
			(cur).last_column = YYRHSLOC(rhs, n).last_column; \
		} else {						\
			(cur).file = YYRHSLOC(rhs, 0).file;		\
			(cur).first_line = (cur).last_line =		\
			    YYRHSLOC(rhs, 0).last_line;			\
			(cur).first_column = (cur).last_column =	\
			    YYRHSLOC(rhs, 0).last_column;		\
		}							\
	} while (0)

#endif /* SYSCALLC_SRCPOS_H */
