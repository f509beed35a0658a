/* A hostile HaloPSA server on loopback for tests: each variant answers one route badly (huge or
 * missing counts, endless or bomb bodies, a trickle, a 50 MB detail, a cut lookup, an HTML 500,
 * a nonsense token lifetime, hostile labels), and every request is logged. It also measures the
 * peak memory of a program it runs (--measure), as the kernel counts it. */
#include "config.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char *variant = "plain";
static FILE *request_log;
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t count_lock = PTHREAD_MUTEX_INITIALIZER;
static int status_calls; /* GET /api/Status answered so far */

static bool is(const char *name)
{
	return strcmp(variant, name) == 0;
}

/* Writes all LEN bytes; false when the client went away. */
static bool send_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	while (len > 0) {
		ssize_t n = send(fd, p, len, MSG_NOSIGNAL);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return false;
		p += n;
		len -= (size_t)n;
	}
	return true;
}

static void send_answer(int fd, int code, const char *type, const char *body, size_t len)
{
	char head[256];
	int n = snprintf(head, sizeof(head),
			 "HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
			 "Connection: close\r\n\r\n",
			 code, type, len);
	if (send_all(fd, head, (size_t)n))
		send_all(fd, body, len);
}

static void send_json(int fd, const char *body)
{
	send_answer(fd, 200, "application/json", body, strlen(body));
}

static bool send_chunk(int fd, const void *data, size_t len)
{
	char size[32];
	int n = snprintf(size, sizeof(size), "%zx\r\n", len);
	return send_all(fd, size, (size_t)n) && send_all(fd, data, len) && send_all(fd, "\r\n", 2);
}

/* A list page of N rows with ids from FIRST; COUNT is the record_count text (NULL: none). */
static char *page_json(int first, int n, const char *count)
{
	size_t cap = 256 + (size_t)n * 128;
	char *s = malloc(cap);
	size_t len = (size_t)snprintf(s, cap, "{\"page_no\":1,\"page_size\":50,%s%s%s\"tickets\":[",
				      count ? "\"record_count\":" : "", count ? count : "",
				      count ? "," : "");
	for (int i = 0; i < n; i++)
		len += (size_t)snprintf(s + len, cap - len,
					"%s{\"id\":%d,\"summary\":\"ticket %d\",\"status_id\":1}",
					i ? "," : "", first + i, first + i);
	snprintf(s + len, cap - len, "]}");
	return s;
}

static int query_page(const char *target)
{
	const char *p = strstr(target, "page_no=");
	return p ? atoi(p + 8) : 1;
}

static void answer_list(int fd, const char *target)
{
	int page = query_page(target);
	char *body;
	if (is("huge-count"))
		body = page_json((page - 1) * 50 + 1, page < 3 ? 50 : 10, "100000000000");
	else if (is("int64-count"))
		body = page_json((page - 1) * 50 + 1, page < 3 ? 50 : 10, "9223372036854775807");
	else if (is("missing-count") || is("cut-lookups"))
		body = page_json((page - 1) * 50 + 1, page < 3 ? 50 : page == 3 ? 5 : 0, NULL);
	else
		body = page_json(1, 3, "3");
	send_json(fd, body);
	free(body);
}

/* Answers with endless spaces inside a JSON string, as fast as the client takes them. */
static void answer_endless(int fd)
{
	static const char head[] = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
				   "Transfer-Encoding: chunked\r\n\r\n";
	char buf[65536];
	memset(buf, ' ', sizeof(buf));
	buf[0] = '[';
	if (!send_all(fd, head, sizeof(head) - 1))
		return;
	while (send_chunk(fd, buf, sizeof(buf)))
		buf[0] = ' ';
}

/* Bits of a deflate stream, least significant first. */
struct bits {
	unsigned char buf[4096];
	size_t len;
	unsigned acc, n;
};

static void put_bits(struct bits *b, unsigned value, unsigned count)
{
	for (unsigned i = 0; i < count; i++) {
		b->acc |= ((value >> i) & 1u) << b->n;
		if (++b->n == 8) {
			b->buf[b->len++] = (unsigned char)b->acc;
			b->acc = b->n = 0;
		}
	}
}

/* A Huffman code: its bits from the most significant one. */
static void put_code(struct bits *b, unsigned code, unsigned count)
{
	for (unsigned i = count; i-- > 0;)
		put_bits(b, (code >> i) & 1u, 1);
}

/* A gzip body that never ends: one fixed-Huffman block of a space and then copies of 258
 * bytes at distance 1, 13 bits each: about 160 decoded bytes per byte sent. */
static void answer_gzip_bomb(int fd)
{
	static const char head[] = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
				   "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n";
	static const unsigned char gz[] = { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff };
	if (!send_all(fd, head, sizeof(head) - 1) || !send_chunk(fd, gz, sizeof(gz)))
		return;
	struct bits b = { .len = 0 };
	put_bits(&b, 0, 1);	     /* not the last block */
	put_bits(&b, 1, 2);	     /* fixed Huffman codes */
	put_code(&b, 0x30 + '[', 8); /* the literal '[' */
	for (;;) {
		while (b.len < sizeof(b.buf) - 8) {
			put_code(&b, 0xC5, 8); /* length 258 (symbol 285) */
			put_code(&b, 0, 5);    /* distance 1 */
		}
		if (!send_chunk(fd, b.buf, b.len))
			return;
		b.len = 0;
	}
}

/* A Content-Length of 2 MiB, honestly sent. */
static void answer_big_length(int fd)
{
	size_t len = (size_t)2 << 20;
	char *body = malloc(len);
	memset(body, ' ', len);
	body[0] = '[';
	body[len - 1] = ']';
	send_answer(fd, 200, "application/json", body, len);
	free(body);
}

/* Headers, then one byte a second for as long as the client stays. */
static void answer_trickle(int fd)
{
	static const char head[] = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
				   "Content-Length: 1000000\r\n\r\n";
	if (!send_all(fd, head, sizeof(head) - 1))
		return;
	for (;;) {
		if (!send_all(fd, " ", 1))
			return;
		struct timespec second = { 1, 0 };
		nanosleep(&second, NULL);
	}
}

/* GET /api/Tickets/{id}: 50 MB of HTML details, or hostile labels and a NUL. */
static void answer_ticket(int fd, const char *target)
{
	int id = atoi(target + strlen("/api/Tickets/"));
	if (is("big-detail")) {
		size_t cap = (size_t)50 << 20;
		char *s = malloc(cap + 256);
		size_t len =
			(size_t)sprintf(s, "{\"id\":%d,\"summary\":\"big\",\"details\":\"", id);
		while (len < cap)
			len += (size_t)sprintf(s + len, "<p>line %zu of a pasted log</p>", len);
		len += (size_t)sprintf(s + len, "\"}");
		send_answer(fd, 200, "application/json", s, len);
		free(s);
		return;
	}
	char body[1024];
	snprintf(body, sizeof(body),
		 "{\"id\":%d,\"summary\":\"before\\u0000after\",\"details\":\"<p>x\\u0000y</p>\","
		 "\"customfields\":[{\"id\":1,\"name\":\"CFa\",\"label\":"
		 "\"\\u001b]52;c;ZXZpbA==\\u0007Evil\\u001b[2J\",\"display\":\"v\\u0000w\"}]}",
		 id);
	send_json(fd, body);
}

static void answer_statuses(int fd)
{
	pthread_mutex_lock(&count_lock);
	int call = ++status_calls;
	pthread_mutex_unlock(&count_lock);
	if (is("cut-lookups") && call == 1) {
		send_json(fd, "[{\"id\":1,\"name\":\"Fresh\"},{\"id\":");
		return;
	}
	send_json(fd, "[{\"id\":1,\"name\":\"Fresh\"}]");
}

static void answer(int fd, const char *method, const char *target, const char *body)
{
	if (strcmp(method, "POST") == 0 && strncmp(target, "/auth/token", 11) == 0) {
		send_json(fd, is("negative-expiry") ? "{\"access_token\":\"t\",\"token_type\":"
						      "\"Bearer\",\"expires_in\":-100}"
						    : "{\"access_token\":\"t\",\"token_type\":"
						      "\"Bearer\",\"expires_in\":3600}");
	} else if (strcmp(target, "/api/authinfo") == 0) {
		if (is("authinfo-elsewhere"))
			send_json(fd, "{\"auth_url\":\"http://127.0.0.2:9/auth\"}");
		else
			send_answer(fd, 404, "text/plain", "", 0);
	} else if (strncmp(target, "/api/Tickets?", 13) == 0 ||
		   strcmp(target, "/api/Tickets") == 0) {
		if (is("endless"))
			answer_endless(fd);
		else if (is("gzip-bomb"))
			answer_gzip_bomb(fd);
		else if (is("trickle"))
			answer_trickle(fd);
		else if (is("big-length"))
			answer_big_length(fd);
		else if (is("html-500")) {
			static const char page[] =
				"<!DOCTYPE html>\n<html><head><title>Backend exploded &amp; "
				"burned</title></head><body><h1>500</h1><p>Stack trace "
				"here</p></body></html>";
			send_answer(fd, 500, "text/html", page, sizeof(page) - 1);
		} else
			answer_list(fd, target);
	} else if (strncmp(target, "/api/Tickets/", 13) == 0) {
		answer_ticket(fd, target);
	} else if (strncmp(target, "/api/Status", 11) == 0) {
		answer_statuses(fd);
	} else if (strncmp(target, "/api/Agent/me", 13) == 0) {
		send_json(fd, "{\"id\":1,\"name\":\"Me\"}");
	} else {
		send_json(fd, "[]");
	}
	(void)body;
}

/* Reads one request (headers and a Content-Length body) into BUF; its length, or 0. */
static size_t read_request(int fd, char *buf, size_t cap)
{
	size_t len = 0;
	char *end = NULL;
	while (len < cap - 1 && !(end = strstr(buf, "\r\n\r\n"))) {
		ssize_t n = recv(fd, buf + len, cap - 1 - len, 0);
		if (n <= 0)
			return 0;
		len += (size_t)n;
		buf[len] = '\0';
	}
	if (!end)
		return 0;
	const char *cl = strstr(buf, "Content-Length:");
	size_t want = (size_t)(end + 4 - buf) + (cl && cl < end ? (size_t)atol(cl + 15) : 0);
	while (len < want && len < cap - 1) {
		ssize_t n = recv(fd, buf + len, cap - 1 - len, 0);
		if (n <= 0)
			break;
		len += (size_t)n;
		buf[len] = '\0';
	}
	return len;
}

static void *serve(void *arg)
{
	int fd = (int)(intptr_t)arg;
	static __thread char buf[65536];
	buf[0] = '\0';
	if (read_request(fd, buf, sizeof(buf))) {
		char method[16] = "", target[4096] = "";
		sscanf(buf, "%15s %4095s", method, target);
		const char *body = strstr(buf, "\r\n\r\n") + 4;
		pthread_mutex_lock(&log_lock);
		fprintf(request_log, "%s %s%s\n", method, target,
			strstr(body, "client_secret=") ? " [client_secret]" : "");
		fflush(request_log);
		pthread_mutex_unlock(&log_lock);
		answer(fd, method, target, body);
	}
	close(fd);
	return NULL;
}

/* --measure OUT -- PROGRAM ARGS...: runs PROGRAM and writes its peak resident memory. */
static int measure(const char *out, char **argv)
{
	pid_t pid = fork();
	if (pid == 0) {
		execv(argv[0], argv);
		_exit(127);
	}
	int status = 0;
	struct rusage ru;
	if (pid < 0 || wait4(pid, &status, 0, &ru) < 0)
		return 1;
	FILE *f = fopen(out, "w");
	if (f) {
		fprintf(f, "%ld\n", ru.ru_maxrss);
		fclose(f);
	}
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

int main(int argc, char **argv)
{
	if (argc > 3 && strcmp(argv[1], "--measure") == 0 && strcmp(argv[3], "--") == 0)
		return measure(argv[2], argv + 4);
	if (argc != 4) {
		fprintf(stderr, "usage: hostile-server VARIANT PORT-FILE LOG\n"
				"       hostile-server --measure OUT -- PROGRAM ARGS...\n");
		return 2;
	}
	variant = argv[1];
	request_log = fopen(argv[3], "w");
	int s = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = 0 };
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	socklen_t alen = sizeof(a);
	if (!request_log || s < 0 || bind(s, (struct sockaddr *)&a, sizeof(a)) != 0 ||
	    listen(s, 16) != 0 || getsockname(s, (struct sockaddr *)&a, &alen) != 0) {
		perror("hostile-server");
		return 1;
	}
	/* The port file appears whole: written aside, then renamed. */
	char tmp[4096];
	snprintf(tmp, sizeof(tmp), "%s.tmp", argv[2]);
	FILE *pf = fopen(tmp, "w");
	if (!pf)
		return 1;
	fprintf(pf, "%u\n", (unsigned)ntohs(a.sin_port));
	if (fclose(pf) != 0 || rename(tmp, argv[2]) != 0)
		return 1;
	signal(SIGPIPE, SIG_IGN);
	for (;;) {
		int fd = accept(s, NULL, NULL);
		if (fd < 0)
			continue;
		pthread_t t;
		if (pthread_create(&t, NULL, serve, (void *)(intptr_t)fd) == 0)
			pthread_detach(t);
		else
			close(fd);
	}
}
