/* The body of a new ticket: one builder for the console's form and the `new` subcommand. */
#include "config.h"

#include "model/ticket_create.h"

#include <stdlib.h>
#include <string.h>

#include "model/values.h"
#include "text/plain_html.h"
#include "util/alloc.h"

void ticket_create_init(struct ticket_create *c)
{
	memset(c, 0, sizeof(*c));
	c->deadline = MODEL_NO_TIME;
}

static void put_text(struct ticket_update *u, enum ticket_field field, const char *s)
{
	if (s && *s)
		ticket_update_set_string(u, field, s);
}

static void put_id(struct ticket_update *u, enum ticket_field field, int id)
{
	if (id > 0)
		ticket_update_set_int(u, field, id);
}

void ticket_create_to_update(const struct ticket_create *c, struct ticket_update *u)
{
	ticket_update_init(u, 0);
	put_text(u, TICKET_FIELD_SUMMARY, c->summary);
	size_t len = c->details ? strlen(c->details) : 0;
	/* The line break that ends a file or a pipe is no line of the details. */
	while (len && (c->details[len - 1] == '\n' || c->details[len - 1] == '\r'))
		len--;
	if (len) {
		/* Typed text, not markup: Halo shows details as HTML. */
		char *text = xstrndup(c->details, len);
		char *html = plain_to_html(text);
		put_text(u, TICKET_FIELD_DETAILS_HTML, html);
		free(html);
		free(text);
	}
	put_id(u, TICKET_FIELD_CLIENT_ID, c->client_id);
	put_id(u, TICKET_FIELD_SITE_ID, c->site_id);
	put_id(u, TICKET_FIELD_USER_ID, c->user_id);
	put_id(u, TICKET_FIELD_TICKETTYPE_ID, c->tickettype_id);
	put_id(u, TICKET_FIELD_PRIORITY_ID, c->priority_id);
	put_id(u, TICKET_FIELD_AGENT_ID, c->agent_id);
	put_text(u, TICKET_FIELD_TEAM, c->team);
	put_text(u, TICKET_FIELD_CATEGORY_1, c->category);
	if (c->deadline != MODEL_NO_TIME)
		ticket_update_set_time(u, TICKET_FIELD_DEADLINEDATE, c->deadline);
}
