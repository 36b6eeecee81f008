-- libsys_h.lua — the libsys stub declarations (FreeBSD's
-- lib/libsys/_libsys.h): a typedef and a prototype per wrapped syscall.

local fb = require("lib.freebsd")

local T = {
	key = "libsys_h",
	default = "/dev/null",
	description = "__sys_<name> prototypes and typedefs for libsys",
}

local HEAD = [[
#ifndef __LIBSYS_H_
#define __LIBSYS_H_

#include <sys/_cpuset.h>
#include <sys/_domainset.h>
#include <sys/_ffcounter.h>
#include <sys/_semaphore.h>
#include <sys/_sigaltstack.h>
#include <machine/ucontext.h>   /* for mcontext_t */
#include <sys/_ucontext.h>
#include <sys/wait.h>

]]

local function wrapped(s)
	local flags = s.flags
	return s.native and not flags.NODEF and not flags.NOLIB and
	    not flags.SYSMUX
end

local function ret_of(s)
	if s.ret == nil then
		syscallc.error(s, "%s has no prototype, so _libsys.h cannot " ..
		    "declare it", s.name)
	end
	return s.ret
end

function T.generate(model, out)
	local b = fb.buffer(out)
	local put, putf = b.put, b.putf

	put(fb.banner("Public system call stubs provided by libsys.\n\n" ..
	    "Do not use directly, include <libsys.h> instead."))
	put(HEAD)
	for _, name in ipairs(model.structs) do
		putf("struct %s;\n", name)
	end
	put("union semun;\n")
	put("\n__BEGIN_DECLS\n")
	for _, s in ipairs(model.syscalls) do
		if wrapped(s) then
			putf("typedef %s (__sys_%s_t)(%s);\n", ret_of(s), s.name,
			    s.argstr_type)
		end
	end
	put("\n")
	for _, s in ipairs(model.syscalls) do
		if wrapped(s) then
			putf("%s%s __sys_%s(%s);\n",
			    s.flags.NORETURN and "_Noreturn " or "", ret_of(s),
			    s.name, s.argstr_type_var)
		end
	end
	put("__END_DECLS\n")
	put("\n#endif /* __LIBSYS_H_ */\n")
	b.finish()
end

return T
