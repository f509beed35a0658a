/* splitmix64 streams and hashes: fast, tiny and good enough for fake data and faults. */
#include "config.h"

#include "mock/prng.h"

static uint64_t mix(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

void prng_init(struct prng *p, uint64_t seed)
{
	p->state = mix(seed ^ 0x5deece66dULL);
}

uint64_t prng_next(struct prng *p)
{
	p->state += 0x9e3779b97f4a7c15ULL;
	return mix(p->state);
}

uint32_t prng_below(struct prng *p, uint32_t n)
{
	if (n == 0)
		return 0;
	return (uint32_t)(((prng_next(p) >> 32) * (uint64_t)n) >> 32);
}

double prng_unit(struct prng *p)
{
	return (double)(prng_next(p) >> 11) * (1.0 / 9007199254740992.0);
}

uint64_t prng_hash(uint64_t seed, uint64_t a, uint64_t b)
{
	return mix(mix(seed + 0x9e3779b97f4a7c15ULL * (a + 1)) ^ (b * 0xd6e8feb86659fd93ULL));
}
