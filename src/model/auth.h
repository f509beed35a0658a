/* What authentication returns: the OAuth token and the authinfo discovery answer. */
#ifndef HALOTUI_MODEL_AUTH_H
#define HALOTUI_MODEL_AUTH_H

#include <stdbool.h>
#include <time.h>

#define TOKEN_DEFAULT_EXPIRES_S 3600
/* Lifetimes outside these bounds are nonsense (a token renewed at every request, or never):
 * the default is taken instead, with a note. */
#define TOKEN_MIN_EXPIRES_S 1
#define TOKEN_MAX_EXPIRES_S (366L * 86400)

/* Strings owned (malloc'd); token_fini frees them. The token text is opaque: never parsed. */
struct token {
	char *access_token;
	char *token_type;    /* "Bearer" when absent */
	char *refresh_token; /* NULL when absent */
	char *scope;	     /* NULL when absent */
	long expires_in_s;   /* TOKEN_DEFAULT_EXPIRES_S when absent */
	time_t expires_at;   /* now + expires_in_s, absolute UTC */
};

void token_fini(struct token *t); /* NULL-safe; wipes the secret bytes before freeing */
/* Whether T expires within MARGIN_S seconds of NOW (or has no access token). */
bool token_is_expiring(const struct token *t, time_t now, long margin_s);

/* GET /api/authinfo. Strings owned; authinfo_fini frees. */
struct authinfo {
	char *auth_url;	 /* NULL when absent */
	char *tenant_id; /* NULL when absent */
};

void authinfo_fini(struct authinfo *a); /* NULL-safe */

#endif
