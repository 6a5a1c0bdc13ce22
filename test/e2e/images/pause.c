/*
 * The pod's placeholder process for the CRI tests' pause image: holds the pod's namespaces,
 * reaps children (it is PID 1 when the pod shares a PID namespace) and exits at once on
 * SIGTERM or SIGINT, so StopPodSandbox does not wait for its timeout.
 * Built static by test/e2e/cri-images.ts: gcc -static -Os.
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
