#
# FreeBSD system call object files.
#
# DO NOT EDIT-- this file is automatically @generated.
#

MIASM =  \
	syscall.o \
	_exit.o \
	fork.o \
	read.o \
	freebsd7_semctl.o \
	freebsd10_pipe.o \
	freebsd11_stat.o \
	freebsd12_shm_open.o \
	freebsd13_swapoff.o \
	freebsd14_cpuset.o \
	sync.o \
	getpid.o \
	ksem_close.o \
	mmap.o \
	vfork.o \
	kexec_load.o
