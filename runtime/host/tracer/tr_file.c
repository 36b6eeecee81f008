/*
 * tr_file.c — kern_api_file.h for the tracer host: descriptors backed by
 * runtime objects (FUTEX_FD of Linux < 2.6.26) are not offered. A real
 * descriptor in the program that the tracer keeps ready or not, and whose
 * poll(2) the kernel would answer from the tracer's object, has no
 * mechanism in ptrace; FUTEX_FD was never used by a C library and Linux
 * removed it. The program gets ENFILE, as when the table is full, and one
 * log line per process.
 */
#include "tracer.h"

#if __has_include("kern_api_file.h")
#include "kern_api_file.h"

int
kfile_create(struct thread *td, const struct kfileops *ops, void *data,
    int *fdp, struct kfile **fpp)
{

	(void)ops;
	(void)data;
	(void)fdp;
	(void)fpp;
	kern_log_once(td, "kfile_create", "descriptors backed by the "
	    "emulation (FUTEX_FD) are not available under lxrun");
	return (ENFILE);
}

/* Never reached: kfile_create() hands out no file. */
void *
kfile_data(struct kfile *fp)
{

	(void)fp;
	kern_panic("kfile_data: the tracer host creates no files");
}

void
kfile_wakeup(struct kfile *fp)
{

	(void)fp;
}

int
kfile_setown(struct kfile *fp, struct thread *td, int sig)
{

	(void)fp;
	(void)td;
	(void)sig;
	return (EINVAL);
}

void
kfile_sigio(struct kfile *fp, int band)
{

	(void)fp;
	(void)band;
}
#endif /* kern_api_file.h */
