// batchlab-headless: `batchlab --headless` as its own program (the same code; for tests and for
// machines without a display).
#include "headless.hpp"

int main(int argc, char** argv)
{
    return runHeadless(argc, argv);
}
