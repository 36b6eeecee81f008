-- syscall_mk.lua — the libc/libsys object list (FreeBSD's
-- sys/sys/syscall.mk): one <symbol>.o per syscall a library wraps.

local fb = require("lib.freebsd")

local T = {
	key = "sysmk",
	default = "/dev/null",
	description = "MIASM = the object files of the syscall stubs",
}

function T.generate(model, out)
	local all = model.syscalls
	local last = #all

	out:write(fb.banner("FreeBSD system call object files.", "#"),
	    "MIASM =  \\\n")
	for i, s in ipairs(all) do
		local flags = s.flags
		if (s.native or s.compat >= 7) and not flags.NODEF and
		    not flags.NOLIB then
			-- FreeBSD drops the backslash only when the very last
			-- entry of the master is listed.
			out:emit(i >= last and "\t${symbol}.o\n" or
			    "\t${symbol}.o \\\n", s)
		end
	end
end

return T
