/* Tests of text/html: HTML laid out as plain text, with the links it holds. */
#include "config.h"

#include <check.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "text/html.h"
#include "text/utf8.h"
#include "text/width.h"

__attribute__((constructor)) static void use_utf8_locale(void)
{
	setlocale(LC_ALL, "C.UTF-8");
}

/* Converts HTML with FLAGS and asserts the text is WANT. */
static void expect(const char *html, unsigned flags, const char *want)
{
	struct html_text t;
	html_to_text(&t, html, strlen(html), flags);
	ck_assert_str_eq(t.text, want);
	html_text_fini(&t);
}

START_TEST(paragraphs_are_separated_by_one_blank_line)
{
	expect("<p>first</p><p>second</p>", 0, "first\n\nsecond");
	expect("<p>first</p>\n\n<p></p><p></p>\n<p>second</p>", 0, "first\n\nsecond");
}
END_TEST

START_TEST(divs_start_new_lines_and_headings_stand_apart)
{
	expect("<div>one</div><div>two</div>text", 0, "one\ntwo\ntext");
	expect("intro<h2>Title</h2>body", 0, "intro\n\nTitle\n\nbody");
	expect("<div><div>deep</div></div><div>next</div>", 0, "deep\nnext");
}
END_TEST

START_TEST(br_breaks_a_line_and_two_leave_a_blank_line)
{
	expect("a<br>b<br/>c", 0, "a\nb\nc");
	expect("a<br><br>b", 0, "a\n\nb");
	expect("a<br><br><br><br>b", 0, "a\n\nb");
	expect("<p>a<br></p><p>b</p>", 0, "a\n\nb");
}
END_TEST

START_TEST(whitespace_runs_collapse_to_one_space)
{
	expect("<p>  lots \n\t of   <b>space</b>\n here  </p>", 0, "lots of space here");
	expect("<span>a</span> <span>b</span>", 0, "a b");
	expect("a&nbsp;&nbsp;b", 0, "a  b");
}
END_TEST

START_TEST(pre_keeps_spaces_and_line_breaks)
{
	expect("<p>before</p><pre>  x  =  1\n\n  y = 2</pre><p>after</p>", 0,
	       "before\n\n  x  =  1\n\n  y = 2\n\nafter");
	expect("<pre>a\tb</pre>", 0, "a       b");
}
END_TEST

START_TEST(named_decimal_and_hex_entities_are_decoded)
{
	expect("<p>&lt;tag&gt; &amp; &quot;q&quot; &eacute;&euro;&mdash;</p>", 0,
	       "<tag> & \"q\" \xC3\xA9\xE2\x82\xAC\xE2\x80\x94");
	expect("<p>&#65;&#252;&#x4E2D;&#X1F600;</p>", 0, "A\xC3\xBC\xE4\xB8\xAD\xF0\x9F\x98\x80");
}
END_TEST

START_TEST(control_characters_from_numeric_entities_are_removed)
{
	expect("<p>a&#27;[31mb&#x85;c&#7;d</p>", 0, "a[31mbcd");
	/* an 8-bit CSI takes the letter after it as its final byte, as a terminal would */
	expect("<p>x&#x9b;cy</p>", 0, "xy");
}
END_TEST

START_TEST(script_style_and_head_are_dropped)
{
	expect("<html><head><title>T</title><style>p{}</style></head><body>"
	       "<script>alert(1)</script><p>seen</p><noscript>no</noscript></body></html>",
	       0, "seen");
}
END_TEST

START_TEST(lists_get_bullets_and_nested_lists_are_indented)
{
	expect("<ul><li>one</li><li>two<ul><li>inner</li><li>more<ul><li>deepest</li></ul>"
	       "</li></ul></li></ul>",
	       0,
	       "\xE2\x80\xA2 one\n\xE2\x80\xA2 two\n  \xE2\x97\xA6 inner\n  \xE2\x97\xA6 more\n"
	       "    \xE2\x96\xAA deepest");
	expect("<p>x</p><ul><li>a</li></ul><p>y</p>", 0, "x\n\n\xE2\x80\xA2 a\n\ny");
}
END_TEST

START_TEST(ordered_lists_are_numbered_from_their_start)
{
	expect("<ol><li>a</li><li>b</li></ol>", 0, "1. a\n2. b");
	expect("<ol start=\"9\"><li>a</li><li>b</li></ol>", 0, "9. a\n10. b");
	expect("<ol><li>a<ol><li>x</li></ol></li><li>b</li></ol>", 0, "1. a\n   1. x\n2. b");
	expect("<ol start=\"0\"><li>a</li><li>b</li></ol>", 0, "0. a\n1. b");
}
END_TEST

START_TEST(ascii_mode_uses_dashes_for_bullets_and_rules)
{
	expect("<ul><li>a<ul><li>b</li></ul></li></ul>", HTML_TEXT_ASCII, "- a\n  * b");
	expect("<hr>", HTML_TEXT_ASCII, "--------------------------------");
}
END_TEST

START_TEST(a_rule_is_a_line_of_its_own)
{
	struct html_text t;
	const char *html = "above<hr>below";
	html_to_text(&t, html, strlen(html), 0);
	ck_assert_ptr_nonnull(strstr(t.text, "above\n\n\xE2\x94\x80"));
	ck_assert_ptr_nonnull(strstr(t.text, "\xE2\x94\x80\n\nbelow"));
	html_text_fini(&t);
}
END_TEST

START_TEST(links_show_their_url_and_are_collected_once_in_order)
{
	struct html_text t;
	const char *html = "<p>See <a href=\"https://a.example/x\">the docs</a>, "
			   "<a href=\"https://b.example/\">B</a> and "
			   "<a href=\"https://a.example/x\">again</a>.</p>";
	html_to_text(&t, html, strlen(html), 0);
	ck_assert_str_eq(t.text, "See the docs <https://a.example/x>, B <https://b.example/> and "
				 "again <https://a.example/x>.");
	ck_assert_uint_eq(t.link_count, 2);
	ck_assert_str_eq(t.links[0], "https://a.example/x");
	ck_assert_str_eq(t.links[1], "https://b.example/");
	html_text_fini(&t);
}
END_TEST

START_TEST(a_link_whose_text_is_its_url_is_shown_once)
{
	expect("<a href=\"https://x.example/\">https://x.example/</a>", 0, "https://x.example/");
	expect("mail <a href=\"mailto:ops@x.example\">ops@x.example</a>", 0, "mail ops@x.example");
	expect("<a href=\"https://x.example/\"></a>", 0, "<https://x.example/>");
}
END_TEST

START_TEST(attribute_values_are_decoded_whatever_the_case_of_their_names)
{
	struct html_text t;
	const char *html = "<A HREF=\"https://x.example/?a=1&amp;b=&#50;\">x</A> "
			   "<img ALT=\"R&amp;D &eacute;quipe\">";
	html_to_text(&t, html, strlen(html), 0);
	ck_assert_str_eq(t.text, "x <https://x.example/?a=1&b=2> [image: R&D \xc3\xa9quipe]");
	ck_assert_uint_eq(t.link_count, 1);
	ck_assert_str_eq(t.links[0], "https://x.example/?a=1&b=2");
	html_text_fini(&t);
}
END_TEST

START_TEST(script_links_and_page_anchors_are_not_collected)
{
	struct html_text t;
	const char *html = "<a href=\"javascript:evil()\">x</a> <a href=\"#top\">top</a> "
			   "<a href=\"JavaScript:evil()\">y</a> <a name=\"n\">z</a>";
	html_to_text(&t, html, strlen(html), 0);
	ck_assert_str_eq(t.text, "x top y z");
	ck_assert_uint_eq(t.link_count, 0);
	html_text_fini(&t);
}
END_TEST

START_TEST(table_columns_are_aligned_by_display_cells)
{
	expect("<table><tr><th>Name</th><th>City</th><th>N</th></tr>"
	       "<tr><td>\xE5\xB1\xB1\xE7\x94\xB0</td><td>\xE6\x9D\xB1\xE4\xBA\xAC</td><td>1</td></"
	       "tr>"
	       "<tr><td>Anna Lee</td><td>Z\xC3\xBCrich</td><td>22</td></tr></table>",
	       0,
	       "Name      City    N\n"
	       "\xE5\xB1\xB1\xE7\x94\xB0      \xE6\x9D\xB1\xE4\xBA\xAC    1\n"
	       "Anna Lee  Z\xC3\xBCrich  22");
}
END_TEST

START_TEST(table_cells_with_several_lines_keep_their_rows_together)
{
	expect("<p>x</p><table><tbody><tr><td>a<br>b</td><td>c</td></tr>"
	       "<tr><td></td><td>d</td></tr></tbody></table><p>y</p>",
	       0, "x\n\na  c\nb\n   d\n\ny");
}
END_TEST

START_TEST(content_misplaced_in_a_table_is_not_lost)
{
	expect("<table><caption>Cap</caption><tr><td>a</td></tr><div>stray</div></table>end", 0,
	       "Cap\nstray\n\na\n\nend");
}
END_TEST

START_TEST(links_inside_table_cells_join_the_document_links)
{
	struct html_text t;
	const char *html =
		"<a href=\"https://one/\">1</a><table><tr><td><a href=\"https://two/\">2</a>"
		"</td><td><ul><li><a href=\"https://three/\">3</a></li></ul></td></tr></table>";
	html_to_text(&t, html, strlen(html), 0);
	ck_assert_uint_eq(t.link_count, 3);
	ck_assert_str_eq(t.links[1], "https://two/");
	ck_assert_str_eq(t.links[2], "https://three/");
	ck_assert_ptr_nonnull(strstr(t.text, "2 <https://two/>  \xE2\x80\xA2 3 <https://three/>"));
	html_text_fini(&t);
}
END_TEST

START_TEST(images_show_their_alt_text)
{
	expect("logo: <img src=\"cid:1\" alt=\" Contoso \"> end", 0, "logo: [image: Contoso] end");
	expect("<img src=\"x.png\">", 0, "[image]");
}
END_TEST

START_TEST(blockquotes_mark_their_lines)
{
	expect("<p>reply</p><blockquote>quoted<br>text</blockquote>", 0,
	       "reply\n\n> quoted\n> text");
}
END_TEST

START_TEST(plain_text_without_tags_keeps_its_line_breaks)
{
	expect("Line one\nLine two  \n\n\n\nLine three\r\n", 0, "Line one\nLine two\n\nLine three");
	expect("Tom &amp; Jerry\n  indented &lt;ok&gt;", 0, "Tom & Jerry\n  indented <ok>");
	expect("3 < 4 and 5 > 2", 0, "3 < 4 and 5 > 2");
}
END_TEST

START_TEST(empty_and_null_input_give_empty_text)
{
	struct html_text t;
	html_to_text(&t, NULL, 0, 0);
	ck_assert_str_eq(t.text, "");
	ck_assert_uint_eq(t.link_count, 0);
	html_text_fini(&t);
	expect("", 0, "");
	expect("<p>  </p><div></div>", 0, "");
	html_text_fini(NULL);
}
END_TEST

START_TEST(invalid_utf8_becomes_replacement_characters)
{
	expect("<p>caf\xE9 ok \xC3\xA9</p>", 0, "caf\xEF\xBF\xBD ok \xC3\xA9");
}
END_TEST

START_TEST(malformed_markup_still_gives_its_text)
{
	expect("<p><b>bold<p>next <i>open", 0, "bold\n\nnext open");
	expect("<table><tr><td>x<td>y", 0, "x  y");
	expect("</p></div>text<<>>&bogus;", 0, "text<<>>&bogus;");
}
END_TEST

static void check_invariants(const struct html_text *t)
{
	size_t len = strlen(t->text);
	ck_assert(utf8_is_valid(t->text, len));
	size_t bad = 0;
	for (const char *line = t->text; line;) {
		const char *nl = strchr(line, '\n');
		size_t n = nl ? (size_t)(nl - line) : strlen(line);
		bad += n > 0 && line[n - 1] == ' ';
		bad += nl && nl[1] == '\n' && nl[2] == '\n';
		for (size_t i = 0; i < n; i++)
			bad += (unsigned char)line[i] < 0x20;
		line = nl ? nl + 1 : NULL;
	}
	ck_assert_uint_eq(bad, 0);
}

/* LEVELS times OPEN, then "deep", as one document. */
static char *nested(const char *open, int levels, size_t *len)
{
	size_t n = strlen(open);
	char *html = malloc(n * (size_t)levels + 5);
	for (int i = 0; i < levels; i++)
		memcpy(html + n * (size_t)i, open, n);
	memcpy(html + n * (size_t)levels, "deep", 5);
	*len = n * (size_t)levels + 4;
	return html;
}

START_TEST(deeply_nested_markup_keeps_its_text)
{
	const char *opens[] = { "<ul><li>", "<div>", "<table><tr><td>", "<blockquote>" };
	for (size_t i = 0; i < sizeof(opens) / sizeof(opens[0]); i++) {
		size_t len;
		char *html = nested(opens[i], 600, &len);
		struct html_text t;
		html_to_text(&t, html, len, 0);
		ck_assert_msg(strstr(t.text, "deep"), "lost the text inside %s", opens[i]);
		check_invariants(&t);
		html_text_fini(&t);
		free(html);
	}
}
END_TEST

START_TEST(nesting_past_the_parser_limit_does_not_crash)
{
	size_t len;
	char *html = nested("<ul><li><b>", 20000, &len);
	struct html_text t;
	html_to_text(&t, html, len, 0);
	check_invariants(&t);
	html_text_fini(&t);
	free(html);
}
END_TEST

START_TEST(a_huge_document_is_converted_whole)
{
	size_t n = 100000, len = 0;
	char *html = malloc(n * 16 + 1);
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(html + len, "<p>%zu</p>", i % 1000);
	struct html_text t;
	html_to_text(&t, html, len, 0);
	ck_assert_ptr_nonnull(strstr(t.text, "\n\n999\n\n0\n\n"));
	ck_assert_uint_gt(strlen(t.text), n * 3);
	check_invariants(&t);
	html_text_fini(&t);
	free(html);
}
END_TEST

/* The realistic ticket body of the fixtures: a table, lists, links, entities, script. */
START_TEST(a_halo_ticket_body_reads_as_a_browser_shows_it)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	snprintf(path, sizeof(path), "%s/tests/fixtures/html/ticket_details.html", top ? top : ".");
	FILE *f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	static char html[1 << 16];
	size_t len = fread(html, 1, sizeof(html), f);
	fclose(f);
	struct html_text t;
	html_to_text(&t, html, len, 0);
	check_invariants(&t);
	ck_assert_ptr_null(strstr(t.text, "alert"));
	ck_assert_ptr_null(strstr(t.text, "color"));
	ck_assert_ptr_null(strstr(t.text, "nope"));
	ck_assert_ptr_nonnull(
		strstr(t.text, "Hi team,\n\nSince this morning the VPN client drops"));
	ck_assert_ptr_nonnull(strstr(t.text, "status page <https://status.example.com/vpn> and "
					     "https://kb.example.com/123."));
	ck_assert_ptr_nonnull(strstr(t.text, "Name         Office  Since\n"));
	ck_assert_ptr_nonnull(strstr(t.text, "Anna M\xC3\xBCller  Z\xC3\xBCrich  08:15\n"));
	ck_assert_ptr_nonnull(strstr(t.text, "2. Reinstalled it\n   \xE2\x97\xA6 version 5.1\n"));
	ck_assert_ptr_nonnull(strstr(t.text, "3. Checked the <proxy> settings & DNS \xE2\x9C\x93"));
	ck_assert_ptr_nonnull(strstr(t.text, "ping vpn.example.com\n  64 bytes: time=12 ms\n"));
	ck_assert_ptr_nonnull(strstr(t.text, "Thanks,\nAnna\n[image: Contoso logo]"));
	ck_assert_uint_eq(t.link_count, 2);
	ck_assert_str_eq(t.links[1], "https://kb.example.com/123");
	/* the CJK row lines up with the others, measured in cells */
	const char *cjk = strstr(t.text, "\xE5\xB1\xB1\xE7\x94\xB0");
	ck_assert_ptr_nonnull(cjk);
	const char *office = strstr(cjk, "\xE6\x9D\xB1\xE4\xBA\xAC");
	ck_assert_int_eq(text_width_n(cjk, (size_t)(office - cjk)), 13);
	html_text_fini(&t);
}
END_TEST

HARNESS_MAIN("html", paragraphs_are_separated_by_one_blank_line,
	     divs_start_new_lines_and_headings_stand_apart,
	     br_breaks_a_line_and_two_leave_a_blank_line, whitespace_runs_collapse_to_one_space,
	     pre_keeps_spaces_and_line_breaks, named_decimal_and_hex_entities_are_decoded,
	     control_characters_from_numeric_entities_are_removed,
	     script_style_and_head_are_dropped, lists_get_bullets_and_nested_lists_are_indented,
	     ordered_lists_are_numbered_from_their_start,
	     ascii_mode_uses_dashes_for_bullets_and_rules, a_rule_is_a_line_of_its_own,
	     links_show_their_url_and_are_collected_once_in_order,
	     a_link_whose_text_is_its_url_is_shown_once,
	     attribute_values_are_decoded_whatever_the_case_of_their_names,
	     script_links_and_page_anchors_are_not_collected,
	     table_columns_are_aligned_by_display_cells,
	     table_cells_with_several_lines_keep_their_rows_together,
	     content_misplaced_in_a_table_is_not_lost,
	     links_inside_table_cells_join_the_document_links, images_show_their_alt_text,
	     blockquotes_mark_their_lines, plain_text_without_tags_keeps_its_line_breaks,
	     empty_and_null_input_give_empty_text, invalid_utf8_becomes_replacement_characters,
	     malformed_markup_still_gives_its_text, deeply_nested_markup_keeps_its_text,
	     nesting_past_the_parser_limit_does_not_crash, a_huge_document_is_converted_whole,
	     a_halo_ticket_body_reads_as_a_browser_shows_it)
