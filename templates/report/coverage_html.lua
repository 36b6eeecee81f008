-- coverage_html.lua — one standalone HTML page (no external resources) for
-- a coverage report: per arch a grid of syscall numbers coloured by status,
-- and with a second release the two grids side by side, cells whose status
-- changed marked.  Clicking a cell shows its details; the legend filters
-- by status.  The page works without JavaScript (the cells carry their
-- details in title attributes); with it, it records in <body> that it ran
-- (data-ready, data-cells, data-jserror), which the Chromium test reads.

local H = {}

local function esc(s)
	return (tostring(s or ""):gsub("[&<>\"']", { ["&"] = "&amp;",
		["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }))
end

local STYLE = [[
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.5em; }
.legend span { display: inline-block; margin: 0 .6em .4em 0; padding: .15em .5em;
  border-radius: 3px; cursor: pointer; user-select: none; }
.legend span.off { opacity: .3; }
.pair { display: flex; gap: 1.5em; align-items: flex-start; }
.col { flex: 1; min-width: 0; }
.grid { display: flex; flex-wrap: wrap; gap: 2px; }
.cell { display: inline-block; width: 2.6em; text-align: center; font-size: 11px;
  padding: 2px 0; border-radius: 2px; color: #000; text-decoration: none; }
.st-implemented { background: #3cb44b; }
.st-passthrough { background: #7fb8e6; }
.st-stub { background: #f5c242; }
.st-unimplemented { background: #e6645a; }
.st-obsolete { background: #b0b0b0; }
.cell.nolinux, .hatch { background-image: repeating-linear-gradient(45deg,
  rgba(255,255,255,.55) 0 3px, transparent 3px 6px); }
.cell.changed { outline: 2px solid #222; }
.hide-implemented .st-implemented, .hide-passthrough .st-passthrough,
.hide-stub .st-stub, .hide-unimplemented .st-unimplemented,
.hide-obsolete .st-obsolete { visibility: hidden; }
#details { position: sticky; top: 0; background: #fafafa; border: 1px solid #ccc;
  padding: .5em .8em; min-height: 2.6em; white-space: pre-wrap; font-family: monospace; }
table.totals { border-collapse: collapse; }
table.totals td, table.totals th { border: 1px solid #ccc; padding: .2em .6em; text-align: right; }
]]

local SCRIPT = [[
(function () {
  "use strict";
  window.addEventListener("error", function (e) {
    document.body.setAttribute("data-jserror", String(e.message));
  });
  function show(cell) {
    var d = document.getElementById("details");
    d.textContent = cell.getAttribute("title");
  }
  document.addEventListener("DOMContentLoaded", function () {
    var cells = document.querySelectorAll(".cell");
    var i;
    for (i = 0; i < cells.length; i++) {
      cells[i].addEventListener("click", function (ev) {
        ev.preventDefault();
        show(ev.currentTarget);
      });
    }
    var keys = document.querySelectorAll(".legend span[data-status]");
    for (i = 0; i < keys.length; i++) {
      keys[i].addEventListener("click", function (ev) {
        var s = ev.currentTarget.getAttribute("data-status");
        ev.currentTarget.classList.toggle("off");
        document.body.classList.toggle("hide-" + s);
      });
    }
    document.body.setAttribute("data-cells", String(cells.length));
    document.body.setAttribute("data-ready", "1");
  });
})();
]]

local STATUSES = { "implemented", "passthrough", "stub", "unimplemented",
	"obsolete" }

local function cell(tag, arch, s, changed)
	local t = string.format("%s %d %s: %s%s, handler %s%s%s%s%s",
	    arch, s.number, s.name ~= "" and s.name or "(no name)", s.status,
	    s.stub and (" (" .. s.stub.reason .. ", " .. s.stub.errno .. ")")
	    or "", s.handler, s.in_linux and "" or "; Linux: not implemented",
	    s.since and ("; since Linux " .. s.since) or "",
	    string.format("; %s:%d", s.file, s.line),
	    s.note and ("\n" .. s.note) or "")
	if changed then
		t = t .. "\nstatus changed: " .. changed
	end
	return string.format('<a href="#" class="cell st-%s%s%s" id="%s-%s-%d" '
	    .. 'data-num="%d" data-status="%s" title="%s">%d</a>', s.status,
	    s.in_linux and "" or " nolinux", changed and " changed" or "",
	    tag, arch, s.number, s.number, s.status, esc(t), s.number)
end

local function grid(tag, a, other)
	local prev = {}
	if other then
		for _, s in ipairs(other.syscalls) do
			if s.name ~= "" then prev[s.name] = s.status end
		end
	end
	local out = { '<div class="grid">' }
	for _, s in ipairs(a.syscalls) do
		local ch
		if other and s.name ~= "" and prev[s.name] and
		    prev[s.name] ~= s.status then
			ch = prev[s.name] .. " -> " .. s.status
		end
		out[#out + 1] = cell(tag, a.arch, s, ch)
	end
	out[#out + 1] = "</div>"
	return table.concat(out, "\n")
end

local function totals_table(reports)
	local out = { '<table class="totals"><tr><th>release</th><th>arch</th>' }
	for _, s in ipairs(STATUSES) do
		out[#out + 1] = "<th>" .. s .. "</th>"
	end
	out[#out + 1] = "<th>in Linux</th><th>emulated</th></tr>"
	for _, r in ipairs(reports) do
		for _, a in ipairs(r.arches) do
			local row = { "<tr><td>" .. esc(r.release) .. "</td><td>" ..
			    esc(a.arch) .. "</td>" }
			for _, s in ipairs(STATUSES) do
				row[#row + 1] = "<td>" .. a.totals[s] .. "</td>"
			end
			row[#row + 1] = "<td>" .. a.totals.linux_implements ..
			    "</td><td>" .. a.totals.emulated .. "</td></tr>"
			out[#out + 1] = table.concat(row)
		end
	end
	out[#out + 1] = "</table>"
	return table.concat(out, "\n")
end

local function find_arch(r, arch)
	for _, a in ipairs(r.arches) do
		if a.arch == arch then return a end
	end
end

function H.page(ra, rb)
	local title = "syscallc coverage: " .. ra.release ..
	    (rb and (" and " .. rb.release) or "")
	local out = { "<!DOCTYPE html>", '<html lang="en"><head>',
		'<meta charset="utf-8">', "<title>" .. esc(title) .. "</title>",
		"<style>" .. STYLE .. "</style>",
		"<script>" .. SCRIPT .. "</script>", "</head><body>",
		"<h1>" .. esc(title) .. "</h1>", '<div class="legend">' }
	for _, s in ipairs(STATUSES) do
		out[#out + 1] = string.format('<span class="st-%s" data-status="%s">'
		    .. "%s</span>", s, s, s)
	end
	out[#out + 1] = '<span class="hatch st-unimplemented">'
	    .. "hatched: Linux has no implementation either</span>"
	out[#out + 1] = "</div>"
	out[#out + 1] = totals_table(rb and { ra, rb } or { ra })
	out[#out + 1] = '<p>Click a number for its details.</p><div id="details">'
	    .. "</div>"
	for _, a in ipairs(ra.arches) do
		local b = rb and find_arch(rb, a.arch)
		out[#out + 1] = "<h2>" .. esc(a.arch) .. "</h2>"
		if b then
			out[#out + 1] = '<div class="pair"><div class="col"><h3>' ..
			    esc(ra.release) .. "</h3>" .. grid("a", a) ..
			    '</div><div class="col"><h3>' .. esc(rb.release) ..
			    " (outlined: status differs)</h3>" .. grid("b", b, a) ..
			    "</div></div>"
		else
			out[#out + 1] = grid("a", a)
		end
	end
	out[#out + 1] = "</body></html>"
	return table.concat(out, "\n") .. "\n"
end

return H
