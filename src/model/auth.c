/* Token and authinfo lifetime; expiry arithmetic. */
#include "config.h"

#include "model/auth.h"

#include <stdlib.h>
#include <string.h>

/* Overwrites a secret before it goes back to the allocator. */
static void wipe_free(char *s)
{
	if (!s)
		return;
	volatile char *p = s;
	while (*p)
		*p++ = '\0';
	free(s);
}

void token_fini(struct token *t)
{
	if (!t)
		return;
	wipe_free(t->access_token);
	wipe_free(t->refresh_token);
	free(t->token_type);
	free(t->scope);
	memset(t, 0, sizeof(*t));
}

bool token_is_expiring(const struct token *t, time_t now, long margin_s)
{
	if (!t || !t->access_token || !*t->access_token)
		return true;
	return (long long)t->expires_at - (long long)now <= margin_s;
}

void authinfo_fini(struct authinfo *a)
{
	if (!a)
		return;
	free(a->auth_url);
	free(a->tenant_id);
	a->auth_url = NULL;
	a->tenant_id = NULL;
}
