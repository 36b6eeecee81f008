/* Empty stand-in for <sys/_semaphore.h> in compile tests. */
#ifndef TEST_SYS__SEMAPHORE_H
#define TEST_SYS__SEMAPHORE_H
#endif
