/*
 * master_build.c — turns the lines the parser accepts into model entries.
 *
 * For every line it keeps the source text and position, computes what
 * FreeBSD's generator reads from it (freebsd_rules.h) and reports where that
 * reading differs from what the line says as a C declaration (check
 * "misparse"), so a master that passes syscallc means the same to both
 * tools.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "check_tables.h"
#include "freebsd_rules.h"
#include "master_parse.h"

#define MC(x)	(&master_checks[MC_##x])

static const char *
pos_text(const struct master_parser *P, const struct srcpos *pos,
    size_t *lenp)
{
	size_t a = srcfile_offset(P->src, pos->first_line, pos->first_column);
	size_t b = srcfile_offset(P->src, pos->last_line, pos->last_column);

	*lenp = b > a ? b - a : 0;
	return P->src->text + a;
}

/* The physical line a position starts on, without the newline. */
static const char *
line_text(const struct master_parser *P, const struct srcpos *pos,
    size_t *lenp)
{
	const char *s = srcfile_line(P->src, pos->first_line, lenp);

	return s != NULL ? s : "";
}

/* The physical lines from pos's first line to `last`, without the last
 * newline. */
static const char *
lines_text(const struct master_parser *P, const struct srcpos *pos,
    int last, size_t *lenp)
{
	size_t a = srcfile_offset(P->src, pos->first_line, 1);
	size_t len;
	const char *l = srcfile_line(P->src, last, &len);
	size_t b = l != NULL ? (size_t)(l - P->src->text) + len : a;

	*lenp = b > a ? b - a : 0;
	return P->src->text + a;
}

bool
ml_is_header_like(const char *s, size_t n)
{
	size_t i = 0, k;
	int w;

	while (i < n && fb_space((unsigned char)s[i]))
		i++;
	k = i;
	while (i < n && isdigit((unsigned char)s[i]))
		i++;
	if (i == k)
		return false;
	if (i < n && s[i] == '-') {
		k = ++i;
		while (i < n && isdigit((unsigned char)s[i]))
			i++;
		if (i == k)
			return false;
	}
	/* then two more words */
	for (w = 0; w < 2; w++) {
		if (i == n || !fb_space((unsigned char)s[i]))
			return false;
		while (i < n && fb_space((unsigned char)s[i]))
			i++;
		if (i == n)
			return false;
		while (i < n && !fb_space((unsigned char)s[i]))
			i++;
	}
	return true;
}

enum cpp_kind
ml_cpp_kind(const char *s, size_t n)
{
	static const struct {
		const char *word;
		enum cpp_kind kind;
	} kinds[] = {
		{ "include", CPP_INCLUDE }, { "ifdef", CPP_IF },
		{ "ifndef", CPP_IF }, { "if", CPP_IF }, { "elif", CPP_ELIF },
		{ "else", CPP_ELSE }, { "endif", CPP_ENDIF },
		{ "define", CPP_DEFINE },
	};
	size_t i = 1, k, w;

	while (i < n && fb_space((unsigned char)s[i]))
		i++;
	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		w = strlen(kinds[k].word);
		if (n - i >= w && memcmp(s + i, kinds[k].word, w) == 0 &&
		    (n - i == w || !(isalnum((unsigned char)s[i + w]) ||
		    s[i + w] == '_')))
			return kinds[k].kind;
	}
	return CPP_OTHER;
}

void
plist_push(struct plist *l, const struct pdecl *d)
{
	if (l->n == l->cap) {
		size_t ncap = l->cap ? l->cap * 2 : 8;
		struct pdecl *nv = realloc(l->v, ncap * sizeof(*nv));

		if (nv == NULL)
			abort();
		l->v = nv;
		l->cap = ncap;
	}
	l->v[l->n++] = *d;
}

void
plist_free(struct plist *l)
{
	if (l == NULL)
		return;
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

static void
prolog_add(struct master_parser *P, const char *s, size_t n,
    const struct srcpos *pos)
{
	if (P->prolog_len + n + 2 > P->prolog_cap) {
		size_t ncap = (P->prolog_len + n + 2) * 2;
		char *np = realloc(P->prolog, ncap);

		if (np == NULL)
			abort();
		P->prolog = np;
		P->prolog_cap = ncap;
	}
	if (P->prolog_len == 0)
		P->prolog_pos = *pos;
	memcpy(P->prolog + P->prolog_len, s, n);
	P->prolog_len += n;
	P->prolog[P->prolog_len++] = '\n';
	P->prolog[P->prolog_len] = '\0';
}

static const char *
prolog_take(struct master_parser *P)
{
	const char *s = model_intern(P->model,
	    P->prolog != NULL ? P->prolog : "", P->prolog_len);

	P->prolog_len = 0;
	return s;
}

static void
append_include(struct master_parser *P, const char *s, size_t n)
{
	struct model *m = P->model;

	m->includes = arena_printf(&m->arena, "%s%.*s\n", m->includes,
	    (int)n, s);
}

/* #if/#elif/#else/#endif: keep the branch structure for the checks. */
static void
track_cpp(struct master_parser *P, enum cpp_kind kind,
    const struct srcpos *pos)
{
	struct cpp_frame *f;
	const struct cpp_frame *top = P->cpp;

	switch (kind) {
	case CPP_IF:
		f = arena_alloc(&P->model->arena, sizeof(*f));
		f->group = P->cpp_groups++;
		f->branch = 0;
		f->depth = top != NULL ? top->depth + 1 : 1;
		f->pos = *pos;
		f->up = top;
		P->cpp = f;
		break;
	case CPP_ELIF:
	case CPP_ELSE:
		if (top == NULL) {
			diag_report(P->diag, MC(CPP_UNBALANCED), pos,
			    "#%s without #if", kind == CPP_ELSE ? "else" :
			    "elif");
			break;
		}
		f = arena_alloc(&P->model->arena, sizeof(*f));
		*f = *top;
		f->branch = top->branch + 1;
		f->pos = *pos;
		P->cpp = f;
		break;
	case CPP_ENDIF:
		if (top == NULL) {
			diag_report(P->diag, MC(CPP_UNBALANCED), pos,
			    "#endif without #if");
			break;
		}
		P->cpp = top->up;
		break;
	default:
		break;
	}
}

void
mb_line_item(struct master_parser *P, enum item_kind kind,
    const struct srcpos *pos)
{
	size_t n;
	const char *s = pos_text(P, pos, &n);
	struct item *it = model_add_item(P->model, kind, pos, s, n);
	const char *abi;

	switch (kind) {
	case ITEM_COMMENT:
		it->in_entry = P->cur.open;
		break;
	case ITEM_INCLUDE:
		it->cpp = CPP_INCLUDE;
		append_include(P, s, n);
		break;
	case ITEM_ABI_HEADERS:
		abi = conf_get(P->model->conf, "abi_headers");
		if (*abi != '\0')
			append_include(P, abi, strlen(abi));
		{
			size_t a = 0, b = n;

			fb_trim(s, &a, &b);
			if (b - a != 15 || memcmp(s + a, "%%ABI_HEADERS%%",
			    15) != 0)
				diag_report(P->diag, MC(ABI_HEADERS_LINE), pos,
				    "the rest of a %%ABI_HEADERS%% line is "
				    "dropped");
		}
		break;
	case ITEM_CPP:
		it->cpp = ml_cpp_kind(s, n);
		if (!P->warned_cpp && it->cpp != CPP_DEFINE) {
			P->warned_cpp = diag_report(P->diag,
			    MC(CPP_DEPRECATED), pos, "non-include "
			    "preprocessor directives are deprecated by "
			    "FreeBSD's generator");
		}
		track_cpp(P, it->cpp, pos);
		prolog_add(P, s, n, pos);
		break;
	default:
		break;
	}
}

static void
builder_reset(struct entry_builder *b)
{
	struct arg *args = b->args;
	size_t cap = b->cap;

	memset(b, 0, sizeof(*b));
	b->args = args;
	b->cap = cap;
}

void
mb_header_word(struct master_parser *P, const struct tok *t,
    const struct srcpos *pos)
{
	struct entry_builder *b = &P->cur;

	if (!b->open) {
		builder_reset(b);
		b->open = true;
		b->pos = *pos;
		b->item = P->model->nitems;
		model_add_item(P->model, ITEM_ENTRY, pos, NULL, 0);
	}
	if (b->nwords < MAX_HDR_WORDS) {
		b->words[b->nwords].t = *t;
		b->words[b->nwords].pos = *pos;
	}
	b->nwords++;
	b->last = *pos;
}

void
mb_old_alt_word(struct master_parser *P, const struct tok *t,
    const struct srcpos *pos)
{
	struct entry_builder *b = &P->cur;

	if (b->nold_alt < 3) {
		b->old_alt[b->nold_alt].t = *t;
		b->old_alt[b->nold_alt].pos = *pos;
	}
	b->nold_alt++;
}

void
mb_set_form(struct master_parser *P, enum entry_form form)
{
	P->cur.form = form;
}

void
mb_broken(struct master_parser *P)
{
	P->cur.broken = true;
}

void
mb_cpp_in_entry(struct master_parser *P, const struct srcpos *pos)
{
	diag_report(P->diag, MC(CPP_IN_ENTRY), pos,
	    "preprocessor line inside an entry (FreeBSD's generator reads "
	    "it as an argument)");
	if (P->cur.open)
		diag_note(P->diag, &P->cur.pos, "the entry starts here");
}

void
mb_unterminated(struct master_parser *P, const struct srcpos *pos,
    const char *what)
{
	struct srcpos at = *pos;

	at.last_line = at.first_line;
	at.last_column = at.first_column;
	if (diag_report(P->diag, MC(UNTERMINATED_ENTRY), &at,
	    "entry is not terminated: %s missing before %s", what,
	    P->off >= P->src->len ? "the end of the file" : "this line"))
		diag_note(P->diag, &P->cur.pos, "the entry starts here");
}

static struct arg *
new_arg(struct master_parser *P)
{
	struct entry_builder *b = &P->cur;

	if (b->nargs == b->cap) {
		size_t ncap = b->cap ? b->cap * 2 : 8;
		struct arg *na = realloc(b->args, ncap * sizeof(*na));

		if (na == NULL)
			abort();
		b->args = na;
		b->cap = ncap;
	}
	memset(&b->args[b->nargs], 0, sizeof(b->args[0]));
	return &b->args[b->nargs++];
}

/*
 * Text for FreeBSD's reading of a one-line prototype piece, as the converted
 * multi-line master would hold it: a `\` continuation and the indentation
 * after it become one space.  Without a continuation this is the source
 * itself (no copy).
 */
static const char *
old_text(struct master_parser *P, const struct srcpos *pos, size_t *lenp)
{
	size_t n, i, k = 0;
	const char *s = pos_text(P, pos, &n);
	char *r;

	if (memchr(s, '\\', n) == NULL) {
		*lenp = n;
		return s;
	}
	r = arena_alloc(&P->model->arena, n + 1);
	for (i = 0; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n && s[i + 1] == '\n') {
			i += 2;
			while (i < n && (s[i] == ' ' || s[i] == '\t'))
				i++;
			i--;
			if (k > 0 && r[k - 1] != ' ')
				r[k++] = ' ';
			continue;
		}
		r[k++] = s[i];
	}
	r[k] = '\0';
	*lenp = k;
	return r;
}

/* A span of text. */
struct span {
	const char	*s;
	size_t		 len;
};

static bool
span_eq(struct span a, const char *s, size_t len)
{
	return a.len == len && memcmp(a.s, s, len) == 0;
}

/* The C reading of a declaration: the name, the type text before it (from
 * the first non-annotation token) and the leading annotations. */
static bool
c_reading(struct master_parser *P, const struct pdecl *d, struct span *type,
    struct span *name, struct span *annot)
{
	struct srcpos tpos;
	size_t a, z;

	if (!d->ends_ident || d->ntok - d->nannot < 2)
		return false;
	name->s = pos_text(P, &d->name_pos, &name->len);
	tpos = d->type_pos;
	tpos.last_line = d->name_pos.first_line;
	tpos.last_column = d->name_pos.first_column;
	type->s = old_text(P, &tpos, &type->len);
	a = 0;
	z = type->len;
	fb_trim(type->s, &a, &z);
	type->s += a;
	type->len = z - a;
	annot->s = "";
	annot->len = 0;
	if (d->nannot > 0) {
		tpos = d->pos;
		tpos.last_line = d->type_pos.first_line;
		tpos.last_column = d->type_pos.first_column;
		annot->s = pos_text(P, &tpos, &annot->len);
		a = 0;
		z = annot->len;
		fb_trim(annot->s, &a, &z);
		annot->s += a;
		annot->len = z - a;
	}
	return true;
}

static const char *
intern_span(struct master_parser *P, struct span sp)
{
	return model_intern(P->model, sp.s, sp.len);
}

/* One argument from its declaration and the text FreeBSD reads for it. */
static void
add_arg(struct master_parser *P, const struct pdecl *d, const char *text,
    size_t len, bool freebsd_sees_it)
{
	struct arena *a = &P->model->arena;
	struct arg *arg;
	struct fb_arg fb;
	struct span ctype, cname, cannot;
	bool c_ok = c_reading(P, d, &ctype, &cname, &cannot);
	bool fb_ok = fb_read_arg(a, text, len, &fb);
	bool is_void = d->ntok == 1 && d->ends_ident && fb_ok &&
	    fb.name_len == 4 && memcmp(fb.name, "void", 4) == 0;

	if (d->ellipsis || is_void) {
		/* FreeBSD keeps no argument for `void` or `...`. */
		arg = new_arg(P);
		arg->pos = d->pos;
		arg->text = fb_ok ? model_intern(P->model, fb.text,
		    fb.text_len) : "";
		arg->text_len = fb_ok ? fb.text_len : 0;
		arg->type = "";
		arg->name = d->ellipsis ? "..." : "void";
		arg->annotations = "";
		arg->dropped = true;
		return;
	}
	if (!c_ok) {
		diag_report(P->diag, MC(MALFORMED_ARGUMENT), &d->pos,
		    d->ends_ident ? "argument has a name but no type" :
		    "argument does not end with its name");
		P->cur.broken = true;
		return;
	}
	arg = new_arg(P);
	arg->pos = d->pos;
	arg->annotations = intern_span(P, cannot);
	if (!freebsd_sees_it || !fb_ok) {
		if (freebsd_sees_it)
			diag_report(P->diag, MC(MISPARSE), &d->pos,
			    "FreeBSD's generator finds no argument name here "
			    "and aborts (\"Malformed argument line\")");
		arg->text = fb_ok ? model_intern(P->model, fb.text,
		    fb.text_len) : model_intern(P->model, text, len);
		arg->text_len = fb_ok ? fb.text_len : len;
		arg->type = intern_span(P, ctype);
		arg->name = intern_span(P, cname);
		return;
	}
	arg->text = model_intern(P->model, fb.text, fb.text_len);
	arg->text_len = fb.text_len;
	arg->type = model_intern(P->model, fb.type, fb.type_len);
	arg->name = model_intern(P->model, fb.name, fb.name_len);
	if (fb.magic) {
		diag_report(P->diag, MC(MALFORMED_ARGUMENT), &d->name_pos,
		    "argument name '%s' holds characters FreeBSD's generator "
		    "treats as a pattern", arg->name);
	} else if (!span_eq(cname, fb.name, fb.name_len) ||
	    !span_eq(ctype, fb.type, fb.type_len)) {
		diag_report(P->diag, MC(MISPARSE), &d->pos,
		    "FreeBSD's generator reads this argument as type '%s' "
		    "name '%s', not type '%.*s' name '%.*s'", arg->type,
		    arg->name, (int)ctype.len, ctype.s, (int)cname.len,
		    cname.s);
	}
}

void
mb_func(struct master_parser *P, const struct pdecl *d,
    const struct plist *params, bool closed, const struct srcpos *line)
{
	struct entry_builder *b = &P->cur;
	struct arena *a = &P->model->arena;
	const char *text, *ret, *name;
	struct span ctype, cname, cannot;
	size_t n, i;
	int words;

	(void)closed;
	b->has_func = true;
	b->func = *d;
	b->func_line = *line;
	b->last = *line;
	if (b->form == FORM_OLD) {
		/* the converted master's function line: `type name(` */
		struct srcpos upto = d->pos;

		text = old_text(P, &upto, &n);
		text = arena_printf(a, "%.*s(", (int)n, text);
		n = strlen(text);
	} else {
		text = line_text(P, line, &n);
	}
	words = fb_read_func(a, text, n, &ret, &name);
	b->func_text = arena_strndup(a, text, n);
	b->ret = ret != NULL ? model_intern(P->model, ret, strlen(ret)) : NULL;
	b->fname = name;

	if (!c_reading(P, d, &ctype, &cname, &cannot)) {
		diag_report(P->diag, MC(MALFORMED_PROTOTYPE), &d->pos,
		    "expected a return type and a function name before '('");
		b->broken = true;
	} else if (b->form != FORM_OLD && words != 2) {
		diag_report(P->diag, MC(MALFORMED_PROTOTYPE), line,
		    "the function line must be `type name(` or "
		    "`type name(void);` (FreeBSD's generator aborts on %d "
		    "words)", words);
	} else if (b->form == FORM_OLD && words != 2) {
		diag_report(P->diag, MC(MALFORMED_PROTOTYPE), &d->pos,
		    "the return type must be one word with optional `*`s "
		    "(the multi-line form allows nothing else)");
	} else if (name == NULL || !span_eq(cname, name, strlen(name))) {
		diag_report(P->diag, MC(MISPARSE), &d->name_pos,
		    "FreeBSD's generator reads the function name as '%s'",
		    name != NULL ? name : "");
	}
	if (params == NULL) {
		P->ndecl = 0;
		return;
	}
	for (i = 0; i < params->n; i++) {
		const struct pdecl *p = &params->v[i];

		if (b->form == FORM_OLD) {
			const char *t = old_text(P, &p->pos, &n);

			add_arg(P, p, t, n, true);
		} else {
			size_t pn;
			const char *t = pos_text(P, &p->pos, &pn);

			add_arg(P, p, t, pn, false);
		}
	}
	P->ndecl = 0;
}

void
mb_args(struct master_parser *P, const struct plist *params,
    const struct srcpos *line, bool on_close_line)
{
	struct entry_builder *b = &P->cur;
	size_t n, i;
	const char *text = line_text(P, line, &n);

	b->last = *line;
	if (on_close_line) {
		diag_report(P->diag, MC(MISPARSE), &params->v[0].pos,
		    "FreeBSD's generator ignores arguments on the line that "
		    "ends with ');' (put ');' on a line of its own)");
	} else if (params->n > 1) {
		diag_report(P->diag, MC(MISPARSE), &params->v[1].pos,
		    "FreeBSD's generator reads one argument per line");
	}
	for (i = 0; i < params->n; i++) {
		bool single = params->n == 1 && !on_close_line;
		size_t pn;
		const char *t = single ? text : pos_text(P, &params->v[i].pos,
		    &pn);

		add_arg(P, &params->v[i], t, single ? n : pn, single);
	}
	P->ndecl = 0;
}

void
mb_entry_end(struct master_parser *P, const struct srcpos *end)
{
	struct entry_builder *b = &P->cur;
	struct model *m = P->model;
	struct arena *a = &m->arena;
	struct entry *e;
	size_t n, i;
	const char *s;

	if (!b->open)
		return;
	b->open = false;
	e = model_add_entry(m);
	e->item = b->item;
	m->items[b->item].entry = m->nentries - 1;
	e->form = b->form;
	e->pos = srcpos_join(&b->pos, end);
	/* an entry ends with its last line's newline: quote up to that line */
	if (e->pos.last_column == 1 && e->pos.last_line > e->pos.first_line) {
		size_t len;

		e->pos.last_line--;
		srcfile_line(P->src, e->pos.last_line, &len);
		e->pos.last_column = (int)len + 1;
	}
	s = lines_text(P, &e->pos, e->pos.last_line, &n);
	e->text = arena_strndup(&m->arena, s, n);
	e->text_len = n;
	m->items[b->item].pos = e->pos;
	m->items[b->item].text = e->text;
	m->items[b->item].text_len = n;
	e->cpp = P->cpp;
	e->broken = b->broken;

	/* FreeBSD's prolog: cpp lines since the previous entry. */
	if (!P->seen_entry) {
		if (P->prolog_len > 0) {
			diag_report(P->diag, MC(CPP_BEFORE_FIRST),
			    &P->prolog_pos, "preprocessor lines before the "
			    "first entry do not appear in the generated files");
			m->prolog = prolog_take(P);
		}
		e->prolog = "";
		P->seen_entry = true;
	} else {
		e->prolog = prolog_take(P);
	}

	/*
	 * FreeBSD 5 masters have no audit column: `N TYPE {...}`.  The
	 * converted multi-line master says AUE_NULL there.
	 */
	if (b->nwords >= 2 && mh_is_type_word(b->words[1].t.s,
	    b->words[1].t.len)) {
		unsigned k;

		for (k = MAX_HDR_WORDS - 1; k > 1; k--)
			b->words[k] = b->words[k - 1];
		b->words[1].t.s = "AUE_NULL";
		b->words[1].t.len = 8;
		b->words[1].pos = b->words[0].pos;
		b->words[1].pos.first_column = b->words[1].pos.last_column;
		b->nwords++;
		b->no_audit = true;
		diag_report(P->diag, MC(OLD_FORM), &b->words[1].pos,
		    "no audit column (a FreeBSD 5 master): AUE_NULL");
	}

	/* Header words. */
	if (b->nwords < 3) {
		diag_report(P->diag, MC(SYNTAX), &b->pos,
		    "an entry starts with a number, an audit event and a "
		    "type");
		e->broken = true;
		e->number_pos = b->words[0].pos;
		(void)mh_parse_number(P, e, &b->words[0]);
		e->number = arena_strndup(a, b->words[0].t.s,
		    b->words[0].t.len);
		e->audit = e->type_word = e->name = "";
		e->args = NULL;
		b->nargs = 0;
		return;
	}
	e->number = arena_strndup(a, b->words[0].t.s, b->words[0].t.len);
	e->number_pos = b->words[0].pos;
	if (!mh_parse_number(P, e, &b->words[0]))
		e->broken = true;
	e->audit = model_intern(m, b->words[1].t.s, b->words[1].t.len);
	e->audit_pos = b->words[1].pos;
	e->no_audit = b->no_audit;
	if (strncmp(e->audit, "AUE_", 4) != 0)
		diag_report(P->diag, MC(BAD_AUDIT), &e->audit_pos,
		    "audit event '%s' does not start with AUE_", e->audit);
	e->type_word = model_intern(m, b->words[2].t.s, b->words[2].t.len);
	e->type_pos = b->words[2].pos;
	mh_parse_flags(P, e, &b->words[2]);
	mh_check_flag_conflicts(P, e);

	if (e->is_range && !(e->flags & (F_RESERVED | F_UNIMPL)))
		diag_report(P->diag, MC(RANGE_TYPE), &e->number_pos,
		    "a range of numbers is allowed only for RESERVED and "
		    "UNIMPL");

	if (b->form == FORM_ONE_LINE) {
		const struct hdr_word *alt = &b->words[4];
		unsigned nalt = b->nwords > 4 ? b->nwords - 4 : 0;

		if (b->nwords >= 4) {
			e->name = arena_strndup(a, b->words[3].t.s,
			    b->words[3].t.len);
			e->name_pos = b->words[3].pos;
		} else {
			e->name = "";
			e->name_pos = b->words[2].pos;
			e->name_pos.first_column = e->name_pos.last_column;
			if (!(e->flags & (F_RESERVED | F_UNIMPL | F_OBSOL)))
				diag_report(P->diag, MC(MISSING_NAME),
				    &e->name_pos, "this entry needs a name");
		}
		if (nalt > 3)
			nalt = 3;
		if (nalt >= 1)
			e->altname = arena_strndup(a, alt[0].t.s, alt[0].t.len);
		if (nalt >= 2)
			e->alttag = arena_strndup(a, alt[1].t.s, alt[1].t.len);
		if (nalt >= 3)
			e->altrtype = arena_strndup(a, alt[2].t.s,
			    alt[2].t.len);
		if ((nalt == 1 || nalt == 2) &&
		    !(e->flags & (F_RESERVED | F_UNIMPL | F_OBSOL)))
			diag_report(P->diag, MC(ALT_FIELDS), &alt[0].pos,
			    "give all three of ALTNAME ALTTAG ALTRTYP or "
			    "none (FreeBSD still uses the ALTTAG given)");
	} else {
		if (b->nwords > 4)
			diag_report(P->diag, MC(SYNTAX), &b->words[4].pos,
			    "nothing may follow '{' on the header line");
		e->name = b->fname != NULL ? b->fname : "";
		e->name_pos = b->has_func ? b->func.name_pos : b->pos;
		e->ret = b->ret;
		e->func_text = b->func_text;
		if (b->form == FORM_OLD) {
			const struct hdr_word *alt = b->old_alt;

			if (b->nold_alt >= 1)
				e->altname = arena_strndup(a, alt[0].t.s,
				    alt[0].t.len);
			if (b->nold_alt >= 2)
				e->alttag = arena_strndup(a, alt[1].t.s,
				    alt[1].t.len);
			if (b->nold_alt >= 3)
				e->altrtype = arena_strndup(a, alt[2].t.s,
				    alt[2].t.len);
			if (b->nold_alt == 1 || b->nold_alt == 2)
				diag_report(P->diag, MC(ALT_FIELDS),
				    &alt[0].pos, "give all three of ALTNAME "
				    "ALTTAG ALTRTYP or none");
			diag_report(P->diag, MC(OLD_FORM), &b->pos,
			    "one-line prototype of an older master");
		}
		if (!b->has_func && !e->broken)
			e->broken = true;
	}
	if (b->continued && b->form != FORM_OLD)
		diag_report(P->diag, MC(MISPARSE), &b->cont_pos,
		    "FreeBSD's generator does not join lines ending in '\\'");

	e->nargs = b->nargs;
	e->args = arena_alloc(a, (b->nargs ? b->nargs : 1) * sizeof(*e->args));
	for (i = 0; i < b->nargs; i++)
		e->args[i] = b->args[i];
	b->nargs = 0;
}

static int
cmp_items(const void *x, const void *y)
{
	const struct item *a = x, *b = y;

	if (a->pos.first_line != b->pos.first_line)
		return a->pos.first_line < b->pos.first_line ? -1 : 1;
	if (a->pos.first_column != b->pos.first_column)
		return a->pos.first_column < b->pos.first_column ? -1 : 1;
	return 0;
}

unsigned
master_parse(struct model *m, struct diag *d)
{
	struct master_parser P;
	unsigned before = diag_errors(d);
	const char *nul;
	size_t i;

	memset(&P, 0, sizeof(P));
	P.diag = d;
	P.src = m->master;
	P.model = m;
	P.arena = &m->arena;
	P.es = ES_OUT;
	srcpos_start(&P.pos, m->master);

	nul = memchr(m->master->text, '\0', m->master->len);
	if (nul != NULL) {
		size_t off = (size_t)(nul - m->master->text), l;
		int line = 1;
		struct srcpos pos;

		for (l = 0; l < off; l++)
			if (m->master->text[l] == '\n')
				line++;
		pos = srcpos_make(m->master, line, (int)(off -
		    srcfile_offset(m->master, line, 1)) + 1, 1);
		diag_report(d, MC(SYNTAX), &pos, "NUL byte in the master");
		return diag_errors(d) - before;
	}

	master_yyparse_run(&P);
	mb_entry_end(&P, &P.cur.last);
	m->epilog = prolog_take(&P);
	if (P.cpp != NULL)
		diag_report(d, MC(CPP_UNBALANCED), &P.cpp->pos,
		    "#if without #endif");
	free(P.prolog);
	free(P.cur.args);
	free(P.decl_pool);
	/* Entries and parser-recorded lines come in file order already; the
	 * scanner records comments a little ahead of the parser. */
	if (m->nitems > 1)
		qsort(m->items, m->nitems, sizeof(m->items[0]), cmp_items);
	/* the arrays doubled while growing: give back the slack */
	if (m->nitems > 0 && m->nitems < m->items_cap) {
		struct item *v = realloc(m->items, m->nitems * sizeof(*v));

		if (v != NULL) {
			m->items = v;
			m->items_cap = m->nitems;
		}
	}
	if (m->nentries > 0 && m->nentries < m->entries_cap) {
		struct entry *v = realloc(m->entries, m->nentries * sizeof(*v));

		if (v != NULL) {
			m->entries = v;
			m->entries_cap = m->nentries;
		}
	}
	for (i = 0; i < m->nitems; i++)
		if (m->items[i].kind == ITEM_ENTRY)
			m->entries[m->items[i].entry].item = i;
	return diag_errors(d) - before;
}
