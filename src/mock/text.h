/* Generated text: names, ticket summaries, HTML details and notes, some Unicode, some hostile. */
#ifndef HALOTUI_MOCK_TEXT_H
#define HALOTUI_MOCK_TEXT_H

#include <stdint.h>

#include "mock/prng.h"
#include "util/strbuf.h"

/* Offsets (from the first ticket id) of the tickets that carry hostile text. */
enum {
	MOCK_HOSTILE_ESCAPES = 6,   /* terminal escape sequences */
	MOCK_HOSTILE_CONTROLS = 12, /* C0 and C1 control characters */
	MOCK_HOSTILE_BIDI = 20,	    /* bidi overrides and isolates */
	MOCK_HOSTILE_LONG = 41,	    /* a 10,000-character summary */
};
#define MOCK_LONG_SUMMARY_CHARS 10000

/* A person's full name (caller owns); a share carry accents, CJK or combining marks. */
char *mock_text_person(struct prng *p);
/* A company name (caller owns). */
char *mock_text_company(struct prng *p, unsigned index);
/* A site name for a company (caller owns). */
char *mock_text_site(struct prng *p, unsigned index);
/* An e-mail address made from NAME's ASCII letters and DOMAIN_HINT (caller owns). */
char *mock_text_email(const char *name, const char *domain_hint, unsigned n);

/* The summary of ticket OFFSET (0-based position in the data set); caller owns. */
char *mock_text_summary(uint64_t seed, unsigned offset);
/* Appends the HTML details of a ticket to OUT: paragraphs, lists, links, entities, tables. */
void mock_text_details(struct strbuf *out, uint64_t seed, int id, unsigned offset,
		       const char *summary);
/* Appends the text of action NUMBER of ticket ID, as HTML (html) or plain text. */
void mock_text_note(struct strbuf *out, uint64_t seed, int id, int number, int html);
/* A to-do item's text. */
const char *mock_text_todo(uint64_t seed, int id, int n);
/* An action's outcome name. */
const char *mock_text_outcome(uint64_t seed, int id, int number);

#endif
