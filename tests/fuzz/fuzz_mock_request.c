/* Fuzz harness: halo-mock's routes with arbitrary paths, queries and JSON bodies.
 * Input: "METHOD PATH?QUERY\n" then the body. The request is dispatched without HTTP. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mock/server.h"
#include "util/alloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct mock_server *server;
static char bearer[MOCK_TOKEN_CHARS + 16];

static void setup(void)
{
	server = xcalloc(1, sizeof(*server));
	mock_options_init(&server->opts);
	server->data = mock_data_new(60, 1);
	server->auth = mock_auth_new(3600, 1, NULL, NULL);
	char access[MOCK_TOKEN_CHARS + 1], refresh[MOCK_TOKEN_CHARS + 1];
	mock_auth_issue(server->auth, access, refresh);
	strcpy(bearer, "Bearer ");
	strcat(bearer, access);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!server)
		setup();
	const char *nl = memchr(data, '\n', size);
	size_t head = nl ? (size_t)(nl - (const char *)data) : size;
	char *line = xstrndup((const char *)data, head);
	char *body = xstrndup(nl ? nl + 1 : "", nl ? size - head - 1 : 0);
	char *space = strchr(line, ' ');
	const char *method = "GET";
	char *path = line;
	if (space) {
		*space = '\0';
		method = line;
		path = space + 1;
	}
	char *qmark = strchr(path, '?');
	struct mock_request rq = { .method = method,
				   .path = path,
				   .body = body,
				   .body_len = strlen(body),
				   .authorization = bearer,
				   .host = "127.0.0.1:1" };
	mock_query_init(&rq.query);
	if (qmark) {
		*qmark = '\0';
		mock_query_parse(&rq.query, qmark + 1, strlen(qmark + 1));
	}
	struct mock_response rs = { .status = 200 };
	strbuf_init(&rs.body);
	strbuf_init(&rs.location);
	mock_dispatch(server, &rq, &rs);
	strbuf_fini(&rs.body);
	strbuf_fini(&rs.location);
	strbuf_fini(&rs.ignored);
	mock_query_fini(&rq.query);
	free(line);
	free(body);
	return 0;
}
