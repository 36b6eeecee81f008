-- lib/lxrun.lua — what lxrun's templates share: which syscall of a master
-- lxrun routes to runtime/kern, which to a dummy stub, which run natively.
--
-- The emulated set is the list of handlers runtime/kern implements
-- (docs/runtime-handlers.md), less two that lxrun leaves to the real
-- kernel: ioctl (runtime/kern's ioctl layer translates Linux commands to
-- the modelled host's, and the host under lxrun is Linux itself) and
-- execve (the tracer follows it natively and tells runtime/kern through
-- linux_emul_proc_exec()). rseq is not in it: runtime/kern has no
-- linux_rseq (restartable sequences need the scheduler's preemption and
-- migration hooks, which only the real kernel has), so like every STD call
-- without a runtime handler it runs natively and glibc gets the real
-- kernel's rseq. The unames (newuname, and i386's uname and
-- olduname) report the spec's release: the thesis's compat.linux.osrelease.

local M = {}

M.emulated = {}
for name in ([[
	futex set_robust_list get_robust_list set_tid_address
	clone clone3 fork vfork exit exit_group getpid gettid getppid
	tkill tgkill kill set_thread_area get_thread_area arch_prctl
	rt_sigaction sigaction rt_sigprocmask sigprocmask sigaltstack
	rt_sigreturn sigreturn rt_sigsuspend rt_sigpending rt_sigtimedwait
	rt_sigqueueinfo rt_tgsigqueueinfo newuname uname olduname
]]):gmatch("%S+") do
	M.emulated[name] = true
end

-- SECCOMP_RET_DATA of the TRACE verdicts; runtime/host/tracer/tracer.h
-- has the same values (TR_DATA_*) and lxrun asserts they agree.
M.DATA_DISPATCH = 0
M.DATA_UNKNOWN = 1
M.DATA_OBSERVE = 3
M.DATA_FOREIGN_ARCH = 4
M.DATA_VMCHANGE = 5

-- Calls that can change which object backs an address that is already
-- mapped: the tracer's cache of shared futex keys (runtime/host/tracer/
-- tr_keycache.c) must see them, at entry (lookups of the range bypass the
-- cache while the call is in flight) and at exit (the range is dropped).
-- Only calls lxrun lets run natively count: a stub or an emulated call
-- changes no mapping. Per name:
--   range = { a, l }: the call names its range, [args[a], args[a]+args[l]).
--   mremap = true: the old range (args 0, 1) and, with MREMAP_FIXED, the
--     new one (args 4, 2): the tracer decodes it.
--   all = true: the range is not in the registers (a block in memory, a
--     segment's size): the whole address space.
--   flag = { arg, mask }: only when args[arg] has a bit of mask (a BPF
--     test in the filter; otherwise the call runs natively, no stop).
--   calls = { arg, list }: only when args[arg] & 0xffff is in list (ipc's
--     multiplexer).
-- Not here, and why (docs/lxrun.md, "Shared futex keys"): brk (the heap is
-- private, and only shared answers are cached), mprotect and pkey_mprotect
-- (writability: the cache never answers a lookup that needs it), madvise
-- (no advice replaces the object behind a shared mapping: DONTNEED and
-- REMOVE drop pages or blocks of the same object, DONTFORK and
-- WIPEONFORK act on a child, which starts with a cache of its own),
-- execve (the host drops the process's cache at the exec event).
-- Facts: MAP_FIXED 0x10, SHM_REMAP 040000, ipc's SHMAT 21 and SHMDT 22.
local MAP_FIXED, SHM_REMAP = 0x10, 0x4000
M.vmchange = {
	munmap = { range = { 0, 1 } },
	mremap = { mremap = true },
	mmap = { range = { 0, 1 }, flag = { 3, MAP_FIXED } },
	mmap2 = { range = { 0, 1 }, flag = { 3, MAP_FIXED } },
	old_mmap = { all = true },
	remap_file_pages = { range = { 0, 1 } },
	shmat = { all = true, flag = { 2, SHM_REMAP } },
	shmdt = { all = true },
	ipc = { all = true, calls = { 0, { 21, 22 } } },
}

-- The vmchange rule of syscall s (classified `class`), or nil.
function M.vmchange_of(s, class)
	if class ~= "native" then
		return nil
	end
	return M.vmchange[M.linux_name(s)]
end

-- The Linux name of an entry: the master names handlers linux_<name>.
function M.linux_name(s)
	return (s.name:gsub("^linux_", ""))
end

-- Names of the stubs dummy.list gives this arch (only the names: the
-- stubs themselves, generated into linux_dummy.c, log and answer).
-- A stub `syscallc import` added for a new syscall (reason `imported`:
-- nobody has decided about it yet) is left out: like a STD entry
-- runtime/kern lacks, lxrun lets the real kernel serve it
-- (docs/import-coverage.md).
function M.read_dummies(path, arch)
	local set = {}
	local f, err = io.open(path, "r")
	if f == nil then
		error("lxrun: cannot read dummy list: " .. tostring(err))
	end
	for line in f:lines() do
		line = line:gsub(";.*", "")
		local name, reason = line:match("^%s*dummy%s+(%S+)%s+(%S+)")
		if name ~= nil and reason ~= "imported" then
			local only = line:match("%sarch%s+(%S+)")
			if only == nil or only == arch then
				set[name] = true
			end
		end
	end
	f:close()
	return set
end

-- How lxrun treats syscall s: "emulated", "stub", "native",
-- "unimplemented" (UNIMPL, OBSOL, no handler).
function M.classify(s, dummies)
	local f = s.flags
	if f.UNIMPL or f.OBSOL or f.RESERVED or f.NODEF then
		return "unimplemented"
	end
	local name = M.linux_name(s)
	if M.emulated[name] then
		return "emulated"
	end
	if dummies[name] then
		return "stub"
	end
	return "native"
end

function M.banner(what, template, inputs)
	return string.format([[
/*
 * %s
 *
 * DO NOT EDIT: generated by syscallc from %s
 * (templates/%s.lua). Edit the spec and run `make regen`.
 */
]], what, inputs, template)
end

return M
