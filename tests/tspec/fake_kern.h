/*
 * fake_kern.h — the two logging functions of kern_api.h that generated
 * stubs and linux_ioctl() call, recorded instead of printed, for tests that
 * run them without a host. The in-process host (runtime/host/inproc) is the
 * real implementation; these tests link this instead so they do not depend
 * on it, and check the calls themselves (the host decides "once").
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
