/*
 * The guest's links, addresses and routes over rtnetlink, for the serving helper
 * (identity.c): one request and its answer on a socket kept open, where `ip` would cost a
 * fork and exec of the agent per step (about 0.1-0.2 s each under TCG, some twenty of them
 * to give a pod its network). Lists are answered as JSON on the "ok" line.
 */
#define _GNU_SOURCE
#include "netlink.h"

#include <arpa/inet.h>
#include <errno.h>
#include <linux/if.h>
#include <linux/if_arp.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define BUF_SIZE 32768

static int sock = -1;
static uint32_t seq;

static int open_socket(const char **why) {
  if (sock >= 0) return 0;
  sock = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
  if (sock < 0) return *why = "netlink socket", -1;
  struct sockaddr_nl sa = {.nl_family = AF_NETLINK};
  if (bind(sock, (struct sockaddr *)&sa, sizeof sa) < 0) {
    close(sock);
    sock = -1;
    return *why = "netlink bind", -1;
  }
  return 0;
}

/* A request being built: header, family message, attributes. */
struct req {
  struct nlmsghdr h;
  char body[1024];
};

static void *payload(struct req *r) { return NLMSG_DATA(&r->h); }

static void init_req(struct req *r, uint16_t type, uint16_t flags, size_t msg_len) {
  memset(r, 0, sizeof *r);
  r->h.nlmsg_len = NLMSG_LENGTH(msg_len);
  r->h.nlmsg_type = type;
  r->h.nlmsg_flags = NLM_F_REQUEST | flags;
  r->h.nlmsg_seq = ++seq;
}

static int add_attr(struct req *r, uint16_t type, const void *data, size_t len) {
  size_t at = NLMSG_ALIGN(r->h.nlmsg_len);
  if (at + RTA_SPACE(len) > sizeof *r) return -1;
  struct rtattr *a = (struct rtattr *)((char *)&r->h + at);
  a->rta_type = type;
  a->rta_len = RTA_LENGTH(len);
  memcpy(RTA_DATA(a), data, len);
  r->h.nlmsg_len = at + RTA_SPACE(len);
  return 0;
}

static int send_req(struct req *r, const char **why) {
  if (open_socket(why) < 0) return -1;
  struct sockaddr_nl to = {.nl_family = AF_NETLINK};
  if (sendto(sock, &r->h, r->h.nlmsg_len, 0, (struct sockaddr *)&to, sizeof to) < 0) return *why = "netlink send", -1;
  return 0;
}

/*
 * Reads the answers to request `want` until its ACK or NLMSG_DONE; each other message goes to
 * `each` (for dumps). 0, or -1 with errno and `why` (the kernel's error for the request).
 */
static int receive(uint32_t want, int (*each)(struct nlmsghdr *, void *), void *arg, const char **why) {
  static char buf[BUF_SIZE];
  for (;;) {
    ssize_t n = recv(sock, buf, sizeof buf, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      return *why = "netlink receive", -1;
    }
    for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (size_t)n); h = NLMSG_NEXT(h, n)) {
      if (h->nlmsg_seq != want) continue;
      if (h->nlmsg_type == NLMSG_DONE) return 0;
      if (h->nlmsg_type == NLMSG_ERROR) {
        struct nlmsgerr *e = NLMSG_DATA(h);
        if (e->error == 0) return 0;
        errno = -e->error;
        return *why = "netlink", -1;
      }
      if (each && each(h, arg) < 0) return *why = "netlink answer", -1;
    }
  }
}

static int transact(struct req *r, const char **why) {
  r->h.nlmsg_flags |= NLM_F_ACK;
  if (send_req(r, why) < 0) return -1;
  return receive(r->h.nlmsg_seq, NULL, NULL, why);
}

static int dump(struct req *r, int (*each)(struct nlmsghdr *, void *), void *arg, const char **why) {
  if (send_req(r, why) < 0) return -1;
  return receive(r->h.nlmsg_seq, each, arg, why);
}

/* Attributes of a message after its family header of `hdr_len` bytes, by type. */
static void parse_attrs(struct nlmsghdr *h, size_t hdr_len, struct rtattr **tb, int max) {
  memset(tb, 0, sizeof(struct rtattr *) * (size_t)(max + 1));
  int len = (int)h->nlmsg_len - (int)NLMSG_LENGTH(hdr_len);
  for (struct rtattr *a = (struct rtattr *)((char *)NLMSG_DATA(h) + NLMSG_ALIGN(hdr_len)); RTA_OK(a, len); a = RTA_NEXT(a, len))
    if (a->rta_type <= max) tb[a->rta_type] = a;
}

/* A JSON string: interface names are the only text the kernel gives us. */
static void json_string(FILE *out, const char *s) {
  fputc('"', out);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\') fprintf(out, "\\%c", *p);
    else if (*p < 0x20 || *p >= 0x7f) fprintf(out, "\\u%04x", *p);
    else fputc(*p, out);
  }
  fputc('"', out);
}

static void json_ip(FILE *out, int family, const void *addr) {
  char text[INET6_ADDRSTRLEN] = "";
  if (addr) inet_ntop(family, addr, text, sizeof text);
  json_string(out, text);
}

struct listing {
  FILE *out;
  int count;
  int family;
};

static void next_item(struct listing *l) {
  if (l->count++) fputc(',', l->out);
}

static int each_link(struct nlmsghdr *h, void *arg) {
  struct listing *l = arg;
  if (h->nlmsg_type != RTM_NEWLINK) return 0;
  struct ifinfomsg *ifi = NLMSG_DATA(h);
  struct rtattr *tb[IFLA_MAX + 1];
  parse_attrs(h, sizeof *ifi, tb, IFLA_MAX);
  char mac[18] = "";
  if (tb[IFLA_ADDRESS] && RTA_PAYLOAD(tb[IFLA_ADDRESS]) == 6) {
    const unsigned char *m = RTA_DATA(tb[IFLA_ADDRESS]);
    snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5]);
  }
  next_item(l);
  fprintf(l->out, "{\"index\":%d,\"name\":", ifi->ifi_index);
  json_string(l->out, tb[IFLA_IFNAME] ? (const char *)RTA_DATA(tb[IFLA_IFNAME]) : "");
  fprintf(l->out, ",\"mac\":\"%s\",\"mtu\":%u,\"up\":%s,\"ether\":%s}", mac, tb[IFLA_MTU] ? *(uint32_t *)RTA_DATA(tb[IFLA_MTU]) : 0,
          ifi->ifi_flags & IFF_UP ? "true" : "false", ifi->ifi_type == ARPHRD_ETHER ? "true" : "false");
  return 0;
}

static int each_addr(struct nlmsghdr *h, void *arg) {
  struct listing *l = arg;
  if (h->nlmsg_type != RTM_NEWADDR) return 0;
  struct ifaddrmsg *ifa = NLMSG_DATA(h);
  if (ifa->ifa_family != AF_INET && ifa->ifa_family != AF_INET6) return 0;
  struct rtattr *tb[IFA_MAX + 1];
  parse_attrs(h, sizeof *ifa, tb, IFA_MAX);
  /* IPv4's own address is IFA_LOCAL (IFA_ADDRESS is the peer's on a point-to-point link). */
  struct rtattr *a = tb[IFA_LOCAL] ? tb[IFA_LOCAL] : tb[IFA_ADDRESS];
  if (!a) return 0;
  next_item(l);
  fprintf(l->out, "{\"index\":%u,\"family\":%d,\"address\":", ifa->ifa_index, ifa->ifa_family == AF_INET ? 4 : 6);
  json_ip(l->out, ifa->ifa_family, RTA_DATA(a));
  fprintf(l->out, ",\"prefix\":%u}", ifa->ifa_prefixlen);
  return 0;
}

static int each_route(struct nlmsghdr *h, void *arg) {
  struct listing *l = arg;
  if (h->nlmsg_type != RTM_NEWROUTE) return 0;
  struct rtmsg *rt = NLMSG_DATA(h);
  struct rtattr *tb[RTA_MAX + 1];
  parse_attrs(h, sizeof *rt, tb, RTA_MAX);
  uint32_t table = tb[RTA_TABLE] ? *(uint32_t *)RTA_DATA(tb[RTA_TABLE]) : rt->rtm_table;
  /* What `ip route show` shows: the main table's routes to somewhere. */
  if (table != RT_TABLE_MAIN || rt->rtm_type != RTN_UNICAST || rt->rtm_family != l->family) return 0;
  next_item(l);
  fprintf(l->out, "{\"dst\":");
  json_ip(l->out, rt->rtm_family, tb[RTA_DST] ? RTA_DATA(tb[RTA_DST]) : NULL);
  fprintf(l->out, ",\"prefix\":%u,\"gateway\":", rt->rtm_dst_len);
  json_ip(l->out, rt->rtm_family, tb[RTA_GATEWAY] ? RTA_DATA(tb[RTA_GATEWAY]) : NULL);
  fprintf(l->out, ",\"source\":");
  json_ip(l->out, rt->rtm_family, tb[RTA_PREFSRC] ? RTA_DATA(tb[RTA_PREFSRC]) : NULL);
  fprintf(l->out, ",\"index\":%d,\"scope\":%u}", tb[RTA_OIF] ? *(int *)RTA_DATA(tb[RTA_OIF]) : 0, rt->rtm_scope);
  return 0;
}

/* Runs a dump and writes its items as a JSON array to `out`. */
static int list(FILE *out, uint16_t type, unsigned char family, int (*each)(struct nlmsghdr *, void *), const char **why) {
  struct req r;
  size_t len = type == RTM_GETLINK ? sizeof(struct ifinfomsg) : type == RTM_GETADDR ? sizeof(struct ifaddrmsg) : sizeof(struct rtmsg);
  init_req(&r, type, NLM_F_DUMP, len);
  /* The family is the first byte of each of these headers. */
  *(unsigned char *)payload(&r) = family;
  struct listing l = {.out = out, .family = family};
  fputc('[', out);
  int rc = dump(&r, each, &l, why);
  fputc(']', out);
  return rc;
}

static int parse_uint(const char *s, unsigned long max, unsigned long *v) {
  char *end;
  errno = 0;
  unsigned long n = strtoul(s, &end, 10);
  if (errno || *end || !*s || s[0] == '-' || n > max) return -1;
  *v = n;
  return 0;
}

static int parse_family(const char *s, int *family) {
  if (strcmp(s, "4") == 0) return *family = AF_INET, 0;
  if (strcmp(s, "6") == 0) return *family = AF_INET6, 0;
  return -1;
}

/* An address of the family, or "-" for none (then *len is 0). */
static int parse_ip(int family, const char *s, unsigned char *addr, size_t *len) {
  if (strcmp(s, "-") == 0) return *len = 0, 0;
  if (inet_pton(family, s, addr) != 1) return -1;
  *len = family == AF_INET ? 4 : 16;
  return 0;
}

#define BAD(what) (errno = 0, *why = what, -1)

/* link INDEX up|down | link INDEX mac MAC | link INDEX name NAME | link INDEX mtu MTU */
static int set_link(char **w, const char **why) {
  unsigned long index, mtu;
  if (parse_uint(w[1], INT32_MAX, &index) < 0 || index == 0) return BAD("bad interface index");
  struct req r;
  init_req(&r, RTM_NEWLINK, 0, sizeof(struct ifinfomsg));
  struct ifinfomsg *ifi = payload(&r);
  ifi->ifi_family = AF_UNSPEC;
  ifi->ifi_index = (int)index;
  if (strcmp(w[2], "up") == 0 || strcmp(w[2], "down") == 0) {
    ifi->ifi_change = IFF_UP;
    ifi->ifi_flags = strcmp(w[2], "up") == 0 ? IFF_UP : 0;
    if (w[3]) return BAD("up and down take no value");
  } else if (!w[3]) {
    return BAD("want link INDEX up|down|mac MAC|name NAME|mtu MTU");
  } else if (strcmp(w[2], "mac") == 0) {
    unsigned char mac[6];
    if (sscanf(w[3], "%2hhx:%2hhx:%2hhx:%2hhx:%2hhx:%2hhx", &mac[0], &mac[1], &mac[2], &mac[3], &mac[4], &mac[5]) != 6 || strlen(w[3]) != 17)
      return BAD("bad MAC address");
    add_attr(&r, IFLA_ADDRESS, mac, sizeof mac);
  } else if (strcmp(w[2], "name") == 0) {
    if (strlen(w[3]) >= IFNAMSIZ) return BAD("interface name too long");
    add_attr(&r, IFLA_IFNAME, w[3], strlen(w[3]) + 1);
  } else if (strcmp(w[2], "mtu") == 0) {
    if (parse_uint(w[3], UINT32_MAX, &mtu) < 0) return BAD("bad MTU");
    uint32_t m = (uint32_t)mtu;
    add_attr(&r, IFLA_MTU, &m, sizeof m);
  } else {
    return BAD("want link INDEX up|down|mac MAC|name NAME|mtu MTU");
  }
  return transact(&r, why);
}

/* addr add|del INDEX 4|6 ADDRESS PREFIX */
static int change_addr(char **w, const char **why) {
  int add = strcmp(w[1], "add") == 0, family;
  unsigned long index, prefix;
  unsigned char addr[16];
  size_t len;
  if (!add && strcmp(w[1], "del") != 0) return BAD("want addr add|del");
  if (parse_uint(w[2], INT32_MAX, &index) < 0 || index == 0) return BAD("bad interface index");
  if (parse_family(w[3], &family) < 0) return BAD("bad family");
  if (parse_ip(family, w[4], addr, &len) < 0 || len == 0) return BAD("bad address");
  if (parse_uint(w[5], family == AF_INET ? 32 : 128, &prefix) < 0) return BAD("bad prefix length");
  struct req r;
  init_req(&r, add ? RTM_NEWADDR : RTM_DELADDR, add ? NLM_F_CREATE | NLM_F_EXCL : 0, sizeof(struct ifaddrmsg));
  struct ifaddrmsg *ifa = payload(&r);
  ifa->ifa_family = (unsigned char)family;
  ifa->ifa_prefixlen = (unsigned char)prefix;
  ifa->ifa_index = (uint32_t)index;
  /* As ip does: loopback addresses are host-scoped, the rest global. */
  ifa->ifa_scope = family == AF_INET && addr[0] == 127 ? RT_SCOPE_HOST : RT_SCOPE_UNIVERSE;
  add_attr(&r, IFA_LOCAL, addr, len);
  add_attr(&r, IFA_ADDRESS, addr, len);
  return transact(&r, why);
}

/*
 * route replace 4|6 DST PREFIX GATEWAY INDEX SOURCE SCOPE   (DST, GATEWAY, SOURCE: "-" for
 * none; INDEX 0 and SCOPE "-" for none) | route del 4|6 DST PREFIX INDEX. In the main table,
 * as `ip route replace` and `ip route del` do it.
 */
static int change_route(char **w, int words, const char **why) {
  int replace = strcmp(w[1], "replace") == 0, family;
  if (!replace && strcmp(w[1], "del") != 0) return BAD("want route replace|del");
  if (words != (replace ? 9 : 6)) return BAD("wrong number of words");
  unsigned long prefix, index, scope = 0;
  unsigned char dst[16], gw[16], src[16];
  size_t dst_len, gw_len = 0, src_len = 0;
  if (parse_family(w[2], &family) < 0) return BAD("bad family");
  if (parse_ip(family, w[3], dst, &dst_len) < 0) return BAD("bad destination");
  if (parse_uint(w[4], family == AF_INET ? 32 : 128, &prefix) < 0) return BAD("bad prefix length");
  if (replace) {
    if (parse_ip(family, w[5], gw, &gw_len) < 0) return BAD("bad gateway");
    if (parse_uint(w[6], INT32_MAX, &index) < 0) return BAD("bad interface index");
    if (parse_ip(family, w[7], src, &src_len) < 0) return BAD("bad source");
    if (strcmp(w[8], "-") != 0 && parse_uint(w[8], 255, &scope) < 0) return BAD("bad scope");
    /* Without a scope, ip's defaults: a link route without a gateway (IPv4), else universe. */
    if (strcmp(w[8], "-") == 0) scope = family == AF_INET && gw_len == 0 ? RT_SCOPE_LINK : RT_SCOPE_UNIVERSE;
  } else if (parse_uint(w[5], INT32_MAX, &index) < 0) {
    return BAD("bad interface index");
  }
  struct req r;
  init_req(&r, replace ? RTM_NEWROUTE : RTM_DELROUTE, replace ? NLM_F_CREATE | NLM_F_REPLACE : 0, sizeof(struct rtmsg));
  struct rtmsg *rt = payload(&r);
  rt->rtm_family = (unsigned char)family;
  rt->rtm_dst_len = (unsigned char)prefix;
  rt->rtm_table = RT_TABLE_MAIN;
  if (replace) {
    rt->rtm_protocol = RTPROT_BOOT;
    rt->rtm_type = RTN_UNICAST;
    rt->rtm_scope = (unsigned char)scope;
  } else {
    /* Matches a route whatever its type, scope and protocol. */
    rt->rtm_scope = RT_SCOPE_NOWHERE;
  }
  if (dst_len) add_attr(&r, RTA_DST, dst, dst_len);
  if (gw_len) add_attr(&r, RTA_GATEWAY, gw, gw_len);
  if (src_len) add_attr(&r, RTA_PREFSRC, src, src_len);
  if (index) {
    uint32_t oif = (uint32_t)index;
    add_attr(&r, RTA_OIF, &oif, sizeof oif);
  }
  return transact(&r, why);
}

int netlink_command(char **w, int words, FILE *out, const char **why) {
  const char *cmd = w[0];
  if (words == 1 && strcmp(cmd, "links") == 0) return list(out, RTM_GETLINK, AF_UNSPEC, each_link, why);
  if (words == 1 && strcmp(cmd, "addrs") == 0) return list(out, RTM_GETADDR, AF_UNSPEC, each_addr, why);
  if (words == 2 && strcmp(cmd, "routes") == 0) {
    int family;
    if (parse_family(w[1], &family) < 0) return BAD("bad family");
    return list(out, RTM_GETROUTE, (unsigned char)family, each_route, why);
  }
  if ((words == 3 || words == 4) && strcmp(cmd, "link") == 0) return set_link(w, why);
  if (words == 6 && strcmp(cmd, "addr") == 0) return change_addr(w, why);
  if (words >= 2 && strcmp(cmd, "route") == 0) return change_route(w, words, why);
  return NETLINK_UNKNOWN;
}
