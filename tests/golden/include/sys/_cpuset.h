/* Empty stand-in for <sys/_cpuset.h> in compile tests. */
#ifndef TEST_SYS__CPUSET_H
#define TEST_SYS__CPUSET_H
#endif
