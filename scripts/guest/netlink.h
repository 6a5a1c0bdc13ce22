/* rtnetlink commands of the serving helper (netlink.c). */
#ifndef HUSK_NETLINK_H
#define HUSK_NETLINK_H
#include <stdio.h>

/* netlink_command's answer when `w[0]` is none of its commands. */
#define NETLINK_UNKNOWN 1

/*
 * Runs one command of `words` words (w[words] is NULL): links | addrs | routes 4|6 (each
 * writes a JSON array to `out`) | link ... | addr ... | route ... (see netlink.c). 0 when
 * done, -1 with errno and `why` when not, NETLINK_UNKNOWN when it is no such command.
 */
int netlink_command(char **w, int words, FILE *out, const char **why);

#endif
