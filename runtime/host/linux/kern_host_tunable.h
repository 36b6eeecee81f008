/*
 * kern_host_tunable.h — kern_ncpus() and kern_tunable_int() (kern_api.h)
 * as both hosts that run on Linux user space implement them: the CPUs this
 * process may run on, and tunables from the environment (FreeBSD's loader
 * kenv has no equivalent in a process). Included by exactly one file of
 * each host, which then defines the two kernel API functions with these.
 */
#ifndef _KERN_HOST_TUNABLE_H_
#define _KERN_HOST_TUNABLE_H_

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/*
 * The machine's CPUs (Linux sizes its futex table by the possible CPUs),
 * not this process's affinity mask: a benchmark pinned to one CPU must
 * not get a smaller table than the program it measures.
 */
static inline int
kern_host_ncpus(void)
{
	long n;

	n = sysconf(_SC_NPROCESSORS_CONF);
	return (n > 0 && n < INT_MAX ? (int)n : 1);
}

/*
 * Tunable "a.b.c" is the environment variable KENV_a_b_c. A value that is
 * not a whole decimal (or 0x hexadecimal) int is ignored, as the loader
 * ignores a malformed kenv number.
 */
static inline int
kern_host_tunable_int(const char *name, int dflt)
{
	char var[128], *end;
	const char *val;
	long v;
	size_t i;
	int n;

	n = snprintf(var, sizeof(var), "KENV_%s", name);
	if (n < 0 || (size_t)n >= sizeof(var))
		return (dflt);
	for (i = 0; var[i] != '\0'; i++)
		if (var[i] == '.')
			var[i] = '_';
	val = getenv(var);
	if (val == NULL || *val == '\0')
		return (dflt);
	v = strtol(val, &end, 0);
	if (*end != '\0' || v < INT_MIN || v > INT_MAX)
		return (dflt);
	return ((int)v);
}

#endif /* !_KERN_HOST_TUNABLE_H_ */
