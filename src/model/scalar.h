/* Halo's loose scalars: whole numbers written as decimals or text, booleans written as text. */
#ifndef HALOTUI_MODEL_SCALAR_H
#define HALOTUI_MODEL_SCALAR_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Both JSON readers (the json-c tree and the streaming scanner) convert through these, so
 * a value reads the same whichever of them met it.
 */

/* D as a whole number in [LO, HI] into *OUT; false when not finite, fractional or out of range. */
bool scalar_whole(double d, long long lo, long long hi, long long *out);
/* An integer written as text (" 21", "21.0", "-1"); no exponents, hex, nan or inf.
 * TEXT is NUL-terminated; false when it is not such a number within [LO, HI]. */
bool scalar_int_from_text(const char *text, long long lo, long long hi, long long *out);
/* "true"/"True"/"1" and "false"/"False"/"0"/"" into *OUT; false for any other TEXT. */
bool scalar_bool_from_text(const char *text, bool *out);

/* A string value as a note shows it: quoted, cut after 40 bytes ("..."), control bytes as
 * '?'. TEXT is LEN bytes (may hold NULs); BUF of SIZE (48 or more) gets it. */
const char *scalar_describe_string(const char *text, size_t len, char *buf, size_t size);

#endif
