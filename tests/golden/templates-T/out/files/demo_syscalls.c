/* writing the model: mytemplates/syscalls.lua:7: the model is read-only (assignment to 'name') */
READ
DEMO_WRITE
DEMO_OPEN
CLOSE
DEMO_GETPID
AFS_SYSCALL



DEMO_MMAP
DEMO_BRK
LKMNOSYS
DEMO_SEMCTL
DEMO_GETRANDOM
DEMO_MODULE_CALL
NOSYS
DEMO_EXECVE
