/*
 * tls_script.h — the script language and output format shared by
 * helpers/raw_tls_probe.c (the real kernel) and helpers/tls_emul.c (the
 * runtime), so that test_tls.c can compare their outputs line by line.
 * See raw_tls_probe.c for the operations.
 */
#ifndef _TLS_SCRIPT_H_
#define _TLS_SCRIPT_H_

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* struct user_desc (asm/ldt.h), flags word as masks. */
struct tls_user_desc {
	uint32_t	entry_number;
	uint32_t	base_addr;
	uint32_t	limit;
	uint32_t	flags;
};
#define	TLS_UD_EMPTY_FLAGS	0x28	/* read_exec_only | seg_not_present */

/* A page both helpers map at the same address, so that descriptors with
 * it as base are equal on both sides. Below 0x20000000, where ASan keeps
 * its shadow in i386 processes. */
#define	TLS_PROBE_PAGE		0x10000000UL
#define	TLS_PROBE_PATTERN	0x5a17e5b0U

enum tls_op_kind {
	TLS_OP_INIT, TLS_OP_SET, TLS_OP_SETRO, TLS_OP_SETBAD, TLS_OP_GET,
	TLS_OP_GETBAD, TLS_OP_PROBE, TLS_OP_CLONETLS, TLS_OP_ARCH,
	TLS_OP_CLONEFS,
};

struct tls_op {
	enum tls_op_kind	op_kind;
	char			op_text[128];	/* the line, trimmed */
	int			op_entry;
	struct tls_user_desc	op_desc;
	long			op_code;
	unsigned long		op_addr;
};

/* 0, or -1 for a blank, comment or unknown line. */
static inline int
tls_parse(const char *line, struct tls_op *op)
{
	static const struct { const char *name; enum tls_op_kind kind;
	    int nargs; } ops[] = {
		{ "init", TLS_OP_INIT, 4 }, { "set", TLS_OP_SET, 4 },
		{ "setro", TLS_OP_SETRO, 4 }, { "setbad", TLS_OP_SETBAD, 0 },
		{ "get", TLS_OP_GET, 1 }, { "getbad", TLS_OP_GETBAD, 0 },
		{ "probe", TLS_OP_PROBE, 1 },
		{ "clonetls", TLS_OP_CLONETLS, 4 },
		{ "arch", TLS_OP_ARCH, 2 }, { "clonefs", TLS_OP_CLONEFS, 1 },
	};
	char name[16];
	long long v[4];
	size_t i, n;
	int got;

	memset(op, 0, sizeof(*op));
	n = strcspn(line, "\n#");
	if (n >= sizeof(op->op_text))
		n = sizeof(op->op_text) - 1;
	memcpy(op->op_text, line, n);
	while (n > 0 && op->op_text[n - 1] == ' ')
		op->op_text[--n] = '\0';
	got = sscanf(op->op_text, "%15s %lli %lli %lli %lli", name, &v[0],
	    &v[1], &v[2], &v[3]);
	if (got < 1)
		return (-1);
	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		if (strcmp(name, ops[i].name) != 0)
			continue;
		if (got - 1 != ops[i].nargs)
			return (-1);
		op->op_kind = ops[i].kind;
		op->op_entry = got > 1 ? (int)v[0] : 0;
		op->op_desc.entry_number = (uint32_t)op->op_entry;
		op->op_desc.base_addr = got > 2 ? (uint32_t)v[1] : 0;
		op->op_desc.limit = got > 3 ? (uint32_t)v[2] : 0;
		op->op_desc.flags = got > 4 ? (uint32_t)v[3] : 0;
		op->op_code = got > 1 ? (long)v[0] : 0;
		op->op_addr = (unsigned long)(ops[i].kind == TLS_OP_CLONEFS ?
		    v[0] : (got > 2 ? v[1] : 0));
		return (0);
	}
	return (-1);
}

/* rc: 0 or -errno (Linux numbers). */
static inline void
tls_print_rc(const struct tls_op *op, long rc)
{

	printf("%s -> rc=%ld\n", op->op_text, rc);
}

static inline void
tls_print_set(const struct tls_op *op, long rc, uint32_t entry_after)
{

	printf("%s -> rc=%ld entry=%d\n", op->op_text, rc, (int)entry_after);
}

static inline void
tls_print_get(const struct tls_op *op, long rc,
    const struct tls_user_desc *ud)
{

	if (rc != 0) {
		tls_print_rc(op, rc);
		return;
	}
	/* Only the eight bits of user_desc's bit-fields are defined. */
	printf("%s -> rc=0 entry=%d base=%#x limit=%#x flags=%#x\n",
	    op->op_text, (int)ud->entry_number, ud->base_addr, ud->limit,
	    ud->flags & 0xff);
}

static inline void
tls_print_arch(const struct tls_op *op, long rc, unsigned long value)
{

	printf("%s -> rc=%ld value=%#lx\n", op->op_text, rc, value);
}

#endif /* !_TLS_SCRIPT_H_ */
