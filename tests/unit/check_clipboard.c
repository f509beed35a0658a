/* Tests of ui/clipboard: the OSC 52 sequence, plain and wrapped for tmux. */
#include "config.h"

#include "ui/clipboard.h"

#include "harness.h"

#include <check.h>
#include <stdlib.h>

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

HARNESS_MAIN("clipboard", osc52_carries_the_text_in_base64,
	     inside_tmux_the_sequence_is_wrapped_for_passthrough)
