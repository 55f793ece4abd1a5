// Counts matching articles per year and per month of the dates they mention
// (and their publication date), for the timeline facet. Reads the
// space-separated keys of schema::kTimelineSlot; an article counts once per key.
// Local databases only: Xapian's remote backend knows only built-in spies.
#pragma once

#include <map>
#include <string>

#include <xapian.h>

namespace kronika::search {

class TimelineSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& document, double weight) override;
  std::string name() const override { return "kronika.TimelineSpy"; }

  const std::map<std::string, Xapian::doccount>& years() const { return years_; }
  const std::map<std::string, Xapian::doccount>& months() const { return months_; }

 private:
  std::map<std::string, Xapian::doccount> years_;   // "2024" → articles
  std::map<std::string, Xapian::doccount> months_;  // "2024-06" → articles
};

}  // namespace kronika::search
