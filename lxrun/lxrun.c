/*
 * lxrun.c — the lxrun command: run an unmodified Linux program (x86_64 or
 * i386) with the syscalls runtime/kern emulates routed through a release's
 * generated tables.
 *
 *   lxrun [--spec DIR] [--debug SYSCALL,...|all] [--coverage FILE]
 *         [--log FILE] [--osrelease X.Y.Z] [--ptrace-only]
 *         [--no-key-cache] [--stats] -- PROGRAM [ARGS...]
 *
 * --osrelease makes the runtime behave as, and uname report, another
 * release than the spec's, with the spec's syscall table (the thesis's
 * compat.linux.osrelease sysctl). --ptrace-only traps every emulated call
 * with ptrace (no seccomp user notification for futex waits and wakes);
 * --no-key-cache answers every shared futex key with an exact query of the
 * kernel and lets munmap, mremap and their kind run without a stop;
 * --stats logs how many calls each mechanism answered, and how the keys
 * of shared futexes were found.
 *
 * This front-end only chooses: the release (--spec names a spec directory,
 * spec/linux-2.6.16 or out/linux-2.6.16, or just linux-2.6.16; the default
 * is linux-2.6.16, the thesis's target, else the first release built) and
 * the arch (the ELF class of PROGRAM, or of the interpreter of a #! script),
 * then runs the engine lxrun-<release>-<arch> from ../libexec/lxrun/ beside
 * its own executable, which does the work (lxrun/engine/).
 *
 * Exit status: the program's (or death by its signal); 2 for usage errors,
 * 127 when PROGRAM cannot be found, 126 when it cannot be run.
 */
#include <dirent.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define	DEFAULT_RELEASE	"linux-2.6.16"

static const char synopsis[] =
"usage: lxrun [--spec DIR] [--debug SYSCALL,...|all] [--coverage FILE] "
"[--log FILE] [--osrelease X.Y.Z] [--ptrace-only] [--no-key-cache] "
"[--stats] -- PROGRAM [ARGS...]\n";

static const char options_text[] =
"\n"
"Runs an unmodified Linux program (x86_64 or i386) with the system calls\n"
"the runtime emulates routed through a release's generated tables, and the\n"
"others run natively.\n"
"\n"
"  --spec DIR          the release: spec/linux-6.12, out/linux-6.12 or\n"
"                      linux-6.12 (default " DEFAULT_RELEASE ")\n"
"  --debug LIST        a line per call of LIST (names, numbers or all)\n"
"  --coverage FILE     at exit, every call made and its status (JSON)\n"
"  --log FILE          messages and --debug lines there, not on stderr\n"
"  --osrelease X.Y.Z   behave as, and uname reports, release X.Y.Z\n"
"  --ptrace-only       trap every emulated call with ptrace\n"
"  --no-key-cache      look shared futex keys up every time (no cache,\n"
"                      the mmap family is not stopped)\n"
"  --stats             at exit, how many calls each mechanism answered\n"
"  -h, --help          this text\n"
"\n"
"Exit status: the program's (its signal repeated); 2 usage errors, 127\n"
"PROGRAM not found, 126 PROGRAM cannot be run.  See lxrun(1).\n";

static void __attribute__((__noreturn__))
usage(const char *why, const char *arg)
{

	if (arg != NULL)
		fprintf(stderr, "lxrun: %s '%s'\n", why, arg);
	else
		fprintf(stderr, "lxrun: %s\n", why);
	fputs(synopsis, stderr);
	fputs("Run 'lxrun --help' for the options.\n", stderr);
	exit(2);
}

/* The engines' directory: ../libexec/lxrun from our own executable. */
static int
engine_dir(char *buf, size_t len)
{
	char self[PATH_MAX], *slash;
	ssize_t n;

	if ((n = readlink("/proc/self/exe", self, sizeof(self) - 1)) < 0)
		return (-1);
	self[n] = '\0';
	if ((slash = strrchr(self, '/')) == NULL)
		return (-1);
	*slash = '\0';
	if ((slash = strrchr(self, '/')) == NULL)
		return (-1);
	*slash = '\0';
	if (snprintf(buf, len, "%s/libexec/lxrun", self) >= (int)len)
		return (-1);
	return (0);
}

/* "spec/linux-2.6.16/", "out/linux-2.6.16", "linux-2.6.16" → the name. */
static const char *
release_of(const char *spec, char *buf, size_t len)
{
	size_t n = strlen(spec);
	const char *base;

	while (n > 1 && spec[n - 1] == '/')
		n--;
	snprintf(buf, len, "%.*s", (int)n, spec);
	base = strrchr(buf, '/');
	return (base != NULL ? base + 1 : buf);
}

static void
list_releases(const char *dir)
{
	struct dirent *de;
	DIR *d;

	if ((d = opendir(dir)) == NULL)
		return;
	fprintf(stderr, "lxrun: engines in %s:", dir);
	while ((de = readdir(d)) != NULL)
		if (strncmp(de->d_name, "lxrun-", 6) == 0)
			fprintf(stderr, " %s", de->d_name + 6);
	fputc('\n', stderr);
	closedir(d);
}

/* PROGRAM as execvp would find it. */
static int
find_program(const char *prog, char *buf, size_t len)
{
	const char *path, *p, *colon;

	if (strchr(prog, '/') != NULL) {
		snprintf(buf, len, "%s", prog);
		return (access(buf, F_OK) == 0 ? 0 : -1);
	}
	if ((path = getenv("PATH")) == NULL)
		path = "/usr/local/bin:/usr/bin:/bin";
	for (p = path; ; p = colon + 1) {
		colon = strchr(p, ':');
		snprintf(buf, len, "%.*s/%s", colon ? (int)(colon - p) :
		    (int)strlen(p), p, prog);
		if (access(buf, X_OK) == 0)
			return (0);
		if (colon == NULL)
			break;
	}
	return (-1);
}

/* "amd64" or "i386" for an ELF file, following one #! line. */
static const char *
arch_of(const char *path, int depth)
{
	unsigned char hdr[EI_NIDENT + 4];
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return (NULL);
	n = read(fd, hdr, sizeof(hdr));
	close(fd);
	if (n >= 2 && hdr[0] == '#' && hdr[1] == '!' && depth == 0) {
		char line[PATH_MAX + 3], interp[PATH_MAX];
		FILE *f = fopen(path, "r");
		char *s;

		if (f == NULL || fgets(line, sizeof(line), f) == NULL) {
			if (f != NULL)
				fclose(f);
			return (NULL);
		}
		fclose(f);
		s = line + 2;
		while (*s == ' ' || *s == '\t')
			s++;
		if (sscanf(s, "%4095s", interp) != 1)
			return (NULL);
		return (arch_of(interp, 1));
	}
	if (n < EI_NIDENT || memcmp(hdr, ELFMAG, SELFMAG) != 0)
		return (NULL);
	if (hdr[EI_CLASS] == ELFCLASS64)
		return ("amd64");
	if (hdr[EI_CLASS] == ELFCLASS32)
		return ("i386");
	return (NULL);
}

int
main(int argc, char **argv)
{
	char dir[PATH_MAX], engine[PATH_MAX + 64], specbuf[PATH_MAX];
	char prog[PATH_MAX];
	const char *release = DEFAULT_RELEASE, *arch;
	char **eargv;
	int i, k, first_prog;

	eargv = calloc((size_t)argc + 2, sizeof(*eargv));
	if (eargv == NULL)
		return (2);
	k = 1;
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "-h") == 0 ||
		    strcmp(argv[i], "--help") == 0) {
			fputs(synopsis, stdout);
			fputs(options_text, stdout);
			free(eargv);
			return (0);
		}
		if (strcmp(argv[i], "--ptrace-only") == 0 ||
		    strcmp(argv[i], "--no-key-cache") == 0 ||
		    strcmp(argv[i], "--stats") == 0) {
			eargv[k++] = argv[i];
			continue;
		}
		if (argv[i][0] != '-') {
			free(eargv);
			usage("-- must come before the program", argv[i]);
		}
		if (strcmp(argv[i], "--spec") != 0 &&
		    strcmp(argv[i], "--debug") != 0 &&
		    strcmp(argv[i], "--coverage") != 0 &&
		    strcmp(argv[i], "--log") != 0 &&
		    strcmp(argv[i], "--osrelease") != 0) {
			free(eargv);
			usage("unknown option", argv[i]);
		}
		if (i + 1 >= argc) {
			free(eargv);
			usage("no value for", argv[i]);
		}
		if (strcmp(argv[i], "--spec") == 0) {
			release = release_of(argv[++i], specbuf,
			    sizeof(specbuf));
		} else if (strcmp(argv[i], "--debug") == 0 ||
		    strcmp(argv[i], "--coverage") == 0 ||
		    strcmp(argv[i], "--log") == 0 ||
		    strcmp(argv[i], "--osrelease") == 0) {
			eargv[k++] = argv[i];
			eargv[k++] = argv[++i];
		}
	}
	if (i + 1 >= argc) {
		/* Nothing may be left allocated: LeakSanitizer. */
		free(eargv);
		usage("no program given", NULL);
	}
	first_prog = i + 1;
	if (engine_dir(dir, sizeof(dir)) != 0) {
		fprintf(stderr, "lxrun: cannot find my own directory\n");
		free(eargv);
		return (2);
	}
	if (find_program(argv[first_prog], prog, sizeof(prog)) != 0) {
		fprintf(stderr, "lxrun: %s: not found\n", argv[first_prog]);
		free(eargv);
		return (127);
	}
	if ((arch = arch_of(prog, 0)) == NULL) {
		fprintf(stderr, "lxrun: %s: not an x86_64 or i386 ELF "
		    "program\n", prog);
		free(eargv);
		return (126);
	}
	if (snprintf(engine, sizeof(engine), "%s/lxrun-%s-%s", dir, release,
	    arch) >= (int)sizeof(engine) || access(engine, X_OK) != 0) {
		fprintf(stderr, "lxrun: no engine for release %s on %s (%s)\n",
		    release, arch, engine);
		list_releases(dir);
		free(eargv);
		return (2);
	}
	eargv[0] = engine;
	eargv[k++] = (char *)"--";
	for (i = first_prog; i < argc; i++)
		eargv[k++] = argv[i];
	eargv[k] = NULL;
	execv(engine, eargv);
	fprintf(stderr, "lxrun: %s: %s\n", engine, strerror(errno));
	free(eargv);
	return (126);
}
