-- lxrun_seccomp.lua — lxrun's seccomp filter for one release and arch: a
-- classic BPF program (struct sock_filter initialisers) that stops the
-- program at every syscall runtime/kern emulates or a dummy stub answers
-- (SECCOMP_RET_TRACE, dispatched through linux_sysent[] by the tracer),
-- at numbers the release does not have (logged, ENOSYS), at the native
-- calls that can change what backs a mapped address (lib/lxrun.lua's
-- vmchange set: SECCOMP_RET_TRACE with LXRUN_DATA_VMCHANGE, for the
-- tracer's cache of shared futex keys), and lets every other syscall run
-- natively. Plus the class of every number, which --coverage reports, and
-- how each vmchange call names its range.
--
-- The program reads the arch and the number, and the arguments of a few
-- vmchange calls (mmap's MAP_FIXED, shmat's SHM_REMAP, ipc's call), so a
-- Linux ≥ 5.11 kernel caches the ALLOW verdicts of every other number and
-- never runs it for them.
--
-- Conf options: lxrun_arch (amd64 | i386), lxrun_dummy (dummy.list, relative
-- to where syscallc runs).

local lx = require("lib.lxrun")

local T = {
	key = "lxrun_seccomp",
	default = "/dev/null",
	description = "lxrun: the seccomp filter and syscall classes",
	options = { lxrun_arch = false, lxrun_dummy = false },
}

local AUDIT = { amd64 = "AUDIT_ARCH_X86_64", i386 = "AUDIT_ARCH_I386" }

function T.generate(model)
	local arch = model.config.lxrun_arch
	if AUDIT[arch] == nil then
		error("lxrun_seccomp: set lxrun_arch to amd64 or i386 in the conf")
	end
	if model.config.lxrun_dummy == nil then
		error("lxrun_seccomp: set lxrun_dummy to the dummy.list path")
	end
	local dummies = lx.read_dummies(model.config.lxrun_dummy, arch)
	local out = {}
	local function put(s) out[#out + 1] = s end
	local function putf(...) out[#out + 1] = string.format(...) end

	local byclass, rows, max = {}, {}, -1
	for _, s in ipairs(model.syscalls) do
		local class = lx.classify(s, dummies)
		rows[s.num] = { s = s, class = class }
		if s.num > max then max = s.num end
	end

	put(lx.banner("lxrun_seccomp.h — lxrun's seccomp filter (" .. arch ..
	    ")", "lxrun_seccomp", "syscalls.master and dummy.list"))
	put([[
#ifndef _LXRUN_SECCOMP_H_
#define _LXRUN_SECCOMP_H_

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>

]])
	putf("#define\tLXRUN_SECCOMP_ARCH\t\"%s\"\n", arch)
	putf("#define\tLXRUN_SECCOMP_MAXSYSCALL\t%d\n\n", max + 1)
	putf("/* SECCOMP_RET_DATA of the TRACE verdicts (tracer.h TR_DATA_*). */\n")
	putf("#define\tLXRUN_DATA_DISPATCH\t%d\n", lx.DATA_DISPATCH)
	putf("#define\tLXRUN_DATA_UNKNOWN\t%d\n", lx.DATA_UNKNOWN)
	putf("#define\tLXRUN_DATA_FOREIGN_ARCH\t%d\n", lx.DATA_FOREIGN_ARCH)
	putf("#define\tLXRUN_DATA_VMCHANGE\t%d\n\n", lx.DATA_VMCHANGE)

	put([[
/*
 * What lxrun does with each number: LXRUN_EMULATED (runtime/kern, through
 * linux_sysent[]), LXRUN_STUB (dummy.list's stub, through linux_sysent[]),
 * LXRUN_NATIVE (the real kernel), LXRUN_UNIMPLEMENTED (ENOSYS, logged).
 */
#define	LXRUN_UNIMPLEMENTED	0
#define	LXRUN_EMULATED		1
#define	LXRUN_STUB		2
#define	LXRUN_NATIVE		3
]])
	putf("static const unsigned char lxrun_syscall_class[%d] = {\n", max + 1)
	local code = { unimplemented = "LXRUN_UNIMPLEMENTED",
	    emulated = "LXRUN_EMULATED", stub = "LXRUN_STUB",
	    native = "LXRUN_NATIVE" }
	for n = 0, max do
		local r = rows[n]
		local class = r and r.class or "unimplemented"
		byclass[class] = (byclass[class] or 0) + 1
		putf("\t%s,\t/* %d = %s */\n", code[class], n,
		    r and lx.linux_name(r.s) or "(none)")
	end
	put("};\n\n")

	put([[
/*
 * The native calls that can change which object backs an address already
 * mapped (the filter stops them with LXRUN_DATA_VMCHANGE), and the range
 * each one changes: LXRUN_VM_RANGE [args[addr], args[addr] + args[len]),
 * LXRUN_VM_MREMAP mremap's old range and, with MREMAP_FIXED, its new one,
 * LXRUN_VM_ALL the whole address space (the range is not in registers).
 * Every other number: LXRUN_VM_NONE (0).
 */
#define	LXRUN_VM_NONE		0
#define	LXRUN_VM_RANGE		1
#define	LXRUN_VM_MREMAP		2
#define	LXRUN_VM_ALL		3
struct lxrun_vmchange {
	unsigned char	vc_how;
	unsigned char	vc_addr;	/* argument index of the start */
	unsigned char	vc_len;		/* argument index of the length */
};
]])
	putf("static const struct lxrun_vmchange lxrun_vmchange[%d] = {\n", max + 1)
	local nvm = 0
	for n = 0, max do
		local r = rows[n]
		local vm = r and lx.vmchange_of(r.s, r.class)
		if vm ~= nil then
			nvm = nvm + 1
			if vm.range then
				putf("\t[%d] = { LXRUN_VM_RANGE, %d, %d },\t/* %s */\n",
				    n, vm.range[1], vm.range[2], lx.linux_name(r.s))
			elseif vm.mremap then
				putf("\t[%d] = { LXRUN_VM_MREMAP, 0, 1 },\t/* %s */\n",
				    n, lx.linux_name(r.s))
			else
				putf("\t[%d] = { LXRUN_VM_ALL, 0, 0 },\t/* %s */\n",
				    n, lx.linux_name(r.s))
			end
		end
	end
	if nvm == 0 then
		put("\t[0] = { LXRUN_VM_NONE, 0, 0 },\n")
	end
	put("};\n\n")

	put([[
/*
 * The filter. Verdicts, in order: another arch's syscall (an int $0x80 in
 * an amd64 program, the x32 ABI): trace, answered ENOSYS; a number past the
 * table: trace, logged, ENOSYS; each emulated, stub or unimplemented
 * number: trace; each vmchange number: trace with LXRUN_DATA_VMCHANGE,
 * where its argument test (if any) holds, else allow; anything else:
 * allow. Arguments are read in their low 32 bits (an i386 argument has
 * no upper half; the flags and calls tested are ints).
 */
]])
	put("static const struct sock_filter lxrun_seccomp_filter[] = {\n")
	put("\tBPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),\n")
	putf("\tBPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, %s, 1, 0),\n", AUDIT[arch])
	put("\tBPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | LXRUN_DATA_FOREIGN_ARCH),\n")
	put("\tBPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),\n")
	putf("\tBPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, %d, 0, 1),\n", max)
	if arch == "amd64" then
		put("\tBPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | LXRUN_DATA_UNKNOWN),\t/* past the table, and x32 */\n")
	else
		put("\tBPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | LXRUN_DATA_UNKNOWN),\t/* past the table */\n")
	end
	local VMC = "SECCOMP_RET_TRACE | LXRUN_DATA_VMCHANGE"
	local function arg(i)
		return string.format("offsetof(struct seccomp_data, args[%d])", i)
	end
	for n = 0, max do
		local r = rows[n]
		local class = r and r.class or "unimplemented"
		local vm = r and lx.vmchange_of(r.s, class)
		local name = r and lx.linux_name(r.s) or "(none)"
		if vm ~= nil and vm.flag ~= nil then
			putf("\tBPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, %d, 0, 4),\n", n)
			putf("\tBPF_STMT(BPF_LD | BPF_W | BPF_ABS, %s),\n", arg(vm.flag[1]))
			putf("\tBPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, 0x%x, 0, 1),\n", vm.flag[2])
			putf("\tBPF_STMT(BPF_RET | BPF_K, %s),\t/* %d = %s with 0x%x in args[%d]: vmchange */\n",
			    VMC, n, name, vm.flag[2], vm.flag[1])
			put("\tBPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),\n")
		elseif vm ~= nil and vm.calls ~= nil then
			local list = vm.calls[2]
			putf("\tBPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, %d, 0, %d),\n", n, #list + 4)
			putf("\tBPF_STMT(BPF_LD | BPF_W | BPF_ABS, %s),\n", arg(vm.calls[1]))
			put("\tBPF_STMT(BPF_ALU | BPF_AND | BPF_K, 0xffff),\n")
			for i, c in ipairs(list) do
				if i < #list then
					putf("\tBPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, %d, %d, 0),\n", c, #list - i)
				else
					putf("\tBPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, %d, 0, 1),\n", c)
				end
			end
			local cs = {}
			for _, c in ipairs(list) do cs[#cs + 1] = tostring(c) end
			putf("\tBPF_STMT(BPF_RET | BPF_K, %s),\t/* %d = %s, call %s: vmchange */\n",
			    VMC, n, name, table.concat(cs, " or "))
			put("\tBPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),\n")
		elseif vm ~= nil then
			putf("\tBPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, %d, 0, 1),\n", n)
			putf("\tBPF_STMT(BPF_RET | BPF_K, %s),\t/* %d = %s: vmchange */\n",
			    VMC, n, name)
		elseif class ~= "native" then
			local data = class == "unimplemented" and
			    "LXRUN_DATA_UNKNOWN" or "LXRUN_DATA_DISPATCH"
			putf("\tBPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, %d, 0, 1),\n", n)
			putf("\tBPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | %s),\t/* %d = %s: %s */\n",
			    data, n, r and lx.linux_name(r.s) or "(none)", class)
		end
	end
	put("\tBPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),\n")
	put("};\n\n")
	putf("/* %d emulated, %d stubs, %d native (%d of them vmchange), %d unimplemented. */\n",
	    byclass.emulated or 0, byclass.stub or 0, byclass.native or 0,
	    nvm, byclass.unimplemented or 0)
	put("\n#endif /* !_LXRUN_SECCOMP_H_ */\n")
	return table.concat(out)
end

return T
