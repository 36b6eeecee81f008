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

local function member(a)
	local t, nm = a.type, a.name
	return "\tchar " .. nm .. "_l_[PADL_(" .. t .. ")]; " .. t .. " " .. nm ..
	    "; char " .. nm .. "_r_[PADR_(" .. t .. ")];\n"
end

local function rettype_of(s)
	local r = s.rettype
	if r == nil then
		syscallc.error(s, "%s has no prototype, so sysproto.h cannot " ..
		    "declare its handler (make it NOPROTO or give ALTRTYP)",
		    s.name)
	end
	return r
end

function T.generate(model, out)
	local p, n = {}, 0
	local guard = model.config.sysproto_h
	local pair64 = fb.has_pair_64bit(model)
	local prefix = model.config.syscallprefix
	local opts = model.compat_options
	local nopts = #opts
	-- levels[level] is a list of pieces; native prototypes and audit
	-- defines get their own locals because they grow with every syscall
	local levels = {}
	local protos, np = {}, 0
	local audits, na = {}, 0

	local function store(level, s)
		local l = levels[level]
		if l == nil then
			l = {}
			levels[level] = l
		end
		l[#l + 1] = s
	end
	local function flush()
		out:write(table.concat(p, "", 1, n))
		n = 0
	end

	p[1] = fb.banner("System call prototypes.")
	p[2] = string.format(HEAD, guard, guard)
	n = 2
	if pair64 then
		n = n + 1
		p[n] = fb.PAD64
	end
	for _, opt in ipairs(opts) do
		store(opt.level * 10, "\n#ifdef " .. opt.definition .. "\n\n")
	end

	for _, s in ipairs(model.syscalls) do
		local flags = s.flags
		local has_struct = not flags.NOARGS and not flags.NOPROTO and
		    not flags.NODEF
		local has_proto = not flags.NOPROTO and not flags.NODEF
		local prolog = s.prolog

		if prolog ~= "" then
			n = n + 1
			p[n] = prolog
			np = np + 1
			protos[np] = prolog
			for k = 1, nopts do
				store(opts[k].level * 10, prolog)
			end
		end
		if s.native then
			local name, alias = s.name, s.arg_alias
			if has_struct then
				local args = s.args
				local nargs = #args
				if nargs > 0 then
					n = n + 1
					p[n] = "struct " .. alias .. " {\n"
					for k = 1, nargs do
						local a = args[k]
						local pad = pair64 and a.pad
						if pad then
							n = n + 1
							p[n] = "#ifdef PAD64_REQUIRED\n"
						end
						n = n + 1
						p[n] = member(a)
						if pad then
							n = n + 1
							p[n] = "#endif\n"
						end
					end
					n = n + 1
					p[n] = "};\n"
				else
					n = n + 1
					p[n] = "struct " .. alias ..
					    " {\n\tsyscallarg_t dummy;\n};\n"
				end
			end
			if has_proto then
				np = np + 1
				protos[np] = rettype_of(s) .. "\t" ..
				    fb.sys_prefix(name) .. name ..
				    "(struct thread *, struct " .. alias .. " *);\n"
				na = na + 1
				audits[na] = "#define\t" .. prefix .. "AUE_" .. s.symbol ..
				    "\t" .. s.audit .. "\n"
			end
		elseif s.compat >= 3 then
			local level = s.compat * 10
			local name, alias = s.name, s.arg_alias
			if has_struct then
				local args = s.args
				if #args > 0 then
					store(level, "struct " .. alias .. " {\n")
					for _, a in ipairs(args) do
						store(level, member(a))
					end
					store(level, "};\n")
				else
					-- not buffered: it lands among the native
					-- structs, outside its #ifdef
					n = n + 1
					p[n] = "struct " .. alias ..
					    " {\n\tsyscallarg_t dummy;\n};\n"
				end
			end
			if has_proto then
				local cp = s.compat_prefix
				store(level + 1, rettype_of(s) .. "\t" .. cp .. name ..
				    "(struct thread *, struct " .. alias .. " *);\n")
				na = na + 1
				audits[na] = "#define\t" .. prefix .. "AUE_" .. cp ..
				    name .. "\t" .. s.audit .. "\n"
			end
		end
		if n >= 1024 then
			flush()
		end
	end

	for _, opt in ipairs(opts) do
		store(opt.level * 10 + 9, "\n#endif /* " .. opt.definition ..
		    " */\n\n")
	end
	local epilog = model.epilog
	n = n + 1
	p[n] = epilog
	np = np + 1
	protos[np] = epilog
	for _, opt in ipairs(opts) do
		store(opt.level * 10, epilog)
	end
	flush()

	-- the buffered levels, in ascending order: 1, compat blocks, audits
	out:write(table.concat(protos, "", 1, np))
	local order = {}
	for level in pairs(levels) do
		order[#order + 1] = level
	end
	table.sort(order)
	for _, level in ipairs(order) do
		out:write(table.concat(levels[level]))
	end
	out:write(table.concat(audits, "", 1, na))
	out:write("\n#undef PAD_\n#undef PADL_\n#undef PADR_\n\n#endif /* !" ..
	    guard .. " */\n")
end

return T
