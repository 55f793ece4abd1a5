// Romanian ș/ț: two spellings of the same letters.
//
// Modern Romanian uses comma-below ș ț (U+0219, U+021B); older systems and a
// lot of news text still write cedilla ş ţ (U+015F, U+0163). Snowball 2.2's
// Romanian stemmer reads both, but its suffix rules are written with
// comma-below letters, so a cedilla form can keep a suffix the comma-below
// form loses. We feed it comma-below letters, whatever the text used.
#pragma once

#include <string>
#include <string_view>

namespace kronika::analysis {

// Replaces ş ţ Ş Ţ (cedilla) with ș ț Ș Ț (comma below).
std::string to_comma_below_letters(std::string_view text);

}  // namespace kronika::analysis
