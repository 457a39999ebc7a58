// RAII owners for igraph's C objects (graphs, real and integer vectors, matrices) and the error
// policy: igraph errors become lattice::latticework::GraphError exceptions instead of aborting the
// process, and igraph warnings are silenced. Each owner is movable, not copyable, and not safe to
// share between threads while being modified. igraph's default random generator is global state:
// functions that use it seed it first (see seed_igraph_rng).
#pragma once

#include <igraph/igraph.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace lattice::latticework {

// An igraph call failed (out of memory, invalid argument).
class GraphError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Installs the error policy once per process. Called by every owner's constructor.
void init_igraph();
// Throws GraphError naming what when code is not IGRAPH_SUCCESS.
void check(igraph_error_t code, const char* what);
// Seeds igraph's default random generator (Louvain, layouts) so results are reproducible.
void seed_igraph_rng(unsigned long seed);

// An owned igraph_vector_t.
class RealVector {
 public:
  explicit RealVector(igraph_integer_t size = 0);
  explicit RealVector(const std::vector<double>& values);
  ~RealVector();
  RealVector(RealVector&& other) noexcept;
  RealVector& operator=(RealVector&&) = delete;
  RealVector(const RealVector&) = delete;
  RealVector& operator=(const RealVector&) = delete;

  igraph_vector_t* get() { return &v_; }
  const igraph_vector_t* get() const { return &v_; }
  std::vector<double> to_std() const;

 private:
  igraph_vector_t v_;
  bool owned_ = true;
};

// An owned igraph_vector_int_t.
class IntVector {
 public:
  explicit IntVector(igraph_integer_t size = 0);
  ~IntVector();
  IntVector(const IntVector&) = delete;
  IntVector& operator=(const IntVector&) = delete;

  igraph_vector_int_t* get() { return &v_; }
  const igraph_vector_int_t* get() const { return &v_; }
  std::vector<long> to_std() const;

 private:
  igraph_vector_int_t v_;
};

// An owned igraph_matrix_t.
class RealMatrix {
 public:
  RealMatrix(igraph_integer_t rows, igraph_integer_t cols);
  ~RealMatrix();
  RealMatrix(const RealMatrix&) = delete;
  RealMatrix& operator=(const RealMatrix&) = delete;

  igraph_matrix_t* get() { return &m_; }
  double at(igraph_integer_t row, igraph_integer_t col) const { return MATRIX(m_, row, col); }

 private:
  igraph_matrix_t m_;
};

// An owned undirected igraph_t built from an edge list over vertices 0..n-1.
class Graph {
 public:
  Graph(igraph_integer_t vertex_count, const std::vector<std::pair<int, int>>& edges);
  ~Graph();
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  igraph_t* get() { return &g_; }
  const igraph_t* get() const { return &g_; }
  igraph_integer_t vertex_count() const { return igraph_vcount(&g_); }

 private:
  igraph_t g_;
};

}  // namespace lattice::latticework
