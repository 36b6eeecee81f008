/* Empty stand-in for <sys/_sigaltstack.h> in compile tests. */
#ifndef TEST_SYS__SIGALTSTACK_H
#define TEST_SYS__SIGALTSTACK_H
#endif
