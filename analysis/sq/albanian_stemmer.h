// Kronika's Albanian stemmer (no Snowball/Lucene/Xapian stemmer exists for Albanian).
//
// Input: one word, already NFC-normalised and lower-cased, with or without the
// diacritics ë and ç (users often type without them).
// Output: a stem with ë→e and ç→c folded, so "Rusisë", "Rusise", "Rusinë" and
// "Rusia" meet on one stem. Words are never returned longer than given.
#pragma once

#include <string>

#include <xapian.h>

namespace kronika::analysis {

class AlbanianStemmer : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override;
  std::string get_description() const override { return "kronika-albanian"; }
};

}  // namespace kronika::analysis
