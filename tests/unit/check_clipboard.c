/* Tests of ui/clipboard: the OSC 52 sequence, plain and wrapped for tmux. */
#include "config.h"

#include <check.h>
#include <stdlib.h>

#include "harness.h"
#include "ui/clipboard.h"

START_TEST(osc52_carries_the_text_in_base64)
{
	char *seq = clipboard_osc52("https://x/ticket?id=1", false);
	ck_assert_str_eq(seq, "\033]52;c;aHR0cHM6Ly94L3RpY2tldD9pZD0x\a");
	free(seq);
	seq = clipboard_osc52("ab", false);
	ck_assert_str_eq(seq, "\033]52;c;YWI=\a");
	free(seq);
}
END_TEST

START_TEST(inside_tmux_the_sequence_is_wrapped_for_passthrough)
{
	char *seq = clipboard_osc52("1", true);
	ck_assert_str_eq(seq, "\033Ptmux;\033\033]52;c;MQ==\a\033\\");
	free(seq);
}
END_TEST

START_TEST(tmux_takes_set_buffer_w_from_version_3_2)
{
	ck_assert(clipboard_tmux_has_w("tmux 3.2"));
	ck_assert(clipboard_tmux_has_w("tmux 3.3a\n"));
	ck_assert(clipboard_tmux_has_w("tmux 3.10"));
	ck_assert(clipboard_tmux_has_w("tmux next-3.4"));
	ck_assert(clipboard_tmux_has_w("tmux master"));
	ck_assert(!clipboard_tmux_has_w("tmux 3.1c"));
	ck_assert(!clipboard_tmux_has_w("tmux 2.9a"));
	ck_assert(!clipboard_tmux_has_w("tmux 3.0"));
}
END_TEST

HARNESS_MAIN("clipboard", osc52_carries_the_text_in_base64,
	     inside_tmux_the_sequence_is_wrapped_for_passthrough,
	     tmux_takes_set_buffer_w_from_version_3_2)
