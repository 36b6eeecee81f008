-- lxrun_argdesc.lua — the argument descriptions lxrun's --debug decodes
-- syscalls with (the thesis's ldebug/ARGS facility): for every number of
-- one release and arch, the Linux name and each argument's name, C type
-- and how to print it. The systrace tables give types only; names come
-- from the master's prototypes.
--
-- How an argument prints (LXRUN_ARG_*), from its type and name:
--   STR   a NUL-terminated string read from the program (const char *
--         naming a path or a name);
--   PTR   any other pointer, in hex (NULL when 0);
--   HEX   flags, masks, modes and unsigned longs named like them;
--   UINT  other unsigned integer types; INT32 32-bit signed types (int,
--         pid_t…: the low half of the register); INT  the rest.

local lx = require("lib.lxrun")

local T = {
	key = "lxrun_argdesc",
	default = "/dev/null",
	description = "lxrun --debug: syscall names and argument descriptions",
}

local STRNAMES = { path = true, pathname = true, filename = true,
    name = true, oldname = true, newname = true, specialfile = true,
    library = true, dev_name = true, dir_name = true, type = false,
    oldpath = true, newpath = true, linkpath = true, target = true }

local INT32 = { ["int"] = true, l_int = true, pid_t = true, l_pid_t = true,
    l_timer_t = true, l_clockid_t = true, l_key_t = true, l_mqd_t = true,
    int32_t = true }

local function kind(a)
	local ty, nm = a.type, a.name
	if ty:find("%*") then
		if ty:match("^const char %*$") and STRNAMES[nm] then
			return "LXRUN_ARG_STR"
		end
		if ty:match("^char %*$") and (nm == "filename" or
		    nm == "pathname" or nm == "path") then
			return "LXRUN_ARG_STR"
		end
		return "LXRUN_ARG_PTR"
	end
	if nm:find("flag") or nm:find("mask") or nm == "mode" or
	    nm == "prot" or nm == "op" or nm == "cmd" or nm == "code" or
	    nm == "stack" or nm == "tls" or nm == "addr" or nm == "start" or
	    nm == "brk" then
		return "LXRUN_ARG_HEX"
	end
	if ty:find("^u") or ty:find("^l_u") or ty:find("size_t") or
	    ty:find("^uint") or ty:find("unsigned") then
		return "LXRUN_ARG_UINT"
	end
	-- A 32-bit type arrives in a 64-bit register with garbage (or
	-- zeroes) above bit 31, as the kernel sees it.
	if INT32[ty] then
		return "LXRUN_ARG_INT32"
	end
	return "LXRUN_ARG_INT"
end

local function cstr(s)
	return '"' .. s:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"'
end

function T.generate(model)
	local out = {}
	local function put(s) out[#out + 1] = s end
	local function putf(...) out[#out + 1] = string.format(...) end
	local max = -1

	for _, s in ipairs(model.syscalls) do
		if s.num > max then max = s.num end
	end
	put(lx.banner("lxrun_argdesc.h — syscall names and argument " ..
	    "descriptions for lxrun --debug", "lxrun_argdesc",
	    "syscalls.master"))
	put([[
#ifndef _LXRUN_ARGDESC_H_
#define _LXRUN_ARGDESC_H_

#define	LXRUN_ARG_INT	0
#define	LXRUN_ARG_UINT	1
#define	LXRUN_ARG_HEX	2
#define	LXRUN_ARG_PTR	3
#define	LXRUN_ARG_STR	4
#define	LXRUN_ARG_INT32	5

struct lxrun_argdesc {
	const char	*ad_name;
	const char	*ad_type;
	int		 ad_kind;	/* LXRUN_ARG_* */
};

struct lxrun_sysdesc {
	const char		*sd_name;	/* NULL: no syscall */
	int			 sd_nargs;
	struct lxrun_argdesc	 sd_args[6];
};

]])
	putf("#define\tLXRUN_ARGDESC_MAXSYSCALL\t%d\n\n", max + 1)
	putf("static const struct lxrun_sysdesc lxrun_sysdesc[%d] = {\n", max + 1)
	for _, s in ipairs(model.syscalls) do
		local f = s.flags
		if not (f.UNIMPL or f.RESERVED or f.NODEF) then
			local args = {}
			for i, a in ipairs(s.args) do
				if i > 6 then break end
				args[#args + 1] = string.format("{ %s, %s, %s }",
				    cstr(a.name), cstr(a.type), kind(a))
			end
			putf("\t[%d] = { %s, %d, { %s } },\n", s.num,
			    cstr(lx.linux_name(s)), math.min(#s.args, 6),
			    table.concat(args, ", "))
		end
	end
	put("};\n\n#endif /* !_LXRUN_ARGDESC_H_ */\n")
	return table.concat(out)
end

return T
