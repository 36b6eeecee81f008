/*
 * fake_kern.h — the two logging functions of kern_api.h that the generated
 * DUMMY stubs call, recorded instead of printed, so the stub checks
 * (dummy_check.c: amd64 in Criterion, i386 in a -m32 helper) see which log
 * call each stub makes and with which key. Making "once" true is the
 * host's job (runtime/host/inproc's kern_log_once(), exercised by
 * tests/runtime/test_linux_ioctl.c).
 */
#ifndef TSPEC_TEST_FAKE_KERN_H
#define TSPEC_TEST_FAKE_KERN_H

#include <stdbool.h>

#define FAKE_LOG_MAX	64

struct fake_log {
	bool	once;		/* kern_log_once (true) or kern_log */
	char	key[64];	/* kern_log_once's key */
	char	msg[256];
};

extern struct fake_log	fake_logs[FAKE_LOG_MAX];
extern int		fake_nlogs;

/* Forget every recorded call. */
void	fake_log_reset(void);

#endif /* TSPEC_TEST_FAKE_KERN_H */
