// Language identification: CLD2, plus lexical evidence for short text.
//
// CLD2 (Google's Compact Language Detector 2) is accurate on paragraphs, but
// on a headline it often has too little to go on and answers English, Danish
// or nothing. Two cheap additions fix most of that:
//
//  1. CLD2 was trained before Romanian text moved from cedilla ş ţ to
//     comma-below ș ț, and does not know the modern letters. It is given a
//     copy of the text with ș ț written as ş ţ.
//  2. While copying, the text is split into words and each word is checked
//     against what Albanian, Romanian and Italian write and the others do not:
//     letters (ë; ă ș ț â î; a final à è ì ò ù) and frequent function words.
//
// Enough evidence for one of the three overrides whatever CLD2 said. Short of
// that, CLD2's answer stands if it is one of the three (a guess CLD2 itself
// calls unreliable needs one strong word, see below); anything else is
// Undetermined. bench/langid_accuracy.cc measures this against plain CLD2;
// bench/README-langid.md has the numbers behind the thresholds below.

#include "analysis/language_id.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>  // compact_lang_det.h uses FILE without including <cstdio>
#include <string>
#include <string_view>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <unicode/utf8.h>

namespace kronika::analysis {
namespace {

// A few KB settle any article; the cap keeps the cost per article bounded.
constexpr std::size_t kMaxBytesExamined = 4096;

// --- Lexical evidence -------------------------------------------------------

// The three languages as array indices; Language's first three values.
constexpr std::size_t kTargets = 3;
constexpr std::size_t kAlbanian = static_cast<std::size_t>(Language::Albanian);
constexpr std::size_t kRomanian = static_cast<std::size_t>(Language::Romanian);
constexpr std::size_t kItalian = static_cast<std::size_t>(Language::Italian);

// What a word says about each language: nothing, a little (a weak mark) or
// much (a strong one). A strong word is one that the other European languages
// CLD2 confuses with ours rarely write: Albanian "të", Romanian "și", Italian
// "della", or any word with ë, ă, ș, ț, â or î. A weak word is frequent in the
// language but also in a neighbour (Romanian "de" and "la" are French and
// Spanish too, Albanian "i" and "u" are Serbian, Italian "città" has a final
// grave accent as Catalan "està" does): it only adds weight to strong evidence.
enum class Mark { None, Weak, Strong };

// Function words, lower case, Romanian with comma-below ș ț. Unaccented
// spellings ("eshte", "dupa") are listed because much online text is typed
// without diacritics.
constexpr std::string_view kAlbanianStrong[] = {"të",   "në",  "për",   "një",  "që",    "nga", "dhe",
                                                "edhe", "nuk", "ishte", "tha",  "sipas", "kjo", "ky",
                                                "mund", "nje", "eshte", "jane", "kane",  "qe",  "kete"};
constexpr std::string_view kAlbanianWeak[] = {"e",  "i",   "ka", "me", "se",  "u",  "do",
                                              "si", "pas", "te", "ne", "per", "po", "jo"};
constexpr std::string_view kRomanianStrong[] = {
    "și",     "în",   "că",    "să",   "cu",   "pe",   "care",  "din",   "este",    "nu",  "lui",
    "pentru", "sunt", "fost",  "după", "sau",  "ale",  "unui",  "unei",  "iar",     "dar", "prin",
    "despre", "într", "dintr", "ul",   "dupa", "fara", "catre", "acest", "aceasta", "fi",  "vor"};
constexpr std::string_view kRomanianWeak[] = {"de", "la", "a",  "au", "mai", "un", "o", "se",
                                              "al", "ce", "si", "sa", "ca",  "in", "va"};
constexpr std::string_view kItalianStrong[] = {"che",   "della",  "è",      "sono",  "alla",  "gli",   "nel", "nella",
                                               "delle", "dei",    "degli",  "dello", "anche", "dalla", "dal", "sul",
                                               "sulla", "questo", "questa", "stato", "stata", "ed"};
constexpr std::string_view kItalianWeak[] = {"di",  "il", "e", "la", "per", "un", "del", "in",
                                             "non", "ha", "a", "al", "le",  "si", "una", "lo"};

// Every function word fits in 8 bytes of UTF-8, so a word is looked up as one
// 64-bit key: its bytes, first byte highest (UTF-8 has no zero bytes, so
// different words get different keys).
constexpr std::size_t kMaxFunctionWordBytes = 8;

constexpr std::uint64_t append_to_key(std::uint64_t key, std::uint8_t byte) {
  return key << 8 | byte;
}

constexpr std::uint64_t key_of(std::string_view word) {
  std::uint64_t key = 0;
  for (char byte : word) key = append_to_key(key, static_cast<std::uint8_t>(byte));
  return key;
}

constexpr bool fit_in_key(const auto& words) {
  return std::ranges::all_of(words, [](std::string_view word) { return word.size() <= kMaxFunctionWordBytes; });
}
static_assert(fit_in_key(kAlbanianStrong) && fit_in_key(kAlbanianWeak) && fit_in_key(kRomanianStrong) &&
              fit_in_key(kRomanianWeak) && fit_in_key(kItalianStrong) && fit_in_key(kItalianWeak));

struct FunctionWord {
  std::uint64_t key;
  std::size_t language;
  Mark mark;
};

// All the lists in one table sorted by key, for binary search.
constexpr auto kFunctionWords = [] {
  std::array<FunctionWord, std::size(kAlbanianStrong) + std::size(kAlbanianWeak) + std::size(kRomanianStrong) +
                               std::size(kRomanianWeak) + std::size(kItalianStrong) + std::size(kItalianWeak)>
      table{};
  std::size_t n = 0;
  auto add = [&](const auto& words, std::size_t language, Mark mark) {
    for (std::string_view word : words) table[n++] = {key_of(word), language, mark};
  };
  add(kAlbanianStrong, kAlbanian, Mark::Strong);
  add(kAlbanianWeak, kAlbanian, Mark::Weak);
  add(kRomanianStrong, kRomanian, Mark::Strong);
  add(kRomanianWeak, kRomanian, Mark::Weak);
  add(kItalianStrong, kItalian, Mark::Strong);
  add(kItalianWeak, kItalian, Mark::Weak);
  std::sort(table.begin(), table.end(), [](const FunctionWord& a, const FunctionWord& b) { return a.key < b.key; });
  return table;
}();

// Letters (lower case) that mark a word: ë is Albanian; ă ș ț are Romanian,
// and so, nearly, are â î (French writes them, but rarely); ç is Albanian but
// also French and Turkish.
constexpr std::u32string_view kAlbanianLetters = U"ë";
constexpr std::u32string_view kAlbanianWeakLetters = U"ç";
constexpr std::u32string_view kRomanianLetters = U"ăâîșț";
// Italian ends words with these; so do Catalan and French, hence a weak mark.
constexpr std::u32string_view kItalianFinalVowels = U"àèìòù";
// Italian words with a final grave vowel have at least three letters (città,
// più); shorter ones are French à, là, où.
constexpr int kMinItalianAccentedWordLetters = 3;
// Every non-ASCII letter the three languages write. Others (ä ß ñ ğ ı č ł ø
// ...) are foreign: a text full of them is some other language, whatever
// function words it shares with ours.
constexpr std::u32string_view kNativeLetters = U"àáèéìíòóùúëçăâîșț";

bool contains(std::u32string_view letters, char32_t c) {
  return letters.find(c) != std::u32string_view::npos;
}

// Lower case for the letters above, with cedilla ş ţ folded into comma-below
// ș ț so that the lists need one spelling only.
char32_t fold(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + ('a' - 'A');
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;      // À..Þ except ×
  if (c == 0x0102) return 0x0103;                                // Ă → ă
  if (c == 0x015E || c == 0x015F || c == 0x0218) return 0x0219;  // Ş ş Ș → ș
  if (c == 0x0162 || c == 0x0163 || c == 0x021A) return 0x021B;  // Ţ ţ Ț → ț
  return c;
}

// ASCII letters and everything from À up to the general punctuation block
// (Latin, Greek, Cyrillic...) except × and ÷: enough to delimit words.
bool is_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7);
}

struct Evidence {
  int words = 0;
  int foreign = 0;  // words with a foreign letter
  std::array<int, kTargets> strong{};
  std::array<int, kTargets> weak{};
};

// Reads one word at a time, letter by letter, and adds what it says to the
// Evidence.
class WordScanner {
 public:
  explicit WordScanner(Evidence& evidence) : evidence_(evidence) {}

  void letter(char32_t c) {
    c = fold(c);
    ++letters_;
    last_ = c;
    if (c >= 0x80) {
      if (contains(kAlbanianLetters, c)) mark(kAlbanian, Mark::Strong);
      if (contains(kAlbanianWeakLetters, c)) mark(kAlbanian, Mark::Weak);
      if (contains(kRomanianLetters, c)) mark(kRomanian, Mark::Strong);
      if (!contains(kNativeLetters, c)) foreign_ = true;
    }
    std::uint8_t utf8[U8_MAX_LENGTH];
    int length = 0;
    U8_APPEND_UNSAFE(utf8, length, c);
    bytes_ += static_cast<std::size_t>(length);
    for (int i = 0; i < length; ++i) key_ = append_to_key(key_, utf8[i]);
  }

  void end_word() {
    if (letters_ == 0) return;
    if (contains(kItalianFinalVowels, last_) && letters_ >= kMinItalianAccentedWordLetters) {
      mark(kItalian, Mark::Weak);
    }
    if (bytes_ <= kMaxFunctionWordBytes) {
      auto [first, last] =
          std::equal_range(kFunctionWords.begin(), kFunctionWords.end(), FunctionWord{key_, 0, Mark::None},
                           [](const FunctionWord& a, const FunctionWord& b) { return a.key < b.key; });
      for (auto entry = first; entry != last; ++entry) mark(entry->language, entry->mark);
    }
    ++evidence_.words;
    if (foreign_) ++evidence_.foreign;
    for (std::size_t language = 0; language < kTargets; ++language) {
      if (marks_[language] == Mark::Strong) ++evidence_.strong[language];
      if (marks_[language] == Mark::Weak) ++evidence_.weak[language];
    }
    key_ = 0;
    bytes_ = 0;
    marks_ = {};
    letters_ = 0;
    foreign_ = false;
  }

 private:
  void mark(std::size_t language, Mark mark) { marks_[language] = std::max(marks_[language], mark); }

  Evidence& evidence_;
  std::uint64_t key_ = 0;  // the word's key while it may be a function word
  std::size_t bytes_ = 0;
  std::array<Mark, kTargets> marks_{};
  int letters_ = 0;
  char32_t last_ = 0;
  bool foreign_ = false;
};

// Gathers the evidence, and patches the copy of the text meant for CLD2 in
// place: ș ț become ş ţ (same length in UTF-8), and invalid UTF-8 and control
// characters, which CLD2 would reject, become spaces.
Evidence prepare(std::string_view text, std::string& for_cld2) {
  Evidence evidence;
  WordScanner scanner(evidence);
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      std::fill(for_cld2.begin() + start, for_cld2.begin() + i, ' ');
      scanner.end_word();
      continue;
    }
    switch (c) {
      case 0x0218: for_cld2.replace(start, 2, "\u015E"); break;  // Ș → Ş
      case 0x0219: for_cld2.replace(start, 2, "\u015F"); break;  // ș → ş
      case 0x021A: for_cld2.replace(start, 2, "\u0162"); break;  // Ț → Ţ
      case 0x021B: for_cld2.replace(start, 2, "\u0163"); break;  // ț → ţ
      default: break;
    }
    if (is_letter(c)) {
      scanner.letter(c);
    } else {
      scanner.end_word();
    }
  }
  scanner.end_word();
  return evidence;
}

// --- CLD2 -------------------------------------------------------------------

struct Cld2Result {
  std::size_t language;  // kAlbanian, kRomanian, kItalian, or kTargets for any other
  bool confident;        // answered without kCLDFlagBestEffort
};

std::size_t from_cld2(CLD2::Language language) {
  switch (language) {
    case CLD2::ALBANIAN: return kAlbanian;
    case CLD2::ROMANIAN: return kRomanian;
    case CLD2::ITALIAN: return kItalian;
    default: return kTargets;
  }
}

CLD2::Language run_cld2(std::string_view text, int flags) {
  CLD2::Language top3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::CLDHints no_hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  return CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()),
                                        /*is_plain_text=*/true, &no_hints, flags, top3, percent3, scores3,
                                        /*resultchunkvector=*/nullptr, &text_bytes, &reliable);
}

Cld2Result detect_with_cld2(std::string_view text) {
  CLD2::Language language = run_cld2(text, 0);
  if (language != CLD2::UNKNOWN_LANGUAGE) return {from_cld2(language), true};
  // Too short for CLD2's own reliability test: take its best guess, weighed
  // against the evidence below.
  language = run_cld2(text, CLD2::kCLDFlagBestEffort);
  return {from_cld2(language), false};
}

// --- Decision ---------------------------------------------------------------

// A weak word counts this much of a strong one.
constexpr double kWeakWeight = 0.5;
// Evidence enough to name a language whatever CLD2 said is at least this much
// (two strong words, or one and two weak ones), making at least this share of
// all words, with more strong words than words with foreign letters. Both
// limits were set on the odd-numbered records of the corpus (README-langid.md).
constexpr double kMinEvidence = 2.0;
constexpr double kMinEvidenceShare = 0.15;
// Of the three, the one with most strong words wins only with this many times
// as many as each of the others.
constexpr int kWinnerFactor = 3;

double weighted(const Evidence& e, std::size_t language) {
  return e.strong[language] + kWeakWeight * e.weak[language];
}

// The one of the three with the most strong words, or kTargets if none stands out.
std::size_t evidence_winner(const Evidence& e) {
  std::size_t best = 0;
  for (std::size_t language = 1; language < kTargets; ++language) {
    if (e.strong[language] > e.strong[best]) best = language;
  }
  if (e.strong[best] == 0) return kTargets;
  for (std::size_t other = 0; other < kTargets; ++other) {
    if (other != best && e.strong[other] * kWinnerFactor >= e.strong[best]) return kTargets;
  }
  return best;
}

// Whether the evidence alone is enough to name `language`.
bool evidence_suffices(const Evidence& e, std::size_t language) {
  if (language >= kTargets || e.strong[language] <= e.foreign) return false;
  const double evidence = weighted(e, language);
  return evidence >= kMinEvidence && evidence >= kMinEvidenceShare * e.words;
}

Language to_language(std::size_t index) {
  return static_cast<Language>(index);
}

}  // namespace

Language identify_language(std::string_view text) {
  if (text.size() > kMaxBytesExamined) {
    std::size_t end = kMaxBytesExamined;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    text = text.substr(0, end);
  }
  std::string for_cld2(text);
  const Evidence evidence = prepare(text, for_cld2);
  if (evidence.words == 0) return Language::Undetermined;

  const Cld2Result cld2 = detect_with_cld2(for_cld2);
  const std::size_t winner = evidence_winner(evidence);
  if (evidence_suffices(evidence, winner)) return to_language(winner);
  // On very short text CLD2 guesses Italian for Interlingua or Esperanto:
  // such a guess needs one strong word of support.
  if (cld2.language < kTargets && (cld2.confident || evidence.strong[cld2.language] > 0)) {
    return to_language(cld2.language);
  }
  return Language::Undetermined;
}

}  // namespace kronika::analysis
