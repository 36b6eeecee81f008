/* Empty stand-in for <sys/_domainset.h> in compile tests. */
#ifndef TEST_SYS__DOMAINSET_H
#define TEST_SYS__DOMAINSET_H
#endif
