// `batchlab --headless`: trains one run without a window and writes what is asked (the per-update
// and per-epoch CSVs, the plots as PNG / SVG / PDF rendered exactly as the window exports them,
// and a run record), or replays a run record. Exit codes: 0 done, 2 bad arguments or input (the
// message names the option, or the file with its line and column), 1 anything else (including
// a run that diverged, or a replay that did not reproduce its record).
#pragma once

// Call before any QApplication exists: it sets the offscreen platform and makes its own.
int runHeadless(int argc, char** argv);

// Whether argv asks for the headless mode (`--headless` anywhere before a lone `--`).
bool wantsHeadless(int argc, char** argv);
