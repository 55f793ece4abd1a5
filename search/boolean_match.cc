#include "search/boolean_match.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "schema/index_schema.h"

namespace kronika::search {

namespace {
// A node past its last match sits here, above every real document id, so
// that OR can take minimums and AND maximums without a special case.
constexpr Xapian::docid kEnd = std::numeric_limits<Xapian::docid>::max();
}  // namespace

// One operator of the query. at() is the current match: 0 before the first
// move, kEnd after the last.
class BooleanMatch::Node {
 public:
  virtual ~Node() = default;
  // Moves to the first match after at().
  virtual Xapian::docid next() = 0;
  // Moves to the first match at or after `did`, unless at() is there already.
  virtual Xapian::docid skip_to(Xapian::docid did) = 0;
  // An upper bound of the matches, to order AND's operands (rarest first:
  // it leads, the others only skip).
  virtual Xapian::doccount estimate() const = 0;
  Xapian::docid at() const { return at_; }

 protected:
  Xapian::docid at_ = 0;
};

namespace {

using Node = BooleanMatch::Node;
using Nodes = std::vector<std::unique_ptr<Node>>;

class Nothing final : public Node {
 public:
  Xapian::docid next() override { return at_ = kEnd; }
  Xapian::docid skip_to(Xapian::docid) override { return at_ = kEnd; }
  Xapian::doccount estimate() const override { return 0; }
};

// A term's posting list; the empty term's lists every document (match-all).
class Term final : public Node {
 public:
  Term(const Xapian::Database& database, const std::string& term)
      : it_(database.postlist_begin(term)),
        end_(database.postlist_end(term)),
        frequency_(term.empty() ? database.get_doccount() : database.get_termfreq(term)) {}

  Xapian::docid next() override {
    if (at_ == kEnd) return at_;
    if (at_ != 0) ++it_;  // a fresh iterator stands on its first document
    return at_ = it_ == end_ ? kEnd : *it_;
  }
  Xapian::docid skip_to(Xapian::docid did) override {
    if (at_ >= did) return at_;
    it_.skip_to(did);
    return at_ = it_ == end_ ? kEnd : *it_;
  }
  Xapian::doccount estimate() const override { return frequency_; }

 private:
  Xapian::PostingIterator it_, end_;
  Xapian::doccount frequency_;
};

// A node whose next() and skip_to() both come down to Derived::find_from(did):
// the first match at or after `did`, which it also stores in at_. (CRTP, so
// the call in this hot loop stays direct.)
template <typename Derived>
class FindsFrom : public Node {
 public:
  Xapian::docid next() final {
    if (at_ == kEnd) return at_;
    return static_cast<Derived*>(this)->find_from(at_ + 1);
  }
  Xapian::docid skip_to(Xapian::docid did) final {
    if (at_ >= did) return at_;
    return static_cast<Derived*>(this)->find_from(did);
  }
};

// An upper bound of a union's matches.
Xapian::doccount sum_of_estimates(const Nodes& operands) {
  Xapian::doccount sum = 0;
  for (const auto& operand : operands) sum += operand->estimate();
  return sum;
}

// The documents holding one value of a facet column, found by reading the
// column forward: for a value most documents hold, cheaper than a posting
// list, and AND mostly asks about one document, which is one array read.
class ColumnValue final : public FindsFrom<ColumnValue> {
 public:
  ColumnValue(const FacetColumns& columns, FacetColumns::Column column, std::uint32_t id, Xapian::doccount frequency)
      : columns_(columns), column_(column), id_(id), frequency_(frequency) {}

  Xapian::doccount estimate() const override { return frequency_; }

  Xapian::docid find_from(Xapian::docid did) {
    const Xapian::docid last = columns_.last_docid();
    while (did <= last && !columns_.holds(column_, did, id_)) ++did;
    return at_ = did <= last ? did : kEnd;
  }

 private:
  const FacetColumns& columns_;
  FacetColumns::Column column_;
  std::uint32_t id_;
  Xapian::doccount frequency_;
};

// OR, SYNONYM, MAX: the union, from a min-heap of the operands by at().
class Or final : public Node {
 public:
  explicit Or(Nodes operands) : operands_(std::move(operands)) {}

  Xapian::docid next() override {
    if (at_ == 0) return start([](Node& node) { node.next(); });
    if (at_ == kEnd) return at_;
    // Every operand on the current match moves on.
    while (!heap_.empty() && heap_.front()->at() == at_) advance_top([](Node& node) { node.next(); });
    return settle();
  }
  Xapian::docid skip_to(Xapian::docid did) override {
    if (at_ >= did) return at_;
    if (at_ == 0) return start([did](Node& node) { node.skip_to(did); });
    while (!heap_.empty() && heap_.front()->at() < did) advance_top([did](Node& node) { node.skip_to(did); });
    return settle();
  }
  Xapian::doccount estimate() const override { return sum_of_estimates(operands_); }

 private:
  static bool later(const Node* a, const Node* b) { return a->at() > b->at(); }

  template <typename Move>
  Xapian::docid start(Move move) {
    for (const auto& operand : operands_) {
      move(*operand);
      if (operand->at() != kEnd) heap_.push_back(operand.get());
    }
    std::make_heap(heap_.begin(), heap_.end(), later);
    return settle();
  }
  template <typename Move>
  void advance_top(Move move) {
    std::pop_heap(heap_.begin(), heap_.end(), later);
    move(*heap_.back());
    if (heap_.back()->at() == kEnd)
      heap_.pop_back();
    else
      std::push_heap(heap_.begin(), heap_.end(), later);
  }
  Xapian::docid settle() { return at_ = heap_.empty() ? kEnd : heap_.front()->at(); }

  Nodes operands_;
  std::vector<Node*> heap_;  // the operands not at their end
};

// OR of many operands (a prefix's expansion): the union marked in a bitmap
// one window of document ids at a time, each operand read straight through
// its part of the window. A heap over hundreds of posting lists paid its
// reordering for every match; the bitmap pays one bit per posting, as
// Lucene's multi-term queries turn into a bit set past 16 terms. Reading a
// window at a time keeps the bitmap small (in the cache) and a count that
// stops early from reading the lists to their ends.
class WideOr final : public FindsFrom<WideOr> {
 public:
  // How many operands make an OR wide (Lucene's threshold).
  static constexpr std::size_t kMinOperands = 17;

  explicit WideOr(Nodes operands) : operands_(std::move(operands)) {}

  Xapian::doccount estimate() const override { return sum_of_estimates(operands_); }

 private:
  // Small enough that an AND led by a rare term, which skips this OR from
  // one of its documents to the next, fills little around each (every
  // skip past the window reads the operands' postings of a whole window).
  static constexpr Xapian::docid kWindowBits = 12;
  static constexpr Xapian::docid kWindow = Xapian::docid{1} << kWindowBits;  // document ids
  static constexpr std::size_t kWords = kWindow / 64;

 public:
  // The first match at or after `did` (FindsFrom).
  Xapian::docid find_from(Xapian::docid did) {
    for (;;) {
      if (!filled_ || std::uint64_t{did} >= std::uint64_t{start_} + kWindow) {
        // The next window holding a match starts at the lowest operand's.
        Xapian::docid lowest = kEnd;
        for (const auto& operand : operands_) lowest = std::min(lowest, operand->skip_to(did));
        if (lowest == kEnd) return at_ = kEnd;
        fill(lowest - (lowest - 1) % kWindow);
        did = std::max(did, start_);
      }
      for (std::size_t word = (did - start_) / 64; word < kWords; ++word) {
        std::uint64_t bits = bits_[word];
        if (word == (did - start_) / 64) bits &= ~std::uint64_t{0} << ((did - start_) % 64);
        if (bits != 0) return at_ = start_ + static_cast<Xapian::docid>(word * 64 + std::countr_zero(bits));
      }
      did = start_ + kWindow;  // none left in this window
    }
  }

 private:
  // Marks the matches in [start, start + kWindow), which every operand
  // stands at or after.
  void fill(Xapian::docid start) {
    start_ = start;
    filled_ = true;
    bits_.fill(0);
    const Xapian::docid end = start + kWindow;
    for (const auto& operand : operands_) {
      for (Xapian::docid did = operand->at(); did < end; did = operand->next()) {
        const Xapian::docid bit = did - start;
        bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
      }
    }
  }

  Nodes operands_;
  std::array<std::uint64_t, kWords> bits_{};
  Xapian::docid start_ = 1;  // the window's first document id
  bool filled_ = false;
};

// AND, FILTER: the intersection, leapfrogging from the rarest operand.
class And final : public Node {
 public:
  explicit And(Nodes operands) : operands_(std::move(operands)) {
    std::stable_sort(operands_.begin(), operands_.end(),
                     [](const auto& a, const auto& b) { return a->estimate() < b->estimate(); });
  }

  Xapian::docid next() override {
    if (at_ == kEnd) return at_;
    return align(operands_.front()->next());
  }
  Xapian::docid skip_to(Xapian::docid did) override {
    if (at_ >= did) return at_;
    return align(operands_.front()->skip_to(did));
  }
  Xapian::doccount estimate() const override { return operands_.front()->estimate(); }

 private:
  // The first document at or after `did` that every operand holds.
  Xapian::docid align(Xapian::docid did) {
    for (std::size_t i = 1; did != kEnd && i < operands_.size();) {
      const Xapian::docid found = operands_[i]->skip_to(did);
      if (found == did) {
        ++i;
        continue;
      }
      did = operands_.front()->skip_to(found);
      i = 1;
    }
    return at_ = did;
  }

  Nodes operands_;
};

// AND_NOT: the left operand's matches the right one lacks.
class AndNot final : public Node {
 public:
  AndNot(std::unique_ptr<Node> left, std::unique_ptr<Node> right) : left_(std::move(left)), right_(std::move(right)) {}

  Xapian::docid next() override {
    if (at_ == kEnd) return at_;
    return exclude(left_->next());
  }
  Xapian::docid skip_to(Xapian::docid did) override {
    if (at_ >= did) return at_;
    return exclude(left_->skip_to(did));
  }
  Xapian::doccount estimate() const override { return left_->estimate(); }

 private:
  Xapian::docid exclude(Xapian::docid did) {
    while (did != kEnd && right_->skip_to(did) == did) did = left_->next();
    return at_ = did;
  }

  std::unique_ptr<Node> left_, right_;
};

struct Source {
  const Xapian::Database& database;
  const FacetColumns* columns;
};

std::unique_ptr<Node> compile(const Source& source, const Xapian::Query& query);

// The operands of a query, or an empty list when one of them cannot be read.
Nodes compile_operands(const Source& source, const Xapian::Query& query) {
  Nodes operands;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
    std::unique_ptr<Node> operand = compile(source, query.get_subquery(i));
    if (!operand) return {};
    operands.push_back(std::move(operand));
  }
  return operands;
}

// An n-ary operator over the query's operands; a single operand stands alone.
template <typename Combined>
std::unique_ptr<Node> combined(const Source& source, const Xapian::Query& query) {
  Nodes operands = compile_operands(source, query);
  if (operands.empty()) return nullptr;
  if (operands.size() == 1) return std::move(operands.front());
  return std::make_unique<Combined>(std::move(operands));
}

// A term, from the language column when it is a language filter term.
std::unique_ptr<Node> leaf(const Source& source, const std::string& name) {
  const std::string_view prefix = schema::kLanguagePrefix;
  if (source.columns && name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0) {
    const auto column = FacetColumns::Column::Language;
    const std::optional<std::uint32_t> id =
        source.columns->value_id(column, std::string_view(name).substr(prefix.size()));
    if (!id) return std::make_unique<Nothing>();
    return std::make_unique<ColumnValue>(*source.columns, column, *id, source.database.get_termfreq(name));
  }
  return std::make_unique<Term>(source.database, name);
}

std::unique_ptr<Node> compile(const Source& source, const Xapian::Query& query) {
  switch (query.get_type()) {
    case Xapian::Query::LEAF_MATCH_NOTHING: return std::make_unique<Nothing>();
    case Xapian::Query::LEAF_MATCH_ALL: return std::make_unique<Term>(source.database, std::string());
    case Xapian::Query::LEAF_TERM: {
      const auto name = query.get_terms_begin();
      return leaf(source, name == query.get_terms_end() ? std::string() : *name);
    }
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX: {
      Nodes operands = compile_operands(source, query);
      if (operands.empty()) return nullptr;
      if (operands.size() == 1) return std::move(operands.front());
      if (operands.size() >= WideOr::kMinOperands) return std::make_unique<WideOr>(std::move(operands));
      return std::make_unique<Or>(std::move(operands));
    }
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER: return combined<And>(source, query);
    case Xapian::Query::OP_AND_NOT: {
      // Xapian reads AND_NOT(a, b, c) as a AND NOT (b OR c).
      Nodes operands = compile_operands(source, query);
      if (operands.empty()) return nullptr;
      std::unique_ptr<Node> left = std::move(operands.front());
      operands.erase(operands.begin());
      if (operands.empty()) return left;
      std::unique_ptr<Node> right =
          operands.size() == 1 ? std::move(operands.front()) : std::make_unique<Or>(std::move(operands));
      return std::make_unique<AndNot>(std::move(left), std::move(right));
    }
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT: {
      // Only the first operand decides what matches; the others add weight.
      if (query.get_num_subqueries() == 0) return nullptr;
      return compile(source, query.get_subquery(0));
    }
    default: return nullptr;
  }
}

}  // namespace

bool BooleanMatch::reads(const Xapian::Query& query) {
  // The operators compile() takes, and what it needs of their operands.
  const std::size_t operands = query.get_num_subqueries();
  const auto all_read = [&] {
    for (std::size_t i = 0; i < operands; ++i)
      if (!reads(query.get_subquery(i))) return false;
    return operands > 0;
  };
  switch (query.get_type()) {
    case Xapian::Query::LEAF_MATCH_NOTHING:
    case Xapian::Query::LEAF_MATCH_ALL:
    case Xapian::Query::LEAF_TERM: return true;
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_AND_NOT: return all_read();
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_SCALE_WEIGHT: return operands > 0 && reads(query.get_subquery(0));
    default: return false;
  }
}

BooleanMatch::BooleanMatch(std::unique_ptr<Node> root) : root_(std::move(root)) {}
BooleanMatch::~BooleanMatch() = default;

std::unique_ptr<BooleanMatch> BooleanMatch::open(const Xapian::Database& database, const Xapian::Query& query,
                                                 const FacetColumns* columns) {
  std::unique_ptr<Node> root = compile(Source{database, columns}, query);
  if (!root) return nullptr;
  return std::unique_ptr<BooleanMatch>(new BooleanMatch(std::move(root)));
}

Xapian::docid BooleanMatch::next() {
  const Xapian::docid did = root_->next();
  return did == kEnd ? 0 : did;
}

}  // namespace kronika::search
