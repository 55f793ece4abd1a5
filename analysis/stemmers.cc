#include "analysis/stemmers.h"

#include <libstemmer.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "analysis/normalizer.h"
#include "analysis/ro/romanian_letters.h"
#include "analysis/sq/albanian_stemmer.h"

namespace kronika::analysis {

namespace {

// Snowball 2.2 through libstemmer (Debian's libstemmer-dev) rather than the
// Snowball inside Xapian 1.4: its Romanian algorithm is newer, reads both ș
// spellings and conflates better (README, "Stemming"). The stemmer runs on
// the accented word, then diacritics are stripped from the stem: stemming
// needs the accents, matching must not. An sb_stemmer keeps state between
// calls, like Xapian::Stem: one per thread.
class DiacriticFreeSnowball : public Xapian::StemImplementation {
 public:
  DiacriticFreeSnowball(const char* language, bool wants_comma_below)
      : stemmer_(sb_stemmer_new(language, "UTF_8"), sb_stemmer_delete),
        wants_comma_below_(wants_comma_below),
        name_(std::string("kronika-snowball-") + language) {
    if (!stemmer_) throw std::runtime_error(std::string("libstemmer has no stemmer for ") + language);
  }

  std::string operator()(const std::string& word) override {
    const std::string input = wants_comma_below_ ? to_comma_below_letters(word) : word;
    const sb_symbol* stem = sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(input.data()),
                                            static_cast<int>(input.size()));
    // NULL only when libstemmer runs out of memory: keep the word whole.
    if (stem == nullptr) return strip_diacritics(input);
    const auto length = static_cast<std::size_t>(sb_stemmer_length(stemmer_.get()));
    return strip_diacritics(std::string(reinterpret_cast<const char*>(stem), length));
  }

  std::string get_description() const override { return name_; }

 private:
  std::unique_ptr<sb_stemmer, void (*)(sb_stemmer*)> stemmer_;
  bool wants_comma_below_;
  std::string name_;
};

}  // namespace

Xapian::Stem make_stemmer(Language language) {
  switch (language) {
    case Language::Albanian: return Xapian::Stem(new AlbanianStemmer);
    case Language::Romanian: return Xapian::Stem(new DiacriticFreeSnowball("romanian", /*wants_comma_below=*/true));
    case Language::Italian: return Xapian::Stem(new DiacriticFreeSnowball("italian", /*wants_comma_below=*/false));
    case Language::Undetermined: break;
  }
  return Xapian::Stem("none");
}

}  // namespace kronika::analysis
