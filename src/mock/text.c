/* Text generation for the emulator's data set: plausible service-desk prose from word tables. */
#include "config.h"

#include "mock/text.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "util/alloc.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *const first_names[] = {
	"Alice",   "Ben",   "Chloé", "Dmitri", "Emma", "François", "Grace",  "Hiroshi",
	"Ingrid",  "Jamal", "Karin", "Luis",   "Maya", "Nils",	   "Olivia", "Priya",
	"Quentin", "Rosa",  "Søren", "Tomás",  "Uma",  "Victor",   "Wen",    "Xavier",
	"Yusuf",   "Zoë",   "Ana",   "Björn",  "Chen", "Dário",	   "Elif",   "Farid",
};
static const char *const last_names[] = {
	"Anderson", "Bergström", "Costa",    "Dubois",	  "Evans",  "Fischer",	"García",  "Hughes",
	"Ivanova",  "Jensen",	 "Kowalski", "Lefèvre",	  "Müller", "Nakamura", "O'Brien", "Patel",
	"Quinn",    "Rossi",	 "Schmidt",  "Takahashi", "Ullah",  "Varga",	"Walsh",   "Yilmaz",
};
/* Names that exercise wide and combining characters. */
static const char *const unusual_names[] = {
	"山田 太郎",  "李 小龍",	"Ame\xcc\x81lie Poulain", "Zoe\xcc\x88 Kra\xcc\x88mer",
	"José Núñez", "Ólafur Þórsson", "Николай Петров",	  "김 민준",
};
static const char *const company_stems[] = {
	"Acme",	  "Northwind", "Contoso",    "Globex",	 "Initech",   "Umbrella", "Stark",
	"Wayne",  "Tyrell",    "Cyberdyne",  "Soylent",	 "Hooli",     "Vandelay", "Massive",
	"Oscorp", "Wonka",     "Pied Piper", "Aperture", "Gringotts", "Monarch",
};
static const char *const company_kinds[] = {
	"Ltd",	"Logistics",	 "Dental Group", "Accountants", "Legal LLP", "Engineering",
	"Café", "Manufacturing", "Health Trust", "Architects",	"Retail",    "Holdings",
};
static const char *const unusual_companies[] = {
	"Société Générale de Café", "Müller & Söhne GmbH", "東京システム株式会社",
	"Ærø Fiskeri ApS",	    "Crème Brûlée Bakery", "Łódź Logistyka Sp. z o.o.",
};
static const char *const site_names[] = {
	"Head Office", "Main",		 "Warehouse", "Branch North", "Branch South",
	"Data Centre", "Remote Workers", "Factory",   "Lab",	      "Showroom",
};
static const char *const problems[] = {
	"cannot log in to",	  "is very slow on",	 "keeps crashing when opening",
	"error 0x80070005 in",	  "needs access to",	 "password reset for",
	"licence expired for",	  "cannot print from",	 "sync stuck in",
	"new starter needs",	  "leaver: remove",	 "VPN drops while using",
	"certificate warning on", "upgrade request for", "backup job failed for",
	"disk almost full on",	  "MFA prompt loops in", "shared mailbox missing in",
};
static const char *const things[] = {
	"Outlook",	     "Teams",
	"the finance share", "Sage 50",
	"the CRM",	     "SharePoint",
	"the main printer",  "OneDrive",
	"the VPN client",    "Xero",
	"the Wi-Fi",	     "the door access system",
	"laptop LT-0042",    "the file server",
	"Exchange Online",   "Adobe Acrobat",
	"the phone system",  "the website",
	"Azure AD",	     "the NAS",
};
static const char *const tails[] = {
	"",
	"",
	"",
	" since this morning",
	" after the update",
	" (urgent)",
	" for the whole team",
	" again",
	" – third time this week",
	" before Friday",
	" ☕ please",
	" 🙏",
	" — CEO affected",
	" (see attached)",
	" 🖨️",
	" ✔ partly",
};
static const char *const outcomes[] = {
	"Note",		 "Email Sent",	   "Phone Call",   "Remote Session",
	"Status Change", "Email Received", "Onsite Visit", "Escalated",
};
static const char *const note_lines[] = {
	"Spoke to the user and confirmed the symptoms.",
	"Restarted the service; monitoring for a recurrence.",
	"Remote session established, cleared the cached credentials.",
	"Waiting for the user to confirm it works now.",
	"Escalated to the vendor with logs attached.",
	"Applied the latest patches and rebooted.",
	"User reports it is fine after the change — closing soon.",
	"Checked the event log: repeated authentication failures from 10.0.4.17.",
	"Ordered a replacement part; ETA three working days.",
	"Explained the workaround: use the web version in the meantime.",
	"Réinitialisé le mot de passe à la demande de l'utilisateur.",
	"ユーザーに確認済みです。",
};
static const char *const todo_texts[] = {
	"Confirm the user's contact number",
	"Collect the old hardware",
	"Update the asset register",
	"Send the welcome pack",
	"Create the mailbox",
	"Assign licences",
	"Check the backup after the change",
	"Book the engineer visit",
	"Take a photo of the serial label",
	"Close the vendor case",
};

char *mock_text_person(struct prng *p)
{
	if (prng_below(p, 10) == 0)
		return xstrdup(PRNG_PICK(p, unusual_names));
	char buf[128];
	const char *first = PRNG_PICK(p, first_names);
	snprintf(buf, sizeof(buf), "%s %s", first, PRNG_PICK(p, last_names));
	return xstrdup(buf);
}

char *mock_text_company(struct prng *p, unsigned index)
{
	if (index % 7 == 3)
		return xstrdup(unusual_companies[(index / 7) % COUNT(unusual_companies)]);
	char buf[128];
	const char *stem = company_stems[index % COUNT(company_stems)];
	const char *kind = PRNG_PICK(p, company_kinds);
	if (index >= COUNT(company_stems))
		snprintf(buf, sizeof(buf), "%s %s %u", stem, kind,
			 (unsigned)(index / COUNT(company_stems) + 1));
	else
		snprintf(buf, sizeof(buf), "%s %s", stem, kind);
	return xstrdup(buf);
}

char *mock_text_site(struct prng *p, unsigned index)
{
	if (index == 0)
		return xstrdup("Main");
	return xstrdup(PRNG_PICK(p, site_names));
}

char *mock_text_email(const char *name, const char *domain_hint, unsigned n)
{
	struct strbuf sb;
	strbuf_init(&sb);
	for (const char *c = name; *c; c++) {
		if (isalpha((unsigned char)*c) && !((unsigned char)*c & 0x80))
			strbuf_append_char(&sb, (char)tolower((unsigned char)*c));
		else if (*c == ' ' && sb.len > 0 && sb.data[sb.len - 1] != '.')
			strbuf_append_char(&sb, '.');
	}
	if (sb.len == 0 || sb.data[sb.len - 1] == '.')
		strbuf_appendf(&sb, "user%u", n);
	strbuf_append_char(&sb, '@');
	size_t mark = sb.len;
	for (const char *c = domain_hint; *c && sb.len - mark < 20; c++)
		if (isalnum((unsigned char)*c) && !((unsigned char)*c & 0x80))
			strbuf_append_char(&sb, (char)tolower((unsigned char)*c));
	if (sb.len == mark)
		strbuf_append_str(&sb, "example");
	strbuf_append_str(&sb, ".example.com");
	char *out = strbuf_take(&sb);
	return out;
}

static char *hostile_summary(unsigned offset)
{
	switch (offset) {
	case MOCK_HOSTILE_ESCAPES:
		return xstrdup("Printer \033[2J\033[31mRED ALERT\033[0m \033]0;pwned\007 title "
			       "\033[?1049h clear");
	case MOCK_HOSTILE_CONTROLS:
		return xstrdup("Controls: bell\a back\b tab\t vt\v ff\f cr\r nul-ish \x01\x02\x7f"
			       " C1: \xc2\x85 \xc2\x9b"
			       "31m \xc2\x9d"
			       "0;x\xc2\x9c end");
	case MOCK_HOSTILE_BIDI:
		return xstrdup("Invoice \xe2\x80\xae"
			       "gpj.exe\xe2\x80\xac and \xe2\x81\xa6isolated"
			       "\xe2\x81\xa9 \xe2\x80\x8f rtl mark, zero\xe2\x80\x8bwidth");
	default: {
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_append_str(&sb, "Very long summary: ");
		while (sb.len < MOCK_LONG_SUMMARY_CHARS)
			strbuf_append_str(&sb,
					  "all work and no play makes the service desk dull. ");
		strbuf_truncate(&sb, MOCK_LONG_SUMMARY_CHARS);
		char *out = strbuf_take(&sb);
		return out;
	}
	}
}

char *mock_text_summary(uint64_t seed, unsigned offset)
{
	if (offset == MOCK_HOSTILE_ESCAPES || offset == MOCK_HOSTILE_CONTROLS ||
	    offset == MOCK_HOSTILE_BIDI || offset == MOCK_HOSTILE_LONG)
		return hostile_summary(offset);
	struct prng p;
	prng_init(&p, prng_hash(seed, offset, 1));
	char buf[256];
	const char *thing = PRNG_PICK(&p, things);
	const char *problem = PRNG_PICK(&p, problems);
	const char *tail = PRNG_PICK(&p, tails);
	if (prng_below(&p, 2))
		snprintf(buf, sizeof(buf), "%c%s %s%s", toupper((unsigned char)thing[0]), thing + 1,
			 problem[0] == 'e' ? "shows an error" : "is not working", tail);
	else
		snprintf(buf, sizeof(buf), "%c%s %s%s", toupper((unsigned char)problem[0]),
			 problem + 1, thing, tail);
	return xstrdup(buf);
}

static void details_table(struct strbuf *out, struct prng *p)
{
	strbuf_append_str(out, "<table border=\"1\"><tr><th>Device</th><th>Serial</th>"
			       "<th>Status</th></tr>");
	unsigned rows = 2 + prng_below(p, 3);
	for (unsigned i = 0; i < rows; i++)
		strbuf_appendf(out, "<tr><td>LT-%04u</td><td>SN%08X</td><td>%s</td></tr>",
			       prng_below(p, 10000), (unsigned)prng_next(p),
			       prng_below(p, 2) ? "OK" : "Faulty &#9888;");
	strbuf_append_str(out, "</table>");
}

void mock_text_details(struct strbuf *out, uint64_t seed, int id, unsigned offset,
		       const char *summary)
{
	struct prng p;
	prng_init(&p, prng_hash(seed, (uint64_t)id, 2));
	(void)offset;
	strbuf_append_str(out, "<p>Hi team,</p><p>");
	for (const char *c = summary; *c && c - summary < 200; c++) {
		if (*c == '<')
			strbuf_append_str(out, "&lt;");
		else if (*c == '>')
			strbuf_append_str(out, "&gt;");
		else if (*c == '&')
			strbuf_append_str(out, "&amp;");
		else
			strbuf_append_char(out, *c);
	}
	strbuf_append_str(out, ". It started this morning &ndash; nobody in the office can "
			       "work around it &amp; the deadline is close.</p>");
	strbuf_append_str(out, "<p>What I tried:</p><ul>");
	unsigned items = 1 + prng_below(&p, 4);
	for (unsigned i = 0; i < items; i++)
		strbuf_appendf(out, "<li>%s</li>", PRNG_PICK(&p, note_lines));
	strbuf_append_str(out, "</ul>");
	if (prng_below(&p, 5) == 0)
		details_table(out, &p);
	if (prng_below(&p, 3) == 0)
		strbuf_appendf(out,
			       "<p>See <a href=\"https://intranet.example.com/kb/%u\">KB "
			       "article %u</a> for the usual fix.</p>",
			       prng_below(&p, 900) + 100, prng_below(&p, 900) + 100);
	strbuf_appendf(out, "<p>Thanks,<br>%s</p>", PRNG_PICK(&p, first_names));
}

void mock_text_note(struct strbuf *out, uint64_t seed, int id, int number, int html)
{
	struct prng p;
	prng_init(&p, prng_hash(seed, (uint64_t)id, 100 + (uint64_t)number));
	const char *line = PRNG_PICK(&p, note_lines);
	if (html)
		strbuf_appendf(out, "<p>%s</p>", line);
	else
		strbuf_append_str(out, line);
}

const char *mock_text_todo(uint64_t seed, int id, int n)
{
	return todo_texts[prng_hash(seed, (uint64_t)id, 300 + (uint64_t)n) % COUNT(todo_texts)];
}

const char *mock_text_outcome(uint64_t seed, int id, int number)
{
	if (number == 1)
		return "Ticket Logged";
	return outcomes[prng_hash(seed, (uint64_t)id, 200 + (uint64_t)number) % COUNT(outcomes)];
}
