/* libxml2's HTML parser, opened the first time HTML is read rather than at every start: the
 * library brings ICU and the C++ runtime, milliseconds of loading that a script's `list` or
 * `show --json` never needs. Where configure found no soname, it is linked as usual. */
#ifndef HALOTUI_TEXT_XML_LIB_H
#define HALOTUI_TEXT_XML_LIB_H

#include <libxml/HTMLparser.h>
#include <stdbool.h>
#include <stddef.h>

/* The two functions html.c calls. */
struct xml_lib {
	htmlDocPtr (*read_memory)(const char *buffer, int size, const char *url,
				  const char *encoding, int options);
	void (*free_doc)(xmlDocPtr doc);
};

/* The functions, opened once whatever the thread; NULL when the library cannot be opened,
 * with the reason in xml_lib_error(). */
const struct xml_lib *xml_lib_get(void);
/* Why xml_lib_get gave NULL ("libxml2.so.2: cannot open shared object file..."), or "". */
const char *xml_lib_error(void);
/* Opens the library under SONAME into OUT; false with the reason in ERR. What xml_lib_get
 * does once with the configured name; the tests give it a name that does not exist. */
bool xml_lib_open(const char *soname, struct xml_lib *out, char *err, size_t errlen);
/* The name xml_lib_get opens, before its first call (the tests: a library that is absent). */
void xml_lib_set_soname(const char *soname);

#endif
