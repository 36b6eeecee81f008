/*
 * raw_utsname.c — prints every field uname(2) reports, one "struct.field=
 * value" line each, for newuname and on i386 also for the two older unames
 * (uname 109, olduname 59), then what each answers for a NULL and for an
 * unmapped buffer. Run natively and under lxrun, every line must agree
 * except the release (tests/lxrun/test_lxrun_uname.c). No C library: any
 * release's spec runs it.
 */
#include "raw.h"

#if defined(__x86_64__)
#define	NR_NEWUNAME	63
#else
#define	NR_NEWUNAME	122
#define	NR_UNAME	109
#define	NR_OLDUNAME	59
#endif

static const char *const names[6] = {
	"sysname", "nodename", "release", "version", "machine", "domainname"
};

/* Fields of `size` bytes; check that each is NUL-padded to its end. */
static void
print_fields(const char *prefix, const char *buf, int nfields, int size)
{
	int i, j, padded;

	for (i = 0; i < nfields; i++) {
		const char *f = buf + i * size;

		raw_puts(prefix);
		raw_puts(names[i]);
		raw_puts("=");
		for (j = 0; j < size && f[j] != '\0'; j++)
			;
		padded = j < size;
		for (; j < size; j++)
			if (f[j] != '\0')
				padded = 0;
		if (padded)
			raw_puts(f);
		else
			raw_puts("<not NUL-padded>");
		raw_puts("\n");
	}
}

int
raw_main(void)
{
	static char buf[6 * 65];
	int i;

	for (i = 0; i < (int)sizeof(buf); i++)
		buf[i] = 'x';
	raw_puts("newuname=");
	raw_putnum(RAW1(NR_NEWUNAME, buf));
	raw_puts("\n");
	print_fields("new.", buf, 6, 65);
#if defined(__i386__)
	for (i = 0; i < (int)sizeof(buf); i++)
		buf[i] = 'x';
	raw_puts("uname=");
	raw_putnum(RAW1(NR_UNAME, buf));
	raw_puts("\n");
	print_fields("old.", buf, 5, 65);
	raw_puts("after-old=");
	raw_puts(buf[5 * 65] == 'x' ? "untouched" : "written");
	raw_puts("\n");
	for (i = 0; i < (int)sizeof(buf); i++)
		buf[i] = 'x';
	raw_puts("olduname=");
	raw_putnum(RAW1(NR_OLDUNAME, buf));
	raw_puts("\n");
	print_fields("oldold.", buf, 5, 9);
	raw_puts("after-oldold=");
	raw_puts(buf[5 * 9] == 'x' ? "untouched" : "written");
	raw_puts("\n");
	raw_puts("null: uname=");
	raw_putnum(RAW1(NR_UNAME, 0));
	raw_puts(" olduname=");
	raw_putnum(RAW1(NR_OLDUNAME, 0));
	raw_puts("\n");
#endif
	raw_puts("null: newuname=");
	raw_putnum(RAW1(NR_NEWUNAME, 0));
	raw_puts(" unmapped=");
	raw_putnum(RAW1(NR_NEWUNAME, 4096));
	raw_puts("\n");
	return (0);
}
