-- syscalls_map.lua — the libsys symbol version map (FreeBSD's
-- lib/libsys/syscalls.map): _name and __sys_name per wrapped syscall.

local fb = require("lib.freebsd")

local T = {
	key = "libsysmap",
	default = "/dev/null",
	description = "the FBSDprivate_1.0 symbol map of libsys",
}

function T.generate(model, out)
	local b = fb.buffer(out)
	local put, putf = b.put, b.putf

	put(fb.banner("FreeBSD system call symbols."))
	put("FBSDprivate_1.0 {\n")
	for _, s in ipairs(model.syscalls) do
		local flags = s.flags
		put(s.prolog)
		if s.native and not flags.NODEF and not flags.NOLIB then
			if s.name ~= "_exit" and s.name ~= "vfork" then
				putf("\t_%s;\n", s.name)
			end
			putf("\t__sys_%s;\n", s.name)
		end
	end
	put(model.epilog)
	put("};\n")
	b.finish()
end

return T
