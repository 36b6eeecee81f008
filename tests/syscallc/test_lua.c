/*
 * test_lua.c — the model as templates see it (lua_model.c,
 * lua_syscall.c): fields, derived fields, read-only protection, the
 * lazily built entries and items, and positions for located errors.
 */
#include <criterion/criterion.h>
#include <lauxlib.h>
#include <lualib.h>

#include "helpers.h"
#include "lua_model.h"

static const char master[] =
    "; demo\n"
    "#include <a.h>\n"
    "0\tAUE_NULL\tSTD|CAPENABLED {\n"
    "\t\tint demo_read(\n"
    "\t\t    int fd,\n"
    "\t\t    char *buf\n"
    "\t\t);\n"
    "\t}\n"
    "1\tAUE_NULL\tCOMPAT4 {\n"
    "\t\tint oldcall(void);\n"
    "\t}\n"
    "2-3\tAUE_NULL\tUNIMPL\tgap\n"
    "4\tAUE_NULL\tNOPROTO {\n"
    "\t\tint linux_x(\n"
    "\t\t    int fd\n"
    "\t\t);\n"
    "\t}\n";

static struct parsed P;
static lua_State *L;

static void
setup(void)
{
	parse_strings(&P, master, NULL, NULL);
	cr_assert_str_eq(parsed_diags(&P), "");
	L = luaL_newstate();
	luaL_openlibs(L);
	lua_push_model(L, P.model, "t.master", NULL, NULL, NULL);
	lua_setglobal(L, "model");
}

static void
teardown(void)
{
	lua_close(L);
	parsed_free(&P);
}

TestSuite(lua, .init = setup, .fini = teardown);

/* Run a chunk that returns a string; compare it. */
static void
expect(const char *chunk, const char *want)
{
	if (luaL_dostring(L, chunk) != LUA_OK)
		cr_assert_fail("%s: %s", chunk, lua_tostring(L, -1));
	cr_assert_str_eq(lua_tostring(L, -1), want, "%s", chunk);
	lua_pop(L, 1);
}

/* Run a chunk that must raise an error containing `want`. */
static void
expect_error(const char *chunk, const char *want)
{
	cr_assert_neq(luaL_dostring(L, chunk), LUA_OK, "%s", chunk);
	cr_assert(strstr(lua_tostring(L, -1), want) != NULL, "%s: %s", chunk,
	    lua_tostring(L, -1));
	lua_pop(L, 1);
}

Test(lua, syscalls_carry_freebsds_derived_fields)
{
	expect("return #model.syscalls", "5");
	expect("local s = model.syscalls[1] return s.name .. ' ' .. s.num .. "
	    "' ' .. s.arg_alias .. ' ' .. s.args_size .. ' ' .. s.cap .. ' ' "
	    ".. s.thr .. ' ' .. s.handler .. ' ' .. tostring(s.native)",
	    "demo_read 0 demo_read_args AS(demo_read_args) SYF_CAPENABLED "
	    "SY_THR_STATIC sys_demo_read true");
	expect("local s = model.syscalls[2] return s.symbol .. ' ' .. "
	    "s.compat .. ' ' .. s.arg_alias .. ' ' .. s.compat_prefix",
	    "freebsd4_oldcall 4 freebsd4_oldcall_args freebsd4_");
	expect("return model.syscalls[5].handler", "linux_x");
	expect("return model.syscalls[1].argstr_type_var",
	    "int fd, char * buf");
	expect("return model.syscalls[2].argstr_type", "void");
}

Test(lua, ranges_expand_and_unimplemented_entries_have_no_prototype)
{
	expect("local s = model.syscalls[4] return s.num .. s.alias .. "
	    "tostring(s.ret) .. tostring(s.flags.UNIMPL)", "3gapniltrue");
}

Test(lua, arguments_are_shared_tables_with_type_and_name)
{
	expect("local a = model.syscalls[1].args return #a .. a[2].type .. "
	    "a[2].name", "2char *buf");
	expect("return tostring(model.syscalls[1].args[1] == "
	    "model.syscalls[5].args[1])", "true");
	expect("local n = 0 for _, a in ipairs(model.syscalls[1].args) do "
	    "n = n + 1 end return n", "2");
}

Test(lua, the_model_cannot_be_written)
{
	expect_error("model.syscalls[1].name = 'x'", "read-only");
	expect_error("model.syscalls[1].args[1].type = 'x'", "read-only");
	expect_error("model.syscalls[1].flags.STD = false", "read-only");
	expect_error("model.includes = ''", "read-only");
	expect_error("table.insert(model.syscalls, 1)", "read-only");
	expect_error("setmetatable(model, {})", "protected");
}

Test(lua, misspelt_fields_are_errors_not_nils)
{
	expect_error("return model.syscalls[1].nmae", "has no field 'nmae'");
	expect_error("return model.entrys", "has no field 'entrys'");
	expect_error("return model.entries[1].nmae", "has no field 'nmae'");
}

Test(lua, pairs_lists_a_syscalls_fields)
{
	expect("local k = {} for key in pairs(model.syscalls[1]) do "
	    "k[#k + 1] = key end return table.concat(k, ',', 1, 5)",
	    "num,name,alias,audit,flags");
}

Test(lua, entries_and_items_keep_the_source)
{
	expect("local e = model.entries[1] return e.form .. ' ' .. e.line .. "
	    "'-' .. e.end_line .. ' ' .. e.args[2].text .. ' ' .. "
	    "#e.syscalls", "multi-line 3-8 char *buf 1");
	expect("return model.entries[3].form .. #model.entries[3].syscalls",
	    "one-line2");
	expect("local it = model.items return it[1].kind .. ' ' .. it[1].text "
	    ".. ' ' .. it[2].kind .. ' ' .. it[3].entry.name",
	    "comment ; demo include demo_read");
	expect("return tostring(model.syscalls[4].entry == "
	    "model.entries[3])", "true");
}

Test(lua, config_holds_freebsds_defaults_and_compat_options)
{
	expect("return model.config.syscallprefix .. model.config.compat_set",
	    "SYS_native");
	expect("return #model.compat_options .. model.compat_options[2].flag",
	    "9COMPAT4");
	expect("return model.includes", "#include <a.h>\n");
}

Test(lua, positions_locate_model_objects)
{
	struct srcpos pos;

	(void)luaL_dostring(L, "return model.syscalls[5]");
	cr_assert(lua_model_position(L, -1, P.model, &pos));
	cr_assert_eq(pos.first_line, 13);
	lua_pop(L, 1);
	(void)luaL_dostring(L, "return model.entries[1].args[2]");
	cr_assert(lua_model_position(L, -1, P.model, &pos));
	cr_assert_eq(pos.first_line, 6);
	cr_assert_eq(pos.first_column, 7);
	lua_pop(L, 1);
	lua_pushinteger(L, 1);
	cr_assert_not(lua_model_position(L, -1, P.model, &pos));
	lua_pop(L, 1);
}
