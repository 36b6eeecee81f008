-- linux_signal.h: Linux and host signal numbers, translation, sigsets.
local t = require("tgen")
return {
  output = "linux_signal.h", needs = "signal_map", per_arch = false,
  generate = function(m)
    local s = m.signal
    local b = t.buf()
    b:add(t.banner(m, "linux_signal.h — signal numbers and their translation", "signal.map"))
    b:add("#ifndef _LINUX_SIGNAL_H_\n#define _LINUX_SIGNAL_H_\n\n#include <stdint.h>\n")
    b:add("/* Linux signals. */")
    for _, e in ipairs(s.linux) do
      if e.alias_of then b:add("#define\tLINUX_%-10s LINUX_%s", e.name, e.alias_of)
      else b:add("#define\tLINUX_%-10s %d", e.name, e.value) end
    end
    b:add("#define\tLINUX_SIGRTMIN\t%d\n#define\tLINUX_SIGRTMAX\t%d", s.linux_abi.min, s.linux_abi.max)
    b:add("#define\tLINUX_SIGSET_WORDS32\t%d\t/* l_sigset_t: signal n is bit n-1 */\n", s.linux_abi.sigset_words)
    b:add("/* Host (%s) signals, prefixed so they never meet <signal.h>'s. */", m.host)
    for _, e in ipairs(s.host) do
      if e.alias_of then b:add("#define\tHOST_%-10s HOST_%s", e.name, e.alias_of)
      else b:add("#define\tHOST_%-10s %d\t/* %s */", e.name, e.value, t.comment(e.message)) end
    end
    b:add("#define\tHOST_SIGRTMIN\t%d\n#define\tHOST_SIGRTMAX\t%d", s.host_abi.min, s.host_abi.max)
    b:add("#define\tHOST_SIGSET_WORDS\t%d\t/* sigset_t: 32-bit words, signal n is bit n-1 */", s.host_abi.sigset_words)
    b:add([[

/* A host signal set, laid out as the host's sigset_t. */
typedef struct host_sigset {
	uint32_t	__bits[HOST_SIGSET_WORDS];
} host_sigset_t;

/*
 * Host signal -> Linux signal, and back. 0 for 0, for a signal the spec
 * declares unmappable, and for anything out of range.
 */
int	linux_signal_from_host(int host_signal);
int	host_signal_from_linux(int linux_signal);

/*
 * Names, for messages and tests: the canonical name ("SIGABRT", never the
 * alias SIGIOT), "SIGRTMIN+n" inside the real-time range, NULL for a
 * number the spec does not declare.
 */
const char	*linux_signal_name(int linux_signal);
const char	*host_signal_name(int host_signal);

/*
 * Sigset conversion: a Linux set is 64 bits (bit n-1 = signal n, as the
 * l_sigset_t of both arches lays it out in memory). Only signals that
 * translate both ways to each other are carried; the others are dropped
 * (a Linux signal folded onto another host signal, like SIGSTKFLT onto
 * SIGBUS, must not block or report that signal).
 */
void	linux_sigset_from_host(const host_sigset_t *host, uint64_t *linux_set);
void	host_sigset_from_linux(uint64_t linux_set, host_sigset_t *host);

#endif /* !_LINUX_SIGNAL_H_ */]])
    return b:text()
  end,
}
