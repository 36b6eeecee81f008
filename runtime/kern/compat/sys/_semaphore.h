/*
 * sys/_semaphore.h — empty on purpose.
 *
 * The generated linux_proto.h includes this FreeBSD header (FreeBSD's
 * generator always emits the same include list); nothing in the Linux
 * tables uses its contents, and glibc has no header of this name.
 */
#ifndef _SYS__SEMAPHORE_H_
#define	_SYS__SEMAPHORE_H_
#endif
