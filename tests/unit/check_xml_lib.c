/* Tests of text/xml_lib: libxml2 opened on first use, and HTML still shown, with the reason,
 * when it cannot be opened. (check_html holds the conversion itself to the opened library.) */
#include "config.h"

#include <check.h>
#include <string.h>

#include "harness.h"
#include "text/html.h"
#include "text/xml_lib.h"

#define ABSENT "libhalotui-absent-xml.so.0"

#ifdef XML_SONAME
START_TEST(a_library_that_is_not_there_is_refused_with_its_name)
{
	struct xml_lib lib;
	char err[256] = "";
	ck_assert(!xml_lib_open(ABSENT, &lib, err, sizeof(err)));
	ck_assert_ptr_nonnull(strstr(err, ABSENT));
	ck_assert(lib.read_memory == NULL);
	ck_assert(xml_lib_open(XML_SONAME, &lib, err, sizeof(err)));
	ck_assert(lib.read_memory != NULL);
	ck_assert(lib.free_doc != NULL);
}
END_TEST

START_TEST(without_the_library_html_is_shown_as_sent_under_the_reason)
{
	xml_lib_set_soname(ABSENT); /* before the first use, in this test's own process */
	struct html_text t;
	const char *html = "<p>Printer &amp; <b>scanner</b></p>";
	html_to_text(&t, html, strlen(html), 0);
	ck_assert_ptr_null(xml_lib_get());
	ck_assert_ptr_nonnull(strstr(xml_lib_error(), ABSENT));
	ck_assert_ptr_nonnull(strstr(t.text, "[HTML shown as sent: libxml2 could not be opened: "));
	ck_assert_ptr_nonnull(strstr(t.text, "\n<p>Printer &amp; <b>scanner</b></p>"));
	html_text_fini(&t);
}
END_TEST

HARNESS_MAIN("xml_lib", a_library_that_is_not_there_is_refused_with_its_name,
	     without_the_library_html_is_shown_as_sent_under_the_reason)
#else
START_TEST(the_linked_library_is_used)
{
	ck_assert_ptr_nonnull(xml_lib_get());
}
END_TEST

HARNESS_MAIN("xml_lib", the_linked_library_is_used)
#endif
