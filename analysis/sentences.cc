#include "analysis/sentences.h"

#include <memory>
#include <stdexcept>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace kronika::analysis {

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
};

SentenceSplitter::SentenceSplitter() : impl_(new Impl) {
  UErrorCode status = U_ZERO_ERROR;
  // The root rules: sq, ro and it have no sentence tailoring of their own.
  impl_->iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    delete impl_;
    throw std::runtime_error("ICU sentence iterator unavailable");
  }
}

SentenceSplitter::~SentenceSplitter() {
  delete impl_;
}

std::vector<Sentence> SentenceSplitter::split(std::string_view text) {
  std::vector<Sentence> sentences;
  const icu::UnicodeString unicode =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::BreakIterator& iterator = *impl_->iterator;
  iterator.setText(unicode);
  // ICU counts UTF-16 units; the API counts code points.
  int32_t counted_units = 0;
  std::size_t counted_points = 0;
  auto points_at = [&](int32_t unit) {
    counted_points += static_cast<std::size_t>(unicode.countChar32(counted_units, unit - counted_units));
    counted_units = unit;
    return counted_points;
  };
  int32_t previous_end = 0;
  int32_t start = iterator.first();
  for (int32_t end = iterator.next(); end != icu::BreakIterator::DONE; start = end, end = iterator.next()) {
    // Paragraph breaks inside ICU's sentence (a title line without a full stop) also end it.
    int32_t piece_start = start;
    for (int32_t i = start; i <= end; ++i) {
      const bool last = i == end;
      if (!last && unicode.charAt(i) != u'\n') continue;
      int32_t piece_end = i;
      while (piece_end > piece_start && u_isspace(unicode.char32At(piece_end - 1))) --piece_end;
      int32_t first = piece_start;
      while (first < piece_end && u_isspace(unicode.char32At(first))) ++first;
      if (piece_end > first) {
        Sentence sentence;
        sentence.paragraph_start =
            sentences.empty() || unicode.tempSubStringBetween(previous_end, first).indexOf(u'\n') >= 0;
        previous_end = piece_end;
        sentence.start = points_at(first);
        sentence.end = points_at(piece_end);
        unicode.tempSubStringBetween(first, piece_end).toUTF8String(sentence.text);
        sentences.push_back(std::move(sentence));
      }
      piece_start = i + 1;
    }
  }
  return sentences;
}

}  // namespace kronika::analysis
