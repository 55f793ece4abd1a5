#include "analysis/ro/romanian_letters.h"

namespace kronika::analysis {

std::string to_cedilla_letters(std::string_view text) {
  // In UTF-8 the comma-below letters are C8 98..C8 9B and the cedilla ones
  // C5 9E, C5 9F (Ş ş) and C5 A2, C5 A3 (Ţ ţ): same length, so map in place.
  std::string out(text);
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (static_cast<unsigned char>(out[i]) != 0xC8) continue;
    const auto second = static_cast<unsigned char>(out[i + 1]);
    unsigned char replacement = 0;
    switch (second) {
      case 0x98: replacement = 0x9E; break;  // Ș → Ş
      case 0x99: replacement = 0x9F; break;  // ș → ş
      case 0x9A: replacement = 0xA2; break;  // Ț → Ţ
      case 0x9B: replacement = 0xA3; break;  // ț → ţ
      default: continue;
    }
    out[i] = static_cast<char>(0xC5);
    out[i + 1] = static_cast<char>(replacement);
    ++i;
  }
  return out;
}

}  // namespace kronika::analysis
