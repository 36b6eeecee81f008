-- init_sysent.lua — the system call switch table (FreeBSD's init_sysent.c,
-- linux_sysent.c...): one `struct sysent` per syscall number.

local fb = require("lib.freebsd")

local T = {
	key = "syssw",
	default = "init_sysent.c",
	description = "the sysent[] switch table",
	options = { switchname = "sysent" },
}

local ABSENT = "\t{ .sy_narg = 0, .sy_call = (sy_call_t *)nosys, " ..
    ".sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },"

function T.generate(model)
	local b = fb.buffer()
	local put, putf = b.put, b.putf

	put(fb.banner("System call switch table."))
	put(model.includes)
	put("\n#define AS(name) (sizeof(struct name) / sizeof(syscallarg_t))\n")
	for _, opt in ipairs(model.compat_options) do
		local macro = opt.flag:lower()
		putf("\n#ifdef %s\n#define %s(n, name) .sy_narg = n, " ..
		    ".sy_call = (sy_call_t *)__CONCAT(%s, name)\n#else\n" ..
		    "#define %s(n, name) .sy_narg = 0, " ..
		    ".sy_call = (sy_call_t *)nosys\n#endif\n",
		    opt.definition, macro, opt.prefix, macro)
	end
	-- FreeBSD writes this newline even with no compat options.
	put("\n")
	putf("/* The casts are bogus but will do for now. */\n" ..
	    "struct sysent %s[] = {\n", model.config.switchname)

	for _, s in ipairs(model.syscalls) do
		local flags, comment = s.flags, s.name
		put(s.prolog)
		if s.native then
			putf("\t{ .sy_narg = %s, .sy_call = (sy_call_t *)",
			    s.args_size)
			if flags.SYSMUX then
				putf("nosys, .sy_auevent = AUE_NULL, " ..
				    ".sy_flags = %s, .sy_thrcnt = SY_THR_STATIC },",
				    s.cap)
			elseif flags.NOSTD then
				putf("lkmressys, .sy_auevent = AUE_NULL, " ..
				    ".sy_flags = %s, .sy_thrcnt = SY_THR_ABSENT },",
				    s.cap)
			else
				putf("%s%s, .sy_auevent = %s, .sy_flags = %s, " ..
				    ".sy_thrcnt = %s },", fb.sys_prefix(s.name),
				    s.symbol, s.audit, s.cap, s.thr)
			end
		elseif s.compat >= 3 then
			local opt = fb.compat_option(model, s)
			if flags.NOSTD then
				put("\t{ .sy_narg = 0, .sy_call = (sy_call_t *)" ..
				    "lkmressys, .sy_auevent = AUE_NULL, " ..
				    ".sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },")
			else
				putf("\t{ %s(%s,%s), .sy_auevent = %s, " ..
				    ".sy_flags = %s, .sy_thrcnt = %s },",
				    opt.flag:lower(), s.args_size, s.name, s.audit,
				    s.cap, s.thr)
			end
			comment = opt.descr .. " " .. s.name
		elseif flags.OBSOL then
			put(ABSENT)
			comment = "obsolete " .. s.name
		elseif flags.UNIMPL then
			put(ABSENT)
		elseif flags.RESERVED then
			put(ABSENT)
			comment = "reserved for local use"
		end
		putf("\t/* %d = %s */\n", s.num, comment)
	end
	put(model.epilog)
	put("};\n")
	return b.text()
end

return T
