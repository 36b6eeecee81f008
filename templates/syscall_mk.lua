-- syscall_mk.lua — the libc/libsys object list (FreeBSD's
-- sys/sys/syscall.mk): one <symbol>.o per syscall a library wraps.

local fb = require("lib.freebsd")

local T = {
	key = "sysmk",
	default = "/dev/null",
	description = "MIASM = the object files of the syscall stubs",
}

function T.generate(model, out)
	local b = fb.buffer(out)
	local put, putf = b.put, b.putf
	local all = model.syscalls
	local last = #all

	put(fb.banner("FreeBSD system call object files.", "#"))
	put("MIASM =  \\\n")
	for i, s in ipairs(all) do
		local flags = s.flags
		if (s.native or s.compat >= 7) and not flags.NODEF and
		    not flags.NOLIB then
			-- FreeBSD drops the backslash only when the very last
			-- entry of the master is listed.
			putf("\t%s.o%s\n", s.symbol, i >= last and "" or " \\")
		end
	end
	b.finish()
end

return T
