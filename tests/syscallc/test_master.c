/*
 * test_master.c — the syscalls.master scanner, parser and model builder:
 * what each form of entry becomes, positions, items and recovery.
 */
#include <criterion/criterion.h>

#include "helpers.h"

static const char multi[] =
    "; a comment\n"
    "#include <sys/param.h>\n"
    "\n"
    "0\tAUE_NULL\tSTD|CAPENABLED {\n"
    "\t\tssize_t demo_read(\n"
    "\t\t    int fd,\n"
    "\t\t    _Out_writes_bytes_(n) char *buf,\n"
    "\t\t    size_t n\n"
    "\t\t);\n"
    "\t}\n"
    "1\tAUE_NULL\tUNIMPL\tnothing here\n"
    "2-4\tAUE_NULL\tRESERVED\n"
    "5\tAUE_NULL\tSTD {\n"
    "\t\tvoid *demo_brk(void);\n"
    "\t}\n";

Test(master, the_multi_line_form_gives_name_return_type_and_arguments)
{
	struct parsed p;
	const struct entry *e;

	parse_strings(&p, multi, NULL, NULL);
	cr_assert_str_eq(parsed_diags(&p), "");
	cr_assert_eq(p.model->nentries, 4);
	e = &p.model->entries[0];
	cr_assert_eq(e->form, FORM_MULTI_LINE);
	cr_assert_str_eq(e->name, "demo_read");
	cr_assert_str_eq(e->ret, "ssize_t");
	cr_assert_eq(e->flags, F_STD | F_CAPENABLED);
	cr_assert_eq(e->nargs, 3);
	cr_assert_str_eq(e->args[1].type, "char *");
	cr_assert_str_eq(e->args[1].name, "buf");
	cr_assert_str_eq(e->args[1].annotations, "_Out_writes_bytes_(n)");
	cr_assert_eq(e->args[1].pos.first_line, 7);
	cr_assert_eq(e->args[1].pos.first_column, 7);
	cr_assert_eq(e->pos.first_line, 4);
	cr_assert_eq(e->pos.last_line, 10);
	parsed_free(&p);
}

Test(master, a_pointer_return_type_keeps_its_star)
{
	struct parsed p;

	parse_strings(&p, multi, NULL, NULL);
	cr_assert_str_eq(p.model->entries[3].ret, "void *");
	/* `void` is kept as written, marked dropped: no syscall argument */
	cr_assert_eq(p.model->entries[3].nargs, 1);
	cr_assert(p.model->entries[3].args[0].dropped);
	cr_assert_eq(p.model->syscalls[5].nargs, 0);
	parsed_free(&p);
}

Test(master, one_line_entries_and_ranges_expand_to_one_syscall_per_number)
{
	struct parsed p;

	parse_strings(&p, multi, NULL, NULL);
	cr_assert_eq(p.model->nsyscalls, 6);
	cr_assert_str_eq(p.model->entries[1].name, "nothing");
	cr_assert_str_eq(p.model->entries[1].altname, "here");
	cr_assert(p.model->entries[2].is_range);
	cr_assert_eq(p.model->syscalls[4].num, 4);
	cr_assert_eq(p.model->max_num, 5);
	parsed_free(&p);
}

Test(master, items_keep_comments_includes_and_blank_lines_in_order)
{
	struct parsed p;
	const struct item *it;

	parse_strings(&p, multi, NULL, NULL);
	it = p.model->items;
	cr_assert_eq(it[0].kind, ITEM_COMMENT);
	cr_assert_eq(it[1].kind, ITEM_INCLUDE);
	cr_assert_eq(it[2].kind, ITEM_BLANK);
	cr_assert_eq(it[3].kind, ITEM_ENTRY);
	cr_assert_eq(it[3].entry, 0);
	cr_assert_eq(it[1].text_len, strlen("#include <sys/param.h>"));
	cr_assert_str_eq(p.model->includes, "#include <sys/param.h>\n");
	parsed_free(&p);
}

Test(master, the_old_one_line_form_reads_like_its_conversion)
{
	static const char old[] =
	    " $FreeBSD$\n"
	    "0\tAUE_NULL\tMSTD\t{ int f(int a, \\\n"
	    "\t\t    char *b); } falt f_args int\n"
	    "1\tCPT_NOA\t{ int g(void); }\n";
	struct parsed p;
	const struct entry *e;

	parse_strings(&p, old, NULL, NULL);
	cr_assert_str_eq(parsed_diags(&p), "");
	e = &p.model->entries[0];
	cr_assert_eq(e->form, FORM_OLD);
	cr_assert_eq(e->flags, F_STD);
	cr_assert_eq(e->nargs, 2);
	cr_assert_str_eq(e->args[1].type, "char *");
	cr_assert_str_eq(e->altname, "falt");
	/* the alternate tag after the brace does not rename the args */
	cr_assert_str_eq(p.model->syscalls[0].arg_alias, "f_args");
	e = &p.model->entries[1];
	cr_assert(e->no_audit);
	cr_assert_str_eq(e->audit, "AUE_NULL");
	cr_assert_eq(e->flags, F_COMPAT | F_NOARGS);
	cr_assert_eq(p.model->syscalls[1].compat, 3);
	cr_assert_str_eq(p.model->syscalls[1].arg_alias, "og_args");
	parsed_free(&p);
}

Test(master, cpp_lines_become_the_prolog_of_the_next_entry_and_the_epilog)
{
	static const char src[] =
	    "0\tAUE_NULL\tUNIMPL\ta\n"
	    "#ifdef X\n"
	    "1\tAUE_NULL\tUNIMPL\tb\n"
	    "#endif\n";
	struct parsed p;

	parse_strings(&p, src, NULL, NULL);
	cr_assert_str_eq(p.model->entries[0].prolog, "");
	cr_assert_str_eq(p.model->entries[1].prolog, "#ifdef X\n");
	cr_assert_str_eq(p.model->epilog, "#endif\n");
	cr_assert_not_null(p.model->entries[1].cpp);
	cr_assert_null(p.model->entries[0].cpp);
	parsed_free(&p);
}

Test(master, abi_headers_lines_add_the_conf_headers_to_the_includes)
{
	struct parsed p;

	parse_strings(&p, "%%ABI_HEADERS%%\n0\tAUE_NULL\tUNIMPL\ta\n",
	    "abi_headers=\"#include <x.h>\"\n", NULL);
	cr_assert_str_eq(p.model->includes, "#include <x.h>\n");
	parsed_free(&p);
}

Test(master, one_run_reports_every_broken_line)
{
	static const char src[] =
	    "0\tAUE_NULL\tSTD {\n"
	    "\t\tint a(\n"
	    "\t\t    int 1x\n"
	    "\t\t);\n"
	    "\t}\n"
	    "1\tAUE_NULL\tSTD {\n"
	    "\t\tint b(\n"
	    "\t\t    int ,\n"
	    "\t\t);\n"
	    "\t}\n"
	    "2\tAUE_NULL\tSTD {\n"
	    "\t\tint c(void);\n"
	    "\t}\n";
	struct parsed p;

	parse_strings(&p, src, NULL, NULL);
	cr_assert_str_eq(parsed_diags(&p),
	    "t.master:3:11: error: syntax error, unexpected invalid "
	    "character, expecting end of line or ',' [syntax]\n"
	    "\t\t    int 1x\n"
	    "\t\t        ^\n"
	    "t.master:8:7: error: argument has a name but no type "
	    "[malformed-argument]\n"
	    "\t\t    int ,\n"
	    "\t\t    ^~~\n");
	/* the entry after the broken ones is intact */
	cr_assert_str_eq(p.model->entries[2].name, "c");
	cr_assert_eq(p.model->entries[2].broken, false);
	cr_assert(p.model->entries[0].broken);
	parsed_free(&p);
}

Test(master, a_nul_byte_stops_the_parse_with_its_location)
{
	static const char src[] = "0\tAUE_NULL\tUNIMPL\ta\n1\tAUE\0x\n";
	struct parsed p;

	capture_open(&p.cap);
	p.diag = diag_new(p.cap.fp, "syscallc");
	syscallc_register_checks(p.diag);
	p.master = srcfile_from_string("t.master", src, sizeof(src) - 1);
	p.conffile = NULL;
	p.conf = conf_parse(NULL, p.diag);
	conf_derive(p.conf, p.diag);
	p.model = model_new(p.master, p.conf);
	cr_assert_eq(master_parse(p.model, p.diag), 1);
	cr_assert(strstr(parsed_diags(&p), "t.master:2:6: error: NUL byte "
	    "in the master [syntax]") != NULL);
	parsed_free(&p);
}

Test(master, an_empty_master_is_an_empty_model)
{
	struct parsed p;

	parse_strings(&p, "", NULL, NULL);
	cr_assert_str_eq(parsed_diags(&p), "");
	cr_assert_eq(p.model->nentries, 0);
	cr_assert_eq(p.model->max_num, -1);
	parsed_free(&p);
}

Test(master, a_header_at_the_end_without_a_newline_is_read)
{
	struct parsed p;

	parse_strings(&p, "0\tAUE_NULL\tUNIMPL\tlast", NULL, NULL);
	cr_assert_str_eq(parsed_diags(&p), "");
	cr_assert_str_eq(p.model->entries[0].name, "last");
	parsed_free(&p);
}
