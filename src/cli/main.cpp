// The lattice command-line front end.
#include <iostream>

#include "cli/command.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return lattice::cli::run(argc, argv, std::cout, std::cerr);
}
