-- syscalls.lua — the syscall names table (FreeBSD's syscalls.c,
-- linux_syscalls.c...): one string per syscall number.

local fb = require("lib.freebsd")

local T = {
	key = "sysnames",
	default = "syscalls.c",
	description = "the syscallnames[] table",
	options = { namesname = "syscallnames" },
}

local NATIVE = "${prolog}\t\"${name}\",\t\t\t/* ${num} = ${name} */\n"
local RESERVED = "${prolog}\t\"#${num}\",\t\t\t/* ${num} = reserved for " ..
    "local use */\n"
local UNIMPL = "${prolog}\t\"#${num}\",\t\t\t/* ${num} = ${alias} */\n"
local OBSOL = "${prolog}\t\"obs_${name}\",\t\t\t/* ${num} = obsolete " ..
    "${name} */\n"

function T.generate(model, out)
	out:write(fb.banner("System call names."), "const char *",
	    model.config.namesname, "[] = {\n")
	for _, s in ipairs(model.syscalls) do
		local flags = s.flags
		if s.native then
			out:emit(NATIVE, s)
		elseif s.compat >= 3 then
			local opt = fb.compat_option(model, s)
			out:emit("${prolog}\t\"" .. opt.flag:lower() ..
			    ".${name}\",\t\t/* ${num} = " .. opt.descr ..
			    " ${name} */\n", s)
		elseif flags.RESERVED then
			out:emit(RESERVED, s)
		elseif flags.UNIMPL then
			out:emit(UNIMPL, s)
		elseif flags.OBSOL then
			out:emit(OBSOL, s)
		else
			out:emit("${prolog}", s)
		end
	end
	out:write(model.epilog, "};\n")
end

return T
