/* Empty stand-in for <sys/cpuset.h> in compile tests. */
#ifndef TEST_SYS_CPUSET_H
#define TEST_SYS_CPUSET_H
#endif
