# runtime/interim/fallback.awk — INTERIM. Writes weak ENOSYS handlers for
# every handler the generated linux_proto.h and the host's sys/sysproto.h
# declare, so that a runtime linked with linux_sysent[] has no undefined
# handler. docs/generated-interfaces.md assigns this job to syscallc
# (out/<release>/<arch>/linux_fallback.c); runtime/rules.mk stops using
# this script as soon as that file exists. Input: the two headers.
BEGIN {
	print "/*"
	print " * linux_fallback_interim.c — INTERIM, written at build time by"
	print " * runtime/interim/fallback.awk until syscallc generates"
	print " * linux_fallback.c: a weak handler returning ENOSYS (logged once per"
	print " * process by name) for every handler of the table."
	print " */"
	print "#include <linux_types.h>"
	print "#include <sys/sysent.h>"
	print "#include <sys/sysproto.h>"
	print "#include \"linux_proto.h\""
	print "#include \"kern_api.h\""
	print ""
	print "#define\tFALLBACK(name, key, argstruct)\t\t\t\t\t\\"
	print "int __attribute__((weak))\t\t\t\t\t\t\\"
	print "name(struct thread *td, struct argstruct *args)\t\t\t\t\\"
	print "{\t\t\t\t\t\t\t\t\t\\"
	print "\t(void)args;\t\t\t\t\t\t\t\\"
	print "\tkern_log_once(td, key, \"syscall %s is not implemented\", key); \\"
	print "\treturn (ENOSYS);\t\t\t\t\t\t\\"
	print "}"
	print ""
}
/^int\t[a-z_0-9]+\(struct thread \*, struct [a-z_0-9]+ \*\);$/ {
	name = $2
	sub(/\(.*/, "", name)
	args = $0
	sub(/.*struct thread \*, struct /, "", args)
	sub(/ \*\);$/, "", args)
	if (name in seen)
		next
	seen[name] = 1
	key = name
	sub(/^(linux|sys)_/, "", key)
	printf "FALLBACK(%s, \"%s\", %s)\n", name, key, args
}
