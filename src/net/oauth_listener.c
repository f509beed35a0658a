/* A minimal HTTP/1.0 answerer for one redirect on loopback. */
#include "config.h"

#include "net/oauth_listener.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "net/oauth_flow.h"
#include "util/alloc.h"
#include "util/strbuf.h"
#include "util/wipe.h"

#define REQUEST_MAX_BYTES 8192

bool oauth_listener_open(struct oauth_listener *l, unsigned short port, char **err)
{
	*err = NULL;
	l->fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(port) };
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	socklen_t len = sizeof(addr);
	if (l->fd < 0 || bind(l->fd, (struct sockaddr *)&addr, sizeof(addr)) != 0 ||
	    listen(l->fd, 4) != 0 || getsockname(l->fd, (struct sockaddr *)&addr, &len) != 0) {
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_appendf(&sb, "cannot listen on 127.0.0.1:%u: %s", (unsigned)port,
			       strerror(errno));
		*err = strbuf_take(&sb);
		if (l->fd >= 0)
			close(l->fd);
		l->fd = -1;
		return false;
	}
	l->port = ntohs(addr.sin_port);
	return true;
}

void oauth_listener_close(struct oauth_listener *l)
{
	if (l->fd >= 0)
		close(l->fd);
	l->fd = -1;
}

static void answer(int fd, int status, const char *title, const char *text)
{
	struct strbuf body, head;
	strbuf_init(&body);
	strbuf_init(&head);
	strbuf_appendf(&body,
		       "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>"
		       "</head>\n<body><h1>%s</h1>\n<p>%s</p></body></html>\n",
		       title, title, text);
	strbuf_appendf(
		&head,
		"HTTP/1.0 %d %s\r\nContent-Type: text/html; charset=utf-8\r\n"
		"Content-Length: %zu\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
		status,
		status == 200	? "OK"
		: status == 404 ? "Not Found"
				: "Bad Request",
		body.len);
	strbuf_append(&head, body.data, body.len);
	for (size_t off = 0; off < head.len;) {
		ssize_t n = send(fd, head.data + off, head.len - off, MSG_NOSIGNAL);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		off += (size_t)n;
	}
	strbuf_fini(&body);
	strbuf_fini(&head);
}

/* Reads the request head up to its blank line (or the limit); the target of its first line
 * into TARGET (caller frees), NULL when it is not a GET. */
static char *read_target(int fd)
{
	struct strbuf req;
	strbuf_init(&req);
	char buf[1024];
	while (req.len < REQUEST_MAX_BYTES && !strstr(req.data, "\r\n\r\n") &&
	       !strstr(req.data, "\n\n")) {
		ssize_t n = recv(fd, buf, sizeof(buf), 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		strbuf_append(&req, buf, (size_t)n);
	}
	wipe_bytes(buf, sizeof(buf));
	char *target = NULL;
	if (!strncmp(req.data, "GET ", 4)) {
		size_t len = strcspn(req.data + 4, " \r\n");
		target = xstrndup(req.data + 4, len);
	}
	wipe_bytes(req.data, req.len);
	strbuf_fini(&req);
	return target;
}

enum status oauth_listener_wait(struct oauth_listener *l, const char *state, char **code,
				char **err)
{
	*code = NULL;
	*err = NULL;
	for (;;) {
		int fd = accept(l->fd, NULL, NULL);
		if (fd < 0 && errno == EINTR)
			continue;
		if (fd < 0) {
			*err = xstrdup(strerror(errno));
			return STATUS_IO;
		}
		char *target = read_target(fd);
		if (!target || (!strstr(target, "code=") && !strstr(target, "error="))) {
			answer(fd, 404, "Not here", "This address only takes halotui's sign-in.");
			close(fd);
			free(target);
			continue;
		}
		enum status st = oauth_parse_redirect(target, state, code, err);
		wipe_string(target);
		free(target);
		if (st == STATUS_OK)
			answer(fd, 200, "Signed in to halotui",
			       "You are signed in. It is safe to close this window and go back "
			       "to the terminal.");
		else
			answer(fd, 400, "halotui could not sign you in",
			       "The sign-in did not go through; the terminal says why. You may "
			       "close this window.");
		close(fd);
		return st;
	}
}
