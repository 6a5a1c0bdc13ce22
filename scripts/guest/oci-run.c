/*
 * Runs a container in the foreground with an OCI runtime that has no `run --keep` (crun 1.8):
 *   oci-run RUNTIME ROOT LOG BUNDLE PIDFILE ID
 * does `RUNTIME create` (the container's stdio are this process's), then `RUNTIME start`,
 * waits for the container's init as a child subreaper (Node cannot be one) and exits with its
 * status, 128+signal when a signal ended it, as `runc run` does. The container stays created
 * and stopped in the runtime, its cgroup with it (OOM count, stats), until `RUNTIME delete`.
 * Signals this process gets (TERM, INT, HUP, QUIT, USR1, USR2, WINCH) go on to the init.
 * Built static by scripts/build-guest.sh, like pause.c.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

static pid_t init_pid;
static int init_status = -1;
static volatile sig_atomic_t pending[NSIG];
static const int FORWARDED[] = {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGWINCH};

static void on_signal(int sig) { pending[sig] = 1; }

static int status_of(int st) { return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st); }

static void forward(void) {
  for (size_t i = 0; i < sizeof FORWARDED / sizeof *FORWARDED; i++) {
    int sig = FORWARDED[i];
    if (pending[sig]) {
      pending[sig] = 0;
      if (init_pid > 0) kill(init_pid, sig);
    }
  }
}

/* Reaps until `pid` is reaped (orphans and the init included: the init's status is kept). */
static int wait_for(pid_t pid) {
  for (;;) {
    int st;
    pid_t w = waitpid(-1, &st, 0);
    if (w < 0) {
      if (errno == EINTR) {
        forward();
        continue;
      }
      return -1;
    }
    if (w == init_pid && init_pid > 0) init_status = status_of(st);
    if (w == pid) return status_of(st);
  }
}

static int run(char *const argv[]) {
  pid_t p = fork();
  if (p < 0) return -1;
  if (p == 0) {
    execvp(argv[0], argv);
    fprintf(stderr, "oci-run: %s: %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  return wait_for(p);
}

int main(int argc, char **argv) {
  if (argc != 7) {
    fprintf(stderr, "usage: oci-run RUNTIME ROOT LOG BUNDLE PIDFILE ID\n");
    return 2;
  }
  char *runtime = argv[1], *root = argv[2], *log = argv[3], *bundle = argv[4], *pidfile = argv[5], *id = argv[6];
  if (prctl(PR_SET_CHILD_SUBREAPER, 1) < 0) {
    perror("oci-run: PR_SET_CHILD_SUBREAPER");
    return 1;
  }
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal; /* no SA_RESTART: waitpid returns EINTR and the signal goes on */
  for (size_t i = 0; i < sizeof FORWARDED / sizeof *FORWARDED; i++) sigaction(FORWARDED[i], &sa, NULL);

  char *create[] = {runtime, "--root", root, "--log", log, "--log-format", "json", "create", "--bundle", bundle, "--pid-file", pidfile, id, NULL};
  int rc = run(create);
  if (rc != 0) return rc < 0 ? 1 : rc;
  FILE *f = fopen(pidfile, "r");
  if (!f || fscanf(f, "%d", &init_pid) != 1 || init_pid <= 0) {
    fprintf(stderr, "oci-run: no pid in %s\n", pidfile);
    return 1;
  }
  fclose(f);
  forward();
  char *start[] = {runtime, "--root", root, "--log", log, "--log-format", "json", "start", id, NULL};
  rc = run(start);
  if (rc != 0) {
    kill(init_pid, SIGKILL);
    if (init_status < 0) wait_for(init_pid);
    return rc < 0 ? 1 : rc;
  }
  if (init_status >= 0) return init_status;
  rc = wait_for(init_pid);
  return rc < 0 ? 1 : rc;
}
