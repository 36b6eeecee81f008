/*
 * linux_net_ipc_types.h — structures of sockets and System V / POSIX IPC
 * (included by linux_types.h).  Incomplete until some handler needs them.
 */
#ifndef _LINUX_NET_IPC_TYPES_H_
#define	_LINUX_NET_IPC_TYPES_H_

#ifndef _LINUX_TYPES_H_
#error "include <linux_types.h>, not this header"
#endif

struct l_sockaddr;
struct l_msghdr;
struct l_sembuf;
struct l_shmid_ds;
struct l_msqid_ds;
struct l_mq_attr;

#endif /* !_LINUX_NET_IPC_TYPES_H_ */
