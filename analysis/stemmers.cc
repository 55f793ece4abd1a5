#include "analysis/stemmers.h"

#include "analysis/normalizer.h"
#include "analysis/ro/romanian_letters.h"
#include "analysis/sq/albanian_stemmer.h"

namespace kronika::analysis {

namespace {

// Runs a Snowball stemmer on the accented word, then strips diacritics from
// the stem: stemming needs the accents, matching must not.
class DiacriticFreeSnowball : public Xapian::StemImplementation {
 public:
  DiacriticFreeSnowball(const char* language, bool wants_cedilla)
      : snowball_(language), wants_cedilla_(wants_cedilla), name_(std::string("kronika-") + language) {}

  std::string operator()(const std::string& word) override {
    const std::string stem = wants_cedilla_ ? snowball_(to_cedilla_letters(word)) : snowball_(word);
    return strip_diacritics(stem);
  }

  std::string get_description() const override { return name_; }

 private:
  Xapian::Stem snowball_;
  bool wants_cedilla_;
  std::string name_;
};

}  // namespace

Xapian::Stem make_stemmer(Language language) {
  switch (language) {
    case Language::Albanian: return Xapian::Stem(new AlbanianStemmer);
    case Language::Romanian: return Xapian::Stem(new DiacriticFreeSnowball("romanian", /*wants_cedilla=*/true));
    case Language::Italian: return Xapian::Stem(new DiacriticFreeSnowball("italian", /*wants_cedilla=*/false));
    case Language::Undetermined: break;
  }
  return Xapian::Stem("none");
}

}  // namespace kronika::analysis
