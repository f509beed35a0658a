/* The token table: pairs of tokens and authorization codes in small arrays under a mutex,
 * pruned of expired entries as they grow. */
#include "config.h"

#include "mock/auth.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "mock/prng.h"
#include "util/alloc.h"
#include "util/base64url.h"
#include "util/sha256.h"

#define MAX_TOKENS 4096
#define MAX_CODES 256

struct token {
	char access[MOCK_TOKEN_CHARS + 1];
	char refresh[MOCK_TOKEN_CHARS + 1];
	double expires; /* of the access token, seconds by the table's clock */
	struct mock_grant grant;
};

struct code {
	char code[MOCK_TOKEN_CHARS + 1];
	char client_id[64];
	char redirect_uri[MOCK_REDIRECT_CHARS + 1];
	char challenge[64];
	char scope[MOCK_SCOPE_CHARS + 1];
	int agent_id;
	double expires;
	bool is_used;
};

struct mock_auth {
	pthread_mutex_t lock;
	struct prng prng;
	unsigned ttl_s;
	double (*clock_s)(void *);
	void *clock_arg;
	struct token *tokens;
	size_t n;
	struct code *codes;
	size_t n_codes;
};

static _Thread_local int request_agent;

int mock_request_agent(int fallback)
{
	return request_agent > 0 ? request_agent : fallback;
}

void mock_request_agent_set(int agent_id)
{
	request_agent = agent_id;
}

static double monotonic_s(void *arg)
{
	(void)arg;
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double now_s(const struct mock_auth *a)
{
	return a->clock_s(a->clock_arg);
}

struct mock_auth *mock_auth_new(unsigned ttl_s, uint64_t seed, double (*clock_s)(void *),
				void *clock_arg)
{
	struct mock_auth *a = xcalloc(1, sizeof(*a));
	pthread_mutex_init(&a->lock, NULL);
	/* Tokens are not data: a restarted server must never hand out a token that an
	 * earlier run gave, or a stale token would come back to life. */
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	prng_init(&a->prng,
		  prng_hash(seed, (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec,
			    (uint64_t)(uintptr_t)a));
	a->ttl_s = ttl_s;
	a->clock_s = clock_s ? clock_s : monotonic_s;
	a->clock_arg = clock_arg;
	a->tokens = xcalloc(MAX_TOKENS, sizeof(*a->tokens));
	a->codes = xcalloc(MAX_CODES, sizeof(*a->codes));
	return a;
}

void mock_auth_free(struct mock_auth *a)
{
	if (!a)
		return;
	pthread_mutex_destroy(&a->lock);
	free(a->tokens);
	free(a->codes);
	free(a);
}

static void random_token(struct prng *p, char *out)
{
	static const char alphabet[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	for (int i = 0; i < MOCK_TOKEN_CHARS; i++)
		out[i] = alphabet[prng_below(p, 64)];
	out[MOCK_TOKEN_CHARS] = '\0';
}

/* Keeps pairs whose access token lives or whose refresh token still works. */
static void prune_locked(struct mock_auth *a, double now)
{
	size_t kept = 0;
	for (size_t i = 0; i < a->n; i++)
		if (a->tokens[i].expires > now || a->tokens[i].refresh[0])
			a->tokens[kept++] = a->tokens[i];
	a->n = kept;
	if (a->n == MAX_TOKENS) { /* all live: forget the oldest */
		memmove(a->tokens, a->tokens + 1, (MAX_TOKENS - 1) * sizeof(*a->tokens));
		a->n--;
	}
}

bool mock_scope_is_read_only(const char *scope)
{
	if (!scope || !*scope)
		return false;
	bool any = false;
	char word[64];
	for (const char *p = scope; *p;) {
		size_t n = strcspn(p, " +");
		snprintf(word, sizeof(word), "%.*s", (int)(n < sizeof(word) ? n : sizeof(word) - 1),
			 p);
		if (*word && strcmp(word, "offline_access") != 0 && strcmp(word, "openid") != 0) {
			if (strncmp(word, "read:", 5) != 0)
				return false;
			any = true;
		}
		p += n;
		p += strspn(p, " +");
	}
	return any;
}

static void issue_locked(struct mock_auth *a, const struct mock_grant *g, char *access,
			 char *refresh)
{
	double now = now_s(a);
	if (a->n == MAX_TOKENS || (a->n > 0 && a->n % 256 == 0))
		prune_locked(a, now);
	struct token *t = &a->tokens[a->n++];
	random_token(&a->prng, t->access);
	random_token(&a->prng, t->refresh);
	t->expires = now + a->ttl_s;
	t->grant = *g;
	memcpy(access, t->access, sizeof(t->access));
	memcpy(refresh, t->refresh, sizeof(t->refresh));
}

static void grant_init(struct mock_grant *g, int agent_id, const char *scope)
{
	memset(g, 0, sizeof(*g));
	g->agent_id = agent_id;
	snprintf(g->scope, sizeof(g->scope), "%s", scope && *scope ? scope : "all");
	g->is_read_only = mock_scope_is_read_only(g->scope);
}

void mock_auth_issue_for(struct mock_auth *a, int agent_id, const char *scope, char *access,
			 char *refresh)
{
	struct mock_grant g;
	grant_init(&g, agent_id, scope);
	pthread_mutex_lock(&a->lock);
	issue_locked(a, &g, access, refresh);
	pthread_mutex_unlock(&a->lock);
}

void mock_auth_issue(struct mock_auth *a, char *access, char *refresh)
{
	mock_auth_issue_for(a, 0, "all", access, refresh);
}

bool mock_auth_refresh(struct mock_auth *a, const char *old_refresh, char *access, char *refresh)
{
	bool found = false;
	struct mock_grant g;
	if (!old_refresh || !*old_refresh)
		return false;
	pthread_mutex_lock(&a->lock);
	for (size_t i = 0; i < a->n; i++) {
		if (!strcmp(a->tokens[i].refresh, old_refresh)) {
			a->tokens[i].refresh[0] = '\0';
			g = a->tokens[i].grant;
			found = true;
			break;
		}
	}
	if (found)
		issue_locked(a, &g, access, refresh);
	pthread_mutex_unlock(&a->lock);
	return found;
}

bool mock_auth_lookup(struct mock_auth *a, const char *authorization, struct mock_grant *grant)
{
	if (!authorization || strncasecmp(authorization, "Bearer ", 7) != 0)
		return false;
	const char *token = authorization + 7;
	while (*token == ' ')
		token++;
	if (strlen(token) != MOCK_TOKEN_CHARS)
		return false;
	bool ok = false;
	double now = now_s(a);
	pthread_mutex_lock(&a->lock);
	for (size_t i = a->n; i-- > 0;) {
		if (!strcmp(a->tokens[i].access, token)) {
			ok = a->tokens[i].expires > now;
			if (ok && grant)
				*grant = a->tokens[i].grant;
			break;
		}
	}
	pthread_mutex_unlock(&a->lock);
	return ok;
}

bool mock_auth_check(struct mock_auth *a, const char *authorization)
{
	return mock_auth_lookup(a, authorization, NULL);
}

void mock_auth_revoke(struct mock_auth *a, const char *token)
{
	if (!token || !*token)
		return;
	pthread_mutex_lock(&a->lock);
	for (size_t i = 0; i < a->n; i++) {
		struct token *t = &a->tokens[i];
		if (!strcmp(t->access, token) || !strcmp(t->refresh, token)) {
			t->refresh[0] = '\0';
			t->access[0] = '\0';
			t->expires = 0;
		}
	}
	pthread_mutex_unlock(&a->lock);
}

void mock_auth_code_new(struct mock_auth *a, int agent_id, const char *client_id,
			const char *redirect_uri, const char *challenge, const char *scope,
			char *code)
{
	pthread_mutex_lock(&a->lock);
	double now = now_s(a);
	size_t kept = 0;
	for (size_t i = 0; i < a->n_codes; i++)
		if (a->codes[i].expires > now)
			a->codes[kept++] = a->codes[i];
	a->n_codes = kept;
	if (a->n_codes == MAX_CODES) {
		memmove(a->codes, a->codes + 1, (MAX_CODES - 1) * sizeof(*a->codes));
		a->n_codes--;
	}
	struct code *c = &a->codes[a->n_codes++];
	memset(c, 0, sizeof(*c));
	random_token(&a->prng, c->code);
	snprintf(c->client_id, sizeof(c->client_id), "%s", client_id);
	snprintf(c->redirect_uri, sizeof(c->redirect_uri), "%s", redirect_uri);
	snprintf(c->challenge, sizeof(c->challenge), "%s", challenge);
	snprintf(c->scope, sizeof(c->scope), "%s", scope && *scope ? scope : "all");
	c->agent_id = agent_id;
	c->expires = now + MOCK_CODE_TTL_S;
	memcpy(code, c->code, sizeof(c->code));
	pthread_mutex_unlock(&a->lock);
}

static bool scope_has(const char *scope, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = scope; (p = strstr(p, word)); p += n)
		if ((p == scope || p[-1] == ' ' || p[-1] == '+') &&
		    (p[n] == '\0' || p[n] == ' ' || p[n] == '+'))
			return true;
	return false;
}

static enum mock_code_error code_check(const struct code *c, double now, const char *client_id,
				       const char *redirect_uri, const char *verifier)
{
	if (c->is_used)
		return MOCK_CODE_USED;
	if (c->expires <= now)
		return MOCK_CODE_EXPIRED;
	if (!client_id || strcmp(client_id, c->client_id) != 0)
		return MOCK_CODE_CLIENT;
	if (!redirect_uri || strcmp(redirect_uri, c->redirect_uri) != 0)
		return MOCK_CODE_REDIRECT;
	unsigned char digest[SHA256_DIGEST_BYTES];
	char challenge[BASE64URL_LEN(SHA256_DIGEST_BYTES) + 1];
	if (!verifier || strlen(verifier) < 43 || strlen(verifier) > 128)
		return MOCK_CODE_VERIFIER;
	sha256_digest(verifier, strlen(verifier), digest);
	base64url_encode(digest, sizeof(digest), challenge);
	return strcmp(challenge, c->challenge) ? MOCK_CODE_VERIFIER : MOCK_CODE_OK;
}

enum mock_code_error mock_auth_code_take(struct mock_auth *a, const char *code,
					 const char *client_id, const char *redirect_uri,
					 const char *verifier, char *access, char *refresh,
					 char *scope)
{
	enum mock_code_error e = MOCK_CODE_UNKNOWN;
	pthread_mutex_lock(&a->lock);
	double now = now_s(a);
	for (size_t i = 0; code && i < a->n_codes; i++) {
		struct code *c = &a->codes[i];
		if (strcmp(c->code, code) != 0)
			continue;
		e = code_check(c, now, client_id, redirect_uri, verifier);
		c->is_used = true;
		if (e == MOCK_CODE_OK) {
			struct mock_grant g;
			grant_init(&g, c->agent_id, c->scope);
			issue_locked(a, &g, access, refresh);
			if (!scope_has(c->scope, "offline_access")) {
				for (size_t k = 0; k < a->n; k++)
					if (!strcmp(a->tokens[k].refresh, refresh))
						a->tokens[k].refresh[0] = '\0';
				refresh[0] = '\0';
			}
			snprintf(scope, MOCK_SCOPE_CHARS + 1, "%s", c->scope);
		}
		break;
	}
	pthread_mutex_unlock(&a->lock);
	return e;
}
