/*
 * master.y — the syscalls.master grammar (pure bison).
 *
 * The scanner has already decided what every line is (master_parse.h); the
 * grammar checks that each line holds what its role requires and recovers
 * at the end of the broken line, so that one run reports every error.  The
 * builder (mb_*) turns what is accepted into model entries.
 */
%code top {
#include <stdlib.h>
#include <string.h>
}

%code requires {
#include "master_parse.h"
#ifndef YY_TYPEDEF_YY_SCANNER_T
#define YY_TYPEDEF_YY_SCANNER_T
typedef void *yyscan_t;
#endif
}

%code provides {
int master_yylex(MASTER_YYSTYPE *lval, MASTER_YYLTYPE *lloc,
    yyscan_t scanner);
}

%code {
#include "check_tables.h"

#define YYSTYPE MASTER_YYSTYPE
#define YYLTYPE MASTER_YYLTYPE
#include "master.lex.h"

#define YYLLOC_DEFAULT(cur, rhs, n) SRCPOS_YYLLOC_DEFAULT(cur, rhs, n)

static void master_yyerror(MASTER_YYLTYPE *loc, yyscan_t scanner,
    struct master_parser *P, const char *msg);

/*
 * Declarations live in a pool in the parser, reset after each line uses
 * them, so the semantic value is a small pointer (bison copies semantic
 * values on every shift and reduction).
 */
static struct pdecl *
pdecl_new(struct master_parser *P)
{
	if (P->ndecl == P->decl_cap) {
		size_t ncap = P->decl_cap ? P->decl_cap * 2 : 32;
		struct pdecl *nv = realloc(P->decl_pool, ncap * sizeof(*nv));

		if (nv == NULL)
			abort();
		P->decl_pool = nv;
		P->decl_cap = ncap;
	}
	return &P->decl_pool[P->ndecl++];
}

/* A declaration made of one token. */
static void
pdecl_one(struct pdecl *d, const MASTER_YYLTYPE *loc, int ident, int annot)
{
	d->pos = *loc;
	d->name_pos = *loc;
	d->type_pos = *loc;
	d->has_type = !annot;
	d->ntok = 1;
	d->nannot = annot;
	d->ends_ident = ident;
	d->ellipsis = false;
}

static void
pdecl_add(struct pdecl *d, const MASTER_YYLTYPE *loc, int ident, int annot)
{
	d->pos = srcpos_join(&d->pos, loc);
	d->name_pos = *loc;
	if (!d->has_type && !annot) {
		d->type_pos = *loc;
		d->has_type = true;
	}
	d->ntok++;
	d->nannot += annot;
	d->ends_ident = ident;
}

#define NEWD()	((size_t)(pdecl_new(P) - P->decl_pool))
#define D(i)	(&P->decl_pool[(i)])

static struct plist *
plist_new(void)
{
	struct plist *l = calloc(1, sizeof(*l));

	if (l == NULL)
		abort();
	return l;
}
}

%define api.pure full
%define api.prefix {master_yy}
%define api.location.type {struct srcpos}
%define parse.error detailed
%expect 0
%locations
%lex-param {yyscan_t scanner}
%parse-param {yyscan_t scanner} {struct master_parser *P}

%initial-action { srcpos_start(&@$, P->src); }

%union {
	struct tok	 tok;
	size_t		 decl;		/* index in P->decl_pool */
	struct plist	*params;
}

%token <tok> T_NUMWORD "syscall number"
%token <tok> T_WORD "word"
%token <tok> T_IDENT "identifier"
%token <tok> T_ANNOT "annotation"
%token <tok> T_INCLUDE "#include line"
%token <tok> T_ABI "%%ABI_HEADERS%% line"
%token <tok> T_CPP "preprocessor line"
%token T_EOL "end of line"
%token T_LBRACE "'{'"
%token T_OLD_LBRACE "'{' of a one-line prototype"
%token T_RBRACE "'}'"
%token T_ELLIPSIS "'...'"
%token T_BAD "invalid character"
%token T_L_FUNC "function line"
%token T_L_FUNC_CLOSED "one-line function line"
%token T_L_ARG "argument line"
%token T_L_CLOSE "');' line"
%token T_L_RBRACE "'}' line"
%token T_ABORT "start of the next entry"

%type <decl> decl param
%type <params> params

%destructor { plist_free($$); free($$); } <params>

%%

master:
	  %empty
	| master item
	;

item:
	  T_INCLUDE	{ mb_line_item(P, ITEM_INCLUDE, &@1); }
	| T_ABI		{ mb_line_item(P, ITEM_ABI_HEADERS, &@1); }
	| T_CPP		{ mb_line_item(P, ITEM_CPP, &@1); }
	| entry
	| error T_EOL	{ mb_broken(P); mb_entry_end(P, &@2); yyerrok; }
	;

/* N AUDIT TYPE ...   (the words are checked by the builder) */
header:
	  T_NUMWORD		{ mb_header_word(P, &$1, &@1); }
	| header T_WORD		{ mb_header_word(P, &$2, &@2); }
	;

entry:
	  header T_EOL
		{ mb_set_form(P, FORM_ONE_LINE); mb_entry_end(P, &@1); }
	| header T_LBRACE T_EOL
		{ mb_set_form(P, FORM_MULTI_LINE); }
	  body
	| header T_OLD_LBRACE
		{ mb_set_form(P, FORM_OLD); }
	  old_proto
	;

/* The multi-line form: function line, argument lines, `);`, `}`; or a
 * closed function line `rettype name(void);` and `}`. */
body:
	  func_open arg_lines body_end
	| func_closed rbrace_end
	| rbrace_line
		{ mb_unterminated(P, &@1, "the function line");
		  mb_entry_end(P, &@1); }
	| T_ABORT
		{ mb_unterminated(P, &@1, "the function line and '}'");
		  mb_entry_end(P, &@1); }
	;

body_end:
	  close_line rbrace_end
	| rbrace_line
		{ mb_unterminated(P, &@1, "');'"); mb_entry_end(P, &@1); }
	| T_ABORT
		{ mb_unterminated(P, &@1, "');' and '}'");
		  mb_entry_end(P, &@1); }
	;

rbrace_end:
	  rbrace_line
		{ mb_entry_end(P, &@1); }
	| T_ABORT
		{ mb_unterminated(P, &@1, "'}'"); mb_entry_end(P, &@1); }
	;

/* rettype name( */
func_open:
	  T_L_FUNC decl '(' T_EOL
		{ mb_func(P, D($2), NULL, false, &@$); }
	| T_L_FUNC error T_EOL
		{ mb_broken(P); }
	;

/* rettype name(void);   (or, mis-formatted, with arguments) */
func_closed:
	  T_L_FUNC_CLOSED decl '(' ')' ';' T_EOL
		{ mb_func(P, D($2), NULL, true, &@$); }
	| T_L_FUNC_CLOSED decl '(' params ')' ';' T_EOL
		{ mb_func(P, D($2), $4, true, &@$); plist_free($4); free($4); }
	| T_L_FUNC_CLOSED error T_EOL
		{ mb_broken(P); }
	;

arg_lines:
	  %empty
	| arg_lines arg_line
	;

/* [annotations] type name[,]   -- FreeBSD reads one argument per line */
arg_line:
	  T_L_ARG params T_EOL
		{ mb_args(P, $2, &@$, false); plist_free($2); free($2); }
	| T_L_ARG params ',' T_EOL
		{ mb_args(P, $2, &@$, false); plist_free($2); free($2); }
	| T_L_ARG error T_EOL
		{ mb_broken(P); }
	| T_CPP
		{ mb_cpp_in_entry(P, &@1); }
	;

close_line:
	  T_L_CLOSE ')' ';' T_EOL
	| T_L_CLOSE params ')' ';' T_EOL
		{ mb_args(P, $2, &@$, true); plist_free($2); free($2); }
	| T_L_CLOSE error T_EOL
		{ mb_broken(P); }
	;

rbrace_line:
	  T_L_RBRACE T_RBRACE T_EOL
	| T_L_RBRACE error T_EOL
		{ mb_broken(P); }
	;

/* { rettype name(args); } [ALTNAME ALTTAG ALTRTYP] */
old_proto:
	  decl '(' ')' ';' T_RBRACE old_alt T_EOL
		{ mb_func(P, D($1), NULL, true, &@$); mb_entry_end(P, &@$); }
	| decl '(' params ')' ';' T_RBRACE old_alt T_EOL
		{ mb_func(P, D($1), $3, true, &@$); plist_free($3); free($3);
		  mb_entry_end(P, &@$); }
	| error T_EOL
		{ mb_broken(P); mb_entry_end(P, &@$); }
	;

old_alt:
	  %empty
	| old_alt T_WORD	{ mb_old_alt_word(P, &$2, &@2); }
	;

params:
	  param			{ $$ = plist_new(); plist_push($$, D($1)); }
	| params ',' param	{ $$ = $1; plist_push($$, D($3)); }
	;

param:
	  decl
	| T_ELLIPSIS
		{ $$ = NEWD(); pdecl_one(D($$), &@1, 0, 0);
		  D($$)->ellipsis = true; }
	;

/* Type words, `*`s, annotations and the name, in any order the C
 * declaration allows; the builder checks the shape. */
decl:
	  T_IDENT		{ $$ = NEWD(); pdecl_one(D($$), &@1, 1, 0); }
	| '*'			{ $$ = NEWD(); pdecl_one(D($$), &@1, 0, 0); }
	| T_ANNOT		{ $$ = NEWD(); pdecl_one(D($$), &@1, 0, 1); }
	| decl T_IDENT		{ $$ = $1; pdecl_add(D($$), &@2, 1, 0); }
	| decl '*'		{ $$ = $1; pdecl_add(D($$), &@2, 0, 0); }
	| decl T_ANNOT		{ $$ = $1; pdecl_add(D($$), &@2, 0, 1); }
	;

%%

static void
master_yyerror(MASTER_YYLTYPE *loc, yyscan_t scanner,
    struct master_parser *P, const char *msg)
{
	(void)scanner;
	diag_report(P->diag, &master_checks[MC_SYNTAX], loc, "%s", msg);
}

int
master_yyparse_run(struct master_parser *P)
{
	yyscan_t scanner;
	int r;

	if (master_yylex_init_extra(P, &scanner) != 0)
		return -1;
	if (master_yy_scan_bytes(P->src->text, (int)P->src->len,
	    scanner) == NULL) {
		master_yylex_destroy(scanner);
		return -1;
	}
	r = master_yyparse(scanner, P);
	master_yylex_destroy(scanner);
	return r;
}
