/* Profiles: selection, environment overrides, URL rules and the client secret. */
#include "config.h"

#include "config/profile.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "config/message.h"
#include "config/secret.h"
#include "config/url.h"
#include "util/alloc.h"
#include "util/strbuf.h"

static enum status fail(char **error, enum status status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static enum status fail(char **error, enum status status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	*error = message_vformat(fmt, ap);
	va_end(ap);
	return status;
}

struct config_profile *profile_find(struct config *cfg, const char *name)
{
	for (size_t i = 0; i < cfg->n_profiles; i++)
		if (strcmp(cfg->profiles[i].name, name) == 0)
			return &cfg->profiles[i];
	return NULL;
}

struct config_profile *profile_get_or_add(struct config *cfg, const char *name, const char *file,
					  unsigned line)
{
	struct config_profile *found = profile_find(cfg, name);
	if (found)
		return found;
	cfg->profiles = xreallocarray(cfg->profiles, cfg->n_profiles + 1, sizeof(*cfg->profiles));
	struct config_profile *p = &cfg->profiles[cfg->n_profiles++];
	*p = (struct config_profile){ .name = xstrdup(name),
				      .file = file ? xstrdup(file) : NULL,
				      .line = line };
	for (int i = 0; i < SETTING_COUNT; i++) {
		const struct setting_info *info = setting_info((enum setting)i);
		char *error = NULL;
		if (info->scope == SCOPE_PROFILE &&
		    !setting_parse((enum setting)i, info->default_text, &p->values[i], &error))
			abort(); /* a bad default in settings.def: caught by the tests */
	}
	return p;
}

enum status profile_select(struct config *cfg, const char *name, char **error)
{
	*error = NULL;
	if (!name || !name[0])
		name = config_get_string(cfg, SETTING_DEFAULT_PROFILE);
	struct config_profile *p = profile_find(cfg, name);
	if (!p) {
		/* Name what there is to choose from: [0] is the unnamed profile. */
		struct strbuf known;
		strbuf_init(&known);
		for (size_t i = 1; i < cfg->n_profiles; i++)
			strbuf_appendf(&known, "%s%s", known.len ? ", " : "",
				       cfg->profiles[i].name);
		enum status st =
			known.len
				? fail(error, STATUS_NOT_FOUND,
				       "no profile '%s' in the configuration; profiles: %s", name,
				       known.data)
				: fail(error, STATUS_NOT_FOUND,
				       "no profile '%s': the configuration has no profiles", name);
		strbuf_fini(&known);
		return st;
	}
	cfg->selected = (size_t)(p - cfg->profiles);
	return STATUS_OK;
}

/* The environment variable VAR when set and non-empty, else the profile's value. */
static const char *pick(const char *var, const struct config_profile *p, enum setting s)
{
	const char *env = getenv(var);
	if (env && env[0])
		return env;
	return p->values[s].text ? p->values[s].text : "";
}

static char *strip_slashes(const char *url)
{
	size_t len = strlen(url);
	while (len > 0 && url[len - 1] == '/')
		len--;
	return xstrndup(url, len);
}

static char *join(const char *a, const char *b)
{
	return message_format("%s%s", a, b);
}

static enum status resolve_urls(const struct config_profile *p, struct profile_connection *out,
				char **error)
{
	const char *url = pick("HALOTUI_URL", p, SETTING_URL);
	const char *auth = pick("HALOTUI_AUTH_URL", p, SETTING_AUTH_URL);
	char *why = NULL;
	if (!url[0])
		return fail(error, STATUS_CONFIG,
			    "no url for profile '%s': set url = https://YOUR.halopsa.com "
			    "(or HALOTUI_URL)",
			    p->name);
	const char *bad = !url_check(url, &why)		      ? "url"
			  : auth[0] && !url_check(auth, &why) ? "auth_url"
							      : NULL;
	if (bad) {
		enum status st = fail(error, STATUS_CONFIG, "%s: %s", bad, why);
		free(why);
		return st;
	}
	out->url = strip_slashes(url);
	out->api_url = join(out->url, "/api");
	out->is_auth_url_derived = !auth[0];
	out->auth_url = auth[0] ? strip_slashes(auth) : join(out->url, "/auth");
	return STATUS_OK;
}

static enum status resolve_secret(struct config *cfg, const struct config_profile *p,
				  struct profile_connection *out, char **error)
{
	const char *env = cfg->env_client_secret;
	const struct setting_value *inline_secret = &p->values[SETTING_CLIENT_SECRET];
	const struct setting_value *command = &p->values[SETTING_CLIENT_SECRET_COMMAND];
	if (env && env[0]) {
		out->client_secret = xstrdup(env);
		return STATUS_OK;
	}
	if (inline_secret->is_set) {
		out->client_secret = xstrdup(inline_secret->text);
		return STATUS_OK;
	}
	if (command->is_set)
		return secret_run_command(command->text,
					  (int)config_get_int(cfg, SETTING_SECRET_TIMEOUT) * 1000,
					  &out->client_secret, error);
	return fail(error, STATUS_CONFIG,
		    "no client secret for profile '%s': set client_secret_command, or "
		    "HALOTUI_CLIENT_SECRET",
		    p->name);
}

enum status profile_connection(struct config *cfg, struct profile_connection *out, char **error)
{
	const struct config_profile *p = &cfg->profiles[cfg->selected];
	enum status status;

	*out = (struct profile_connection){ 0 };
	*error = NULL;
	status = resolve_urls(p, out, error);
	out->is_agent =
		!strcmp(p->values[SETTING_AUTH].text ? p->values[SETTING_AUTH].text : "", "agent");
	if (status == STATUS_OK && !out->is_agent)
		status = resolve_secret(cfg, p, out, error);
	if (status != STATUS_OK) {
		profile_connection_fini(out);
		return status;
	}
	out->profile = xstrdup(p->name);
	out->tenant = xstrdup(pick("HALOTUI_TENANT", p, SETTING_TENANT));
	out->client_id = xstrdup(pick("HALOTUI_CLIENT_ID", p, SETTING_CLIENT_ID));
	out->scope = xstrdup(p->values[SETTING_SCOPE].text ? p->values[SETTING_SCOPE].text : "all");
	out->redirect_uri =
		xstrdup(p->values[SETTING_REDIRECT_URI].text ? p->values[SETTING_REDIRECT_URI].text
							     : "http://127.0.0.1");
	return STATUS_OK;
}

void profile_connection_fini(struct profile_connection *conn)
{
	if (!conn)
		return;
	free(conn->profile);
	free(conn->url);
	free(conn->api_url);
	free(conn->auth_url);
	free(conn->tenant);
	free(conn->client_id);
	secret_free(conn->client_secret);
	free(conn->scope);
	free(conn->redirect_uri);
	*conn = (struct profile_connection){ 0 };
}
