/* Empty stand-in for <sys/ucontext.h> in compile tests. */
#ifndef TEST_SYS_UCONTEXT_H
#define TEST_SYS_UCONTEXT_H
#endif
