/*
 * A pod's placeholder process: PID 1 of the pod's shared PID namespace in the guest (the
 * agent starts it there), and the pause image of the CRI tests. It holds the namespace,
 * reaps the orphans that land on it, and exits at once on SIGTERM or SIGINT, so
 * StopPodSandbox does not wait for its timeout. Its name must not be one a test looks for
 * (critest runs `pgrep sleep` in a pod). Built static (gcc -static -Os -s) by
 * scripts/build-guest.sh and test/e2e/cri-images.ts.
 */
#include <signal.h>
#include <stddef.h>
#include <sys/wait.h>
#include <unistd.h>

static void leave(int sig) { (void)sig; _exit(0); }

static void reap(int sig) {
  (void)sig;
  while (waitpid(-1, NULL, WNOHANG) > 0) {
  }
}

int main(void) {
  struct sigaction down = {.sa_handler = leave};
  struct sigaction child = {.sa_handler = reap, .sa_flags = SA_NOCLDSTOP | SA_RESTART};
  sigaction(SIGTERM, &down, NULL);
  sigaction(SIGINT, &down, NULL);
  sigaction(SIGCHLD, &child, NULL);
  for (;;) pause();
}
