#include "search/docid_sources.h"

#include <algorithm>

namespace kronika::search {

DocidRangeSource::DocidRangeSource(Xapian::docid first, Xapian::docid last)
    : first_(std::max<Xapian::docid>(first, 1)), last_(last) {}

void DocidRangeSource::init(const Xapian::Database& database) {
  last_ = std::min(last_, database.get_lastdocid());
  // Deleted documents leave gaps in the ids: no more than the documents.
  size_ = std::min<Xapian::doccount>(last_ >= first_ ? last_ - first_ + 1 : 0, database.get_doccount());
  current_ = 0;
}

void DocidRangeSource::next(double /*min_wt*/) {
  current_ = current_ == 0 ? first_ : current_ + 1;
}

void DocidRangeSource::skip_to(Xapian::docid did, double /*min_wt*/) {
  current_ = std::max({current_, did, first_});
}

DocidListSource::DocidListSource(std::shared_ptr<const std::vector<Xapian::docid>> docids)
    : docids_(std::move(docids)) {}

void DocidListSource::init(const Xapian::Database& /*database*/) {
  at_ = 0;
  started_ = false;
}

void DocidListSource::next(double /*min_wt*/) {
  if (started_) ++at_;
  started_ = true;
}

void DocidListSource::skip_to(Xapian::docid did, double /*min_wt*/) {
  const auto from = docids_->begin() + static_cast<std::ptrdiff_t>(started_ ? at_ : 0);
  at_ = static_cast<std::size_t>(std::lower_bound(from, docids_->end(), did) - docids_->begin());
  started_ = true;
}

}  // namespace kronika::search
