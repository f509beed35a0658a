/* Retry policy: transient failures, exponential back-off with jitter, Retry-After. */
#include "config.h"

#include "net/retry.h"

bool retry_is_transient(CURLcode rc)
{
	switch (rc) {
	case CURLE_OPERATION_TIMEDOUT:
	case CURLE_COULDNT_CONNECT:
	case CURLE_GOT_NOTHING:
	case CURLE_PARTIAL_FILE:
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
		return true;
	default:
		return false;
	}
}

bool retry_never_sent(CURLcode rc)
{
	switch (rc) {
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY:
	case CURLE_COULDNT_CONNECT:
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_URL_MALFORMAT:
	case CURLE_UNSUPPORTED_PROTOCOL:
		return true;
	default:
		return false;
	}
}

static uint32_t xorshift32(uint32_t *state)
{
	uint32_t x = *state ? *state : 0x9e3779b9u;
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	*state = x;
	return x;
}

long retry_backoff_ms(unsigned attempt, long base_ms, uint32_t *rng)
{
	long d = base_ms > 0 ? base_ms : 1;
	for (unsigned i = 0; i < attempt && d < RETRY_MAX_WAIT_MS; i++)
		d *= 2;
	if (d > RETRY_MAX_WAIT_MS)
		d = RETRY_MAX_WAIT_MS;
	long half = d / 2;
	return half + (long)(xorshift32(rng) % (uint32_t)(d - half + 1));
}

long retry_429_wait_ms(long retry_after_s, unsigned attempt, long base_ms, uint32_t *rng)
{
	if (retry_after_s >= 0) {
		long ms = retry_after_s * 1000;
		return ms > RETRY_MAX_WAIT_MS ? RETRY_MAX_WAIT_MS : ms;
	}
	return retry_backoff_ms(attempt, base_ms, rng);
}
