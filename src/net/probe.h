/* One look at a server for `halotui doctor`: the TLS certificate and the server's clock. */
#ifndef HALOTUI_NET_PROBE_H
#define HALOTUI_NET_PROBE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

struct probe_options {
	const char *url;       /* fetched with GET, no credentials (URL/api/authinfo) */
	const char *ca_bundle; /* NULL: the system's CAs */
	const char *proxy;     /* NULL: the environment's */
	bool insecure;
	long timeout_ms;
};

/* What the probe saw. Strings are empty when unknown. */
struct probe_result {
	bool is_answered; /* an HTTP answer came (any status) */
	long http_code;
	char error[256];     /* libcurl's words when there was no answer */
	bool is_tls;	     /* https was used */
	bool is_verified;    /* the certificate chain and host name were checked and passed */
	char subject[256];   /* the server certificate's subject */
	char issuer[256];    /* its issuer */
	char expire[64];     /* its "Expire date" as libcurl writes it */
	time_t expire_at;    /* the same as a time, 0 when it could not be read */
	char ca_path[512];   /* the CA file or folder libcurl uses, when it says */
	time_t server_date;  /* the Date header, 0 when absent */
	char primary_ip[64]; /* the address connected to */
};

/* GETs OPT->url once and fills OUT. Returns OUT->is_answered. Call after net_global_init. */
bool probe_server(const struct probe_options *opt, struct probe_result *out);

#endif
