/*
 * templates_bc.h — the built-in templates, compiled to Lua bytecode at
 * build time by embed_templates.lua (into $(BUILD)/tools/syscallc/
 * templates_bc.c).
 *
 * templates.c still reads every template file it loads; when a file of the
 * default template directory has the relative name and the FNV-1a hash of
 * an entry here, it loads the entry's bytecode instead of compiling the
 * source (same code, about 1 ms less per run).  An edited file, a -T
 * override or a bytecode the linked Lua rejects is compiled from source.
 * Errors raised by embedded code are located as "templates/<rel>:LINE".
 */
#ifndef SYSCALLC_TEMPLATES_BC_H
#define SYSCALLC_TEMPLATES_BC_H

#include <stddef.h>
#include <stdint.h>

struct embedded_template {
	const char		*rel;	/* "init_sysent.lua", "lib/freebsd.lua" */
	uint64_t		 hash;	/* FNV-1a 64 of the source text */
	const unsigned char	*bc;
	size_t			 len;
};

/* Terminated by an entry whose rel is NULL. */
extern const struct embedded_template embedded_templates[];

/* FNV-1a, 64 bits: the hash embed_templates.lua computes. */
static inline uint64_t
template_hash(const char *s, size_t n)
{
	uint64_t h = UINT64_C(14695981039346656037);
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= UINT64_C(1099511628211);
	}
	return h;
}

#endif
