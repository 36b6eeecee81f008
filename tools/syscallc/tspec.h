/*
 * tspec.h — the translation-spec language: model, reader and checks.
 *
 * The translation specs are the small declarative inputs beside a release's
 * syscalls.master (docs/translation-specs.md):
 *
 *   spec/host/<host>/{errno,signal,rfork,trap,ioctl,termios}.defs
 *                                                             host facts
 *   spec/<release>/{errno.map,signal.map,clone.flags,trap.map,dummy.list,
 *                   ioctl.sets,termios.map}                  Linux + mapping
 *
 * One grammar (tspec_parser.y) reads all of them; every statement becomes a
 * node of `struct tspec` carrying its source position, and tspec_check()
 * resolves names across files and reports problems through diag.h. The
 * templates read the checked model (tspec_lua.c exports it).
 *
 * Values are kept as int64_t: errno and signal numbers are small, clone flags
 * need 64 bits (CLONE_CLEAR_SIGHAND is bit 32), ioctl commands 32.
 */
#ifndef SYSCALLC_TSPEC_H
#define SYSCALLC_TSPEC_H

#include <stdbool.h>
#include <stdint.h>

#include "diag.h"
#include "srcpos.h"

/* Which ABI a declaration belongs to: decided by the file it is in. */
enum ts_side { TS_LINUX = 0, TS_HOST = 1 };

/* What a declared symbol is. */
enum ts_kind {
	TK_ERRNO,
	TK_SIGNAL,
	TK_RFORK,
	TK_TRAP,
	TK_FLAG,	/* a Linux clone flag or field */
	TK_IOCTL,	/* a host ioctl command */
	TK_TYPE,	/* an ioctl argument type */
	TK_HANDLER,	/* an ioctl set handler */
	TK_TCFLAG,	/* a termios flag: bits of a flag word */
	TK_TCFIELD,	/* a termios multi-bit field of a flag word */
	TK_TCVALUE,	/* one value of a termios field */
	TK_CC,		/* a c_cc slot */
	TK_SPEED,	/* a Linux speed code and its baud rate */
	TK__COUNT
};

/* A declaration: `errno EPERM 1 "..."`, `signal SIGIOT = SIGABRT`, ... */
struct ts_sym {
	enum ts_side	 side;
	enum ts_kind	 kind;
	char		*name;
	int64_t		 value;
	char		*alias_of;	/* alias: name of the target, else NULL */
	char		*message;	/* optional description */
	bool		 internal;	/* errno: kernel-internal (never returned) */
	int		 size[2];	/* TK_TYPE: size on i386, amd64 (host: both) */
	struct srcpos	 pos;
	/* termios kinds (TK_TCFLAG ... TK_SPEED) */
	char		*owner;		/* flag, field: its word; value: its field */
	struct srcpos	 owner_pos;
	bool		 opt;		/* field: holds speed codes; cc: a count */
	int64_t		 baud;		/* speed: the rate its code stands for */
	struct ts_sym	*peer;		/* resolved: same name, other side */
	bool		 unmappable;	/* resolved: declared so, or its field is */
	const char	*reason;	/* resolved: the unmappable's note */
};

/*
 * A reference to a symbol in a map statement: NAME, NAME+N (real-time
 * signals) or a range A..B of those. Resolved by tspec_check().
 */
struct ts_ref {
	char		*name;
	int64_t		 offset;
	char		*hi_name;	/* range: upper end, else NULL */
	int64_t		 hi_offset;
	struct srcpos	 pos;
	int64_t		 lo, hi;	/* resolved numbers (lo == hi if no range) */
	bool		 resolved;
};

/* `map linux A -> B`, `map host A -> B`, `map linux A <-> B`. */
struct ts_map {
	enum ts_kind	 kind;		/* TK_ERRNO or TK_SIGNAL */
	enum ts_side	 from;		/* side of `src` */
	bool		 both_ways;
	struct ts_ref	 src, dst;
	struct srcpos	 pos;
};

/* `unmappable host A "reason"` */
struct ts_unmappable {
	enum ts_kind	 kind;
	enum ts_side	 side;
	struct ts_ref	 ref;
	char		*reason;
	struct srcpos	 pos;
};

/* `realtime SIGRTMIN 32 SIGRTMAX 64` */
struct ts_rtrange {
	bool		 present;
	char		*min_name, *max_name;
	int64_t		 min, max;
	struct srcpos	 pos;
};

/* clone.flags */
enum ts_flag_class { TF_SUPPORTED, TF_IGNORED, TF_REJECTED, TF_FIELD };
struct ts_effect {
	bool		 set;		/* sets (true) or clears (false) */
	char		*rfork;
	struct srcpos	 pos;
};
struct ts_flag {
	struct ts_sym	*sym;		/* TK_FLAG symbol (name, value) */
	enum ts_flag_class cls;
	char		*reject_errno;	/* TF_REJECTED */
	struct srcpos	 errno_pos;
	char		*field_meaning;	/* TF_FIELD: e.g. exit-signal */
	struct ts_effect *effects;
	int		 neffects;
};
enum ts_rule_kind { TR_REQUIRES, TR_EXCLUDES };
struct ts_rule {
	enum ts_rule_kind kind;
	char		*a, *b, *errno_name;
	char		*note;		/* optional: where the rule comes from */
	struct srcpos	 a_pos, b_pos, errno_pos, pos;
	int64_t		 a_val, b_val, errno_val;	/* resolved */
};

/* trap.map */
struct ts_trap {
	char		*signal, *code, *to;
	struct srcpos	 signal_pos, code_pos, to_pos, pos;
	int64_t		 signal_val, code_val, to_val;	/* resolved */
};

/* dummy.list */
enum ts_log { TL_ONCE, TL_QUIET, TL_EVERY };
struct ts_dummy {
	char		*name;
	char		*reason;
	char		*errno_name;	/* Linux errno name (default ENOSYS) */
	enum ts_log	 log;
	char		*arch;		/* NULL: every arch */
	struct srcpos	 pos, name_pos, errno_pos, arch_pos;
	int64_t		 linux_errno, host_errno;	/* resolved */
	unsigned	 arch_mask;	/* resolved: bit per tspec_arches[] */
};

/* ioctl.sets */
enum ts_dir { TD_NONE, TD_VALUE, TD_IN, TD_OUT, TD_INOUT };
enum ts_status { TS_IMPLEMENTED, TS_QUIET, TS_UNIMPLEMENTED };
struct ts_ioc {			/* a command number as written */
	bool		 encoded;	/* _IO/_IOR/_IOW/_IOWR(...) */
	int		 macro;		/* 0 _IO, 1 _IOR, 2 _IOW, 3 _IOWR */
	int64_t		 type, nr;
	char		*argtype;	/* encoded with a type name, else NULL */
	int64_t		 raw;		/* not encoded: the number */
	struct srcpos	 pos, argtype_pos;
};
struct ts_cmd {
	char		*name;
	struct ts_ioc	 ioc;
	enum ts_dir	 dir;
	char		*argtype;	/* NULL: no argument type */
	struct srcpos	 argtype_pos;
	enum ts_status	 status;
	char		*host_cmd;	/* TS_IMPLEMENTED with `-> HOSTCMD` */
	char		*errno_name;	/* TS_UNIMPLEMENTED: Linux errno */
	struct srcpos	 pos, name_pos, status_pos;
	/* resolved */
	uint32_t	 value;
	int		 arg_size[2];	/* i386, amd64; -1 none */
	int64_t		 host_value;	/* -1 none */
	int64_t		 linux_errno, host_errno;
	int		 set_index;
};
struct ts_set {
	char		*name;
	int64_t		 lo, hi;	/* 16-bit command keys, inclusive */
	char		*handler;
	char		*nested_in;	/* NULL: top level */
	struct srcpos	 pos, range_pos, handler_pos, nested_pos;
	struct ts_cmd	*cmds;
	int		 ncmds;
	int		 parent;	/* resolved index of nested_in, or -1 */
	int		 depth;
};

/* The arches a release has (for dummy.list and ioctl sizes). */
#define TS_NARCH 2
extern const char *const tspec_arches[TS_NARCH];	/* "i386", "amd64" */

/* What the compiler reads for DUMMY checks: a release's syscalls.master. */
enum ts_master_status {
	TM_ABSENT,		/* no such syscall */
	TM_STUBBABLE,		/* STD entry with a linux_ handler */
	TM_IMPLEMENTED,		/* calls a host handler directly */
	TM_UNIMPLEMENTED,	/* UNIMPL/OBSOL/RESERVED: no handler at all */
};
typedef enum ts_master_status (*ts_master_lookup_fn)(void *arg, int arch,
    const char *name);

/* Which spec files a model holds (bit per file kind). */
enum ts_file_kind {
	TSF_HOST_DEFS,
	TSF_ERRNO_MAP,
	TSF_SIGNAL_MAP,
	TSF_CLONE_FLAGS,
	TSF_TRAP_MAP,
	TSF_DUMMY_LIST,
	TSF_IOCTL_SETS,
	TSF_TERMIOS_MAP,
	TSF__COUNT
};

struct tspec {
	struct diag	*diag;
	unsigned	 files;		/* bit (1 << TSF_*) per file read */
	char		*host;		/* `host NAME` */
	struct srcpos	 host_pos;
	struct srcfile	**srcs;		/* kept alive for positions */
	int		 nsrcs;

	struct ts_sym	**syms;
	int		 nsyms;
	struct ts_map	*maps;
	int		 nmaps;
	struct ts_unmappable *unmaps;
	int		 nunmaps;
	struct ts_rtrange rt[2];	/* per side */
	int		 sigset_words[2];	/* 32-bit words, per side */
	struct srcpos	 sigset_pos[2];
	int64_t		 errno_last;	/* host `last` */
	char		*errno_last_name;
	struct srcpos	 errno_last_pos;
	int		 host_ioc_encoding;	/* 0 linux, 1 bsd */

	struct ts_flag	*flags;
	int		 nflags;
	char		**base_rfork;
	struct srcpos	*base_pos;
	int		 nbase;
	struct ts_rule	*rules;
	int		 nrules;
	struct ts_trap	*traps;
	int		 ntraps;
	struct ts_dummy	*dummies;
	int		 ndummies;
	struct ts_set	*sets;
	int		 nsets;
	/* termios: c_cc's length and disabled value, per side */
	int64_t		 ncc[2], vdisable[2];
	bool		 have_ncc[2], have_vdisable[2];
	struct srcpos	 ncc_pos[2], vdisable_pos[2];

	/* Results of tspec_check(): the resolved translation tables. */
	struct ts_xlat {
		int64_t	 from, to;	/* -1: unmappable */
		const char *from_name, *to_name;
		bool	 exact;		/* by name (true) or declared */
	} *xlat[TK_SIGNAL + 1][2];	/* [kind][from side] */
	int		 nxlat[TK_SIGNAL + 1][2];
};

/* Checks of the translation-spec language (registered in check_tables.c). */
enum tspec_check {
	TSC_SYNTAX,
	TSC_DUPLICATE,		/* a name declared twice */
	TSC_UNKNOWN_NAME,	/* a reference to an undeclared name */
	TSC_UNMAPPED,		/* a value with no mapping in one direction */
	TSC_DOUBLE_MAP,		/* a value mapped twice in one direction */
	TSC_RANGE,		/* a range whose ends disagree or overflow */
	TSC_ERRNO_LAST,		/* `last` disagrees with the largest errno */
	TSC_FLAG_NOT_BIT,	/* a flag value that is not a single bit */
	TSC_FLAG_OVERLAP,	/* two flags share a bit */
	TSC_RULE_FLAG,		/* a rule names an unknown flag */
	TSC_UNKNOWN_ERRNO,	/* an errno name the other side lacks */
	TSC_DUMMY_MASTER_ABSENT,
	TSC_DUMMY_IMPLEMENTED,
	TSC_DUMMY_ERRNO,	/* a stub whose errno is not a Linux errno */
	TSC_DUMMY_ARCH,
	TSC_IOCTL_OVERLAP,	/* sets overlap without `nested in` */
	TSC_IOCTL_OUTSIDE,	/* a command outside its set's range */
	TSC_IOCTL_DUPLICATE,	/* the same command number twice */
	TSC_IOCTL_SIZE,		/* encoded size disagrees with the type */
	TSC_IOCTL_HANDLER,	/* a set names an undeclared handler */
	TSC_IOCTL_NESTING,	/* `nested in` a set that does not contain it */
	TSC_MISSING_HOST,	/* a map file without `host NAME` */
	TSC_TRAP_DUPLICATE,
	TSC_WRONG_FILE,		/* a statement the file kind does not allow */
	TSC_DUMMY_NO_MASTER,	/* dummy.list but no syscalls.master at all */
	TSC_TERMIOS_OVERLAP,	/* termios bits, values or slots collide */
	TSC_TERMIOS_MISMATCH,	/* a name means different things per side */
	TSC__COUNT
};
extern const struct diag_check tspec_checks[TSC__COUNT];

/* Model life cycle. */
struct tspec	*tspec_new(struct diag *d);
void		 tspec_free(struct tspec *ts);

/*
 * Read one spec file (path) or text (tspec_parse_string) of kind `kind` into
 * ts. Returns 0, or -1 on an I/O error (reported with diag_io_error()).
 * Syntax errors are reported and counted in the diag; parsing continues at
 * the next line.
 */
int	tspec_parse_file(struct tspec *ts, enum ts_file_kind kind,
	    const char *path);
int	tspec_parse_string(struct tspec *ts, enum ts_file_kind kind,
	    const char *name, const char *text);

/* The file kind a spec file name stands for ("errno.map"), or -1. */
int	tspec_file_kind(const char *basename);

/*
 * Resolve and check everything read so far. `lookup` (may be NULL: the
 * DUMMY checks against the master are then skipped) answers what each
 * arch's master says about a syscall. Returns the number of errors.
 */
unsigned tspec_check(struct tspec *ts, ts_master_lookup_fn lookup,
	    void *lookup_arg);

/*
 * Where a whole-file problem is reported: line 1 of the file read whose
 * name ends in /basename (no file: a position without one).
 */
struct srcpos	 tspec_file_start(const struct tspec *ts, const char *basename);

/* Look-ups used by the checks and the exporter. */
struct ts_sym	*tspec_find(const struct tspec *ts, enum ts_side side,
		    enum ts_kind kind, const char *name);
/* Value of a symbol following aliases; false if unknown. */
bool		 tspec_value(const struct tspec *ts, enum ts_side side,
		    enum ts_kind kind, const char *name, int64_t *valuep);

/* Parser interface (tspec_parser.y / tspec_model.c). */
struct tspec_parse {
	struct tspec	*ts;
	enum ts_file_kind kind;
	enum ts_side	 side;
	struct ts_set	*cur_set;	/* inside `set ... {` (non-NULL) */
	int		 cur_set_index;
	const struct srcfile *file;
	bool		 ignore_rest;	/* the statement's head was rejected */
};

#endif /* SYSCALLC_TSPEC_H */
