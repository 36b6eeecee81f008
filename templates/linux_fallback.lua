-- linux_fallback.lua — writes linux_fallback.c: a weak definition of every
-- handler a system call table names, so that the table links whatever the
-- runtime implements.
--
-- Each fallback reports its own name once per process (kern_log_once, the
-- thesis's "which unimplemented calls matter" policy) and returns ENOSYS.
-- The runtime's real handlers are strong definitions of the same names and
-- replace the fallbacks at link time; nothing lists which handlers exist.
--
-- The handlers are exactly the sy_call symbols of the generated sysent
-- table: linux_<name> for STD entries, the host's sys_<name> for NOPROTO
-- ones, and nosys / lkmressys for the entries that have no handler of their
-- own (UNIMPL, OBSOL, RESERVED / NOSTD).  Each is defined once, in table
-- order, with the argument structure the table's prototypes give it.
--
-- The output is named by the conf key `linux_fallback` (a path relative to
-- the master's directory, as every output); without it nothing is written.

local M = {}

M.conf_key = "linux_fallback"

-- Entry kinds whose sysent slot calls a shared stub rather than a handler
-- of their own, and that stub with its argument structure.
local STUB_OF_KIND = {
	UNIMPL = { handler = "nosys", args = "nosys_args" },
	OBSOL = { handler = "nosys", args = "nosys_args" },
	RESERVED = { handler = "nosys", args = "nosys_args" },
	NOSTD = { handler = "lkmressys", args = "nosys_args" },
}

-- handlers(entries): the distinct handlers, in order of first appearance.
--   entries: list, in master order, of
--     { num = <number>, kind = "STD"|"NOPROTO"|"UNIMPL"|"OBSOL"|..., 
--       handler = <sy_call symbol>, args = <args struct tag> }
--   (handler and args are ignored for kinds in STUB_OF_KIND.)
-- Returns a list of { handler =, args =, nums = { ... } }.
function M.handlers(entries)
	local list, byname = {}, {}
	for _, e in ipairs(entries) do
		local stub = STUB_OF_KIND[e.kind]
		local handler = stub and stub.handler or e.handler
		local args = stub and stub.args or e.args
		local h = byname[handler]
		if h == nil then
			h = { handler = handler, args = args, nums = {} }
			byname[handler] = h
			list[#list + 1] = h
		elseif h.args ~= args then
			error(string.format("handler %s is given two argument " ..
			    "structures: %s and %s", handler, h.args, args))
		end
		h.nums[#h.nums + 1] = e.num
	end
	return list
end

local BANNER = [[
/*
 * Fallback system call handlers.
 *
 * DO NOT EDIT-- this file is automatically @generated.
 */

]]

local PREAMBLE = [[
#include <kern_api.h>
#include <sys/sysent.h>
#include <sys/sysproto.h>
#include <linux_types.h>
#include "linux_proto.h"

/*
 * One weak definition per handler that linux_sysent names.  A handler the
 * runtime implements is a strong definition of the same name and replaces
 * the one here when linked; every other one reports its name once per
 * process and fails with ENOSYS.
 *
 * Link order matters when the runtime's handlers come from an archive: the
 * linker does not extract an archive member for a symbol this file already
 * defines, so the runtime's objects must be linked (or archived) before
 * this one.
 */
#define	FALLBACK(handler, args)						\
int __attribute__((__weak__))						\
handler(struct thread *td, struct args *uap __attribute__((__unused__)))	\
{									\
									\
	kern_log_once(td, #handler,					\
	    "%s: system call not implemented", #handler);		\
	return (ENOSYS);						\
}

]]

-- render(entries): the text of linux_fallback.c for a table's entries.
function M.render(entries)
	local out = { BANNER, PREAMBLE }
	for _, h in ipairs(M.handlers(entries)) do
		local nums = {}
		for i, n in ipairs(h.nums) do
			nums[i] = tostring(n)
		end
		out[#out + 1] = string.format("FALLBACK(%s, %s)\t/* %s */\n",
		    h.handler, h.args, table.concat(nums, ", "))
	end
	return table.concat(out)
end

return M
