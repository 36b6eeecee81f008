/* Empty stand-in for <sys/_ffcounter.h> in compile tests. */
#ifndef TEST_SYS__FFCOUNTER_H
#define TEST_SYS__FFCOUNTER_H
#endif
