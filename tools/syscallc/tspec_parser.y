/*
 * tspec_parser.y — grammar of the translation-spec language.
 *
 * A file is a list of lines; each line is one statement (or nothing). The
 * only multi-line construct is an ioctl `set ... {` block, whose lines are
 * command entries. Actions only record what they read (tspec_build.c);
 * whether a statement is allowed in this kind of file, and what its names
 * mean, is decided afterwards, so one grammar serves every spec kind.
 * A malformed line is reported and skipped: parsing resumes at the next.
 */
%define api.pure full
%define api.prefix {tsp}
%define api.location.type {struct srcpos}
%define parse.error detailed
%locations
%expect 0
%param {yyscan_t scanner}
%parse-param {struct tspec_parse *tp}

%code top {
#include "srcpos.h"
#define YYLLOC_DEFAULT(cur, rhs, n) SRCPOS_YYLLOC_DEFAULT(cur, rhs, n)
}

%code requires {
#include "tspec.h"
typedef void *yyscan_t;
}

%code {
#include <stdlib.h>
#include <string.h>
#include "tspec_build.h"
#define YYSTYPE TSPSTYPE
#define YYLTYPE TSPLTYPE
#include "tspec_lexer.lex.h"

static void
tsperror(TSPLTYPE *loc, yyscan_t scanner, struct tspec_parse *tp,
    const char *msg)
{
	(void)scanner;
	diag_report(tp->ts->diag, &tspec_checks[TSC_SYNTAX], loc, "%s", msg);
}
}

%initial-action { srcpos_start(&@$, tp->file); }

%union {
	int64_t		 num;
	char		*str;
	struct ts_ref	 ref;
	struct ts_ioc	 ioc;
	int		 i;
}

%token NL 0x100 "end of line"
%token ARROW "->" BIARROW "<->" DOTDOT ".."
%token <num> NUMBER "number"
%token <str> STRING "string" IDENT "name"
%token <num> IOC "_IO/_IOR/_IOW/_IOWR"
%token BADSTRING "unterminated string" BADCHAR "invalid character"
%token HOST "host" LINUX "linux" ERRNO "errno" SIGNAL "signal"
%token RFORK "rfork" TRAP "trap" LAST "last" REALTIME "realtime"
%token SIGSET "sigset" INTERNAL "internal" MAP "map"
%token UNMAPPABLE "unmappable" FIELD "field" FLAG "flag"
%token SUPPORTED "supported" IGNORED "ignored" REJECTED "rejected"
%token SETS "sets" CLEARS "clears" BASE "base" RULE "rule"
%token REQUIRES "requires" EXCLUDES "excludes" DUMMY "dummy" ARCH "arch"
%token LOG "log" ONCE "once" EVERY "every" QUIET "quiet"
%token IMPLEMENTED "implemented" UNIMPLEMENTED "unimplemented"
%token TYPE "type" HANDLER "handler" SET "set" NESTED "nested" IN "in"
%token OUT "out" INOUT "inout" VALUE "value" IOCTL "ioctl"
%token ENCODING "encoding"
%token TCFLAG "tcflag" TCFIELD "tcfield" TCVALUE "tcvalue" CC "cc"
%token NCC "ncc" VDISABLE "vdisable" SPEED "speed" COUNT "count"

%type <str> opt_string word opt_nested
%type <ref> ref
%type <ioc> ioc
%type <i> side arrow decl_kind dir opt_speed opt_count
%destructor { free($$); } <str>
%destructor { free($$.name); free($$.hi_name); } <ref>
%destructor { free($$.argtype); } <ioc>

%%

file:
	  %empty
	| file line
	;

line:
	  NL
	| statement NL
	| error NL		{ yyerrok; }
	;

statement:
	  HOST word				{ tsb_host(tp, $2, &@2); }
	| decl_kind word NUMBER opt_internal_flag opt_string
		{ tsb_decl(tp, $1, $2, &@2, $3, $<i>4, $5, &@$); }
	| decl_kind word '=' word		{ tsb_alias(tp, $1, $2, &@2, $4, &@$); }
	| TRAP word NUMBER opt_string
		{ tsb_decl(tp, TK_TRAP, $2, &@2, $3, 0, $4, &@$); }
	| TRAP word word arrow word
		{ tsb_trap(tp, $2, &@2, $3, &@3, $5, &@5, &@$); }
	| LAST word NUMBER			{ tsb_last(tp, $2, $3, &@$); }
	| REALTIME word NUMBER word NUMBER	{ tsb_realtime(tp, $2, $3, $4, $5, &@$); }
	| SIGSET NUMBER				{ tsb_sigset(tp, $2, &@$); }
	| MAP side ref arrow ref		{ tsb_map(tp, $2, &$3, $4, &$5, &@$); }
	| UNMAPPABLE side ref opt_string	{ tsb_unmappable(tp, $2, &$3, $4, &@$); }
	| FIELD word NUMBER word		{ tsb_field(tp, $2, &@2, $3, $4, &@$); }
	| FLAG word NUMBER		{ tsb_flag(tp, $2, &@2, $3, &@$); }
	  flag_class effects
	| BASE base_list
	| RULE word REQUIRES word word opt_string
		{ tsb_rule(tp, TR_REQUIRES, $2, &@2, $4, &@4, $5, &@5, $6, &@$); }
	| RULE word EXCLUDES word word opt_string
		{ tsb_rule(tp, TR_EXCLUDES, $2, &@2, $4, &@4, $5, &@5, $6, &@$); }
	| DUMMY word word			{ tsb_dummy(tp, $2, &@2, $3, &@$); }
	  dummy_opts
	| TYPE word NUMBER			{ tsb_type(tp, $2, &@2, $3, $3, &@$); }
	| TYPE word NUMBER NUMBER		{ tsb_type(tp, $2, &@2, $3, $4, &@$); }
	| HANDLER word				{ tsb_handler(tp, $2, &@2); }
	| ENCODING word				{ tsb_encoding(tp, $2, &@2); }
	| IOCTL word ioc			{ tsb_host_ioctl(tp, $2, &@2, &$3, &@$); }
	| SET word NUMBER DOTDOT NUMBER HANDLER word opt_nested '{'
		{ tsb_set_begin(tp, $2, &@2, $3, $5, &@3, &@5, $7, &@7, $8, &@8, &@$); }
	  NL cmd_lines '}'		{ tsb_set_end(tp); }
	| TCFLAG word word NUMBER
		{ tsb_tcbits(tp, TK_TCFLAG, $2, &@2, $3, &@3, $4, 0, &@$); }
	| TCFIELD word word NUMBER opt_speed
		{ tsb_tcbits(tp, TK_TCFIELD, $2, &@2, $3, &@3, $4, $5, &@$); }
	| TCVALUE word word NUMBER
		{ tsb_tcbits(tp, TK_TCVALUE, $2, &@2, $3, &@3, $4, 0, &@$); }
	| CC word NUMBER opt_count
		{ tsb_tcbits(tp, TK_CC, NULL, NULL, $2, &@2, $3, $4, &@$); }
	| NCC NUMBER				{ tsb_ncc(tp, false, $2, &@$); }
	| VDISABLE NUMBER			{ tsb_ncc(tp, true, $2, &@$); }
	| SPEED word NUMBER NUMBER		{ tsb_speed(tp, $2, &@2, $3, $4, &@$); }
	;

/* termios.map / termios.defs: `speed` marks a field of speed codes. */
opt_speed:
	  %empty	{ $$ = 0; }
	| SPEED		{ $$ = 1; }
	;

/* `count`: a c_cc slot holding a number (VMIN, VTIME), not a character. */
opt_count:
	  %empty	{ $$ = 0; }
	| COUNT		{ $$ = 1; }
	;

decl_kind:
	  ERRNO		{ $$ = TK_ERRNO; }
	| SIGNAL	{ $$ = TK_SIGNAL; }
	| RFORK		{ $$ = TK_RFORK; }
	;

/* Keywords that are also fine as names in some files. */
word:
	  IDENT
	| STRING
	| UNIMPLEMENTED	{ $$ = strdup("unimplemented"); }
	| QUIET		{ $$ = strdup("quiet"); }
	;

opt_internal_flag:
	  %empty	{ $<i>$ = 0; }
	| INTERNAL	{ $<i>$ = 1; }
	;

opt_string:
	  %empty	{ $$ = NULL; }
	| STRING
	;

side:
	  LINUX		{ $$ = TS_LINUX; }
	| HOST		{ $$ = TS_HOST; }
	;

arrow:
	  ARROW		{ $$ = 0; }
	| BIARROW	{ $$ = 1; }
	;

ref:
	  word			{ $$ = (struct ts_ref){ .name = $1, .pos = @$ }; }
	| word '+' NUMBER	{ $$ = (struct ts_ref){ .name = $1, .offset = $3, .pos = @$ }; }
	| ref DOTDOT word	{ $$ = $1; $$.hi_name = $3; $$.pos = @$; }
	| ref DOTDOT word '+' NUMBER
				{ $$ = $1; $$.hi_name = $3; $$.hi_offset = $5; $$.pos = @$; }
	;

flag_class:
	  SUPPORTED		{ tsb_flag_class(tp, TF_SUPPORTED, NULL, NULL); }
	| IGNORED		{ tsb_flag_class(tp, TF_IGNORED, NULL, NULL); }
	| REJECTED word		{ tsb_flag_class(tp, TF_REJECTED, $2, &@2); }
	;

effects:
	  %empty
	| effects SETS word	{ tsb_effect(tp, true, $3, &@3); }
	| effects CLEARS word	{ tsb_effect(tp, false, $3, &@3); }
	;

base_list:
	  word			{ tsb_base(tp, $1, &@1); }
	| base_list word	{ tsb_base(tp, $2, &@2); }
	;

dummy_opts:
	  %empty
	| dummy_opts ERRNO word		{ tsb_dummy_errno(tp, $3, &@3); }
	| dummy_opts LOG ONCE		{ tsb_dummy_log(tp, TL_ONCE); }
	| dummy_opts LOG QUIET		{ tsb_dummy_log(tp, TL_QUIET); }
	| dummy_opts LOG EVERY		{ tsb_dummy_log(tp, TL_EVERY); }
	| dummy_opts ARCH word		{ tsb_dummy_arch(tp, $3, &@3); }
	;

opt_nested:
	  %empty			{ $$ = NULL; }
	| NESTED IN word		{ $$ = $3; }
	;

ioc:
	  NUMBER
		{ $$ = (struct ts_ioc){ .raw = $1, .pos = @$ }; }
	| IOC '(' NUMBER ',' NUMBER ')'
		{ $$ = (struct ts_ioc){ .encoded = true, .macro = (int)$1,
		    .type = $3, .nr = $5, .pos = @$ }; }
	| IOC '(' NUMBER ',' NUMBER ',' word ')'
		{ $$ = (struct ts_ioc){ .encoded = true, .macro = (int)$1,
		    .type = $3, .nr = $5, .argtype = $7, .pos = @$,
		    .argtype_pos = @7 }; }
	;

cmd_lines:
	  %empty
	| cmd_lines NL
	| cmd_lines cmd NL
	| cmd_lines error NL		{ yyerrok; }
	;

cmd:
	  word ioc			{ tsb_cmd_begin(tp, $1, &@1, &$2, &@$); }
	  cmd_arg cmd_status
	;

dir:
	  IN		{ $$ = TD_IN; }
	| OUT		{ $$ = TD_OUT; }
	| INOUT		{ $$ = TD_INOUT; }
	;

cmd_arg:
	  %empty
	| VALUE			{ tsb_cmd_arg(tp, TD_VALUE, NULL, &@1); }
	| dir word		{ tsb_cmd_arg(tp, $1, $2, &@2); }
	;

cmd_status:
	  ARROW word		{ tsb_cmd_status(tp, TS_IMPLEMENTED, $2, &@$); }
	| IMPLEMENTED		{ tsb_cmd_status(tp, TS_IMPLEMENTED, NULL, &@$); }
	| QUIET			{ tsb_cmd_status(tp, TS_QUIET, NULL, &@$); }
	| UNIMPLEMENTED		{ tsb_cmd_status(tp, TS_UNIMPLEMENTED, NULL, &@$); }
	| UNIMPLEMENTED word	{ tsb_cmd_status(tp, TS_UNIMPLEMENTED, $2, &@$); }
	;

%%
