-- init_sysent.lua — the system call switch table (FreeBSD's init_sysent.c,
-- linux_sysent.c...): one `struct sysent` per syscall number.
--
-- Written for speed (it runs once per syscall): pieces go into a local
-- array joined in batches, and lines are built with `..`, which is about
-- three times faster than string.format for strings.

local fb = require("lib.freebsd")

local T = {
	key = "syssw",
	default = "init_sysent.c",
	description = "the sysent[] switch table",
	options = { switchname = "sysent" },
}

local ABSENT = "\t{ .sy_narg = 0, .sy_call = (sy_call_t *)nosys, " ..
    ".sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },"
local LKM_COMPAT = "\t{ .sy_narg = 0, .sy_call = (sy_call_t *)lkmressys, " ..
    ".sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },"

function T.generate(model, out)
	local p, n = {}, 0
	local tostring = tostring

	p[1] = fb.banner("System call switch table.")
	p[2] = model.includes
	p[3] = "\n#define AS(name) (sizeof(struct name) / sizeof(syscallarg_t))\n"
	n = 3
	for _, opt in ipairs(model.compat_options) do
		local macro = opt.flag:lower()
		n = n + 1
		p[n] = string.format("\n#ifdef %s\n#define %s(n, name) .sy_narg = n, " ..
		    ".sy_call = (sy_call_t *)__CONCAT(%s, name)\n#else\n" ..
		    "#define %s(n, name) .sy_narg = 0, " ..
		    ".sy_call = (sy_call_t *)nosys\n#endif\n",
		    opt.definition, macro, opt.prefix, macro)
	end
	-- FreeBSD writes this newline even with no compat options.
	n = n + 1
	p[n] = "\n/* The casts are bogus but will do for now. */\n" ..
	    "struct sysent " .. model.config.switchname .. "[] = {\n"

	for _, s in ipairs(model.syscalls) do
		local flags, name = s.flags, s.name
		local comment, line = name, nil
		local prolog = s.prolog
		if prolog ~= "" then
			n = n + 1
			p[n] = prolog
		end
		if s.native then
			local head = "\t{ .sy_narg = " .. s.args_size ..
			    ", .sy_call = (sy_call_t *)"
			if flags.SYSMUX then
				line = head .. "nosys, .sy_auevent = AUE_NULL, " ..
				    ".sy_flags = " .. s.cap ..
				    ", .sy_thrcnt = SY_THR_STATIC },"
			elseif flags.NOSTD then
				line = head .. "lkmressys, .sy_auevent = AUE_NULL, " ..
				    ".sy_flags = " .. s.cap ..
				    ", .sy_thrcnt = SY_THR_ABSENT },"
			else
				line = head .. fb.sys_prefix(name) .. s.symbol ..
				    ", .sy_auevent = " .. s.audit .. ", .sy_flags = " ..
				    s.cap .. ", .sy_thrcnt = " .. s.thr .. " },"
			end
		elseif s.compat >= 3 then
			local opt = fb.compat_option(model, s)
			if flags.NOSTD then
				line = LKM_COMPAT
			else
				line = "\t{ " .. opt.flag:lower() .. "(" .. s.args_size ..
				    "," .. name .. "), .sy_auevent = " .. s.audit ..
				    ", .sy_flags = " .. s.cap .. ", .sy_thrcnt = " ..
				    s.thr .. " },"
			end
			comment = opt.descr .. " " .. name
		elseif flags.OBSOL then
			line = ABSENT
			comment = "obsolete " .. name
		elseif flags.UNIMPL then
			line = ABSENT
		elseif flags.RESERVED then
			line = ABSENT
			comment = "reserved for local use"
		end
		n = n + 1
		p[n] = (line or "") .. "\t/* " .. tostring(s.num) .. " = " ..
		    comment .. " */\n"
		if n >= 1024 then
			out:write(table.concat(p, "", 1, n))
			n = 0
		end
	end
	n = n + 1
	p[n] = model.epilog
	n = n + 1
	p[n] = "};\n"
	out:write(table.concat(p, "", 1, n))
end

return T
