/* The token table: a small array under a mutex, pruned of expired tokens as it grows. */
#include "config.h"

#include "mock/auth.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "mock/prng.h"
#include "util/alloc.h"

#define MAX_TOKENS 4096

struct token {
	char access[MOCK_TOKEN_CHARS + 1];
	char refresh[MOCK_TOKEN_CHARS + 1];
	double expires; /* seconds by the table's clock */
};

struct mock_auth {
	pthread_mutex_t lock;
	struct prng prng;
	unsigned ttl_s;
	double (*clock_s)(void *);
	void *clock_arg;
	struct token *tokens;
	size_t n;
};

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
	return a;
}

void mock_auth_free(struct mock_auth *a)
{
	if (!a)
		return;
	pthread_mutex_destroy(&a->lock);
	free(a->tokens);
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

static void prune_locked(struct mock_auth *a, double now)
{
	size_t kept = 0;
	for (size_t i = 0; i < a->n; i++)
		if (a->tokens[i].expires > now)
			a->tokens[kept++] = a->tokens[i];
	a->n = kept;
	if (a->n == MAX_TOKENS) { /* all live: forget the oldest */
		memmove(a->tokens, a->tokens + 1, (MAX_TOKENS - 1) * sizeof(*a->tokens));
		a->n--;
	}
}

static void issue_locked(struct mock_auth *a, char *access, char *refresh)
{
	double now = now_s(a);
	if (a->n == MAX_TOKENS || (a->n > 0 && a->n % 256 == 0))
		prune_locked(a, now);
	struct token *t = &a->tokens[a->n++];
	random_token(&a->prng, t->access);
	random_token(&a->prng, t->refresh);
	t->expires = now + a->ttl_s;
	memcpy(access, t->access, sizeof(t->access));
	memcpy(refresh, t->refresh, sizeof(t->refresh));
}

void mock_auth_issue(struct mock_auth *a, char *access, char *refresh)
{
	pthread_mutex_lock(&a->lock);
	issue_locked(a, access, refresh);
	pthread_mutex_unlock(&a->lock);
}

bool mock_auth_refresh(struct mock_auth *a, const char *old_refresh, char *access, char *refresh)
{
	bool found = false;
	pthread_mutex_lock(&a->lock);
	for (size_t i = 0; i < a->n; i++) {
		if (!strcmp(a->tokens[i].refresh, old_refresh)) {
			a->tokens[i].refresh[0] = '\0';
			found = true;
			break;
		}
	}
	if (found)
		issue_locked(a, access, refresh);
	pthread_mutex_unlock(&a->lock);
	return found;
}

bool mock_auth_check(struct mock_auth *a, const char *authorization)
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
			break;
		}
	}
	pthread_mutex_unlock(&a->lock);
	return ok;
}
