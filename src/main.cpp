#include "cli.h"

int main(int argc, char** argv) {
    return thidua::cli::run(argc, argv);
}
