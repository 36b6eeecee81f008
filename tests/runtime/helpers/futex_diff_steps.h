/*
 * futex_diff_steps.h — the language of futex_diff's scripts: operands,
 * the step record and the macros the scripts (futex_diff_scripts.h) are
 * written with. Included by futex_diff.c only, after the headers that
 * define the LINUX_FUTEX* constants.
 */
#ifndef _FUTEX_DIFF_STEPS_H_
#define _FUTEX_DIFF_STEPS_H_

#define	NWORDS			8

/*
 * Operands. Addresses: a word of the arena (0..NWORDS-1) or a bad one.
 * Timeouts: how the 4th argument is made.
 */
enum {
	A_RO = 100,		/* a word of a read-only page */
	A_NOPAGE,		/* a word of a PROT_NONE page */
	A_NULL,
	A_MISALIGNED,		/* word 0 plus one byte */
	A_KERNEL,		/* above the user address range */
};
enum {
	T_NULL,
	T_VAL2,			/* the number targ (REQUEUE, WAKE_OP) */
	T_REL,			/* timespec of targ nanoseconds */
	T_ABS_PAST,		/* timespec 1 s after the epoch */
	T_BAD_NS,		/* tv_nsec = 1e9 */
	T_NEG,			/* tv_sec = -1 */
	T_FAULT,		/* a pointer into the PROT_NONE page */
	T_ABS_IN,		/* now + targ ns on the step's clock (futex2) */
	T_NSEC_HIGH,		/* 64-bit tv_nsec = 2^32 + targ: a 32-bit
				   program's kernel reads only the low half */
};

/* Which system call a step makes. */
enum {
	SYS_FUTEX,		/* futex(2) */
	SYS_FUTEX_TIME64,	/* futex_time64(2); futex(2) on amd64 */
	SYS_WAITV,		/* futex_waitv(2) */
	SYS_WAKE2,		/* futex_wake(2) */
	SYS_WAIT2,		/* futex_wait(2) */
	SYS_REQUEUE2,		/* futex_requeue(2) */
};

/* As the vector of a waitv or requeue step: the worker's own array. */
#define	A_VEC		0
#define	NVEC		4

/* One struct futex_waitv of a step: word (or A_*), value, flags. */
struct vent {
	int		e_a;
	uint64_t	e_val;
	uint32_t	e_flags;
	uint32_t	e_reserved;
};

enum {
	S_SET,			/* word a1 = val */
	S_SETTID,		/* word a1 = tid of worker `who` | val */
	S_CALL,			/* `who` makes a call that returns */
	S_BLOCK,		/* worker `who` makes a call that blocks */
	S_INTR,			/* interrupt worker `who` (val: restartable) */
	S_AWAIT,		/* wait for `wakes` more workers to return */
	S_EXIT,			/* worker `who` ends (wakes: returns expected) */
	S_ROBUST,		/* worker `who` registers a robust list holding
				   word a1 (val: 1 PI entry, 2 pending only) */
};

/*
 * A call step. futex(2) and futex_time64(2): s_op, s_a1 (uaddr), s_val,
 * s_tkind/s_targ (the 4th argument), s_a2 (uaddr2), s_val3. The futex2
 * calls use these fields instead:
 *   futex_wake     uaddr s_a1, mask s_mask, nr s_val, flags s_flags2
 *   futex_wait     uaddr s_a1, val s_v64, mask s_mask, flags s_flags2,
 *                  timeout s_tkind/s_targ, clockid s_clock
 *   futex_waitv    vector s_a1 (A_VEC: s_v[0..s_nv)), nr_futexes s_val,
 *                  flags s_flags2, timeout s_tkind/s_targ, clockid s_clock
 *   futex_requeue  vector s_a1 (A_VEC: s_v[0..1]), flags s_flags2,
 *                  nr_wake s_val, nr_requeue s_targ
 */
struct step {
	int		s_kind;
	int		s_who;		/* 0: controller; 1..: worker */
	int		s_sys;		/* SYS_*: futex(2) unless set */
	int		s_op;
	int		s_a1;
	uint32_t	s_val;
	int		s_tkind;
	int64_t		s_targ;
	int		s_a2;
	uint32_t	s_val3;
	int		s_wakes;	/* workers expected to return */
	uint64_t	s_v64;
	uint64_t	s_mask;
	uint32_t	s_flags2;
	int		s_clock;
	int		s_nv;
	struct vent	s_v[NVEC];
};

#define	SET(i, v)	{ .s_kind = S_SET, .s_a1 = (i), .s_val = (v) }
#define	SETTID(i, w, f)	{ .s_kind = S_SETTID, .s_a1 = (i), .s_who = (w), \
			  .s_val = (f) }
#define	CALL(who, op, a1, val, tk, ta, a2, v3, wakes)			\
	{ .s_kind = S_CALL, .s_who = (who), .s_op = (op), .s_a1 = (a1),	\
	  .s_val = (val), .s_tkind = (tk), .s_targ = (ta), .s_a2 = (a2),\
	  .s_val3 = (v3), .s_wakes = (wakes) }
#define	BLOCK(who, op, a1, val, tk, ta, a2, v3)				\
	{ .s_kind = S_BLOCK, .s_who = (who), .s_op = (op), .s_a1 = (a1),\
	  .s_val = (val), .s_tkind = (tk), .s_targ = (ta), .s_a2 = (a2),\
	  .s_val3 = (v3) }
#define	INTR(who, restart, wakes)					\
	{ .s_kind = S_INTR, .s_who = (who), .s_val = (restart),		\
	  .s_wakes = (wakes) }
#define	AWAIT(n)	{ .s_kind = S_AWAIT, .s_wakes = (n) }
#define	EXIT(who, wakes) { .s_kind = S_EXIT, .s_who = (who), .s_wakes = (wakes) }
#define	ROBUST(who, i, how) { .s_kind = S_ROBUST, .s_who = (who),	\
			  .s_a1 = (i), .s_val = (how) }

/*
 * futex2 steps. Each gives who, the call's operands and, for a CALL, how
 * many workers the call lets go.
 */
#define	F2_U32		LINUX_FUTEX2_SIZE_U32
#define	F2_PRIV		(LINUX_FUTEX2_SIZE_U32 | LINUX_FUTEX2_PRIVATE)
#define	WAKE2(who, a, mask, nr, fl, wakes)				\
	{ .s_kind = S_CALL, .s_who = (who), .s_sys = SYS_WAKE2,		\
	  .s_a1 = (a), .s_mask = (mask), .s_val = (uint32_t)(nr),	\
	  .s_flags2 = (fl), .s_wakes = (wakes) }
#define	WAIT2_STEP(kind, who, a, v, mask, fl, tk, ta, clk)		\
	{ .s_kind = (kind), .s_who = (who), .s_sys = SYS_WAIT2,		\
	  .s_a1 = (a), .s_v64 = (v), .s_mask = (mask), .s_flags2 = (fl),\
	  .s_tkind = (tk), .s_targ = (ta), .s_clock = (clk) }
#define	WAIT2(who, a, v, mask, fl, tk, ta, clk)				\
	WAIT2_STEP(S_CALL, who, a, v, mask, fl, tk, ta, clk)
#define	WAIT2B(who, a, v, mask, fl, tk, ta, clk)			\
	WAIT2_STEP(S_BLOCK, who, a, v, mask, fl, tk, ta, clk)
#define	V(a, v, fl)	{ .e_a = (a), .e_val = (v), .e_flags = (fl) }
#define	VR(a, v, fl, r)	{ .e_a = (a), .e_val = (v), .e_flags = (fl),	\
			  .e_reserved = (r) }
#define	WAITV_STEP(kind, who, vec, nr, fl, tk, ta, clk, wakes, ...)	\
	{ .s_kind = (kind), .s_who = (who), .s_sys = SYS_WAITV,		\
	  .s_a1 = (vec), .s_val = (uint32_t)(nr), .s_flags2 = (fl),	\
	  .s_tkind = (tk), .s_targ = (ta), .s_clock = (clk),		\
	  .s_wakes = (wakes),						\
	  .s_nv = sizeof((struct vent[]){ __VA_ARGS__ }) /		\
	      sizeof(struct vent), .s_v = { __VA_ARGS__ } }
#define	WAITV(who, nr, fl, tk, ta, clk, ...)				\
	WAITV_STEP(S_CALL, who, A_VEC, nr, fl, tk, ta, clk, 0, __VA_ARGS__)
#define	WAITVB(who, tk, ta, clk, ...)					\
	WAITV_STEP(S_BLOCK, who, A_VEC,					\
	    sizeof((struct vent[]){ __VA_ARGS__ }) / sizeof(struct vent), \
	    0, tk, ta, clk, 0, __VA_ARGS__)
#define	REQUEUE2(who, vec, fl, nw, nrq, wakes, e0, e1)			\
	{ .s_kind = S_CALL, .s_who = (who), .s_sys = SYS_REQUEUE2,	\
	  .s_a1 = (vec), .s_flags2 = (fl), .s_val = (uint32_t)(nw),	\
	  .s_targ = (nrq), .s_wakes = (wakes), .s_nv = 2,		\
	  .s_v = { e0, e1 } }
#define	CALL64(who, op, a1, val, tk, ta, a2, v3, wakes)			\
	{ .s_kind = S_CALL, .s_who = (who), .s_sys = SYS_FUTEX_TIME64,	\
	  .s_op = (op), .s_a1 = (a1), .s_val = (val), .s_tkind = (tk),	\
	  .s_targ = (ta), .s_a2 = (a2), .s_val3 = (v3), .s_wakes = (wakes) }
#define	BLOCK64(who, op, a1, val, tk, ta, a2, v3)			\
	{ .s_kind = S_BLOCK, .s_who = (who), .s_sys = SYS_FUTEX_TIME64,	\
	  .s_op = (op), .s_a1 = (a1), .s_val = (val), .s_tkind = (tk),	\
	  .s_targ = (ta), .s_a2 = (a2), .s_val3 = (v3) }
#define	CLK_RT		0	/* CLOCK_REALTIME */
#define	CLK_MONO	1	/* CLOCK_MONOTONIC */

/* As a BLOCK's value: whatever the word holds when the step runs. */
#define	VAL_CURRENT	0xdeadbeefu

/* Shorthands for the common calls. */
#define	OP_WAIT		LINUX_FUTEX_WAIT
#define	OP_WAKE		LINUX_FUTEX_WAKE
#define	PRIV		LINUX_FUTEX_PRIVATE_FLAG
#define	CLKRT		LINUX_FUTEX_CLOCK_REALTIME
#define	NOA		A_NULL		/* no second address */
#define	WAKE(who, a, n, wakes)	CALL(who, OP_WAKE, a, n, T_NULL, 0, NOA, 0, wakes)
#define	WAITB(who, a, v)	BLOCK(who, OP_WAIT, a, v, T_NULL, 0, NOA, 0)
#define	WOP(o, oa, c, ca)	((((uint32_t)(o) & 0xf) << 28) |	\
	(((uint32_t)(c) & 0xf) << 24) | (((uint32_t)(oa) & 0xfff) << 12) | \
	((uint32_t)(ca) & 0xfff))

struct script {
	const char		*sc_name;
	const struct step	*sc_steps;
	int			 sc_nsteps;
	int			 sc_until;	/* 0, or the first Linux release
						   whose rules differ from the
						   emulation's (skipped there) */
};

#endif /* !_FUTEX_DIFF_STEPS_H_ */
