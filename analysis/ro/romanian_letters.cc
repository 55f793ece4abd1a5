#include "analysis/ro/romanian_letters.h"

namespace kronika::analysis {

std::string to_comma_below_letters(std::string_view text) {
  // In UTF-8 the cedilla letters are C5 9E, C5 9F (Ş ş) and C5 A2, C5 A3
  // (Ţ ţ), the comma-below ones C8 98..C8 9B: same length, so map in place.
  std::string out(text);
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (static_cast<unsigned char>(out[i]) != 0xC5) continue;
    const auto second = static_cast<unsigned char>(out[i + 1]);
    unsigned char replacement = 0;
    switch (second) {
      case 0x9E: replacement = 0x98; break;  // Ş → Ș
      case 0x9F: replacement = 0x99; break;  // ş → ș
      case 0xA2: replacement = 0x9A; break;  // Ţ → Ț
      case 0xA3: replacement = 0x9B; break;  // ţ → ț
      default: continue;
    }
    out[i] = static_cast<char>(0xC8);
    out[i + 1] = static_cast<char>(replacement);
    ++i;
  }
  return out;
}

}  // namespace kronika::analysis
