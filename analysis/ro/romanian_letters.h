// Romanian ș/ț: two spellings of the same letters.
//
// Modern Romanian uses comma-below ș ț (U+0219, U+021B); older systems and a
// lot of news text still write cedilla ş ţ (U+015F, U+0163). Xapian 1.4's
// Snowball Romanian stemmer only knows the cedilla letters, so with comma-below
// input its suffixes containing ş/ţ are never removed ("președintelui" would
// stay whole). We feed it cedilla letters, whatever the text used.
#pragma once

#include <string>
#include <string_view>

namespace kronika::analysis {

// Replaces ș ț Ș Ț (comma below) with ş ţ Ş Ţ (cedilla).
std::string to_cedilla_letters(std::string_view text);

}  // namespace kronika::analysis
