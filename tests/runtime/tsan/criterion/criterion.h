/*
 * criterion.h — a stand-in for Criterion's header, used only in builds
 * with ThreadSanitizer (make check TSAN=1).
 *
 * libcriterion cannot start in a TSan process on this machine: its BoxFort
 * arena probes the address space with mincore() for a free range and finds
 * none, TSan having reserved it ("Could not initialize inheritable arena",
 * Criterion issue #274). Under TSAN=1, tests/runtime/rules.mk puts this
 * directory first on the include path and links tests/runtime/tsan/
 * runner.c instead of -lcriterion, so that the same suites run under TSan.
 * It offers the part of Criterion's API the runtime's suites use, with the
 * same meaning: each test runs in a child process (the suite's .init, the
 * test's .init, the test, .fini), with its .timeout; .signal and
 * .exit_code say how the child must end. Every other build uses Criterion.
 */
#ifndef _TSAN_CRITERION_H_
#define _TSAN_CRITERION_H_

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct criterion_test_extra_data {
	void		(*init)(void);
	void		(*fini)(void);
	double		 timeout;
	int		 signal;
	int		 exit_code;
	bool		 disabled;
	const char	*description;
};

struct crt_test {
	const char				*t_suite;
	const char				*t_name;
	void					(*t_fn)(void);
	struct criterion_test_extra_data	 t_opts;
};

struct crt_suite {
	const char				*s_name;
	struct criterion_test_extra_data	 s_opts;
};

void	crt_register_test(const struct crt_test *t);
void	crt_register_suite(const struct crt_suite *s);
void	crt_fail(const char *file, int line, const char *expr,
	    const char *fmt, ...) __attribute__((__format__(__printf__, 4, 5),
	    __noreturn__));
void	crt_skip(const char *fmt, ...) __attribute__((__format__(__printf__,
	    1, 2), __noreturn__));
void	crt_log(const char *level, const char *fmt, ...)
	    __attribute__((__format__(__printf__, 2, 3)));

#define	Test(suite, name, ...)						\
	static void suite##_##name##_crt(void);				\
	static const struct crt_test suite##_##name##_crt_desc = {	\
		#suite, #name, suite##_##name##_crt, { __VA_ARGS__ }	\
	};								\
	__attribute__((__constructor__)) static void			\
	suite##_##name##_crt_register(void)				\
	{								\
		crt_register_test(&suite##_##name##_crt_desc);		\
	}								\
	static void suite##_##name##_crt(void)

#define	TestSuite(suite, ...)						\
	static const struct crt_suite suite##_crt_suite_desc = {	\
		#suite, { __VA_ARGS__ }					\
	};								\
	__attribute__((__constructor__)) static void			\
	suite##_crt_suite_register(void)				\
	{								\
		crt_register_suite(&suite##_crt_suite_desc);		\
	}

/* The optional message is a format string literal and its arguments. */
#define	cr_assert(cond, ...) do {					\
	if (!(cond))							\
		crt_fail(__FILE__, __LINE__, #cond, " " __VA_ARGS__);	\
} while (0)
#define	cr_assert_not(cond, ...)	cr_assert(!(cond), __VA_ARGS__)
#define	cr_assert_eq(a, b, ...)		cr_assert((a) == (b), __VA_ARGS__)
#define	cr_assert_neq(a, b, ...)	cr_assert((a) != (b), __VA_ARGS__)
#define	cr_assert_lt(a, b, ...)		cr_assert((a) < (b), __VA_ARGS__)
#define	cr_assert_leq(a, b, ...)	cr_assert((a) <= (b), __VA_ARGS__)
#define	cr_assert_gt(a, b, ...)		cr_assert((a) > (b), __VA_ARGS__)
#define	cr_assert_geq(a, b, ...)	cr_assert((a) >= (b), __VA_ARGS__)
#define	cr_assert_null(p, ...)		cr_assert((p) == NULL, __VA_ARGS__)
#define	cr_assert_not_null(p, ...)	cr_assert((p) != NULL, __VA_ARGS__)
#define	cr_assert_str_eq(a, b, ...)					\
	cr_assert(strcmp((a), (b)) == 0, __VA_ARGS__)
#define	cr_assert_str_neq(a, b, ...)					\
	cr_assert(strcmp((a), (b)) != 0, __VA_ARGS__)
#define	cr_assert_fail(...)		cr_assert(0, __VA_ARGS__)
#define	cr_skip_test(...)		crt_skip(" " __VA_ARGS__)
#define	cr_log_info(...)		crt_log("info", __VA_ARGS__)
#define	cr_log_warn(...)		crt_log("warn", __VA_ARGS__)
#define	cr_log_error(...)		crt_log("error", __VA_ARGS__)

#endif /* !_TSAN_CRITERION_H_ */
