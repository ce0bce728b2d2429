#pragma once

namespace thidua::cli {

// The whole program: the GUI when started without a sub-command, otherwise
// the sub-command (`thidua --help` lists them). Returns the exit status.
int run(int argc, char** argv);

} // namespace thidua::cli
