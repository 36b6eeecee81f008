-- init_sysent.lua — the system call switch table (FreeBSD's init_sysent.c,
-- linux_sysent.c...): one `struct sysent` per syscall number.
--
-- Lines are written with out:emit(), which fills ${field} from the syscall
-- straight into the output (docs/syscallc-model.md): it runs once per
-- syscall, so it must be fast.

local fb = require("lib.freebsd")

local T = {
	key = "syssw",
	default = "init_sysent.c",
	description = "the sysent[] switch table",
	options = { switchname = "sysent" },
}

local NATIVE = "${prolog}\t{ .sy_narg = ${args_size}, .sy_call = " ..
    "(sy_call_t *)${handler}, .sy_auevent = ${audit}, .sy_flags = ${cap}, " ..
    ".sy_thrcnt = ${thr} },\t/* ${num} = ${name} */\n"
local SYSMUX = "${prolog}\t{ .sy_narg = ${args_size}, .sy_call = " ..
    "(sy_call_t *)nosys, .sy_auevent = AUE_NULL, .sy_flags = ${cap}, " ..
    ".sy_thrcnt = SY_THR_STATIC },\t/* ${num} = ${name} */\n"
local NOSTD = "${prolog}\t{ .sy_narg = ${args_size}, .sy_call = " ..
    "(sy_call_t *)lkmressys, .sy_auevent = AUE_NULL, .sy_flags = ${cap}, " ..
    ".sy_thrcnt = SY_THR_ABSENT },\t/* ${num} = ${name} */\n"
local ABSENT = "${prolog}\t{ .sy_narg = 0, .sy_call = (sy_call_t *)nosys, " ..
    ".sy_auevent = AUE_NULL, .sy_flags = 0, .sy_thrcnt = SY_THR_ABSENT },"
local OBSOL = ABSENT .. "\t/* ${num} = obsolete ${name} */\n"
local UNIMPL = ABSENT .. "\t/* ${num} = ${name} */\n"
local RESERVED = ABSENT .. "\t/* ${num} = reserved for local use */\n"
local COMPAT_NOSTD = "${prolog}\t{ .sy_narg = 0, .sy_call = " ..
    "(sy_call_t *)lkmressys, .sy_auevent = AUE_NULL, .sy_flags = 0, " ..
    ".sy_thrcnt = SY_THR_ABSENT },\t/* ${num} = "

function T.generate(model, out)
	out:write(fb.banner("System call switch table."), model.includes,
	    "\n#define AS(name) (sizeof(struct name) / sizeof(syscallarg_t))\n")
	for _, opt in ipairs(model.compat_options) do
		local macro = opt.flag:lower()
		out:write(string.format("\n#ifdef %s\n#define %s(n, name) " ..
		    ".sy_narg = n, .sy_call = (sy_call_t *)__CONCAT(%s, name)\n" ..
		    "#else\n#define %s(n, name) .sy_narg = 0, " ..
		    ".sy_call = (sy_call_t *)nosys\n#endif\n",
		    opt.definition, macro, opt.prefix, macro))
	end
	-- FreeBSD writes this newline even with no compat options.
	out:write("\n/* The casts are bogus but will do for now. */\n",
	    "struct sysent ", model.config.switchname, "[] = {\n")

	for _, s in ipairs(model.syscalls) do
		local flags = s.flags
		if s.native then
			if flags.SYSMUX then
				out:emit(SYSMUX, s)
			elseif flags.NOSTD then
				out:emit(NOSTD, s)
			else
				out:emit(NATIVE, s)
			end
		elseif s.compat >= 3 then
			local opt = fb.compat_option(model, s)
			if flags.NOSTD then
				out:emit(COMPAT_NOSTD, s)
			else
				out:emit("${prolog}\t{ " .. opt.flag:lower() ..
				    "(${args_size},${name}), .sy_auevent = ${audit}, " ..
				    ".sy_flags = ${cap}, .sy_thrcnt = ${thr} },\t/* " ..
				    "${num} = ", s)
			end
			out:emit(opt.descr .. " ${name} */\n", s)
		elseif flags.OBSOL then
			out:emit(OBSOL, s)
		elseif flags.UNIMPL then
			out:emit(UNIMPL, s)
		elseif flags.RESERVED then
			out:emit(RESERVED, s)
		else
			-- COMPAT1/COMPAT2 (reported by check compat-level)
			out:emit("${prolog}\t/* ${num} = ${name} */\n", s)
		end
	end
	out:write(model.epilog, "};\n")
end

return T
