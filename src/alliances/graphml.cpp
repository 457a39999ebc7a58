// Writing a year's alliance network as GraphML.
#include "alliances/graphml.h"

#include <fmt/format.h>

#include "core/text.h"

namespace lattice::alliances {

std::string to_graphml(const YearNetwork& net, const StateNames& names, const Capabilities* caps) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
      "  <key id=\"ccode\" for=\"node\" attr.name=\"ccode\" attr.type=\"int\"/>\n"
      "  <key id=\"iso3\" for=\"node\" attr.name=\"iso3\" attr.type=\"string\"/>\n"
      "  <key id=\"cowc\" for=\"node\" attr.name=\"cowc\" attr.type=\"string\"/>\n"
      "  <key id=\"cinc\" for=\"node\" attr.name=\"cinc\" attr.type=\"double\"/>\n"
      "  <key id=\"code\" for=\"edge\" attr.name=\"code\" attr.type=\"int\"/>\n"
      "  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n";
  out += fmt::format("  <graph id=\"{}_{}\" edgedefault=\"undirected\">\n", source_name(net.source),
                     net.year);
  for (int c : net.ccodes) {
    StateName n = names.of(c);
    out += fmt::format("    <node id=\"s{}\">\n      <data key=\"name\">{}</data>\n", c,
                       core::markup_escape(n.name));
    out += fmt::format("      <data key=\"ccode\">{}</data>\n", c);
    if (!n.iso3.empty()) out += fmt::format("      <data key=\"iso3\">{}</data>\n", n.iso3);
    if (!n.abbreviation.empty())
      out +=
          fmt::format("      <data key=\"cowc\">{}</data>\n", core::markup_escape(n.abbreviation));
    if (caps)
      if (auto v = caps->cinc(c, net.year))
        out += fmt::format("      <data key=\"cinc\">{}</data>\n", *v);
    out += "    </node>\n";
  }
  for (const Edge& e : net.edges)
    out += fmt::format(
        "    <edge source=\"s{}\" target=\"s{}\">\n      <data key=\"code\">{}</data>\n"
        "      <data key=\"type\">{}</data>\n    </edge>\n",
        net.ccodes[static_cast<size_t>(e.u)], net.ccodes[static_cast<size_t>(e.v)], e.code,
        core::markup_escape(code_name(e.code)));
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace lattice::alliances
