// GraphML and CSV writers of the two-mode network and the actor projection.
#include "latticework/export.h"

#include <fmt/format.h>

#include "core/csv.h"
#include "core/text.h"

namespace lattice::latticework {
namespace {

std::string number(double x) {
  return fmt::format("{}", x);
}

constexpr const char* kHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
    "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";

std::string data(const char* key, const std::string& value) {
  return fmt::format("      <data key=\"{}\">{}</data>\n", key, core::markup_escape(value));
}

std::string actor_node(const model::Actor& a, bool bipartite) {
  std::string s = fmt::format("    <node id=\"{}\">\n", core::markup_escape(a.id));
  s += data("id", a.id) + data("name", a.name) + data("type", "actor") +
       data("kind", std::string(model::name(a.kind)));
  if (bipartite) s += data("bipartite", "0");
  return s + "    </node>\n";
}

}  // namespace

std::string two_mode_graphml(const TwoModeNetwork& net) {
  std::string s = kHeader;
  s += "  <key id=\"id\" for=\"node\" attr.name=\"id\" attr.type=\"string\"/>\n"
       "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
       "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
       "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
       "  <key id=\"bipartite\" for=\"node\" attr.name=\"bipartite\" attr.type=\"int\"/>\n"
       "  <key id=\"fweight\" for=\"node\" attr.name=\"weight\" attr.type=\"double\"/>\n"
       "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n";
  s += fmt::format("  <graph id=\"two_mode_{}\" edgedefault=\"undirected\">\n",
                   core::date_of(net.day).to_string());
  for (const auto* a : net.actors) s += actor_node(*a, true);
  for (const auto& af : net.frameworks) {
    const auto& f = *af.framework;
    s += fmt::format("    <node id=\"f:{}\">\n", core::markup_escape(f.id));
    s += data("id", f.id) + data("name", f.name) + data("type", "framework") +
         data("kind", std::string(model::name(f.kind))) + data("bipartite", "1") +
         data("fweight", number(af.weight));
    s += "    </node>\n";
  }
  for (const auto& t : net.ties)
    s += fmt::format(
        "    <edge source=\"{}\" target=\"f:{}\">\n      <data key=\"weight\">1</data>\n"
        "    </edge>\n",
        core::markup_escape(net.actors[static_cast<size_t>(t.actor)]->id),
        core::markup_escape(net.frameworks[static_cast<size_t>(t.framework)].framework->id));
  return s + "  </graph>\n</graphml>\n";
}

std::string projection_graphml(const model::Model& m, const Projection& p) {
  std::string s = kHeader;
  s += "  <key id=\"id\" for=\"node\" attr.name=\"id\" attr.type=\"string\"/>\n"
       "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
       "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
       "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
       "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
       "  <key id=\"frameworks\" for=\"edge\" attr.name=\"frameworks\" attr.type=\"string\"/>\n"
       "  <graph id=\"projection\" edgedefault=\"undirected\">\n";
  for (const auto& id : p.graph.nodes)
    if (const model::Actor* a = m.actor(id)) s += actor_node(*a, false);
  for (size_t k = 0; k < p.graph.edges.size(); ++k) {
    const auto& e = p.graph.edges[k];
    std::string list;
    for (const auto& f : p.shared[k]) list += (list.empty() ? "" : ";") + f;
    s += fmt::format("    <edge source=\"{}\" target=\"{}\">\n",
                     core::markup_escape(p.graph.nodes[static_cast<size_t>(e.a)]),
                     core::markup_escape(p.graph.nodes[static_cast<size_t>(e.b)]));
    s += data("weight", number(e.weight)) + data("frameworks", list) + "    </edge>\n";
  }
  return s + "  </graph>\n</graphml>\n";
}

std::string nodes_csv(const TwoModeNetwork& net) {
  std::string s = "Id,Label,type,kind,bipartite,weight\n";
  for (const auto* a : net.actors)
    s += fmt::format("{},{},actor,{},0,\n", core::csv_field(a->id), core::csv_field(a->name),
                     model::name(a->kind));
  for (const auto& af : net.frameworks)
    s += fmt::format("f:{},{},framework,{},1,{}\n", core::csv_field(af.framework->id),
                     core::csv_field(af.framework->name), model::name(af.framework->kind),
                     number(af.weight));
  return s;
}

std::string edges_csv(const TwoModeNetwork& net, const Projection& p) {
  std::string s = "Source,Target,Type,Weight,network,frameworks\n";
  for (const auto& t : net.ties) {
    const auto& fid = net.frameworks[static_cast<size_t>(t.framework)].framework->id;
    s += fmt::format("{},f:{},Undirected,1,two_mode,{}\n",
                     core::csv_field(net.actors[static_cast<size_t>(t.actor)]->id),
                     core::csv_field(fid), core::csv_field(fid));
  }
  for (size_t k = 0; k < p.graph.edges.size(); ++k) {
    const auto& e = p.graph.edges[k];
    std::string list;
    for (const auto& f : p.shared[k]) list += (list.empty() ? "" : ";") + f;
    s += fmt::format("{},{},Undirected,{},projection,{}\n",
                     core::csv_field(p.graph.nodes[static_cast<size_t>(e.a)]),
                     core::csv_field(p.graph.nodes[static_cast<size_t>(e.b)]), number(e.weight),
                     core::csv_field(list));
  }
  return s;
}

}  // namespace lattice::latticework
