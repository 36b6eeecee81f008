-- syscalls_map.lua — the libsys symbol version map (FreeBSD's
-- lib/libsys/syscalls.map): _name and __sys_name per wrapped syscall.

local fb = require("lib.freebsd")

local T = {
	key = "libsysmap",
	default = "/dev/null",
	description = "the FBSDprivate_1.0 symbol map of libsys",
}

function T.generate(model, out)
	out:write(fb.banner("FreeBSD system call symbols."), "FBSDprivate_1.0 {\n")
	for _, s in ipairs(model.syscalls) do
		local flags = s.flags
		out:emit("${prolog}", s)
		if s.native and not flags.NODEF and not flags.NOLIB then
			local name = s.name
			if name ~= "_exit" and name ~= "vfork" then
				out:emit("\t_${name};\n", s)
			end
			out:emit("\t__sys_${name};\n", s)
		end
	end
	out:write(model.epilog, "};\n")
end

return T
