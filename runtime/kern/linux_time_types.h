/*
 * linux_time_types.h — Linux time structures (included by linux_types.h).
 * Incomplete until some handler needs their layout.
 */
#ifndef _LINUX_TIME_TYPES_H_
#define	_LINUX_TIME_TYPES_H_

#ifndef _LINUX_TYPES_H_
#error "include <linux_types.h>, not this header"
#endif

struct l_timespec;
struct l_timeval;
struct l_timezone;
struct l_itimerval;
struct l_itimerspec;
struct l_tms;
struct l_utimbuf;
struct l_timex;

#endif /* !_LINUX_TIME_TYPES_H_ */
