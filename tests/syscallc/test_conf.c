/*
 * test_conf.c — syscalls.conf as FreeBSD's generator reads it.
 */
#include <criterion/criterion.h>

#include "helpers.h"

static struct conf *
conf_of(struct parsed *p, const char *text)
{
	parse_strings(p, "0\tAUE_NULL\tUNIMPL\tx\n", text, NULL);
	return p->conf;
}

Test(conf, quoted_values_lose_their_quotes_and_may_hold_blanks)
{
	struct parsed p;
	struct conf *c = conf_of(&p, "a=\"x y\"  # c\nb=`z`\nc=plain # c\n");

	cr_assert_str_eq(conf_get(c, "a"), "x y");
	cr_assert_str_eq(conf_get(c, "b"), "`z`");
	cr_assert_str_eq(conf_get(c, "c"), "plain");
	cr_assert_str_eq(parsed_diags(&p), "");
	parsed_free(&p);
}

Test(conf, defaults_are_freebsds)
{
	struct parsed p;
	struct conf *c = conf_of(&p, "");

	cr_assert_str_eq(conf_get(c, "syscallprefix"), "SYS_");
	cr_assert_str_eq(conf_get(c, "compat_set"), "native");
	cr_assert_eq(c->ncompat, 9);
	cr_assert_eq(c->compat[0].level, 3);
	cr_assert_str_eq(c->compat[8].definition, "COMPAT_FREEBSD14");
	cr_assert(c->abi.identity);
	cr_assert_null(conf_get(c, "no_such_key"));
	parsed_free(&p);
}

Test(conf, the_last_value_of_a_key_wins)
{
	struct parsed p;
	struct conf *c = conf_of(&p, "syscallprefix=A_\nsyscallprefix=B_\n");

	cr_assert_str_eq(conf_get(c, "syscallprefix"), "B_");
	cr_assert(reported(&p, "duplicate-conf-key"));
	parsed_free(&p);
}

Test(conf, lists_are_split_on_spaces_and_flags_on_bars)
{
	struct parsed p;
	struct conf *c = conf_of(&p,
	    "obsol=\"b  a\"\nabi_flags=\"pair_64bit||long_size\"\n");

	cr_assert(name_set_has(&c->obsol, "a"));
	cr_assert(name_set_has(&c->obsol, "b"));
	cr_assert_not(name_set_has(&c->obsol, "c"));
	cr_assert_eq(c->abi_flags, ABI_PAIR_64BIT | ABI_LONG_SIZE);
	cr_assert_not(c->abi.identity);
	parsed_free(&p);
}

Test(conf, an_empty_compat_set_has_no_options)
{
	struct parsed p;
	struct conf *c = conf_of(&p, "compat_set=\"\"\n");

	cr_assert_eq(c->ncompat, 0);
	parsed_free(&p);
}

Test(conf, a_key_with_an_equals_sign_backtracks_like_lua)
{
	struct parsed p;
	struct conf *c = conf_of(&p, "a=b=c\n");

	/* ^([%w%p]+%s*)= : the longest key, up to the last `=` */
	cr_assert_str_eq(conf_get(c, "a=b"), "c");
	parsed_free(&p);
}

Test(conf, malformed_lines_are_located)
{
	struct parsed p;

	conf_of(&p, "good=1\n\tindented=2\n");
	cr_assert_str_eq(parsed_diags(&p),
	    "t.conf:2:1: error: not a key=value line [conf-syntax]\n"
	    "\tindented=2\n"
	    "^~~~~~~~~~~\n");
	parsed_free(&p);
}
