#!/usr/bin/awk -f
# tsv2tbl.awk — a Linux syscall table (.tbl, the format of Linux's
# arch/x86/entry/syscalls/syscall_{32,64}.tbl) from a reference TSV of the
# same facts, for releases or machines without a linux-source package.
#
#   awk -f tools/import/tsv2tbl.awk -v title="..." [-v abi=ABI] FILE.tsv
#
# FILE.tsv has a header line naming its columns: number, name, entry and
# optionally abi, compat_entry, flags (the 6.x reference tables) or note
# (the 2.6.16 ones, which have no ABI column: give -v abi=i386 or common).
BEGIN { FS = "\t"; OFS = "\t" }
NR == 1 {
	for (i = 1; i <= NF; i++)
		col[$i] = i
	print "# " title
	print "# Made by tools/import/tsv2tbl.awk from reference facts (see the"
	print "# PROVENANCE file of the release's fixtures).  Columns: number abi"
	print "# name [entry [compat [noreturn]]]."
	next
}
{
	a = ("abi" in col) ? $col["abi"] : abi
	e = $col["entry"]
	c = ("compat_entry" in col) ? $col["compat_entry"] : ""
	f = ("flags" in col) ? $col["flags"] : ""
	if ($col["name"] == "")
		next		# a number with no name has no line in Linux's tables
	line = $col["number"] OFS a OFS $col["name"]
	if (e != "" || c != "" || f != "") line = line OFS e
	if (c != "" || f != "") line = line OFS (c != "" ? c : "-")
	if (f != "") line = line OFS f
	print line
}
