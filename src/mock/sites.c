/* A client's sites and a site's users: GET /api/Site?client_id= and GET /api/Users?site_id=. */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "mock/routes.h"

static bool matches(const char *name, const char *search)
{
	return !search || strcasestr(name, search) != NULL;
}

void route_sites(struct mock_ctx *c)
{
	const struct mock_data *d = c->data;
	int client_id = (int)mock_query_long(&c->rq->query, "client_id", 0);
	const char *search = mock_query_get(&c->rq->query, "search");
	size_t count = 0;
	for (size_t i = 0; i < d->n_sites; i++)
		count += (client_id <= 0 || d->sites[i].client_id == client_id) &&
			 matches(d->sites[i].name, search);
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_object_open(&w, NULL);
	jsonw_int(&w, "record_count", (int64_t)count);
	jsonw_array_open(&w, "sites");
	for (size_t i = 0; i < d->n_sites; i++) {
		const struct mock_site *s = &d->sites[i];
		if ((client_id > 0 && s->client_id != client_id) || !matches(s->name, search))
			continue;
		jsonw_object_open(&w, NULL);
		jsonw_id(&w, "id", s->id);
		jsonw_string(&w, "name", s->name);
		jsonw_id(&w, "client_id", s->client_id);
		jsonw_string(&w, "client_name", mock_data_client_name(d, s->client_id));
		jsonw_bool(&w, "inactive", false);
		jsonw_object_close(&w);
	}
	jsonw_array_close(&w);
	jsonw_object_close(&w);
}

static bool user_wanted(const struct mock_user *u, int client_id, int site_id, const char *search)
{
	return (client_id <= 0 || u->client_id == client_id) &&
	       (site_id <= 0 || u->site_id == site_id) && matches(u->name, search);
}

void route_users(struct mock_ctx *c)
{
	const struct mock_data *d = c->data;
	int client_id = (int)mock_query_long(&c->rq->query, "client_id", 0);
	int site_id = (int)mock_query_long(&c->rq->query, "site_id", 0);
	const char *search = mock_query_get(&c->rq->query, "search");
	size_t count = 0;
	for (size_t i = 0; i < d->n_users; i++)
		count += user_wanted(&d->users[i], client_id, site_id, search);
	struct jsonw w;
	mock_reply_json(c, 200, &w);
	jsonw_object_open(&w, NULL);
	jsonw_int(&w, "record_count", (int64_t)count);
	jsonw_array_open(&w, "users");
	for (size_t i = 0; i < d->n_users; i++) {
		const struct mock_user *u = &d->users[i];
		if (!user_wanted(u, client_id, site_id, search))
			continue;
		const struct mock_site *s = mock_data_site(d, u->site_id);
		jsonw_object_open(&w, NULL);
		jsonw_id(&w, "id", u->id);
		jsonw_string(&w, "name", u->name);
		jsonw_string(&w, "emailaddress", u->email);
		jsonw_id(&w, "site_id", u->site_id);
		jsonw_string(&w, "site_name", s ? s->name : "");
		jsonw_id(&w, "client_id", u->client_id);
		jsonw_string(&w, "client_name", mock_data_client_name(d, u->client_id));
		jsonw_object_close(&w);
	}
	jsonw_array_close(&w);
	jsonw_object_close(&w);
}
