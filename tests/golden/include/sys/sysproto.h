/* Empty stand-in for <sys/sysproto.h> in compile tests. */
#ifndef TEST_SYS_SYSPROTO_H
#define TEST_SYS_SYSPROTO_H
#endif
