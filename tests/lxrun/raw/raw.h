/*
 * raw.h — system calls without a C library, for test programs that must
 * run on any release's spec (glibc 2.36 itself needs Linux ≥ 3.2: it uses
 * FUTEX_PRIVATE_FLAG, which 2.6.16 answers with ENOSYS).
 * Built -nostdlib -static; each program defines raw_main().
 */
#ifndef _RAW_H_
#define _RAW_H_

typedef unsigned long	raw_ulong;

static inline long
raw_syscall(long nr, long a, long b, long c, long d, long e, long f)
{
	long ret;

#if defined(__x86_64__)
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;

	__asm__ volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a), "S"(b),
	    "d"(c), "r"(r10), "r"(r8), "r"(r9) : "rcx", "r11", "memory");
#else
	/* ebp is the frame pointer: save it around the call. */
	__asm__ volatile("push %%ebp\n\tmov %7, %%ebp\n\tint $0x80\n\tpop %%ebp"
	    : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e),
	    "m"(f) : "memory");
#endif
	return (ret);
}

#define	RAW0(n)		raw_syscall((n), 0, 0, 0, 0, 0, 0)
#define	RAW1(n, a)	raw_syscall((n), (long)(a), 0, 0, 0, 0, 0)
#define	RAW3(n, a, b, c) raw_syscall((n), (long)(a), (long)(b), (long)(c), 0, 0, 0)

#if defined(__x86_64__)
#define	RAW_NR_WRITE	1
#define	RAW_NR_GETPID	39
#define	RAW_NR_UNAME	63
#define	RAW_NR_EXIT	60
#define	RAW_NR_GETTID	186
#else
#define	RAW_NR_WRITE	4
#define	RAW_NR_GETPID	20
#define	RAW_NR_UNAME	122
#define	RAW_NR_EXIT	1
#define	RAW_NR_GETTID	224
#endif

static inline raw_ulong
raw_strlen(const char *s)
{
	raw_ulong n = 0;

	while (s[n] != '\0')
		n++;
	return (n);
}

static inline void
raw_puts(const char *s)
{

	RAW3(RAW_NR_WRITE, 1, s, raw_strlen(s));
}

static inline void
raw_putnum(long v)
{
	char buf[24], *p = buf + sizeof(buf) - 1;
	int neg = v < 0;
	unsigned long u = neg ? -(unsigned long)v : (unsigned long)v;

	*p = '\0';
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	if (neg)
		*--p = '-';
	raw_puts(p);
}

int	raw_main(void);

__attribute__((__noreturn__, __used__)) void raw_start_c(void);
void __attribute__((__noreturn__, __used__))
raw_start_c(void)
{

	RAW1(RAW_NR_EXIT, raw_main());
	for (;;)
		;
}

/* The entry point: align the stack as a call would, then C. */
#if defined(__x86_64__)
__asm__(".globl _start\n_start:\n\txor %ebp, %ebp\n\tand $-16, %rsp\n"
    "\tcall raw_start_c\n\thlt\n");
#else
__asm__(".globl _start\n_start:\n\txor %ebp, %ebp\n\tand $-16, %esp\n"
    "\tcall raw_start_c\n\thlt\n");
#endif

#endif /* !_RAW_H_ */
