/*
 * test_rules.c — FreeBSD's line-reading rules (freebsd_rules.c): each
 * case is a line and what FreeBSD's generator makes of it.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "check_tables.h"
#include "conf.h"
#include "diag.h"
#include "freebsd_rules.h"

static struct arena A;

static void
setup(void)
{
	arena_init(&A);
}

static void
teardown(void)
{
	arena_free(&A);
}

TestSuite(rules, .init = setup, .fini = teardown);

static void
check_arg(const char *line, const char *type, const char *name)
{
	struct fb_arg fb;

	cr_assert(fb_read_arg(&A, line, strlen(line), &fb), "%s", line);
	cr_assert_eq(fb.type_len, strlen(type), "type of '%s': '%.*s'", line,
	    (int)fb.type_len, fb.type);
	cr_assert(memcmp(fb.type, type, fb.type_len) == 0, "%s", line);
	cr_assert_eq(fb.name_len, strlen(name), "%s", line);
	cr_assert(memcmp(fb.name, name, fb.name_len) == 0, "%s", line);
}

Test(rules, an_argument_is_its_last_word_and_the_type_before_it)
{
	check_arg("\t\t    int fd,", "int", "fd");
	check_arg("const char *path", "const char *", "path");
	check_arg("char*buf", "char*", "buf");
	check_arg("struct  l_timespec  *  ts", "struct  l_timespec  *", "ts");
	check_arg("  ,,int fd,,  ", "int", "fd");
}

Test(rules, annotations_are_removed_wherever_they_are)
{
	check_arg("_In_z_ const char *path", "const char *", "path");
	check_arg("_Out_writes_bytes_(nbyte) void *buf", "void *", "buf");
	check_arg("_Inout_opt_ _Contains_long_ptr_ char *data", "char *",
	    "data");
	check_arg("_Out_opt_ _Contains_long_timet_ struct rusage *rusage",
	    "struct rusage *", "rusage");
}

Test(rules, a_tab_before_the_name_is_not_a_separator_for_freebsd)
{
	struct fb_arg fb;

	cr_assert(fb_read_arg(&A, "int\tfd", 6, &fb));
	cr_assert_eq(fb.type_len, 0);
	cr_assert_eq(fb.name_len, 6);
}

Test(rules, an_argument_without_a_name_is_what_freebsd_aborts_on)
{
	struct fb_arg fb;

	cr_assert_not(fb_read_arg(&A, "char *", 6, &fb));
	cr_assert_not(fb_read_arg(&A, ",,", 2, &fb));
	cr_assert_not(fb_read_arg(&A, "int fd ,", 8, &fb));
}

Test(rules, names_with_pattern_characters_are_flagged)
{
	struct fb_arg fb;

	cr_assert(fb_read_arg(&A, "int a.b", 7, &fb));
	cr_assert(fb.magic);
	cr_assert(fb_read_arg(&A, "int ab", 6, &fb));
	cr_assert_not(fb.magic);
}

Test(rules, the_function_line_gives_return_type_and_name)
{
	const char *ret, *name;

	cr_assert_eq(fb_read_func(&A, "\t\tint read(", 11, &ret, &name), 2);
	cr_assert_str_eq(ret, "int");
	cr_assert_str_eq(name, "read");
	cr_assert_eq(fb_read_func(&A, "void **mmap(void);", 18, &ret, &name),
	    2);
	cr_assert_str_eq(ret, "void **");
	cr_assert_str_eq(name, "mmap");
	cr_assert_eq(fb_read_func(&A, "const char *f(", 14, &ret, &name), 3);
}

Test(rules, abi_change_patterns_follow_the_enabled_flags)
{
	cr_assert(fb_arg_changes_abi("long who", ABI_LONG_SIZE));
	cr_assert_not(fb_arg_changes_abi("long who", ABI_TIME_T_SIZE));
	cr_assert(fb_arg_changes_abi("size_t *len", ABI_LONG_SIZE));
	cr_assert(fb_arg_changes_abi("_Contains_long_ptr_ char *d",
	    ABI_POINTER_SIZE));
	cr_assert(fb_arg_changes_abi("_Contains_timet_ struct x *t",
	    ABI_TIME_T_SIZE));
	cr_assert(fb_arg_changes_abi("char **argv", ABI_POINTER_SIZE));
	cr_assert(fb_arg_changes_abi("off_t", ABI_PAIR_64BIT));
	cr_assert_not(fb_arg_changes_abi("off_t *", ABI_PAIR_64BIT));
}

Test(rules, pointer_and_64_bit_types_and_struct_names)
{
	cr_assert(fb_is_ptr_type("char *", "intptr_t"));
	cr_assert(fb_is_ptr_type("caddr_t", "intptr_t"));
	cr_assert(fb_is_ptr_type("uint32_t", "uint32_t"));
	cr_assert_not(fb_is_ptr_type("int", "intptr_t"));
	cr_assert(fb_is_64bit_type("off_t  "));
	cr_assert_not(fb_is_64bit_type("loff_t"));
	cr_assert_str_eq(fb_struct_name(&A, "const struct timespec *"),
	    "timespec");
	cr_assert_null(fb_struct_name(&A, "struct timespec"));
}

Test(rules, abi_rewriting_as_freebsd32_does_it)
{
	struct conf *c;
	static const char text[] =
	    "abi_flags=\"long_size\"\nabi_long=\"int32_t\"\n"
	    "abi_u_long=\"uint32_t\"\nabi_size_t=\"uint32_t\"\n"
	    "abi_ptr_array_t=\"uint32_t\"\nabi_intptr_t=\"uint32_t\"\n"
	    "abi_type_suffix=\"32\"\n";
	struct srcfile *f = srcfile_from_string("c", text, sizeof(text) - 1);

	FILE *null = fopen("/dev/null", "w");
	struct diag *d = diag_new(null, "t");

	syscallc_register_checks(d);
	c = conf_parse(f, d);
	conf_derive(c, d);
	cr_assert_eq(diag_errors(d) + diag_warnings(d), 0);
	cr_assert_str_eq(fb_abi_type(&A, "long", c, false), "int32_t");
	cr_assert_str_eq(fb_abi_type(&A, "u_long *", c, false), "uint32_t *");
	cr_assert_str_eq(fb_abi_type(&A, "size_t *", c, false), "uint32_t *");
	cr_assert_str_eq(fb_abi_type(&A, "char **", c, false), "uint32_t *");
	cr_assert_str_eq(fb_abi_type(&A, "char * const *", c, false),
	    "uint32_t *");
	cr_assert_str_eq(fb_abi_type(&A, "intptr_t", c, false), "uint32_t");
	cr_assert_str_eq(fb_abi_type(&A, "struct timespec *", c, true),
	    "struct timespec32 *");
	cr_assert_str_eq(fb_abi_type(&A, "struct timespec *", c, false),
	    "struct timespec *");
	conf_free(c);
	srcfile_free(f);
	diag_free(d);
	fclose(null);
}

Test(rules, replace_all_is_plain_text)
{
	cr_assert_str_eq(fb_replace_all(&A, "a.b.a", "a", "xy"), "xy.b.xy");
	cr_assert_str_eq(fb_replace_all(&A, "abc", "z", "y"), "abc");
}
