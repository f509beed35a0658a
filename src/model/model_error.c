/* The field-naming error message of model parsers. */
#include "config.h"

#include "model/model_error.h"

#include <stdarg.h>
#include <stdio.h>

void model_error_clear(struct model_error *err)
{
	if (!err)
		return;
	err->message[0] = '\0';
	odd_fields_clear(&err->odd);
}

void model_error_set(struct model_error *err, const char *fmt, ...)
{
	if (!err)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
}

void model_error_note(struct model_error *err, const char *fmt, ...)
{
	if (!err)
		return;
	char line[ODD_FIELD_TEXT_MAX];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	odd_fields_add(&err->odd, "%s", line);
}
