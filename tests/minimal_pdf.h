// minimal_pdf: the bytes of a small well-formed PDF (one page with one line of Helvetica text,
// a cross-reference table, and an Info dictionary when one is given), for tests that need a PDF
// the real reader opens but whose Info dictionary they write themselves.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace lattice::testing {

// info: the Info dictionary's text ("<< /Title (x) >>"), or "" for none; body: the page's text
// (written as a PDF literal string, so it must not hold unbalanced parentheses or backslashes).
inline std::string minimal_pdf(const std::string& info, const std::string& body = "Body text.") {
  const std::string content = "BT /F1 12 Tf 72 700 Td (" + body + ") Tj ET";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> "
      ">> /Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
  };
  if (!info.empty()) objects.push_back(info);
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R";
  if (!info.empty()) pdf += " /Info " + std::to_string(objects.size()) + " 0 R";
  pdf += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace lattice::testing
