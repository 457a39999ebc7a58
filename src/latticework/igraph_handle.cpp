// RAII owners for igraph objects and the process-wide igraph error policy.
#include "latticework/igraph_handle.h"

#include <mutex>

namespace lattice::latticework {

void init_igraph() {
  static std::once_flag once;
  std::call_once(once, [] {
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
  });
}

void check(igraph_error_t code, const char* what) {
  if (code != IGRAPH_SUCCESS)
    throw GraphError(std::string("igraph: ") + what + ": " + igraph_strerror(code));
}

void seed_igraph_rng(unsigned long seed) {
  init_igraph();
  check(igraph_rng_seed(igraph_rng_default(), seed), "seeding the random generator");
}

RealVector::RealVector(igraph_integer_t size) {
  init_igraph();
  check(igraph_vector_init(&v_, size), "allocating a vector");
}

RealVector::RealVector(const std::vector<double>& values) {
  init_igraph();
  check(igraph_vector_init(&v_, static_cast<igraph_integer_t>(values.size())),
        "allocating a vector");
  for (size_t i = 0; i < values.size(); ++i) VECTOR(v_)[i] = values[i];
}

RealVector::RealVector(RealVector&& other) noexcept : v_(other.v_) {
  other.owned_ = false;
}

RealVector::~RealVector() {
  if (owned_) igraph_vector_destroy(&v_);
}

std::vector<double> RealVector::to_std() const {
  std::vector<double> out(static_cast<size_t>(igraph_vector_size(&v_)));
  for (size_t i = 0; i < out.size(); ++i) out[i] = VECTOR(v_)[i];
  return out;
}

IntVector::IntVector(igraph_integer_t size) {
  init_igraph();
  check(igraph_vector_int_init(&v_, size), "allocating a vector");
}

IntVector::~IntVector() {
  igraph_vector_int_destroy(&v_);
}

std::vector<long> IntVector::to_std() const {
  std::vector<long> out(static_cast<size_t>(igraph_vector_int_size(&v_)));
  for (size_t i = 0; i < out.size(); ++i) out[i] = static_cast<long>(VECTOR(v_)[i]);
  return out;
}

RealMatrix::RealMatrix(igraph_integer_t rows, igraph_integer_t cols) {
  init_igraph();
  check(igraph_matrix_init(&m_, rows, cols), "allocating a matrix");
}

RealMatrix::~RealMatrix() {
  igraph_matrix_destroy(&m_);
}

Graph::Graph(igraph_integer_t vertex_count, const std::vector<std::pair<int, int>>& edges) {
  init_igraph();
  IntVector flat(static_cast<igraph_integer_t>(edges.size() * 2));
  for (size_t i = 0; i < edges.size(); ++i) {
    VECTOR(*flat.get())[2 * i] = edges[i].first;
    VECTOR(*flat.get())[2 * i + 1] = edges[i].second;
  }
  check(igraph_create(&g_, flat.get(), vertex_count, IGRAPH_UNDIRECTED), "creating a graph");
}

Graph::~Graph() {
  igraph_destroy(&g_);
}

}  // namespace lattice::latticework
