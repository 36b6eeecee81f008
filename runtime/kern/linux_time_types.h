/*
 * linux_time_types.h — Linux time structures (included by linux_types.h).
 * Incomplete until some handler needs their layout.
 */
#ifndef _LINUX_TIME_TYPES_H_
#define	_LINUX_TIME_TYPES_H_

#ifndef _LINUX_TYPES_H_
#error "include <linux_types.h>, not this header"
#endif

/*
 * struct timespec as the emulated architecture's system calls take it:
 * two longs (i386: 32-bit seconds, the pre-time64 calls; amd64:
 * __kernel_timespec). Completed by the futex work (futex timeouts).
 */
struct l_timespec {
	l_time_t	tv_sec;
	l_long		tv_nsec;
};
struct l_timeval;
struct l_timezone;
struct l_itimerval;
struct l_itimerspec;
struct l_tms;
struct l_utimbuf;
struct l_timex;

#endif /* !_LINUX_TIME_TYPES_H_ */
