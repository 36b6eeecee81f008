/*
 * host_values.h — a few host (FreeBSD) errno values for tests that also
 * include system headers: host_errno.h defines EAGAIN & co with the host's
 * numbers and cannot share a translation unit with <errno.h>, which
 * Criterion pulls in. host_values.c is the one file that includes it.
 */
#ifndef TSPEC_TEST_HOST_VALUES_H
#define TSPEC_TEST_HOST_VALUES_H

extern const int host_ELAST, host_EINVAL, host_ENOTTY, host_ENOIOCTL,
    host_ENOSYS, host_EPERM;

#endif /* TSPEC_TEST_HOST_VALUES_H */
