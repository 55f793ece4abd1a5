// Language identification: CLD2, plus lexical evidence for short text.
//
// CLD2 (Google's Compact Language Detector 2) is accurate on paragraphs, but
// on a headline it often has too little to go on and answers English, Danish
// or nothing. Two cheap additions fix most of that:
//
//  1. CLD2 was trained before Romanian text moved from cedilla ş ţ to
//     comma-below ș ț, and treats the modern letters as unknown. It is given
//     a copy of the text with ș ț written as ş ţ.
//  2. While copying, the text is split into words and each word is checked
//     against what Albanian, Romanian and Italian write and the others do not:
//     letters (ë; ă ș ț â î; a final à è ì ò ù) and frequent function words.
//
// CLD2's answer stands when it names one of the three languages, unless the
// evidence clearly points to another of them; when CLD2 names any other
// language, or none, enough evidence for one of the three overrides it.
// bench/langid_accuracy.cc measures both this and plain CLD2; see
// bench/README-langid.md for the numbers behind the thresholds below.

#include "analysis/language_id.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>  // compact_lang_det.h uses FILE without including <cstdio>
#include <string>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <unicode/utf8.h>

namespace kronika::analysis {
namespace {

// A few KB settle any article; the cap keeps the cost per article bounded.
constexpr std::size_t kMaxBytesExamined = 4096;

// Words longer than this cannot be function words, so are not assembled.
constexpr std::size_t kMaxFunctionWordBytes = 12;

// --- Lexical evidence -------------------------------------------------------

// The three languages as array indices; Language's first three values.
constexpr std::size_t kTargets = 3;
constexpr std::size_t kAlbanian = static_cast<std::size_t>(Language::Albanian);
constexpr std::size_t kRomanian = static_cast<std::size_t>(Language::Romanian);
constexpr std::size_t kItalian = static_cast<std::size_t>(Language::Italian);

// A strong word is one that the other European languages CLD2 confuses with
// ours rarely write (Albanian "të", Romanian "și", Italian "della"). A weak
// word is frequent in the language but also in a neighbour (Romanian "de" and
// "la" are French and Spanish too; Albanian "i" and "u" are Serbian): it only
// adds weight to strong evidence. Words with ë, ă, ș, ț, â or î need no entry:
// their letters already count. Unaccented spellings ("eshte", "dupa") are
// listed because much online text is typed without diacritics.
constexpr std::string_view kAlbanianStrong[] = {
    "të", "në", "për", "një", "që", "nga", "dhe", "edhe", "nuk", "ishte", "ka", "tha",
    "sipas", "kjo", "ky", "mund", "nje", "eshte", "jane", "kane", "qe", "kete"};
constexpr std::string_view kAlbanianWeak[] = {"e", "i", "me", "se", "u", "do", "si", "pas",
                                              "te", "ne", "per", "po", "jo"};
constexpr std::string_view kRomanianStrong[] = {
    "și", "în", "că", "să", "cu", "pe", "care", "din", "este", "nu", "lui", "pentru", "sunt",
    "fost", "după", "sau", "ale", "unui", "unei", "iar", "dar", "prin", "despre", "într",
    "dintr", "ul", "dupa", "fara", "catre", "acest", "aceasta", "fi", "vor"};
constexpr std::string_view kRomanianWeak[] = {"de", "la", "a", "au", "mai", "un", "o", "se",
                                              "al", "ce", "si", "sa", "ca", "in", "va"};
constexpr std::string_view kItalianStrong[] = {
    "che", "della", "è", "sono", "alla", "gli", "nel", "nella", "delle", "dei", "degli",
    "dello", "anche", "dalla", "dal", "sul", "sulla", "questo", "questa", "stato", "stata",
    "chi", "ed"};
constexpr std::string_view kItalianWeak[] = {"di", "il", "e", "la", "per", "un", "del", "in", "non",
                                             "ha", "a", "al", "le", "si", "una", "lo"};

struct FunctionWord {
  std::string_view word;  // lower case, Romanian with comma-below ș ț
  std::size_t language;
  bool strong;
};

constexpr auto kFunctionWords = [] {
  std::array<FunctionWord, std::size(kAlbanianStrong) + std::size(kAlbanianWeak) +
                               std::size(kRomanianStrong) + std::size(kRomanianWeak) +
                               std::size(kItalianStrong) + std::size(kItalianWeak)>
      words{};
  std::size_t n = 0;
  auto add = [&](const auto& list, std::size_t language, bool strong) {
    for (std::string_view word : list) words[n++] = {word, language, strong};
  };
  add(kAlbanianStrong, kAlbanian, true);
  add(kAlbanianWeak, kAlbanian, false);
  add(kRomanianStrong, kRomanian, true);
  add(kRomanianWeak, kRomanian, false);
  add(kItalianStrong, kItalian, true);
  add(kItalianWeak, kItalian, false);
  std::sort(words.begin(), words.end(),
            [](const FunctionWord& a, const FunctionWord& b) { return a.word < b.word; });
  return words;
}();

// Lower case for the letters the evidence looks at, and cedilla ş ţ folded
// into comma-below ș ț so that the word lists need one spelling only.
char32_t fold(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + ('a' - 'A');
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;  // À..Þ except ×
  switch (c) {
    case 0x0102: return 0x0103;                // Ă → ă
    case 0x015E: case 0x015F: case 0x0218: return 0x0219;  // Ş ş Ș → ș
    case 0x0162: case 0x0163: case 0x021A: return 0x021B;  // Ţ ţ Ț → ț
    default: return c;
  }
}

bool is_letter(char32_t c) {
  // ASCII letters and everything from À up to the general punctuation block
  // (Latin, Greek, Cyrillic...) except × and ÷: enough to delimit words.
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c < 0x2000 && c != 0xD7 && c != 0xF7);
}

// Which language, if any, a (folded) letter marks: ë is Albanian; ă ș ț â î are
// Romanian (â î also occur in French, but rarely). Italian's final grave
// vowels are handled per word, since French writes à and où as whole words.
std::size_t letter_language(char32_t c) {
  switch (c) {
    case 0x00EB: return kAlbanian;                                             // ë
    case 0x0103: case 0x0219: case 0x021B: case 0x00E2: case 0x00EE: return kRomanian;  // ă ș ț â î
    default: return kTargets;
  }
}

// Letters none of the three languages writes (ä ß ñ ğ ı č ł ø ...), beyond
// the accented vowels Italian may use. A text full of them is some other
// language, whatever function words it shares with ours.
bool is_foreign_letter(char32_t c) {
  if (c < 0x80) return false;
  switch (c) {
    case 0xE0: case 0xE1: case 0xE8: case 0xE9: case 0xEC: case 0xED:  // à á è é ì í
    case 0xF2: case 0xF3: case 0xF9: case 0xFA:                        // ò ó ù ú
    case 0xEB: case 0xE7:                                              // ë ç
    case 0x0103: case 0x00E2: case 0x00EE: case 0x0219: case 0x021B:   // ă â î ș ț
      return false;
    default:
      return true;
  }
}

bool is_italian_final_vowel(char32_t c) {
  return c == 0xE0 || c == 0xE8 || c == 0xEC || c == 0xF2 || c == 0xF9;  // à è ì ò ù
}

// Italian words with a final grave vowel have at least three letters (città,
// più, perché is acute); shorter ones are French à, là, où.
constexpr int kMinItalianAccentedWordLetters = 3;

struct Evidence {
  int words = 0;
  int foreign = 0;  // words with a foreign letter
  std::array<int, kTargets> strong{};
  std::array<int, kTargets> weak{};
};

// Accumulates one word: its folded UTF-8 (only while short enough to be a
// function word) and the languages its letters mark.
class WordScanner {
 public:
  explicit WordScanner(Evidence& evidence) : evidence_(evidence) {}

  void letter(char32_t c) {
    c = fold(c);
    ++letters_;
    last_ = c;
    if (std::size_t language = letter_language(c); language < kTargets) marked_[language] = true;
    if (is_foreign_letter(c)) foreign_ = true;
    if (folded_.size() + U8_LENGTH(c) <= kMaxFunctionWordBytes) {
      char buffer[4];
      int length = 0;
      U8_APPEND_UNSAFE(buffer, length, c);
      folded_.append(buffer, static_cast<std::size_t>(length));
    } else {
      too_long_ = true;
    }
  }

  void end_word() {
    if (letters_ == 0) return;
    ++evidence_.words;
    if (foreign_) ++evidence_.foreign;
    if (is_italian_final_vowel(last_) && letters_ >= kMinItalianAccentedWordLetters) {
      marked_[kItalian] = true;
    }
    std::array<bool, kTargets> strong = marked_;
    if (!too_long_) {
      auto [first, last] = std::equal_range(
          kFunctionWords.begin(), kFunctionWords.end(), FunctionWord{folded_, 0, false},
          [](const FunctionWord& a, const FunctionWord& b) { return a.word < b.word; });
      for (auto it = first; it != last; ++it) {
        if (it->strong) {
          strong[it->language] = true;
        } else if (!strong[it->language]) {
          ++evidence_.weak[it->language];
        }
      }
    }
    for (std::size_t language = 0; language < kTargets; ++language) {
      if (strong[language]) ++evidence_.strong[language];
    }
    folded_.clear();
    marked_ = {};
    letters_ = 0;
    too_long_ = false;
    foreign_ = false;
  }

 private:
  Evidence& evidence_;
  std::string folded_;
  std::array<bool, kTargets> marked_{};
  int letters_ = 0;
  char32_t last_ = 0;
  bool too_long_ = false;
  bool foreign_ = false;
};

// Copies `text` for CLD2 (ș ț → ş ţ; invalid UTF-8 and control characters
// → spaces, which CLD2 would otherwise reject) and gathers the evidence.
Evidence prepare(std::string_view text, std::string& for_cld2) {
  Evidence evidence;
  WordScanner scanner(evidence);
  for_cld2.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      for_cld2 += ' ';
      scanner.end_word();
      continue;
    }
    switch (c) {
      case 0x0218: for_cld2 += "\u015E"; break;  // Ș → Ş
      case 0x0219: for_cld2 += "\u015F"; break;  // ș → ş
      case 0x021A: for_cld2 += "\u0162"; break;  // Ț → Ţ
      case 0x021B: for_cld2 += "\u0163"; break;  // ț → ţ
      default: for_cld2.append(text.substr(start, i - start));
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
  const CLD2::CLDHints no_hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING,
                                   CLD2::UNKNOWN_LANGUAGE};
  return CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()),
                                        /*is_plain_text=*/true, &no_hints, flags, top3,
                                        percent3, scores3, /*resultchunkvector=*/nullptr,
                                        &text_bytes, &reliable);
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
// Naming a language against CLD2 takes at least this much evidence...
constexpr double kMinEvidence = 2.0;
// ...making at least this share of all words...
constexpr double kMinEvidenceShare = 0.15;
// ...and more strong words than words with foreign letters.
// Between two of the three, the winner needs this many times the other's
// strong words.
constexpr int kWinnerFactor = 3;

double weighted(const Evidence& e, std::size_t language) {
  return e.strong[language] + kWeakWeight * e.weak[language];
}

// The target language with the most strong words, or kTargets if none stands out.
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

Language to_language(std::size_t index) { return static_cast<Language>(index); }

}  // namespace

Language identify_language(std::string_view text) {
  if (text.size() > kMaxBytesExamined) {
    std::size_t end = kMaxBytesExamined;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    text = text.substr(0, end);
  }
  std::string for_cld2;
  const Evidence evidence = prepare(text, for_cld2);
  if (evidence.words == 0) return Language::Undetermined;

  const Cld2Result cld2 = detect_with_cld2(for_cld2);
  const std::size_t winner = evidence_winner(evidence);
  if (winner < kTargets && winner != cld2.language && evidence_suffices(evidence, winner)) {
    return to_language(winner);
  }
  if (cld2.language < kTargets) {
    // CLD2's guess on very short text needs some support from the words.
    if (cld2.confident || evidence.strong[cld2.language] > 0) return to_language(cld2.language);
  }
  return Language::Undetermined;
}

}  // namespace kronika::analysis
