/* Notes on fields left unset: bounded, copied whole, compared by the tests and the fuzzer. */
#include "config.h"

#include "model/odd_fields.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void odd_fields_clear(struct odd_fields *o)
{
	if (!o)
		return;
	o->n = 0;
	o->more = 0;
}

void odd_fields_add(struct odd_fields *o, const char *fmt, ...)
{
	if (!o)
		return;
	if (o->n == ODD_FIELDS_MAX) {
		o->more++;
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(o->text[o->n], sizeof(o->text[o->n]), fmt, ap);
	va_end(ap);
	o->n++;
}

size_t odd_fields_total(const struct odd_fields *o)
{
	return o ? o->n + o->more : 0;
}

bool odd_fields_equal(const struct odd_fields *a, const struct odd_fields *b)
{
	if (a->n != b->n || a->more != b->more)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->text[i], b->text[i]) != 0)
			return false;
	return true;
}

const char *odd_fields_more_line(const struct odd_fields *o, char *buf, size_t size)
{
	if (!o || o->more == 0)
		return NULL;
	snprintf(buf, size, "and %zu more odd field%s", o->more, o->more == 1 ? "" : "s");
	return buf;
}
