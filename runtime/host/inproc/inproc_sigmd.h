/*
 * inproc_sigmd.h — machine facts the in-process host reads from the CPU it
 * runs on, for its signal code (inproc_sigmd.c).
 */
#ifndef _INPROC_SIGMD_H_
#define _INPROC_SIGMD_H_

#include "kern_api_signal.h"

/*
 * The FP image layout of this CPU as Linux presents it to a thread that
 * has not asked for AMX tile data: XSAVE standard format of the features
 * XCR0 enables minus XTILEDATA, MXCSR mask from FXSAVE.
 */
void	inproc_md_fpu_info(struct kfpinfo *fi);

#endif /* !_INPROC_SIGMD_H_ */
