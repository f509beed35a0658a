#include "config.h"
#include "harness.h"
START_TEST(x){}END_TEST
HARNESS_MAIN("x", x)
