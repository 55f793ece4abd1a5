// One stemmer per language, all producing diacritic-free stems so that an
// unaccented query ("presedintele") meets accented text ("președintele").
#pragma once

#include <xapian.h>

#include "analysis/language.h"

namespace kronika::analysis {

// Snowball Italian/Romanian (Romanian fed cedilla letters) or Kronika's
// Albanian stemmer, each wrapped so the stem comes out diacritic-free.
// Undetermined gets the "none" stemmer (returns words unchanged).
// Input words must be fold_case() output. A Xapian::Stem is not thread-safe:
// make one per thread.
Xapian::Stem make_stemmer(Language language);

}  // namespace kronika::analysis
