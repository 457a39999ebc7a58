#include "views/html.h"

#include "core/text.h"

namespace lattice::views {

std::string html_escape(std::string_view text) {
  return core::markup_escape(text);
}

}  // namespace lattice::views
