-- linux_clone_flags.h: clone flag values, validator and translator.
local t = require("tgen")
return {
  output = "linux_clone_flags.h", needs = "clone_flags", per_arch = false,
  generate = function(m)
    local c = m.clone
    local b = t.buf()
    b:add(t.banner(m, "linux_clone_flags.h — Linux clone flags and their host translation", "clone.flags"))
    b:add("#ifndef _LINUX_CLONE_FLAGS_H_\n#define _LINUX_CLONE_FLAGS_H_\n\n#include <stdint.h>\n")
    for _, f in ipairs(c.flags) do
      b:add("#define\tLINUX_%-22s 0x%08xULL\t/* %s */", f.name, f.value, f.class)
    end
    b:add("\n/* Host rfork(2) flags (%s). */", m.host)
    for _, r in ipairs(c.rfork) do
      b:add("#define\tHOST_%-14s 0x%08x", r.name, r.value)
    end
    b:add([[

/* How the emulation treats a flag (coverage data). */
enum linux_clone_class {
	LINUX_CLONE_SUPPORTED,
	LINUX_CLONE_IGNORED,
	LINUX_CLONE_REJECTED,
	LINUX_CLONE_FIELD,
};
struct linux_clone_flag {
	const char	*name;
	uint64_t	 value;
	enum linux_clone_class cls;
};
extern const struct linux_clone_flag linux_clone_flag_table[];
extern const int linux_clone_nflags;

/* The host's rfork flags by name (messages, tests against host facts). */
struct linux_clone_rfork_name {
	const char	*name;
	uint32_t	 value;
};
extern const struct linux_clone_rfork_name linux_clone_rfork_names[];
extern const int linux_clone_nrfork_names;

/*
 * The validity rules as data, in the order linux_clone_check() applies
 * them: `a` requires (or excludes) `b`, else `error` (a host errno).
 * `note` says where a rule comes from (the release that added it), or is
 * NULL. For tests and reports that compare releases' rule sets.
 */
enum linux_clone_rule_kind {
	LINUX_CLONE_REQUIRES,
	LINUX_CLONE_EXCLUDES,
};
struct linux_clone_rule {
	const char	*a, *b;
	uint64_t	 a_value, b_value;
	enum linux_clone_rule_kind kind;
	int		 error;
	const char	*note;
};
extern const struct linux_clone_rule linux_clone_rule_table[];
extern const int linux_clone_nrules;

/*
 * Linux's validity rules for the flags of clone(2), in the order Linux
 * checks them: 0, or the host errno Linux's answer corresponds to.
 */
int	linux_clone_check(uint64_t flags);

/*
 * The host rfork flags a process clone with `flags` becomes (the low byte,
 * the exit signal, is not a flag and is ignored here). Returns 0, or a host
 * errno for a flag the emulation rejects or a bit no flag declares.
 */
int	linux_clone_to_rfork(uint64_t flags, int *rfflags);

#endif /* !_LINUX_CLONE_FLAGS_H_ */]])
    return b:text()
  end,
}
