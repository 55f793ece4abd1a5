// Xapian posting sources that restrict a match to chosen document ids, as
// a boolean filter (weight 0): a range of ids, so two threads can each
// match half of an index, and a sorted list of ids, so a page can be
// ranked among matches already found (search/column_facet_count.cc).
// Local databases only: neither is serialised for a remote shard.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

namespace kronika::search {

// The ids first..last, inclusive. Ids of deleted documents are offered too:
// only as a filter beside other operands, which never match them.
class DocidRangeSource : public Xapian::PostingSource {
 public:
  DocidRangeSource(Xapian::docid first, Xapian::docid last);

  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return size_; }
  Xapian::doccount get_termfreq_max() const override { return size_; }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return current_ > last_; }
  Xapian::docid get_docid() const override { return current_; }
  void init(const Xapian::Database& database) override;
  PostingSource* clone() const override { return new DocidRangeSource(first_, last_); }
  std::string name() const override { return "kronika::DocidRangeSource"; }

 private:
  Xapian::docid first_, last_;
  Xapian::doccount size_ = 0;
  Xapian::docid current_ = 0;  // 0: before the first
};

// The ids of a sorted list, each once (they must exist in the database).
class DocidListSource : public Xapian::PostingSource {
 public:
  explicit DocidListSource(std::shared_ptr<const std::vector<Xapian::docid>> docids);

  Xapian::doccount get_termfreq_min() const override { return size(); }
  Xapian::doccount get_termfreq_est() const override { return size(); }
  Xapian::doccount get_termfreq_max() const override { return size(); }
  void next(double min_wt) override;
  void skip_to(Xapian::docid did, double min_wt) override;
  bool at_end() const override { return started_ && at_ >= docids_->size(); }
  Xapian::docid get_docid() const override { return (*docids_)[at_]; }
  void init(const Xapian::Database& database) override;
  PostingSource* clone() const override { return new DocidListSource(docids_); }
  std::string name() const override { return "kronika::DocidListSource"; }

 private:
  Xapian::doccount size() const { return static_cast<Xapian::doccount>(docids_->size()); }
  std::shared_ptr<const std::vector<Xapian::docid>> docids_;
  std::size_t at_ = 0;
  bool started_ = false;
};

}  // namespace kronika::search
