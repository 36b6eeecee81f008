-- linux_termios.h: Linux's termios facts and their translation to the host.
local t = require("tgen")
local N = require("termios_names")
return {
  output = "linux_termios.h", needs = "termios_map", per_arch = false,
  generate = function(m)
    local L = m.termios.linux
    local b = t.buf()
    b:add(t.banner(m, "linux_termios.h — termios flags, c_cc slots, speeds and their translation", "termios.map"))
    b:add("#ifndef _LINUX_TERMIOS_H_\n#define _LINUX_TERMIOS_H_\n\n#include <stdint.h>\n")
    N.defines(b, L, "LINUX_")
    b:add([[

/*
 * Flag words. to_host() gives the host word for a Linux word: the bits of
 * flags and fields both sides have are translated; bits only the host has
 * keep their value in `host` (pass the host's current word); a Linux value
 * the host cannot hold is lost. from_host() gives the Linux word; bits the
 * host cannot hold, and Linux's speed fields, are 0.
 */]])
    for _, w in ipairs(L.words) do
      b:add("uint32_t\tlinux_termios_%s_to_host(uint32_t linux_word, uint32_t host);", w)
      b:add("uint32_t\tlinux_termios_%s_from_host(uint32_t host_word);", w)
    end
    b:add([[

/*
 * c_cc. to_host() writes the host slots that have a Linux counterpart
 * (the others keep their value); from_host() writes every Linux slot, the
 * ones without a counterpart disabled. A disabled character becomes the
 * other side's disabled value; counts (VMIN, VTIME) are copied.
 */
void	linux_termios_cc_to_host(const uint8_t *linux_cc, uint8_t *host_cc);
void	linux_termios_cc_from_host(const uint8_t *host_cc, uint8_t *linux_cc);

/* Speeds: a Linux speed code's rate in baud, and back; -1 if none. */
int64_t	linux_termios_speed_baud(uint32_t code);
int64_t	linux_termios_speed_code(int64_t baud);

/*
 * The same translations as data (tests, coverage). A flag or field value
 * of either side: its word, its bits on each side (mask: the flag's bits
 * or the field's mask), and why it does not translate (NULL if it does).
 * Entries only the host has come last, with linux_mask 0.
 */
struct linux_termios_bits {
	const char	*name;
	uint8_t		 word;		/* LINUX_TERMIOS_* */
	uint32_t	 linux_mask, linux_bits;
	uint32_t	 host_mask, host_bits;
	const char	*unmappable;	/* NULL: translates */
};
struct linux_termios_cc {
	const char	*name;
	int8_t		 linux_index;	/* -1: the host's only */
	int8_t		 host_index;	/* -1: Linux's only */
	uint8_t		 count;		/* a number, not a character */
	const char	*unmappable;
};
struct linux_termios_speed {
	const char	*name;
	uint32_t	 code;
	uint32_t	 baud;
};
]])
    b:add("enum linux_termios_word {")
    for i, w in ipairs(L.words) do b:add("\tLINUX_TERMIOS_%s,", w:upper()) end
    b:add("\tLINUX_TERMIOS_NWORDS\n};")
    b:add([[
extern const struct linux_termios_bits linux_termios_bits[];
extern const int linux_termios_nbits;
extern const struct linux_termios_cc linux_termios_ccs[];
extern const int linux_termios_nccs;
extern const struct linux_termios_speed linux_termios_speeds[];
extern const int linux_termios_nspeeds;

#endif /* !_LINUX_TERMIOS_H_ */]])
    return b:text()
  end,
}
