/* The emulator's own deterministic random numbers: a stream and a stateless hash. */
#ifndef HALOTUI_MOCK_PRNG_H
#define HALOTUI_MOCK_PRNG_H

#include <stddef.h>
#include <stdint.h>

/* A splitmix64 stream; any seed (0 included) is fine. */
struct prng {
	uint64_t state;
};

void prng_init(struct prng *p, uint64_t seed);
uint64_t prng_next(struct prng *p);
/* Uniform in [0, n); n == 0 gives 0. */
uint32_t prng_below(struct prng *p, uint32_t n);
/* Uniform in [0, 1). */
double prng_unit(struct prng *p);
/* An element index chosen from a table of N entries. */
#define PRNG_PICK(p, table) ((table)[prng_below((p), sizeof(table) / sizeof((table)[0]))])

/* A well-mixed hash of (seed, a, b): lazily generated text is a pure function of it. */
uint64_t prng_hash(uint64_t seed, uint64_t a, uint64_t b);

#endif
