/* halotui's entry point: arguments, then the console. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *out)
{
	fprintf(out, "usage: halotui [--demo] [--profile NAME] [--help] [--version]\n"
		     "  --demo      try halotui against the built-in HaloPSA emulator\n"
		     "  --profile   use the named connection profile of the config file\n");
}

int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return EXIT_SUCCESS;
		}
		if (!strcmp(argv[i], "--version")) {
			printf("halotui %s\n", PACKAGE_VERSION);
			return EXIT_SUCCESS;
		}
		if (!strcmp(argv[i], "--demo")) {
			fprintf(stderr, "halotui: the console is not part of this build yet; "
					"--demo will run it against halo-mock once it is.\n");
			return 2;
		}
		fprintf(stderr, "halotui: unknown option '%s'\n", argv[i]);
		usage(stderr);
		return 2;
	}
	fprintf(stderr, "halotui: the console is not part of this build yet.\n");
	return 2;
}
