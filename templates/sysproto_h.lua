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

local fmt = string.format

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
	return fmt("\tchar %s_l_[PADL_(%s)]; %s %s; char %s_r_[PADR_(%s)];\n",
	    a.name, a.type, a.type, a.name, a.name, a.type)
end

local function rettype_of(s)
	if s.rettype == nil then
		syscallc.error(s, "%s has no prototype, so sysproto.h cannot " ..
		    "declare its handler (make it NOPROTO or give ALTRTYP)",
		    s.name)
	end
	return s.rettype
end

function T.generate(model)
	local b = fb.buffer()
	local put = b.put
	local guard = model.config.sysproto_h
	local pair64 = fb.has_pair_64bit(model)
	local prefix = model.config.syscallprefix
	local opts = model.compat_options
	local levels = {}

	local function store(level, s)
		local l = levels[level]
		if l == nil then
			l = {}
			levels[level] = l
		end
		l[#l + 1] = s
	end

	put(fb.banner("System call prototypes."))
	put(fmt(HEAD, guard, guard))
	if pair64 then
		put(fb.PAD64)
	end
	for _, opt in ipairs(opts) do
		store(opt.level * 10, fmt("\n#ifdef %s\n\n", opt.definition))
	end

	for _, s in ipairs(model.syscalls) do
		local flags, c = s.flags, s.compat
		local has_struct = not flags.NOARGS and not flags.NOPROTO and
		    not flags.NODEF
		local has_proto = not flags.NOPROTO and not flags.NODEF

		put(s.prolog)
		store(1, s.prolog)
		for _, opt in ipairs(opts) do
			store(opt.level * 10, s.prolog)
		end
		if s.native then
			if has_struct then
				if #s.args > 0 then
					put(fmt("struct %s {\n", s.arg_alias))
					for _, a in ipairs(s.args) do
						local pad = pair64 and a.type == "int" and
						    a.name == "_pad"
						if pad then
							put("#ifdef PAD64_REQUIRED\n")
						end
						put(member(a))
						if pad then
							put("#endif\n")
						end
					end
					put("};\n")
				else
					put(fmt("struct %s {\n\tsyscallarg_t dummy;\n};\n",
					    s.arg_alias))
				end
			end
			if has_proto then
				store(1, fmt("%s\t%s%s(struct thread *, struct %s *);\n",
				    rettype_of(s), fb.sys_prefix(s.name), s.name,
				    s.arg_alias))
				store(AUDIT_LEVEL, fmt("#define\t%sAUE_%s\t%s\n",
				    prefix, s.symbol, s.audit))
			end
		elseif c >= 3 then
			local level = c * 10
			if has_struct then
				if #s.args > 0 then
					store(level, fmt("struct %s {\n", s.arg_alias))
					for _, a in ipairs(s.args) do
						store(level, member(a))
					end
					store(level, "};\n")
				else
					-- not buffered: it lands among the native
					-- structs, outside its #ifdef
					put(fmt("struct %s {\n\tsyscallarg_t dummy;\n};\n",
					    s.arg_alias))
				end
			end
			if has_proto then
				store(level + 1, fmt("%s\t%s%s(struct thread *, " ..
				    "struct %s *);\n", rettype_of(s), s.compat_prefix,
				    s.name, s.arg_alias))
				store(AUDIT_LEVEL, fmt("#define\t%sAUE_%s%s\t%s\n",
				    prefix, s.compat_prefix, s.name, s.audit))
			end
		end
	end

	for _, opt in ipairs(opts) do
		store(opt.level * 10 + 9, fmt("\n#endif /* %s */\n\n",
		    opt.definition))
	end
	put(model.epilog)
	store(1, model.epilog)
	for _, opt in ipairs(opts) do
		store(opt.level * 10, model.epilog)
	end

	local order = {}
	for level in pairs(levels) do
		order[#order + 1] = level
	end
	table.sort(order)
	for _, level in ipairs(order) do
		for _, s in ipairs(levels[level]) do
			put(s)
		end
	end
	put(fmt("\n#undef PAD_\n#undef PADL_\n#undef PADR_\n\n#endif /* !%s */\n",
	    guard))
	return b.text()
end

return T
