/*
 * tr_frame.c — the trapframe of a trapped syscall, read and written with
 * as few ptrace requests as the call allows.
 *
 * A seccomp stop used to cost GETEVENTMSG, GETREGS and SETREGS on top of
 * the stop itself; SETREGS alone is the dearest request (the kernel checks
 * and writes every segment and base register), 0.8 µs of a 4.1 µs trap on
 * this machine (bench/lxrun/trapcost, docs/lxrun.md). Most trapped calls
 * — futex above all — need only their number, arguments, instruction and
 * stack pointers, and give back a result. For those (the engine says which:
 * tr_sysvec.sv_args_only) the frame is *partial*: one
 * PTRACE_GET_SYSCALL_INFO fills those fields (and gives the filter's
 * SECCOMP_RET_DATA), and the write-back pokes orig_ax, ax and whatever else
 * of the partial fields the handler changed (the ip of an ERESTART rewind).
 *
 * Whoever needs the other registers — signal delivery building a frame,
 * running the call natively, parking the task elsewhere — calls
 * tr_frame_full() first, which reads them and keeps what the handler has
 * already changed. A full frame is written back whole (SETREGS).
 */
#include <stddef.h>
#include <string.h>
#include <sys/ptrace.h>

#include "tracer.h"

#define	L_ENOSYS	38	/* ax at syscall entry: -ENOSYS */

/* The fields a partial frame holds, in the order of the snapshot. */
#define	TR_PARTIAL_NREGS	8

static tr_reg_t *
tr_partial_reg(struct trapframe *tf, int i)
{

	switch (i) {
	case 0:	return (&TF_PC(tf));
	case 1:	return (&TF_SP(tf));
	case 2:	return (&TF_ARG0(tf));
	case 3:	return (&TF_ARG1(tf));
	case 4:	return (&TF_ARG2(tf));
	case 5:	return (&TF_ARG3(tf));
	case 6:	return (&TF_ARG4(tf));
	default: return (&TF_ARG5(tf));
	}
}

static long
tr_reg_offset(const struct trapframe *tf, const tr_reg_t *reg)
{

	return ((long)((const char *)reg - (const char *)tf));
}

int
tr_frame_load(struct tr_thread *t)
{

	if (tr_getregs(t, &t->tt_frame) != 0)
		return (ESRCH);
	t->tt_frame_full = true;
	return (0);
}

/*
 * At a seccomp stop: the partial frame and the filter's data. ESRCH if
 * the task is gone.
 */
int
tr_frame_load_syscall(struct tr_thread *t, unsigned *data)
{
	struct __ptrace_syscall_info info;
	struct trapframe *tf = &t->tt_frame;
	int i;

	memset(&info, 0, sizeof(info));
	if (ptrace(PTRACE_GET_SYSCALL_INFO, t->tt_tid, sizeof(info), &info) <=
	    0 || info.op != PTRACE_SYSCALL_INFO_SECCOMP)
		return (ESRCH);
	*data = info.seccomp.ret_data;
	memset(tf, 0, sizeof(*tf));
	TF_NR(tf) = (tr_reg_t)info.seccomp.nr;
	TF_RET(tf) = (tr_reg_t)-L_ENOSYS;
	TF_PC(tf) = (tr_reg_t)info.instruction_pointer;
	TF_SP(tf) = (tr_reg_t)info.stack_pointer;
	TF_ARG0(tf) = (tr_reg_t)info.seccomp.args[0];
	TF_ARG1(tf) = (tr_reg_t)info.seccomp.args[1];
	TF_ARG2(tf) = (tr_reg_t)info.seccomp.args[2];
	TF_ARG3(tf) = (tr_reg_t)info.seccomp.args[3];
	TF_ARG4(tf) = (tr_reg_t)info.seccomp.args[4];
	TF_ARG5(tf) = (tr_reg_t)info.seccomp.args[5];
	for (i = 0; i < TR_PARTIAL_NREGS; i++)
		t->tt_entry[i] = *tr_partial_reg(tf, i);
	t->tt_frame_full = false;
	return (0);
}

/*
 * Complete a partial frame: the task's registers, with the partial
 * fields as the handler left them (they started as the task's own).
 */
int
tr_frame_full(struct tr_thread *t)
{
	struct trapframe regs;
	int i;

	if (t->tt_frame_full)
		return (0);
	if (tr_getregs(t, &regs) != 0)
		return (ESRCH);
	TF_NR(&regs) = TF_NR(&t->tt_frame);
	TF_RET(&regs) = TF_RET(&t->tt_frame);
	for (i = 0; i < TR_PARTIAL_NREGS; i++)
		*tr_partial_reg(&regs, i) = *tr_partial_reg(&t->tt_frame, i);
	t->tt_frame = regs;
	t->tt_frame_full = true;
	return (0);
}

/* Give the task the frame's registers: all of them, or the partial
   fields that changed plus orig_ax and ax. */
int
tr_frame_store(struct tr_thread *t)
{
	struct trapframe *tf = &t->tt_frame;
	tr_reg_t *reg;
	int i;

	if (t->tt_frame_full)
		return (tr_setregs(t, tf));
	for (i = 0; i < TR_PARTIAL_NREGS; i++) {
		reg = tr_partial_reg(tf, i);
		if (*reg != t->tt_entry[i] && ptrace(PTRACE_POKEUSER,
		    t->tt_tid, (void *)tr_reg_offset(tf, reg),
		    (void *)(uintptr_t)*reg) != 0)
			return (ESRCH);
	}
	if (ptrace(PTRACE_POKEUSER, t->tt_tid, (void *)tr_reg_offset(tf,
	    &TF_NR(tf)), (void *)(uintptr_t)TF_NR(tf)) != 0 ||
	    ptrace(PTRACE_POKEUSER, t->tt_tid, (void *)tr_reg_offset(tf,
	    &TF_RET(tf)), (void *)(uintptr_t)TF_RET(tf)) != 0)
		return (ESRCH);
	return (0);
}
