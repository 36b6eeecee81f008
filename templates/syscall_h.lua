-- syscall_h.lua — the syscall numbers header (FreeBSD's sys/syscall.h,
-- linux_syscall.h...): a #define per implemented number and MAXSYSCALL.

local fb = require("lib.freebsd")

local T = {
	key = "syshdr",
	default = "../sys/syscall.h",
	description = "#define <prefix><name> <number>, and <prefix>MAXSYSCALL",
	-- written verbatim after the banner when set (kern: SYS_exit alias)
	options = { syshdr_extra = false },
}

function T.generate(model, out)
	local b = fb.buffer(out)
	local put, putf = b.put, b.putf
	local prefix = model.config.syscallprefix
	local max = 0

	put(fb.banner("System call numbers."))
	if model.config.syshdr_extra ~= nil then
		putf("%s\n\n", model.config.syshdr_extra)
	end
	for _, s in ipairs(model.syscalls) do
		local flags, c = s.flags, s.compat
		if s.num > max then
			max = s.num
		end
		if flags.UNIMPL or flags.RESERVED or flags.NODEF then
			-- no name to define
		elseif flags.STD or flags.NOSTD or flags.SYSMUX or c >= 7 then
			putf("#define\t%s%s%s\t%d\n", prefix, s.compat_prefix,
			    s.name, s.num)
		elseif c >= 0 then
			local what
			if c == 0 then
				what = "obsolete"
			elseif c == 3 then
				what = "old"
			else
				what = "freebsd" .. c
			end
			putf("\t\t\t\t/* %d is %s %s */\n", s.num, what, s.name)
		end
	end
	putf("#define\t%sMAXSYSCALL\t%d\n", prefix, max + 1)
	b.finish()
end

return T
