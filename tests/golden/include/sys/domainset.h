/* Empty stand-in for <sys/domainset.h> in compile tests. */
#ifndef TEST_SYS_DOMAINSET_H
#define TEST_SYS_DOMAINSET_H
#endif
