-- sysproto_h.lua — the syscall prototypes header (FreeBSD's
-- sys/sysproto.h, linux_proto.h...): an argument struct and a handler
-- prototype per syscall, compat ones inside #ifdef COMPAT_..., and the
-- audit event of each.
--
-- FreeBSD writes the native argument structs directly and buffers the rest
-- in numbered "levels" printed in ascending order at the end: 1 native
-- prototypes, 10*c .. 10*c+9 the #ifdef block of compat level c, 10000 the
-- audit defines.  The prolog of every entry is copied into level 1 and into
-- every compat block, which is why #ifdef groups repeat.

local fb = require("lib.freebsd")

local T = {
	key = "sysproto",
	default = "../sys/sysproto.h",
	description = "argument structs and handler prototypes",
	options = { sysproto_h = "_SYS_SYSPROTO_H_" },
}

local HEAD = [[
#ifndef %s
#define	%s

#include <sys/types.h>
#include <sys/signal.h>
#include <sys/cpuset.h>
#include <sys/domainset.h>
#include <sys/_ffcounter.h>
#include <sys/_semaphore.h>
#include <sys/ucontext.h>
#include <sys/wait.h>

#include <bsm/audit_kevents.h>

struct proc;

struct thread;

#define	PAD_(t)	(sizeof(syscallarg_t) <= sizeof(t) ? \
		0 : sizeof(syscallarg_t) - sizeof(t))

#if BYTE_ORDER == LITTLE_ENDIAN
#define	PADL_(t)	0
#define	PADR_(t)	PAD_(t)
#else
#define	PADL_(t)	PAD_(t)
#define	PADR_(t)	0
#endif

]]

local AUDIT_LEVEL = 10000
local DUMMY = "struct ${arg_alias} {\n\tsyscallarg_t dummy;\n};\n"
local PROTO = "${rettype}\t${handler}(struct thread *, struct ${arg_alias} *);\n"
local COMPAT_PROTO = "${rettype}\t${compat_prefix}${name}(struct thread *, " ..
    "struct ${arg_alias} *);\n"

-- One member line per distinct argument (argument tables are shared
-- between equal arguments, so this renders each (type, name) once).
local function member(cache, a)
	local m = cache[a]
	if m == nil then
		local t, n = a.type, a.name
		m = "\tchar " .. n .. "_l_[PADL_(" .. t .. ")]; " .. t .. " " .. n ..
		    "; char " .. n .. "_r_[PADR_(" .. t .. ")];\n"
		cache[a] = m
	end
	return m
end

local function check_rettype(s)
	if s.rettype == nil then
		syscallc.error(s, "%s has no prototype, so sysproto.h cannot " ..
		    "declare its handler (make it NOPROTO or give ALTRTYP)",
		    s.name)
	end
end

function T.generate(model, out)
	local guard = model.config.sysproto_h
	local pair64 = fb.has_pair_64bit(model)
	local opts = model.compat_options
	local audit_line = "#define\t" .. model.config.syscallprefix ..
	    "AUE_${symbol}\t${audit}\n"
	-- the buffered levels: native prototypes, audit defines, and per
	-- compat level its block (level*10 and +1, closed at +9)
	local protos, audits = syscallc.buffer(), syscallc.buffer()
	local blocks, block_protos = {}, {}
	local members = {}

	out:write(fb.banner("System call prototypes."),
	    string.format(HEAD, guard, guard))
	if pair64 then
		out:write(fb.PAD64)
	end
	for _, opt in ipairs(opts) do
		blocks[opt.level] = syscallc.buffer()
		block_protos[opt.level] = syscallc.buffer()
		blocks[opt.level]:write("\n#ifdef ", opt.definition, "\n\n")
	end

	for _, s in ipairs(model.syscalls) do
		local flags = s.flags
		local has_struct = not flags.NOARGS and not flags.NOPROTO and
		    not flags.NODEF
		local has_proto = not flags.NOPROTO and not flags.NODEF
		local prolog = s.prolog

		if prolog ~= "" then
			out:write(prolog)
			protos:write(prolog)
			for _, opt in ipairs(opts) do
				blocks[opt.level]:write(prolog)
			end
		end
		if s.native then
			if has_struct then
				local args = s.args
				local nargs = #args
				if nargs > 0 then
					out:emit("struct ${arg_alias} {\n", s)
					for k = 1, nargs do
						local a = args[k]
						if pair64 and a.pad then
							out:write("#ifdef PAD64_REQUIRED\n",
							    member(members, a), "#endif\n")
						else
							out:write(member(members, a))
						end
					end
					out:write("};\n")
				else
					out:emit(DUMMY, s)
				end
			end
			if has_proto then
				check_rettype(s)
				protos:emit(PROTO, s)
				audits:emit(audit_line, s)
			end
		elseif s.compat >= 3 then
			local level = s.compat
			local block = blocks[level]
			if block == nil then
				-- not in the compat set: reported by check
				-- compat-level; FreeBSD stores it bare
				block = syscallc.buffer()
				blocks[level] = block
				block_protos[level] = syscallc.buffer()
			end
			if has_struct then
				local args = s.args
				if #args > 0 then
					block:emit("struct ${arg_alias} {\n", s)
					for _, a in ipairs(args) do
						block:write(member(members, a))
					end
					block:write("};\n")
				else
					-- not buffered: it lands among the native
					-- structs, outside its #ifdef
					out:emit(DUMMY, s)
				end
			end
			if has_proto then
				check_rettype(s)
				block_protos[level]:emit(COMPAT_PROTO, s)
				audits:emit(audit_line, s)
			end
		end
	end

	local epilog = model.epilog
	out:write(epilog)
	protos:write(epilog)
	for _, opt in ipairs(opts) do
		blocks[opt.level]:write(epilog)
	end
	out:write(protos)
	local levels = {}
	for level in pairs(blocks) do
		levels[#levels + 1] = level
	end
	table.sort(levels)
	local closing = {}
	for _, opt in ipairs(opts) do
		closing[opt.level] = "\n#endif /* " .. opt.definition .. " */\n\n"
	end
	for _, level in ipairs(levels) do
		out:write(blocks[level], block_protos[level], closing[level] or "")
	end
	out:write(audits, "\n#undef PAD_\n#undef PADL_\n#undef PADR_\n\n" ..
	    "#endif /* !", guard, " */\n")
end

return T
