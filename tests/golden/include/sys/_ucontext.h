/* Empty stand-in for <sys/_ucontext.h> in compile tests. */
#ifndef TEST_SYS__UCONTEXT_H
#define TEST_SYS__UCONTEXT_H
#endif
