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

local function check_ret(s)
	if s.ret == nil then
		syscallc.error(s, "%s has no prototype, so _libsys.h cannot " ..
		    "declare it", s.name)
	end
end

function T.generate(model, out)
	out:write(fb.banner("Public system call stubs provided by libsys.\n\n" ..
	    "Do not use directly, include <libsys.h> instead."), HEAD)
	for _, name in ipairs(model.structs) do
		out:write("struct ", name, ";\n")
	end
	out:write("union semun;\n", "\n__BEGIN_DECLS\n")
	for _, s in ipairs(model.syscalls) do
		if wrapped(s) then
			check_ret(s)
			out:emit("typedef ${ret} (__sys_${name}_t)(${argstr_type});\n",
			    s)
		end
	end
	out:write("\n")
	for _, s in ipairs(model.syscalls) do
		if wrapped(s) then
			out:emit(s.flags.NORETURN and
			    "_Noreturn ${ret} __sys_${name}(${argstr_type_var});\n" or
			    "${ret} __sys_${name}(${argstr_type_var});\n", s)
		end
	end
	out:write("__END_DECLS\n", "\n#endif /* __LIBSYS_H_ */\n")
end

return T
