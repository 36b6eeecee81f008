asmlinkage long sys_newcall(int dfd, const char __user *path, @oops);
asmlinkage long sys_nodecl(int a, void (*fn)(int));
