/*
 * What a guest restored from a VM template needs to become a VM of its own, for the agent
 * (Node has no ioctl and no clock_settime):
 *   husk-identity reseed     bytes on stdin are credited to the kernel's entropy pool
 *                            (RNDADDENTROPY) and the CRNG is reseeded from it at once
 *                            (RNDRESEEDCRNG), so clones of one template stop sharing it;
 *   husk-identity clock S U  the realtime clock is set to S seconds, U microseconds;
 *   husk-identity serve      both, and what else a pod's guest is set up with, asked on
 *                            stdin one line at a time, each answered on stdout ("ok" or
 *                            "error: why"):
 *                              reseed HEX
 *                              clock S U
 *                              hostname NAME                    sethostname(2)
 *                              mount FSTYPE SOURCE TARGET OPTS  mount(2); OPTS is a comma list
 *                                                               ("-" for none), flags such as
 *                                                               ro or nodev taken out of it
 *                              links, addrs, routes 4|6, link, addr, route
 *                                                               the guest's network over
 *                                                               rtnetlink (netlink.c); lists
 *                                                               come as JSON after "ok "
 * The agent keeps one `serve` from its start, so a VM template holds it and a clone has it
 * at once: each answer then costs a pipe round trip, not a fork and exec (about 0.2 s
 * apiece in a clone under TCG, more for the first one after a restore).
 * Built static by scripts/build-guest.sh, like pause.c.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/random.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <time.h>
#include <unistd.h>

#include "netlink.h"

#define MAX_SEED 512

static int fail(const char *what) {
  fprintf(stderr, "husk-identity: %s: %s\n", what, strerror(errno));
  return 1;
}

/* Credits `n` bytes to the entropy pool and reseeds the CRNG from it; 0, or why not in `why`. */
static int reseed_from(const unsigned char *bytes, size_t n, const char **why) {
  struct {
    struct rand_pool_info info;
    unsigned char bytes[MAX_SEED];
  } seed;
  if (n < 32 || n > MAX_SEED) return *why = "a seed is 32 to 512 bytes", -1;
  memcpy(seed.bytes, bytes, n);
  seed.info.entropy_count = (int)(n * 8);
  seed.info.buf_size = (int)n;
  int fd = open("/dev/random", O_WRONLY);
  if (fd < 0) return *why = "/dev/random", -1;
  int r = ioctl(fd, RNDADDENTROPY, &seed.info) < 0 ? (*why = "RNDADDENTROPY", -1) : ioctl(fd, RNDRESEEDCRNG) < 0 ? (*why = "RNDRESEEDCRNG", -1) : 0;
  close(fd);
  return r;
}

static int reseed(void) {
  unsigned char bytes[MAX_SEED];
  size_t n = 0;
  ssize_t r;
  while (n < MAX_SEED && (r = read(0, bytes + n, MAX_SEED - n)) > 0) n += (size_t)r;
  if (r < 0) return fail("reading the seed");
  if (n < 32) {
    fprintf(stderr, "husk-identity: a seed of %zu bytes is too short (at least 32)\n", n);
    return 1;
  }
  const char *why = "";
  return reseed_from(bytes, n, &why) < 0 ? fail(why) : 0;
}

/* Sets the realtime clock; 0, or why not in `why`. */
static int clock_to(const char *sec, const char *usec, const char **why) {
  char *end;
  errno = 0;
  long long s = strtoll(sec, &end, 10);
  if (errno || *end || s < 0) return *why = "bad seconds", -1;
  long long u = strtoll(usec, &end, 10);
  if (errno || *end || u < 0 || u >= 1000000) return *why = "bad microseconds", -1;
  struct timespec ts = {.tv_sec = (time_t)s, .tv_nsec = (long)(u * 1000)};
  return clock_settime(CLOCK_REALTIME, &ts) < 0 ? (*why = "clock_settime", -1) : 0;
}

static int set_clock(const char *sec, const char *usec) {
  const char *why = "";
  if (clock_to(sec, usec, &why) == 0) return 0;
  if (errno) return fail(why);
  fprintf(stderr, "husk-identity: %s\n", why);
  return 1;
}

/* Sets the hostname; 0, or why not in `why`. */
static int hostname_to(const char *name, const char **why) {
  return sethostname(name, strlen(name)) < 0 ? (*why = "sethostname", -1) : 0;
}

/* The options mount(8) turns into flags (set or cleared), never passed to the file system. */
static const struct {
  const char *name;
  unsigned long set, clear;
} FLAGS[] = {{"defaults", 0, 0},
             {"rw", 0, MS_RDONLY},
             {"ro", MS_RDONLY, 0},
             {"nosuid", MS_NOSUID, 0},
             {"suid", 0, MS_NOSUID},
             {"nodev", MS_NODEV, 0},
             {"dev", 0, MS_NODEV},
             {"noexec", MS_NOEXEC, 0},
             {"exec", 0, MS_NOEXEC},
             {"sync", MS_SYNCHRONOUS, 0},
             {"async", 0, MS_SYNCHRONOUS},
             {"dirsync", MS_DIRSYNC, 0},
             {"noatime", MS_NOATIME, 0},
             {"atime", 0, MS_NOATIME},
             {"nodiratime", MS_NODIRATIME, 0},
             {"diratime", 0, MS_NODIRATIME},
             {"relatime", MS_RELATIME, 0},
             {"norelatime", 0, MS_RELATIME},
             {"strictatime", MS_STRICTATIME, 0},
             {"bind", MS_BIND, 0},
             {"rbind", MS_BIND | MS_REC, 0}};

/* Mounts as mount(8) would for these options: the flags it knows leave the data string. */
static int mount_as(const char *fstype, const char *source, const char *target, char *opts, const char **why) {
  unsigned long flags = 0;
  char data[1024] = "";
  size_t used = 0;
  if (strcmp(opts, "-") != 0) {
    for (char *save = NULL, *o = strtok_r(opts, ",", &save); o; o = strtok_r(NULL, ",", &save)) {
      int known = 0;
      for (size_t i = 0; i < sizeof FLAGS / sizeof FLAGS[0] && !known; i++)
        if (strcmp(o, FLAGS[i].name) == 0) flags = (flags & ~FLAGS[i].clear) | FLAGS[i].set, known = 1;
      if (known) continue;
      size_t len = strlen(o);
      if (used + len + 2 > sizeof data) return errno = 0, *why = "mount options too long", -1;
      if (used) data[used++] = ',';
      memcpy(data + used, o, len + 1);
      used += len;
    }
  }
  return mount(source, target, fstype, flags, used ? data : NULL) < 0 ? (*why = "mount", -1) : 0;
}

static int unhex(const char *hex, unsigned char *out, size_t max, size_t *n) {
  size_t len = strlen(hex);
  if (len % 2 || len / 2 > max) return -1;
  for (size_t i = 0; i < len / 2; i++) {
    unsigned int b;
    if (sscanf(hex + 2 * i, "%2x", &b) != 1) return -1;
    out[i] = (unsigned char)b;
  }
  *n = len / 2;
  return 0;
}

/* The longest line served: a reseed of MAX_SEED bytes in hex, with room to spare. */
#define MAX_LINE (4 * MAX_SEED + 64)
/* The most words a command has (route replace). */
#define MAX_WORDS 9

/*
 * One command per line on stdin, one answer per line on stdout, until stdin ends. A line is
 * read whole, however long (getline), so one too long gets one error and the next line is
 * still the next command.
 */
static int serve(void) {
  char *line = NULL, *data = NULL;
  size_t cap = 0, data_len = 0;
  ssize_t got;
  setvbuf(stdout, NULL, _IOLBF, 0);
  while ((got = getline(&line, &cap, stdin)) >= 0) {
    line[strcspn(line, "\n")] = 0;
    if (got > MAX_LINE) {
      printf("error: a line longer than %d bytes\n", MAX_LINE);
      continue;
    }
    char *w[MAX_WORDS + 2] = {0};
    int n = 0;
    for (char *save = NULL, *t = strtok_r(line, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
      if (n == MAX_WORDS) {
        n++;
        break;
      }
      w[n++] = t;
    }
    const char *cmd = n > 0 ? w[0] : "";
    const char *why = "unknown command";
    int r = -1;
    /* What a command lists, if anything: sent after "ok " on the answer's line. */
    FILE *out = open_memstream(&data, &data_len);
    if (!out) return fail("open_memstream");
    errno = 0;
    if (n > MAX_WORDS) {
      why = "too many words";
    } else if (n == 2 && strcmp(cmd, "reseed") == 0) {
      unsigned char bytes[MAX_SEED];
      size_t len;
      r = unhex(w[1], bytes, sizeof bytes, &len) < 0 ? (why = "the seed is not hex", -1) : reseed_from(bytes, len, &why);
    } else if (n == 3 && strcmp(cmd, "clock") == 0) {
      r = clock_to(w[1], w[2], &why);
    } else if (n == 2 && strcmp(cmd, "hostname") == 0) {
      r = hostname_to(w[1], &why);
    } else if (n == 5 && strcmp(cmd, "mount") == 0) {
      r = mount_as(w[1], w[2], w[3], w[4], &why);
    } else if (n > 0) {
      r = netlink_command(w, n, out, &why);
      if (r == NETLINK_UNKNOWN) r = -1, why = "unknown command", errno = 0;
    }
    fclose(out);
    if (r == 0) printf(data_len ? "ok %s\n" : "ok\n", data);
    else printf("error: %s%s%s\n", why, errno ? ": " : "", errno ? strerror(errno) : "");
    free(data);
    data = NULL;
  }
  free(line);
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "reseed") == 0) return reseed();
  if (argc == 4 && strcmp(argv[1], "clock") == 0) return set_clock(argv[2], argv[3]);
  if (argc == 2 && strcmp(argv[1], "serve") == 0) return serve();
  fprintf(stderr, "usage: husk-identity reseed < SEED | husk-identity clock SECONDS MICROSECONDS | husk-identity serve\n");
  return 2;
}
