/* Empty stand-in for <sys/wait.h> in compile tests. */
#ifndef TEST_SYS_WAIT_H
#define TEST_SYS_WAIT_H
#endif
