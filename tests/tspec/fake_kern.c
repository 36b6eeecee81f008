/*
 * fake_kern.c — recording kern_log()/kern_log_once() (fake_kern.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "kern_api.h"
#include "fake_kern.h"

struct fake_log	fake_logs[FAKE_LOG_MAX];
int		fake_nlogs;

void
fake_log_reset(void)
{
	memset(fake_logs, 0, sizeof(fake_logs));
	fake_nlogs = 0;
}

static void
record(bool once, const char *key, const char *fmt, va_list ap)
{
	struct fake_log *l;

	if (fake_nlogs >= FAKE_LOG_MAX)
		return;
	l = &fake_logs[fake_nlogs++];
	l->once = once;
	snprintf(l->key, sizeof(l->key), "%s", key != NULL ? key : "");
	vsnprintf(l->msg, sizeof(l->msg), fmt, ap);
}

void
kern_log(struct thread *td, const char *fmt, ...)
{
	va_list ap;

	(void)td;
	va_start(ap, fmt);
	record(false, NULL, fmt, ap);
	va_end(ap);
}

void
kern_log_once(struct thread *td, const char *key, const char *fmt, ...)
{
	va_list ap;

	(void)td;
	va_start(ap, fmt);
	record(true, key, fmt, ap);
	va_end(ap);
}
