/*
 * What a guest restored from a VM template needs to become a VM of its own, for the agent
 * (Node has no ioctl and no clock_settime):
 *   husk-identity reseed     bytes on stdin are credited to the kernel's entropy pool
 *                            (RNDADDENTROPY) and the CRNG is reseeded from it at once
 *                            (RNDRESEEDCRNG), so clones of one template stop sharing it;
 *   husk-identity clock S U  the realtime clock is set to S seconds, U microseconds.
 * Built static by scripts/build-guest.sh, like pause.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/random.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#define MAX_SEED 512

static int fail(const char *what) {
  fprintf(stderr, "husk-identity: %s: %s\n", what, strerror(errno));
  return 1;
}

static int reseed(void) {
  struct {
    struct rand_pool_info info;
    unsigned char bytes[MAX_SEED];
  } seed;
  size_t n = 0;
  ssize_t r;
  while (n < MAX_SEED && (r = read(0, seed.bytes + n, MAX_SEED - n)) > 0) n += (size_t)r;
  if (r < 0) return fail("reading the seed");
  if (n < 32) {
    fprintf(stderr, "husk-identity: a seed of %zu bytes is too short (at least 32)\n", n);
    return 1;
  }
  seed.info.entropy_count = (int)(n * 8);
  seed.info.buf_size = (int)n;
  int fd = open("/dev/random", O_WRONLY);
  if (fd < 0) return fail("/dev/random");
  if (ioctl(fd, RNDADDENTROPY, &seed.info) < 0) return fail("RNDADDENTROPY");
  if (ioctl(fd, RNDRESEEDCRNG) < 0) return fail("RNDRESEEDCRNG");
  return close(fd) < 0 ? fail("close") : 0;
}

static int set_clock(const char *sec, const char *usec) {
  char *end;
  errno = 0;
  long long s = strtoll(sec, &end, 10);
  if (errno || *end || s < 0) return fprintf(stderr, "husk-identity: bad seconds %s\n", sec), 1;
  long long u = strtoll(usec, &end, 10);
  if (errno || *end || u < 0 || u >= 1000000) return fprintf(stderr, "husk-identity: bad microseconds %s\n", usec), 1;
  struct timespec ts = {.tv_sec = (time_t)s, .tv_nsec = (long)(u * 1000)};
  return clock_settime(CLOCK_REALTIME, &ts) < 0 ? fail("clock_settime") : 0;
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "reseed") == 0) return reseed();
  if (argc == 4 && strcmp(argv[1], "clock") == 0) return set_clock(argv[2], argv[3]);
  fprintf(stderr, "usage: husk-identity reseed < SEED | husk-identity clock SECONDS MICROSECONDS\n");
  return 2;
}
