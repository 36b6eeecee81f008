-- linux_fallback.lua — linux_fallback.c: a weak definition of every handler
-- a system call table names, so that the table links whatever the runtime
-- implements.
--
-- Each fallback reports its own name once per process (kern_log_once: the
-- thesis's "know which unimplemented calls matter" policy) and returns
-- ENOSYS.  The runtime's real handlers (and the stubs of linux_dummy.c) are
-- strong definitions of the same names and replace the fallbacks at link
-- time; nothing lists which handlers exist.
--
-- The handlers are exactly the sy_call symbols init_sysent.lua writes into
-- the table, derived the same way: linux_<name> for STD entries, the host's
-- sys_<name> for NOPROTO ones, nosys for UNIMPL/OBSOL/RESERVED/SYSMUX
-- entries and lkmressys for NOSTD ones.  Each is defined once, in table
-- order, with the argument structure its entry gives it.  Compat entries
-- (COMPATn) are left out: their handler depends on the kernel's COMPAT_*
-- options, and Linux confs have no compat set.
--
-- Written only when the conf names it (key linux_fallback); the default is
-- /dev/null, as for every output FreeBSD's generator does not have.

local fb = require("lib.freebsd")

local T = {
	key = "linux_fallback",
	default = "/dev/null",
	description = "weak ENOSYS fallbacks for every handler of the table",
}

-- The shared stub a sysent slot without a handler of its own calls.
local function stub_of(s)
	local f = s.flags
	if f.OBSOL or f.UNIMPL or f.RESERVED or f.SYSMUX then
		return "nosys"
	elseif f.NOSTD then
		return "lkmressys"
	end
	return nil
end

-- The distinct handlers of the table, in order of first appearance:
-- { handler =, args =, nums = { ... } }.
local function handlers(model)
	local list, byname = {}, {}
	for _, s in ipairs(model.syscalls) do
		local handler, args = stub_of(s), "nosys_args"
		if handler == nil and s.native then
			handler = fb.sys_prefix(s.name) .. s.symbol
			args = s.arg_alias
		end
		if handler ~= nil then
			local h = byname[handler]
			if h == nil then
				h = { handler = handler, args = args, nums = {} }
				byname[handler] = h
				list[#list + 1] = h
			elseif h.args ~= args then
				syscallc.error(s, "handler %s is given two " ..
				    "argument structures, %s and %s", handler,
				    h.args, args)
			end
			h.nums[#h.nums + 1] = tostring(s.num)
		end
	end
	return list
end

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

function T.generate(model, out)
	local b = fb.buffer(out)

	b.put(fb.banner("Fallback system call handlers."))
	b.put(PREAMBLE)
	for _, h in ipairs(handlers(model)) do
		b.putf("FALLBACK(%s, %s)\t/* %s */\n", h.handler, h.args,
		    table.concat(h.nums, ", "))
	end
	b.finish()
end

return T
