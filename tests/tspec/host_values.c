/*
 * host_values.c — see host_values.h.
 */
#include "host_errno.h"
#include "host_values.h"

const int host_ELAST = ELAST;
const int host_EINVAL = EINVAL;
const int host_ENOTTY = ENOTTY;
const int host_ENOIOCTL = ENOIOCTL;
const int host_ENOSYS = ENOSYS;
const int host_EPERM = EPERM;
