/* kernel-style declarations for the tests */
#define SYSCALL_DEFINE_NOT_A_DECL(x) asmlinkage long sys_##x(void)
asmlinkage long sys_newcall(int dfd, const char __user *path,
			    struct open_how __user *how, size_t size, u64 flags);
asmlinkage long sys_shared(unsigned long addr, unsigned int len,
			   enum weird_kind kind);
long not_a_syscall(int x);
