/*
 * linux_syscall_entry.h — the system call path of runtime/kern: the one
 * entry point every host calls when an emulated thread makes a system
 * call. (linux_syscall.h is the generated table of syscall numbers.)
 *
 * The host fills td->td_frame with the thread's registers as they are at
 * the system call instruction's completion on Linux: the number in
 * tf_rax/tf_eax and tf_orig_rax/tf_orig_eax, the arguments in the
 * architecture's registers, tf_rip/tf_eip after the instruction. On
 * return the frame holds what the thread resumes with:
 *
 *   0            tf_rax/tf_eax = td_retval[0]
 *   an errno     tf_rax/tf_eax = -(Linux errno), translated from the host
 *                value with the generated linux_errno_from_host()
 *   ERESTART     tf_rax/tf_eax = the syscall number again and tf_rip/
 *                tf_eip moved back over the 2-byte syscall instruction
 *                (syscall, int $0x80 and sysenter's vdso return point all
 *                restart that way), so that resuming executes the call
 *                again: FreeBSD's cpu_set_syscall_retval() and Linux's
 *                restart of -ERESTARTSYS
 *   EJUSTRETURN  the frame is left as the handler left it (sigreturn)
 *
 * and linux_syscall() returns that same host error, so that a host can
 * tell ERESTART and EJUSTRETURN apart. A host delivers pending signals
 * after this returns (the signal layer decides then whether an
 * interrupted call restarts or fails with EINTR).
 */
#ifndef _LINUX_SYSCALL_ENTRY_H_
#define _LINUX_SYSCALL_ENTRY_H_

#include "kern_api.h"

/* Length of the system call instruction, for the ERESTART rewind. */
#define	LINUX_SYSCALL_INSN_LEN	2

int	linux_syscall(struct thread *td);

#endif /* !_LINUX_SYSCALL_ENTRY_H_ */
