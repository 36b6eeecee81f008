-- syscalls.lua — the syscall names table (FreeBSD's syscalls.c,
-- linux_syscalls.c...): one string per syscall number.

local fb = require("lib.freebsd")

local T = {
	key = "sysnames",
	default = "syscalls.c",
	description = "the syscallnames[] table",
	options = { namesname = "syscallnames" },
}

function T.generate(model, out)
	local b = fb.buffer(out)
	local put, putf = b.put, b.putf

	put(fb.banner("System call names."))
	putf("const char *%s[] = {\n", model.config.namesname)
	for _, s in ipairs(model.syscalls) do
		local flags = s.flags
		put(s.prolog)
		if s.native then
			putf("\t\"%s\",\t\t\t/* %d = %s */\n", s.name, s.num, s.name)
		elseif s.compat >= 3 then
			local opt = fb.compat_option(model, s)
			putf("\t\"%s.%s\",\t\t/* %d = %s %s */\n",
			    opt.flag:lower(), s.name, s.num, opt.descr, s.name)
		elseif flags.RESERVED then
			putf("\t\"#%d\",\t\t\t/* %d = reserved for local use */\n",
			    s.num, s.num)
		elseif flags.UNIMPL then
			putf("\t\"#%d\",\t\t\t/* %d = %s */\n", s.num, s.num,
			    s.alias)
		elseif flags.OBSOL then
			putf("\t\"obs_%s\",\t\t\t/* %d = obsolete %s */\n", s.name,
			    s.num, s.name)
		end
	end
	put(model.epilog)
	put("};\n")
	b.finish()
end

return T
