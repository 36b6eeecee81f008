/*
 * tspec_build.h — what the translation-spec parser's actions call to record
 * statements in the model (tspec_build.c). Every function takes ownership of
 * the strings it is given. Private to the tspec_* files.
 */
#ifndef SYSCALLC_TSPEC_BUILD_H
#define SYSCALLC_TSPEC_BUILD_H

#include "tspec.h"

void	tsb_host(struct tspec_parse *, char *, const struct srcpos *);
void	tsb_decl(struct tspec_parse *, int kind, char *name,
	    const struct srcpos *, int64_t value, int internal, char *message,
	    const struct srcpos *stmt);
void	tsb_alias(struct tspec_parse *, int kind, char *name,
	    const struct srcpos *, char *target, const struct srcpos *stmt);
void	tsb_trap(struct tspec_parse *, char *sig, const struct srcpos *,
	    char *code, const struct srcpos *, char *to, const struct srcpos *,
	    const struct srcpos *stmt);
void	tsb_last(struct tspec_parse *, char *, int64_t, const struct srcpos *);
void	tsb_realtime(struct tspec_parse *, char *, int64_t, char *, int64_t,
	    const struct srcpos *);
void	tsb_sigset(struct tspec_parse *, int64_t, const struct srcpos *);
void	tsb_map(struct tspec_parse *, int side, struct ts_ref *src,
	    int both_ways, struct ts_ref *dst, const struct srcpos *);
void	tsb_unmappable(struct tspec_parse *, int side, struct ts_ref *,
	    char *reason, const struct srcpos *);
void	tsb_field(struct tspec_parse *, char *, const struct srcpos *,
	    int64_t, char *meaning, const struct srcpos *);
void	tsb_flag(struct tspec_parse *, char *, const struct srcpos *, int64_t,
	    const struct srcpos *);
void	tsb_flag_class(struct tspec_parse *, enum ts_flag_class, char *errno_,
	    const struct srcpos *);
void	tsb_effect(struct tspec_parse *, bool set, char *, const struct srcpos *);
void	tsb_base(struct tspec_parse *, char *, const struct srcpos *);
void	tsb_rule(struct tspec_parse *, enum ts_rule_kind, char *a,
	    const struct srcpos *, char *b, const struct srcpos *, char *err,
	    const struct srcpos *, char *note, const struct srcpos *);
void	tsb_dummy(struct tspec_parse *, char *name, const struct srcpos *,
	    char *reason, const struct srcpos *);
void	tsb_dummy_errno(struct tspec_parse *, char *, const struct srcpos *);
void	tsb_dummy_log(struct tspec_parse *, enum ts_log);
void	tsb_dummy_arch(struct tspec_parse *, char *, const struct srcpos *);
void	tsb_type(struct tspec_parse *, char *, const struct srcpos *,
	    int64_t i386, int64_t amd64, const struct srcpos *);
void	tsb_handler(struct tspec_parse *, char *, const struct srcpos *);
void	tsb_encoding(struct tspec_parse *, char *, const struct srcpos *);
void	tsb_host_ioctl(struct tspec_parse *, char *, const struct srcpos *,
	    struct ts_ioc *, const struct srcpos *);
void	tsb_set_begin(struct tspec_parse *, char *, const struct srcpos *,
	    int64_t lo, int64_t hi, const struct srcpos *, const struct srcpos *,
	    char *handler, const struct srcpos *, char *nested,
	    const struct srcpos *, const struct srcpos *);
void	tsb_set_end(struct tspec_parse *);
void	tsb_cmd_begin(struct tspec_parse *, char *, const struct srcpos *,
	    struct ts_ioc *, const struct srcpos *);
void	tsb_cmd_arg(struct tspec_parse *, enum ts_dir, char *,
	    const struct srcpos *);
void	tsb_cmd_status(struct tspec_parse *, enum ts_status, char *,
	    const struct srcpos *);

/*
 * termios: `tcflag WORD NAME BITS`, `tcfield WORD NAME MASK [speed]`,
 * `tcvalue FIELD NAME VALUE` (owner: the word or field) and
 * `cc NAME INDEX [count]` (owner NULL); opt is `speed` / `count`.
 */
void	tsb_tcbits(struct tspec_parse *, int kind, char *owner,
	    const struct srcpos *, char *name, const struct srcpos *,
	    int64_t value, int opt, const struct srcpos *stmt);
/* `ncc N` (vdisable false) or `vdisable V` (true). */
void	tsb_ncc(struct tspec_parse *, bool vdisable, int64_t,
	    const struct srcpos *);
void	tsb_speed(struct tspec_parse *, char *, const struct srcpos *,
	    int64_t code, int64_t baud, const struct srcpos *);

/* Grow an array of `n` elements of size `sz` by one; returns the new slot. */
void	*tsb_grow(void *arrayp, int *np, size_t sz);

#endif /* SYSCALLC_TSPEC_BUILD_H */
