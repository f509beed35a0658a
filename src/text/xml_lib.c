/* libxml2 opened on first use (see xml_lib.h). */
#include "config.h"

#include "text/xml_lib.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#ifdef XML_SONAME
#include <dlfcn.h>
#endif

static pthread_once_t once = PTHREAD_ONCE_INIT;
static struct xml_lib lib;
static bool is_open;
static char why[256];
#ifdef XML_SONAME
static const char *soname = XML_SONAME;
#else
static const char *soname = "(linked)";
#endif

#ifdef XML_SONAME
/* The function NAME of HANDLE into *FN (a function pointer's storage): dlsym gives it as an
 * object pointer, which ISO C does not let a cast turn into a function pointer. */
static bool take(void *handle, const char *name, void *fn, size_t size, char *err, size_t errlen)
{
	void *p = dlsym(handle, name);
	if (!p || size != sizeof(p)) {
		snprintf(err, errlen, "%s has no %s", soname, name);
		return false;
	}
	memcpy(fn, &p, size);
	return true;
}
#endif

bool xml_lib_open(const char *name, struct xml_lib *out, char *err, size_t errlen)
{
	memset(out, 0, sizeof(*out));
#ifdef XML_SONAME
	void *handle = dlopen(name, RTLD_NOW | RTLD_LOCAL);
	if (!handle) {
		const char *e = dlerror();
		snprintf(err, errlen, "%s", e ? e : name);
		return false;
	}
	if (!take(handle, "htmlReadMemory", &out->read_memory, sizeof(out->read_memory), err,
		  errlen) ||
	    !take(handle, "xmlFreeDoc", &out->free_doc, sizeof(out->free_doc), err, errlen)) {
		dlclose(handle);
		memset(out, 0, sizeof(*out));
		return false;
	}
	return true; /* kept open for the life of the process */
#else
	(void)name;
	(void)err;
	(void)errlen;
	out->read_memory = htmlReadMemory;
	out->free_doc = xmlFreeDoc;
	return true;
#endif
}

static void open_once(void)
{
	is_open = xml_lib_open(soname, &lib, why, sizeof(why));
}

const struct xml_lib *xml_lib_get(void)
{
	pthread_once(&once, open_once);
	return is_open ? &lib : NULL;
}

const char *xml_lib_error(void)
{
	return why;
}

void xml_lib_set_soname(const char *name)
{
	soname = name;
}
