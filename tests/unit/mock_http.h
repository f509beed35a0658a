/* Test helper: an in-process halo-mock and a libcurl client that talks to it. */
#ifndef HALOTUI_TESTS_MOCK_HTTP_H
#define HALOTUI_TESTS_MOCK_HTTP_H

#include <curl/curl.h>
#include <json-c/json.h>
#include <stdbool.h>

#include "mock/mock.h"

struct mh {
	struct mock_server *server;
	char base[64];
	char token[128];
	CURL *curl;
	long status; /* of the last request */
	char *body;  /* of the last request (owned) */
	size_t body_len;
	char retry_after[32]; /* header of the last request, "" when absent */
	CURLcode result;      /* of the last transfer */
	char ignored[512];    /* X-Halo-Mock-Ignored of the last request, "" when absent */
	double seconds;	      /* of the last transfer */
};

/* Starts a server with OPTS (NULL: defaults with 300 tickets) and fetches a token;
 * aborts the test on failure. */
void mh_start(struct mh *mh, const struct mock_options *opts);
void mh_stop(struct mh *mh);
/* Default options for tests: small data set. */
void mh_options(struct mock_options *opts);
/* Sends METHOD to PATH (with its query) with BODY (NULL: none) and the bearer token when
 * WITH_TOKEN; returns the status. The body is in mh->body. */
long mh_send(struct mh *mh, const char *method, const char *path, const char *body,
	     bool with_token);
/* GET with the token, parsed; NULL when the body is not JSON. Caller puts the result. */
struct json_object *mh_get(struct mh *mh, const char *path);
/* POST with the token, parsed. Caller puts the result. */
struct json_object *mh_post(struct mh *mh, const char *path, const char *body);
/* Obtains a token for ID and SECRET; returns the status. On 200 the token is kept. */
long mh_token(struct mh *mh, const char *id, const char *secret, const char *query);

/* Field helpers over parsed answers. */
int mh_int(struct json_object *obj, const char *key);
const char *mh_str(struct json_object *obj, const char *key);
bool mh_has(struct json_object *obj, const char *key);

#endif
