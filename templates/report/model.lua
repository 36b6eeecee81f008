-- model.lua — the coverage report as data: what `syscallc coverage`
-- computes from a spec (and a trace), before any format.  The JSON format
-- is exactly this structure (docs/coverage-schema.json); the others render
-- it.  Statuses of syscalls come from the C side (spec_load.h); this module
-- adds totals, the per-operation sections and the trace verdict.

local J = require("jsonx")

local M = {}

M.STATUSES = { "implemented", "passthrough", "stub", "unimplemented",
	"obsolete" }

local SYSCALL_KEYS = { "number", "name", "status", "type", "handler",
	"in_linux", "linux_entry", "since", "args", "note", "stub", "file",
	"line" }

-- Errors about the inputs (not bugs here) are raised as { input = msg }:
-- syscallc reports them as such, without a traceback, exit status 1.
local function input_error(msg)
	error({ input = msg }, 0)
end

local function read_file(path)
	local f, err = io.open(path, "rb")
	if not f then input_error(err) end
	local s = f:read("a")
	f:close()
	return s
end

local function decode(text, name)
	local ok, v = pcall(J.decode, text, name)
	if not ok then input_error(v) end
	return v
end

local function totals_of(rows)
	local t = { numbers = #rows, linux_implements = 0, emulated = 0 }
	for _, s in ipairs(M.STATUSES) do t[s] = 0 end
	for _, r in ipairs(rows) do
		t[r.status] = t[r.status] + 1
		if r.in_linux then
			t.linux_implements = t.linux_implements + 1
			if r.status == "implemented" or r.status == "passthrough" then
				t.emulated = t.emulated + 1
			end
		end
	end
	return J.object({ "numbers", "implemented", "passthrough", "stub",
		"unimplemented", "obsolete", "linux_implements", "emulated" }, t)
end

function M.syscall(r)
	return J.object(SYSCALL_KEYS, {
		number = r.num,
		name = r.name,
		status = r.status,
		type = r.type,
		handler = r.handler,
		in_linux = r.in_linux,
		linux_entry = r.entry,
		since = r.since,
		args = r.args,
		note = r.note ~= "" and r.note or nil,
		stub = r.stub_reason and J.object({ "reason", "errno" },
		    { reason = r.stub_reason, errno = r.stub_errno }) or nil,
		file = r.file,
		line = r.line,
	})
end

local function arch_model(a)
	local list = J.array()
	for _, r in ipairs(a.rows) do
		list[#list + 1] = M.syscall(r)
	end
	return J.object({ "arch", "master", "table", "totals", "syscalls" }, {
		arch = a.arch, master = a.master, table = a.table,
		totals = totals_of(a.rows), syscalls = list,
	})
end

local function count_by(items, key)
	local t, keys = {}, {}
	for _, it in ipairs(items) do
		local k = it[key]
		if t[k] == nil then
			t[k] = 0
			keys[#keys + 1] = k
		end
		t[k] = t[k] + 1
	end
	table.sort(keys)
	return J.object(keys, t)
end

-- The per-operation sections: futex.ops, and the feed's clone flags and
-- ioctl commands.
local function suboperations(spec)
	local sub = J.object({ "futex", "clone_flags", "ioctls" }, {})
	if spec.futex then
		local items = J.array()
		for _, o in ipairs(spec.futex.ops) do
			items[#items + 1] = J.object({ "name", "kind", "value",
				"since", "until", "status" }, {
				name = o.name, kind = o.kind, value = o.value,
				since = o.since, ["until"] = o["until"],
				status = o.status })
		end
		sub.futex = J.object({ "source", "totals", "items" }, {
			source = spec.futex.file, items = items,
			totals = count_by(items, "status") })
	end
	if spec.feed then
		local feed = decode(read_file(spec.feed), spec.feed)
		local flags, ioctls = J.array(), J.array()
		for _, f in ipairs(feed.clone_flags or {}) do
			flags[#flags + 1] = J.object({ "name", "value", "status" },
			    { name = f.name, value = f.value, status = f.status })
		end
		for _, c in ipairs(feed.ioctls or {}) do
			ioctls[#ioctls + 1] = J.object({ "name", "cmd", "set",
				"status" }, { name = c.name, cmd = c.cmd, set = c.set,
				status = c.status })
		end
		sub.clone_flags = J.object({ "source", "totals", "items" }, {
			source = spec.feed, items = flags,
			totals = count_by(flags, "status") })
		sub.ioctls = J.object({ "source", "totals", "items" }, {
			source = spec.feed, items = ioctls,
			totals = count_by(ioctls, "status") })
	end
	return sub
end

-- What each status means for a program that makes the call.
local OUTCOME = {
	implemented = "ok", passthrough = "ok", stub = "stub",
	unimplemented = "missing", obsolete = "missing",
}

-- A coverage document as a trace (lxrun --coverage FILE): one document
-- or an array of them; the one for opts.arch, else the first.
local function trace_from_document(trace, opts)
	local doc = decode(trace.json_text, trace.file)
	if doc.schema == nil and doc[1] then
		local pick = doc[1]
		for _, d in ipairs(doc) do
			if d.arch == opts.arch then pick = d end
		end
		doc = pick
	end
	if doc.schema ~= "syscallc-coverage/1" then
		input_error(trace.file .. ": not a syscallc-coverage/1 document")
	end
	local calls, total = {}, 0
	for _, s in ipairs(doc.syscalls or {}) do
		local n = s.count
		if n ~= nil and n ~= J.null and n > 0 then
			calls[#calls + 1] = { name = s.name ~= J.null and s.name or nil,
				num = s.number, count = n }
			total = total + n
		end
	end
	return { file = trace.file, total = total, calls = calls,
		details = {}, mode32 = doc.arch == "i386", format = "lxrun",
		arch = doc.arch }
end

local function trace_model(report, spec, trace, opts)
	if trace.json_text then
		trace = trace_from_document(trace, opts)
	end
	local arch = opts.arch or trace.arch or
	    (trace.mode32 and "i386" or "amd64")
	local a
	for _, x in ipairs(spec.arches) do
		if x.arch == arch then a = x end
	end
	if a == nil then
		a = spec.arches[1]
		arch = a.arch
	end
	local byname, bynum = {}, {}
	for _, r in ipairs(a.rows) do
		if r.name ~= "" and byname[r.name] == nil then byname[r.name] = r end
		if r.handler and r.handler:match("^linux_") and
		    byname[r.handler:sub(7)] == nil then
			byname[r.handler:sub(7)] = r
		end
		bynum[r.num] = r
	end
	local calls = J.array()
	local counts = { ok = 0, stub = 0, missing = 0, ["linux-lacks"] = 0,
		unknown = 0 }
	local list = {}
	for _, c in ipairs(trace.calls) do list[#list + 1] = c end
	table.sort(list, function(x, y)
		if x.count ~= y.count then return x.count > y.count end
		return (x.name or tostring(x.num)) < (y.name or tostring(y.num))
	end)
	for _, c in ipairs(list) do
		local r = c.name and byname[c.name] or (c.num and bynum[c.num])
		local outcome, status
		if r == nil then
			outcome = "unknown"
		else
			status = r.status
			outcome = OUTCOME[status]
			if outcome == "missing" and not r.in_linux then
				outcome = "linux-lacks"
			end
		end
		counts[outcome] = counts[outcome] + c.count
		calls[#calls + 1] = J.object({ "name", "number", "count", "status",
			"outcome", "handler", "trace_line" }, {
			name = c.name or (r and r.name ~= "" and r.name) or nil,
			number = c.num or (r and r.num), count = c.count,
			status = status, outcome = outcome,
			handler = r and r.handler, trace_line = c.line })
	end
	-- operations, flags and commands of futex/clone/ioctl in the trace
	local known = {}
	local sub = report.suboperations
	for _, sec in ipairs({ { "futex", "futex" }, { "clone", "clone_flags" },
	    { "ioctl", "ioctls" } }) do
		known[sec[1]] = {}
		if sub[sec[2]] then
			for _, it in ipairs(sub[sec[2]].items) do
				known[sec[1]][it.name] = it.status
			end
		end
	end
	local details = J.array()
	for _, d in ipairs(trace.details) do
		local have = sub[({ futex = "futex", clone = "clone_flags",
			ioctl = "ioctls" })[d.syscall]] ~= nil
		details[#details + 1] = J.object({ "syscall", "item", "count",
			"status" }, { syscall = d.syscall, item = d.item,
			count = d.count,
			status = known[d.syscall][d.item] or
			    (have and "not-declared" or "no-data") })
	end
	table.sort(details, function(x, y)
		if x.syscall ~= y.syscall then return x.syscall < y.syscall end
		return x.item < y.item
	end)
	local verdict
	if counts.missing > 0 or counts.unknown > 0 then
		verdict = "no"
	elseif counts.stub > 0 then
		verdict = "maybe"
	else
		verdict = "yes"
	end
	local missing = J.array()
	for _, c in ipairs(calls) do
		if c.outcome == "missing" or c.outcome == "unknown" then
			missing[#missing + 1] = c.name or ("#" .. tostring(c.number))
		end
	end
	return J.object({ "file", "arch", "format", "total_calls", "verdict",
		"outcomes", "not_implemented", "syscalls", "details" }, {
		file = trace.file, arch = arch,
		format = trace.format or (trace.is_list and "list" or "strace"),
		total_calls = trace.total, verdict = verdict,
		outcomes = J.object({ "ok", "stub", "missing", "linux-lacks",
			"unknown" }, counts),
		not_implemented = missing, syscalls = calls, details = details,
	})
end


-- The shared status vocabulary of docs/coverage-schema.md (lxrun writes
-- it): what serves the call at run time.
M.SHARED_STATUS = { implemented = "emulated", passthrough = "native",
	stub = "stub", unimplemented = "unimplemented",
	obsolete = "unimplemented" }

local DOC_KEYS = { "schema", "source", "generator", "release", "arch",
	"spec", "master", "table", "syscalls", "totals", "suboperations",
	"trace" }
local DOC_SYSCALL_KEYS = { "number", "name", "status", "spec_status", "type",
	"handler", "in_linux", "linux_entry", "since", "args", "note", "stub",
	"file", "line" }
local DOC_TOTAL_KEYS = { "calls", "distinct", "emulated", "stub", "native",
	"unimplemented", "numbers", "implemented", "passthrough", "obsolete",
	"linux_implements", "linux_served" }

-- M.documents(report): the JSON of a report, one document per arch in
-- the shape lxrun writes (source "spec": every number, no counts), with
-- this tool's fields added.  The trace goes with the arch it was checked
-- against.
function M.documents(r)
	local docs = J.array()
	for _, a in ipairs(r.arches) do
		local list = J.array()
		local t = { calls = 0, distinct = #a.syscalls, emulated = 0,
			stub = 0, native = 0 }
		t.unimplemented = 0
		for _, s in ipairs(a.syscalls) do
			local shared = M.SHARED_STATUS[s.status]
			t[shared] = t[shared] + 1
			local d = {}
			for k, v in pairs(s) do d[k] = v end
			d.status = shared
			d.spec_status = s.status
			d.name = s.name ~= "" and s.name or J.null
			list[#list + 1] = J.object(DOC_SYSCALL_KEYS, d)
		end
		for k, v in pairs(a.totals) do
			if k ~= "emulated" then t[k] = t[k] or v end
		end
		t.linux_served = a.totals.emulated
		docs[#docs + 1] = J.object(DOC_KEYS, {
			schema = "syscallc-coverage/1", source = "spec",
			generator = r.generator, release = r.release, arch = a.arch,
			spec = r.spec, master = a.master, table = a.table,
			syscalls = list, totals = J.object(DOC_TOTAL_KEYS, t),
			suboperations = r.suboperations,
			trace = r.trace and r.trace.arch == a.arch and r.trace or nil,
		})
	end
	return docs
end

-- M.build(spec, trace, opts): the report (a J.object tree).
function M.build(spec, trace, opts)
	local arches = J.array()
	for _, a in ipairs(spec.arches) do
		if opts.arch == nil or opts.arch == a.arch then
			arches[#arches + 1] = arch_model(a)
		end
	end
	local report = J.object({ "schema", "generator", "release", "spec",
		"arches", "suboperations", "trace" }, {
		schema = "syscallc-coverage/1",
		generator = "syscallc coverage",
		release = spec.release, spec = spec.dir, arches = arches,
		suboperations = suboperations(spec),
	})
	if trace then
		report.trace = trace_model(report, spec, trace, opts)
	end
	return report
end

return M
