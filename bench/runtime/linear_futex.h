/*
 * linear_futex.h — the baseline of the futex benchmarks: the futex
 * emulation as the thesis describes it (section 5.4.4), a linear list of
 * futex objects searched on every operation, one list lock, a lock per
 * futex, a list of waiting_proc per futex. Benchmark-only code, written
 * from that description; it is not part of the runtime.
 */
#ifndef _LINEAR_FUTEX_H_
#define _LINEAR_FUTEX_H_

#include <stdint.h>

#include "kern_api.h"

struct lf_waiting_proc;

/*
 * Park a waiter (no thread behind it) on the futex at uaddr with the
 * given bitset, so that the list holds live futexes; lf_unpark_all()
 * removes them. These stand in for threads asleep in FUTEX_WAIT.
 */
void	lf_park(uint32_t *uaddr, uint32_t bitset);
void	lf_unpark_all(void);

/* FUTEX_WAKE_BITSET: wakes up to n waiters sharing a bit with bitset. */
int	lf_wake(uint32_t *uaddr, int n, uint32_t bitset);
/* The first half of FUTEX_WAIT: find the futex, compare the value. 0 if
   it matches (the caller would sleep), EWOULDBLOCK if not. */
int	lf_wait_check(uint32_t *uaddr, uint32_t val);

#endif /* !_LINEAR_FUTEX_H_ */
