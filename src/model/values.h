/* Conventions shared by every model struct: what "not set" looks like. */
#ifndef HALOTUI_MODEL_VALUES_H
#define HALOTUI_MODEL_VALUES_H

#include <time.h>

/*
 * Integer ids and counts are `int`. A field the server left out, sent as null, or sent as
 * -1 (Halo's own "not set") is MODEL_UNSET. Dates are UTC time_t; MODEL_NO_TIME (0) means
 * absent, null, "0001-01-01T00:00:00" or any 1900-01-01 date. Strings held by model
 * structs are never NULL: absent is "".
 */
#define MODEL_UNSET (-1)
#define MODEL_NO_TIME ((time_t)0)

#include <stdbool.h>
#include <stddef.h>

/*
 * Parses Halo's dates: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]" with an optional "Z" or
 * "+hh:mm"/"-hh:mm" ('T' may be a space); no zone means UTC. Years before 1901 (Halo's
 * 0001-01-01 and 1900-01-01 placeholders) give MODEL_NO_TIME. false on anything else.
 */
bool model_time_parse(const char *text, time_t *out);
/* "YYYY-MM-DDTHH:MM:SSZ" in BUF (at least MODEL_TIME_BUF bytes); returns BUF. */
#define MODEL_TIME_BUF 32
char *model_time_format(time_t t, char *buf, size_t size);

#endif
