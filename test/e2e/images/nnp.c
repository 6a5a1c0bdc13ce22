/*
 * The nonewprivs image's probe: installed setuid root and run as uid 1000, it reports the
 * effective uid exec gave it. 0 means the setuid bit took effect; the caller's own uid means
 * no_new_privs (or a nosuid mount) withheld it. Built static by test/e2e/cri-images.ts.
 */
#include <stdio.h>
#include <unistd.h>

int main(void) {
  printf("Effective uid: %d\n", (int)geteuid());
  return 0;
}
