/* Empty stand-in for <sys/signal.h> in compile tests. */
#ifndef TEST_SYS_SIGNAL_H
#define TEST_SYS_SIGNAL_H
#endif
