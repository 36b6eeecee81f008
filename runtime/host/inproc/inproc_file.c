/*
 * inproc_file.c — kern_api_file.h for the in-process host: a runtime file
 * is a real eventfd of the test process (see inproc.h for why), listed in
 * a small registry so that inproc_file_close() can find its object. Its
 * SIGIO-style signal goes through the host's signal state (kern_kill()).
 */
#include "inproc_private.h"
#include "kern_api_file.h"
#include "kern_api_signal.h"

#define	KPOLL_IN	1	/* FreeBSD si_code POLL_IN (sys/signal.h) */

struct kfile {
	struct kfile		*kf_next;	/* registry */
	const struct kfileops	*kf_ops;
	void			*kf_data;
	int			 kf_fd;
	pid_t			 kf_owner;	/* kfile_setown(); 0: none */
	int			 kf_sig;
	int			 kf_nsigio;
	int			 kf_lastband;
};

static pthread_mutex_t files_lock = PTHREAD_MUTEX_INITIALIZER;
static struct kfile *files;

int
kfile_create(struct thread *td, const struct kfileops *ops, void *data,
    int *fdp, struct kfile **fpp)
{
	struct kfile *fp;
	bool too_many;

	(void)td;
	fp = kern_malloc(sizeof(*fp), KM_ZERO);
	fp->kf_ops = ops;
	fp->kf_data = data;
	fp->kf_fd = inproc_host_eventfd(&too_many);
	if (fp->kf_fd < 0) {
		kern_free(fp);
		return (too_many ? EMFILE : ENOMEM);
	}
	pthread_mutex_lock(&files_lock);
	fp->kf_next = files;
	files = fp;
	pthread_mutex_unlock(&files_lock);
	*fdp = fp->kf_fd;
	*fpp = fp;
	return (0);
}

void *
kfile_data(struct kfile *fp)
{

	return (fp->kf_data);
}

void
kfile_wakeup(struct kfile *fp)
{

	inproc_host_eventfd_signal(fp->kf_fd);
}

int
kfile_setown(struct kfile *fp, struct thread *td, int sig)
{

	pthread_mutex_lock(&files_lock);
	fp->kf_owner = td->td_proc->p_pid;
	fp->kf_sig = sig;
	pthread_mutex_unlock(&files_lock);
	return (0);
}

void
kfile_sigio(struct kfile *fp, int band)
{
	struct thread *td = inproc_curthread();
	ksiginfo_t ksi;
	pid_t owner;
	int sig;

	pthread_mutex_lock(&files_lock);
	owner = fp->kf_owner;
	sig = fp->kf_sig;
	if (owner != 0) {
		fp->kf_nsigio++;
		fp->kf_lastband = band;
	}
	pthread_mutex_unlock(&files_lock);
	if (owner == 0 || td == NULL)
		return;
	ksiginfo_init(&ksi);
	ksi.ksi_signo = sig;
	ksi.ksi_code = KPOLL_IN;
	ksi.ksi_band = band;
	ksi.ksi_fd = fp->kf_fd;
	(void)kern_kill(td, owner, &ksi);
}

int
inproc_file_close(int fd)
{
	struct kfile **fpp, *fp;

	pthread_mutex_lock(&files_lock);
	for (fpp = &files; (fp = *fpp) != NULL; fpp = &fp->kf_next) {
		if (fp->kf_fd == fd) {
			*fpp = fp->kf_next;
			break;
		}
	}
	pthread_mutex_unlock(&files_lock);
	if (fp == NULL)
		return (EBADF);
	fp->kf_ops->kfo_close(fp);
	inproc_host_close(fp->kf_fd);
	kern_free(fp);
	return (0);
}

int
inproc_file_sigio(int fd, int *sig, int *band)
{
	struct kfile *fp;
	int n = -1;

	pthread_mutex_lock(&files_lock);
	for (fp = files; fp != NULL; fp = fp->kf_next) {
		if (fp->kf_fd == fd) {
			n = fp->kf_nsigio;
			if (sig != NULL)
				*sig = fp->kf_sig;
			if (band != NULL)
				*band = fp->kf_lastband;
			break;
		}
	}
	pthread_mutex_unlock(&files_lock);
	return (n);
}
