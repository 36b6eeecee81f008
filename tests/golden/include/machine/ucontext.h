/* Empty stand-in for <machine/ucontext.h> in compile tests. */
#ifndef TEST_MACHINE_UCONTEXT_H
#define TEST_MACHINE_UCONTEXT_H
#endif
