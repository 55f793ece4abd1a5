// Measures analysis::DateExtractor. See bench/README-dates.md.
//
//   date_eval duckling LANG FILE [--half dev|heldout|all] [--weekdays nearest|tense-next|tense-nearest] [--verbose]
//                                              normalisation vs Duckling's examples
//   date_eval ronec FILE [--errors N]          span P/R/F1 vs RONEC DATETIME/PERIOD
//   date_eval gold LANG FILE [--verbose]       our own gold TSV (tests/data/dates_sq.tsv)
//   date_eval speed LANG FILE.jsonl...         extract() throughput on news text
//   date_eval weekdays LANG FILE.jsonl...      how far "weekday + explicit date" lies from publication
//   date_eval show LANG [YYYY-MM-DD]           mentions of each stdin line (debugging)
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/dates/date_mention.h"
#include "analysis/language.h"
#include "analysis/normalizer.h"
#include "util/calendar.h"

using namespace kronika::analysis;

namespace {

std::vector<std::string> split(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(line);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  if (!line.empty() && line.back() == sep) out.emplace_back();
  return out;
}

Language language_arg(const std::string& code) {
  const auto lang = parse_language(code);
  if (!lang) {
    std::cerr << "unknown language " << code << "\n";
    std::exit(2);
  }
  return *lang;
}

std::string describe(const DateMention& m) {
  std::string s = "[" + m.text + "] " + (m.from.empty() ? "--" + m.month_day : m.from + ".." + m.to) + " " +
                  std::string(granularity_name(m.granularity));
  if (!m.time_from.empty()) s.append(" ").append(m.time_from).append("..").append(m.time_to);
  if (m.open != DateOpen::None) s.append(" ").append(open_name(m.open));
  if (m.relative) s += " rel";
  return s;
}

// ------------------------------------------------------------ Duckling

long to_days(int y, int m, int d) {
  return kronika::util::days_from_civil(y, m, d);
}

std::string from_days(long z) {
  const kronika::util::CivilDate date = kronika::util::civil_from_days(z);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buf;
}

long iso_days(const std::string& s) {
  return to_days(std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)), std::stoi(s.substr(8, 2)));
}

int month_length(int y, int m) {
  static const int k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : k[m - 1];
}

// Duckling value + grain → what Kronika should say: the inclusive days
// [from, to], and for Hour/Minute grains the times [time_from, time_to)
// ("YYYY-MM-DDTHH:MM", end exclusive). "Before:"/"After:" values are open
// intervals whose named end is the value.
struct Expected {
  std::string from, to, time_from, time_to;
  DateOpen open = DateOpen::None;
};

std::string add_minutes(const std::string& stamp, int minutes) {
  long day = iso_days(stamp.substr(0, 10));
  long m = std::stoi(stamp.substr(11, 2)) * 60 + std::stoi(stamp.substr(14, 2)) + minutes;
  while (m < 0) m += 1440, --day;
  day += m / 1440;
  m %= 1440;
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", static_cast<int>(m / 60), static_cast<int>(m % 60));
  return from_days(day) + buf;
}

bool expected_interval(std::string value, const std::string& grain, Expected& e) {
  if (value.rfind("Before:", 0) == 0) e.open = DateOpen::Before, value = value.substr(7);
  if (value.rfind("After:", 0) == 0) e.open = DateOpen::After, value = value.substr(6);
  const auto slash = value.find('/');
  const auto expand = [&](const std::string& v, bool end, std::string& out) {
    if (v.size() == 4) {
      out = v + (end ? "-12-31" : "-01-01");
    } else if (v.size() == 7) {
      const int y = std::stoi(v.substr(0, 4)), m = std::stoi(v.substr(5, 2));
      char buf[8];
      std::snprintf(buf, sizeof buf, "-%02d", end ? month_length(y, m) : 1);
      out = v + buf;
    } else if (v.size() >= 10) {
      out = v.substr(0, 10);
    } else {
      return false;
    }
    return true;
  };
  const bool timed = grain == "Hour" || grain == "Minute";
  if (slash == std::string::npos) {
    if (grain == "Week") {
      e.from = value;
      e.to = from_days(iso_days(value) + 6);
      return true;
    }
    if (grain == "Quarter" && value.size() >= 10) {
      const int y = std::stoi(value.substr(0, 4)), m = std::stoi(value.substr(5, 2)) + 2;
      e.from = value.substr(0, 10);
      e.to = from_days(to_days(y, m, month_length(y, m)));
      return true;
    }
    if (timed) {
      if (value.size() < 16) return false;
      e.time_from = value.substr(0, 16);
      e.time_to = add_minutes(e.time_from, grain == "Hour" ? 60 : 1);
      e.from = e.time_from.substr(0, 10);
      e.to = add_minutes(e.time_to, -1).substr(0, 10);
      return true;
    }
    return expand(value, false, e.from) && expand(value, true, e.to);
  }
  // Interval with an exclusive end of the same grain.
  const std::string a = value.substr(0, slash), b = value.substr(slash + 1);
  if (timed) {
    if (a.size() < 16 || b.size() < 16) return false;
    e.time_from = a.substr(0, 16);
    e.time_to = b.substr(0, 16);
    e.from = a.substr(0, 10);
    e.to = add_minutes(e.time_to, -1).substr(0, 10);
    return true;
  }
  if (a.size() == 4 && b.size() == 4) {
    e.from = a + "-01-01";
    e.to = std::to_string(std::stoi(b) - 1) + "-12-31";
    return true;
  }
  if (a.size() == 7 && b.size() == 7) {
    e.from = a + "-01";
    const long end = iso_days(b + "-01") - 1;
    e.to = from_days(end);
    return true;
  }
  if (a.size() < 10 || b.size() < 10) return false;
  e.from = a.substr(0, 10);
  e.to = from_days(iso_days(b.substr(0, 10)) - 1);
  return true;
}

bool matches(const DateMention& m, const Expected& e) {
  if (m.from != e.from || m.to != e.to || m.open != e.open) return false;
  return e.time_from.empty() || (m.time_from == e.time_from && m.time_to == e.time_to);
}

// The kind of a Duckling example, by rules on its text and grain. Kinds that
// Kronika leaves out on purpose are listed in supported().
std::string classify(const std::string& expr_raw, const std::string& kind, const std::string& grain) {
  const std::string e = normalize_term(expr_raw);
  const auto has = [&](const char* pattern) { return std::regex_search(e, std::regex(pattern)); };
  if (kind == "NEGATIVE") return "negative";
  if (grain == "Second") return "now, seconds";
  if (has("\\b(cet|gmt|utc)\\b")) return "time zone";
  if (kind == "datetimeHoliday") return "observance";
  if (has("^(lun|mar|mer|gio|ven|sab|dom|jo|vi|sam|du|dum)$")) return "weekday abbreviation";
  if (has("^(lun|mar|mer|gio|ven|sab|dom|jo|vi|sam|du|dum)(\\.| \\d+)")) return "weekday abbreviation + dot/day";
  if (has("\\b(weekend|we|fine settimana)\\b")) return "weekend";
  if (kind == "datetimeOpenInterval") return "open interval";
  if (has("\\b(ultim[ieo]|prossim[ie]|passat[ie]|scors[ie])\\b") &&
      has("\\b(secondi|minuti|ore|giorni|settimane|mesi|anni)\\b"))
    return "rolling period";
  if (has(" fa$") || has("^(in|tra) \\S+ (or[ae]|minut[oi]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])$") ||
      has("^tra mezz"))
    return "offset from now";
  if (grain == "Quarter" || has("trimestre")) return "quarter";
  if (has("(estate|inverno|autunno|primavera)")) return "season";
  if (has("(primo|secondo|terzo|quarto|ultim[oa]|1o|1º|1°) (luned|marted|mercoled|gioved|venerd|sabato|domenica|"
          "giorno|settimana)") ||
      has("settimana (del|di)"))
    return "ordinal in month";
  if (grain == "Hour" || grain == "Minute") {
    if (has("\\d|\\b(tre|nove|undici|mezzogiorno|mezzanotte|quarto)\\b")) return "time of day";
    return "part of day";
  }
  if (has("(tredici|quindici|\\btre\\b|cinque)")) return "spelled-out day";
  if (has("^(il |dal |tra il )?\\d+( (al|e il) \\d+)?$")) return "day of month only";
  if (has("^(il )?\\d+/\\d+$")) return "day/month without year";
  if (has("(natale|capodanno|epifania|befana|ferragosto|santi|silvestro|valentino|halloween|immacolata|"
          "liberazione|repubblica|lavor|mamma|papa|giuseppe|assunzione|vigilia|morti|defunti|idi |primo dell|"
          "craciun|stefano|innamorati|pasqu|pasquetta)"))
    return "holiday";
  if (has("^(luned|marted|mercoled|gioved|venerd|sabato|domenica|luni|lunea|marti|miercuri|joi|vineri|sambata|"
          "duminica)[a-z]*( (asta|aceasta))?$"))
    return "weekday";
  return "date";
}

// Left out on purpose: "now" and second-grain spans ("subito", "ora", "acum":
// ordinary words in news), time zones, named observances ("giornata mondiale
// ..."), and bare weekday abbreviations ("mar", "dom", "jo": ordinary words).
bool supported(const std::string& kind) {
  return kind != "now, seconds" && kind != "time zone" && kind != "observance" && kind != "weekday abbreviation" &&
         kind != "negative";
}

int run_duckling(Language lang, const std::string& path, const std::string& half, WeekdayRule rule, bool verbose) {
  std::ifstream in(path);
  if (!in) return std::cerr << "cannot read " << path << "\n", 2;
  DateExtractor extractor(lang);
  extractor.set_weekday_rule(rule);
  // Duckling's "now", Tuesday 2013-02-12 04:30, as the publication date and time.
  const auto pub = parse_partial_datetime("2013-02-12T04:30");
  std::string line;
  struct Tally {
    int n = 0, extracted = 0, exact = 0;
  };
  std::map<std::string, Tally> by_kind;
  int negatives = 0, negative_fp = 0, data_line = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("expression\t", 0) == 0) continue;
    // No train/test split upstream: odd data lines are dev, even ones held out.
    ++data_line;
    if ((half == "dev" && data_line % 2 == 0) || (half == "heldout" && data_line % 2 == 1)) continue;
    const auto f = split(line, '\t');
    if (f.size() < 4) continue;
    const std::string kind = classify(f[0], f[1], f[3]);
    const auto mentions = extractor.extract(f[0], pub);
    if (kind == "negative") {
      ++negatives;
      negative_fp += !mentions.empty();
      if (verbose && !mentions.empty()) std::cout << "FP\t" << f[0] << "\t" << describe(mentions[0]) << "\n";
      continue;
    }
    Tally& t = by_kind[kind];
    ++t.n;
    Expected want;
    const bool have_expected = expected_interval(f[2], f[3], want);
    std::string want_text = want.from;
    want_text.append("..").append(want.to);
    if (!want.time_from.empty()) want_text.append(" ").append(want.time_from).append("..").append(want.time_to);
    if (want.open != DateOpen::None) want_text.append(" ").append(open_name(want.open));
    if (mentions.empty()) {
      if (verbose && supported(kind)) std::cout << "MISS\t" << kind << "\t" << f[0] << "\t" << want_text << "\n";
      continue;
    }
    ++t.extracted;
    // The first mention is the one scored.
    const DateMention& m = mentions.front();
    const bool ok = have_expected && matches(m, want);
    t.exact += ok;
    if (verbose && !ok && supported(kind))
      std::cout << "WRONG\t" << kind << "\t" << f[0] << "\texpected " << want_text << "\tgot " << describe(m) << "\n";
  }
  int n_all = 0, n_sup = 0, ext_sup = 0, exact_sup = 0;
  std::printf("half: %s, weekday rule %d\n%-32s %5s %9s %7s\n", half.c_str(), static_cast<int>(rule), "kind", "n",
              "extracted", "exact");
  for (const auto& [kind, t] : by_kind) {
    std::printf("%-32s %5d %9d %7d%s\n", kind.c_str(), t.n, t.extracted, t.exact,
                supported(kind) ? "   (supported)" : "");
    n_all += t.n;
    if (supported(kind)) n_sup += t.n, ext_sup += t.extracted, exact_sup += t.exact;
  }
  std::printf("examples: %d (+%d negative); in supported kinds: %d (%.1f%%)\n", n_all, negatives, n_sup,
              100.0 * n_sup / std::max(1, n_all));
  std::printf("extracted / supported: %d/%d = %.1f%%\n", ext_sup, n_sup, 100.0 * ext_sup / std::max(1, n_sup));
  std::printf("coverage (extracted in supported kinds / all examples): %d/%d = %.1f%%\n", ext_sup, n_all,
              100.0 * ext_sup / std::max(1, n_all));
  std::printf("exact value (exact / all supported): %d/%d = %.1f%%\n", exact_sup, n_sup,
              100.0 * exact_sup / std::max(1, n_sup));
  std::printf("negatives with a mention: %d/%d\n", negative_fp, negatives);
  return 0;
}

// ------------------------------------------------------------ RONEC spans

struct Span {
  size_t first, last;  // token indices, inclusive
  std::string text;
};

// A gold span Kronika targets: it names a calendar point or period (a year,
// month, weekday, deictic day, "this/last/next" unit, decade or century).
// Durations and ages ("30 de ani", "un an", "fiecare an"), times of day
// ("ora 20:00") and seasons without a year are left out.
bool gold_in_scope(const std::string& text) {
  static const std::regex anchor(
      "(\\b(1\\d{3}|20\\d{2})\\b|\\b(ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|"
      "noiembrie|decembrie|ian|feb|febr|mar|apr|iun|iul|aug|sept|oct|noi|noiem|dec)\\b|\\b(luni|lunea|marti|martea|"
      "miercuri|miercurea|joi|joia|vineri|vinerea|sambata|sambata|duminica)\\b|\\b(azi|astazi|ieri|maine|poimaine|"
      "alaltaieri)\\b|\\b(an|anul|anului|luna|lunii|saptamana|saptamanii)\\b.*\\b(trecut[aei]?|viitor|viitoare|acesta|"
      "aceasta|asta)\\b|\\b(acest|aceasta|acestui|acestei)\\b.*\\b(an|luna|saptamana|saptamani)\\b|\\bsec(olul|olului|"
      "olele|ol)?\\b|\\banii\\b.*\\d|\\banilor\\b.*\\d)");
  static const std::regex duration(
      "\\b(\\d+|o|un|una|doi|doua|trei|patru|cinci|sase|sapte|opt|noua|zece|cateva|catva|cativa|citeva|multe|"
      "multi|ultimele|urmatoarele|ultimilor|ultimii|ultimelor)( de)? (ani|luni|zile|saptamani|ore|minute|secole|"
      "decenii)\\b");
  static const std::regex strong(
      "(\\b(1\\d{3}|20\\d{2})\\b|\\b(ianuarie|februarie|martie|aprilie|iunie|iulie|"
      "august|septembrie|octombrie|noiembrie|decembrie)\\b)");
  const std::string norm = normalize_term(text);
  if (std::regex_search(norm, duration) && !std::regex_search(norm, strong)) return false;
  return std::regex_search(norm, anchor);
}

int run_ronec(const std::string& path, int show_errors) {
  std::ifstream in(path);
  if (!in) return std::cerr << "cannot read " << path << "\n", 2;
  const DateExtractor extractor(Language::Romanian);
  const auto pub = parse_partial_date("2018-06-15");  // spans only; RONEC has no dates
  int tp_exact = 0, tp_overlap = 0, n_gold = 0, n_pred = 0, ignored_gold = 0, ignored_pred = 0, sentences = 0;
  std::vector<std::string> words, tags;
  std::string line;
  double seconds = 0;
  const auto flush = [&]() {
    if (words.empty()) return;
    ++sentences;
    std::string text;
    std::vector<size_t> starts, ends;
    for (const auto& w : words) {
      if (!text.empty()) text += ' ';
      starts.push_back(text.size());
      text += w;
      ends.push_back(text.size());
    }
    std::vector<Span> gold, skipped;
    for (size_t i = 0; i < tags.size(); ++i) {
      if (tags[i].rfind("B-", 0) != 0) continue;
      size_t j = i;
      while (j + 1 < tags.size() && tags[j + 1] == "I-" + tags[i].substr(2)) ++j;
      const std::string span_text = text.substr(starts[i], ends[j] - starts[i]);
      (gold_in_scope(span_text) ? gold : skipped).push_back({i, j, span_text});
    }
    const auto t0 = std::chrono::steady_clock::now();
    const auto mentions = extractor.extract(text, pub);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::vector<Span> pred;
    for (const auto& m : mentions) {
      size_t a = 0, b = 0;
      while (a < words.size() && ends[a] <= m.byte_start) ++a;
      b = a;
      while (b + 1 < words.size() && starts[b + 1] < m.byte_end) ++b;
      pred.push_back({a, b, m.text});
    }
    const auto overlaps = [](const Span& x, const Span& y) { return x.first <= y.last && y.first <= x.last; };
    std::vector<bool> gold_used(gold.size(), false);
    for (const auto& p : pred) {
      bool matched = false;
      for (size_t g = 0; g < gold.size(); ++g) {
        if (gold_used[g] || !overlaps(p, gold[g])) continue;
        gold_used[g] = true;
        matched = true;
        ++tp_overlap;
        tp_exact += p.first == gold[g].first && p.last == gold[g].last;
        if (show_errors > 0 && !(p.first == gold[g].first && p.last == gold[g].last)) {
          std::cout << "BOUNDARY\tgold [" << gold[g].text << "]\tpred [" << p.text << "]\n";
          --show_errors;
        }
        break;
      }
      if (!matched) {
        bool skip = false;
        for (const auto& s : skipped) skip = skip || overlaps(p, s);
        if (skip) {
          ++ignored_pred;
          continue;
        }
        if (show_errors > 0) {
          std::cout << "FP\t[" << p.text << "]\t" << text << "\n";
          --show_errors;
        }
      }
      ++n_pred;
    }
    for (size_t g = 0; g < gold.size(); ++g) {
      if (!gold_used[g] && show_errors > 0) {
        std::cout << "FN\t[" << gold[g].text << "]\t" << text << "\n";
        --show_errors;
      }
    }
    n_gold += gold.size();
    ignored_gold += skipped.size();
    words.clear();
    tags.clear();
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line[0] == '#') continue;
    if (line.empty()) {
      flush();
      continue;
    }
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    words.push_back(line.substr(0, tab));
    tags.push_back(line.substr(tab + 1));
  }
  flush();
  const auto prf = [&](int tp, const char* name) {
    const double p = n_pred ? double(tp) / n_pred : 0, r = n_gold ? double(tp) / n_gold : 0;
    std::printf("%-8s P %.3f  R %.3f  F1 %.3f   (tp %d, predicted %d, gold %d)\n", name, p, r,
                p + r ? 2 * p * r / (p + r) : 0, tp, n_pred, n_gold);
  };
  std::printf(
      "sentences %d; gold spans in scope %d, left out (durations, ages, times, seasons) %d; predictions "
      "on left-out spans ignored %d\n",
      sentences, n_gold, ignored_gold, ignored_pred);
  prf(tp_overlap, "overlap");
  prf(tp_exact, "exact");
  std::printf("extract() time %.3f s\n", seconds);
  return 0;
}

// ------------------------------------------------------------ our gold TSV

// Columns: publication date ("-" for none), sentence, expected mentions
// separated by " ;; ", each "text|from|to|granularity" ("--MM-DD" as from
// when year-less), or "none".
int run_gold(Language lang, const std::string& path, bool verbose) {
  std::ifstream in(path);
  if (!in) return std::cerr << "cannot read " << path << "\n", 2;
  const DateExtractor extractor(lang);
  std::string line;
  int sentences = 0, correct = 0, tp = 0, n_pred = 0, n_gold = 0, negatives = 0, negatives_ok = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = split(line, '\t');
    if (f.size() < 3) continue;
    ++sentences;
    std::optional<PartialDate> pub;
    if (f[0] != "-") pub = parse_partial_date(f[0]);
    std::vector<std::string> expected;
    if (f[2] != "none") {
      size_t pos = 0;
      while (pos <= f[2].size()) {
        auto next = f[2].find(" ;; ", pos);
        if (next == std::string::npos) next = f[2].size();
        expected.push_back(f[2].substr(pos, next - pos));
        pos = next + 4;
      }
    }
    std::vector<std::string> got;
    for (const auto& m : extractor.extract(f[1], pub)) {
      got.push_back(m.text + "|" + (m.from.empty() ? "--" + m.month_day : m.from) + "|" + m.to + "|" +
                    std::string(granularity_name(m.granularity)));
    }
    int hits = 0;
    for (const auto& g : got) hits += std::count(expected.begin(), expected.end(), g) > 0;
    tp += hits;
    n_pred += got.size();
    n_gold += expected.size();
    const bool ok = hits == static_cast<int>(expected.size()) && got.size() == expected.size();
    correct += ok;
    if (expected.empty()) ++negatives, negatives_ok += got.empty();
    if (verbose && !ok) {
      std::cout << "SENTENCE " << f[1] << "\n  expected:";
      for (const auto& e : expected) std::cout << " {" << e << "}";
      std::cout << "\n  got:     ";
      for (const auto& g : got) std::cout << " {" << g << "}";
      std::cout << "\n";
    }
  }
  const double p = n_pred ? double(tp) / n_pred : 0, r = n_gold ? double(tp) / n_gold : 0;
  std::printf("sentences %d, all mentions right %d (%.1f%%); negatives (no date) %d, kept clean %d\n", sentences,
              correct, 100.0 * correct / std::max(1, sentences), negatives, negatives_ok);
  std::printf("mentions (text+from+to+granularity exact): P %.3f R %.3f F1 %.3f (tp %d, predicted %d, gold %d)\n", p, r,
              p + r ? 2 * p * r / (p + r) : 0, tp, n_pred, n_gold);
  return 0;
}

// ------------------------------------------------------------ news corpora

struct Record {
  std::string text;
  std::optional<PartialDate> pub;
};

std::vector<Record> read_news(const std::vector<std::string>& paths, size_t limit) {
  std::vector<Record> out;
  for (const auto& path : paths) {
    std::ifstream in(path);
    std::string line;
    size_t n = 0;
    while (n < limit && std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded()) continue;
      Record r;
      if (j.contains("title") && j["title"].is_string()) r.text = j["title"].get<std::string>() + "\n";
      if (j.contains("text") && j["text"].is_string()) r.text += j["text"].get<std::string>();
      if (j.contains("date") && j["date"].is_string()) {
        const std::string d = j["date"].get<std::string>();
        r.pub = parse_partial_date(d.substr(0, std::min<size_t>(10, d.size())));
        if (!r.pub && d.size() >= 7) r.pub = parse_partial_date(d.substr(0, 7));
      }
      out.push_back(std::move(r));
      ++n;
    }
  }
  return out;
}

int run_speed(Language lang, const std::vector<std::string>& paths) {
  const auto records = read_news(paths, 5000);
  const DateExtractor extractor(lang);
  size_t bytes = 0, mentions = 0;
  for (const auto& r : records) bytes += r.text.size();
  double best = 1e9;
  for (int round = 0; round < 3; ++round) {
    mentions = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (const auto& r : records) mentions += extractor.extract(r.text, r.pub).size();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  std::printf("%s: %zu records, %.1f MB, best of 3: %.3f s = %.1f MB/s, %zu mentions (%.0f per MB)\n",
              std::string(code(lang)).c_str(), records.size(), bytes / 1e6, best, bytes / 1e6 / best, mentions,
              mentions / (bytes / 1e6));
  return 0;
}

// "Weekday + explicit date" mentions in news: the explicit date is the truth
// for the bare weekday. Scores three rules for the weekday alone: nearest
// within ±3 days, Duckling's next (strictly future), and the extractor's own
// tense-aware rule (run on the text with the explicit date cut out, so it
// sees the same clause).
int run_weekdays(Language lang, const std::vector<std::string>& paths) {
  static const std::regex weekday_first(
      "^(te |e |diten e )?(hene|marte|merkure|enjte|premte|shtune|diel|luni|lunea|marti|martea|miercuri|joi|vineri|"
      "sambata|duminica|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)");
  const auto records = read_news(paths, 20000);
  DateExtractor extractor(lang), tense_next(lang), tense_nearest(lang);
  tense_next.set_weekday_rule(WeekdayRule::TenseNext);
  tense_nearest.set_weekday_rule(WeekdayRule::TenseNearest);
  std::map<long, int> histogram;
  int total = 0, nearest_ok = 0, next_ok = 0, tense_ok = 0, tense_nearest_ok = 0;
  for (const auto& r : records) {
    if (!r.pub || r.pub->day == 0) continue;
    const long base = to_days(r.pub->year, r.pub->month, r.pub->day);
    const int pub_weekday = static_cast<int>(((base % 7) + 7 + 3) % 7);
    for (const auto& m : extractor.extract(r.text, r.pub)) {
      const bool day = m.granularity == DateGranularity::Day || m.granularity == DateGranularity::Hour ||
                       m.granularity == DateGranularity::Minute;
      if (m.relative || !day || m.from != m.to || m.from.empty()) continue;
      if (!std::regex_search(normalize_term(m.text), weekday_first)) continue;
      const long off = iso_days(m.from) - base;
      ++histogram[std::clamp(off, -8L, 8L)];
      ++total;
      const int weekday = static_cast<int>(((iso_days(m.from) % 7) + 7 + 3) % 7);
      const int ahead = (weekday - pub_weekday + 7) % 7, back = (pub_weekday - weekday + 7) % 7;
      nearest_ok += off == (ahead <= 3 ? ahead : -back);
      next_ok += off == (ahead == 0 ? 7 : ahead);
      // The weekday words alone: the mention up to its first comma or digit.
      const size_t cut = m.text.find_first_of(",0123456789");
      std::string word = m.text.substr(0, cut);
      while (!word.empty() && word.back() == ' ') word.pop_back();
      const std::string bare = r.text.substr(0, m.byte_start) + word + r.text.substr(m.byte_end);
      const auto right = [&](const DateExtractor& e) {
        for (const auto& b : e.extract(bare, r.pub))
          if (b.byte_start == m.byte_start) return b.from == m.from;
        return false;
      };
      tense_ok += right(tense_next);
      tense_nearest_ok += right(tense_nearest);
    }
  }
  std::printf("%s: %d mentions \"weekday + explicit date\"; days from publication (clamped to ±8):\n",
              std::string(code(lang)).c_str(), total);
  for (const auto& [off, n] : histogram) std::printf("  %+3ld %5d  %5.1f%%\n", off, n, 100.0 * n / std::max(1, total));
  const auto share = [&](int n) { return 100.0 * n / std::max(1, total); };
  std::printf(
      "weekday alone would be right: nearest ±3 %d (%.1f%%), next/Duckling %d (%.1f%%), tense-aware with next %d "
      "(%.1f%%), tense-aware with nearest %d (%.1f%%)\n",
      nearest_ok, share(nearest_ok), next_ok, share(next_ok), tense_ok, share(tense_ok), tense_nearest_ok,
      share(tense_nearest_ok));
  return 0;
}

std::string pub_text(const PartialDate& d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

// Every mention of the first records of news files, one line each (record
// number, publication date, mention, 60 bytes of context): run two builds
// and diff the outputs to see what a rule change finds and loses.
int run_mentions(Language lang, const std::vector<std::string>& paths) {
  const auto records = read_news(paths, 100000);
  const DateExtractor extractor(lang);
  for (size_t n = 0; n < records.size(); ++n) {
    const auto& r = records[n];
    for (const auto& m : extractor.extract(r.text, r.pub)) {
      const size_t from = m.byte_start > 30 ? m.byte_start - 30 : 0;
      std::string context = r.text.substr(from, m.byte_end + 30 - from);
      // Whole UTF-8 characters, one line.
      while (!context.empty() && (static_cast<unsigned char>(context.front()) & 0xC0) == 0x80) context.erase(0, 1);
      while (!context.empty() && (static_cast<unsigned char>(context.back()) & 0x80)) context.pop_back();
      std::replace(context.begin(), context.end(), '\n', ' ');
      std::cout << n << "\t" << (r.pub ? pub_text(*r.pub) : "-") << "\t" << describe(m) << "\t" << context << "\n";
    }
  }
  return 0;
}

int run_show(Language lang, const std::optional<PartialDate>& pub) {
  const DateExtractor extractor(lang);
  std::string line;
  while (std::getline(std::cin, line)) {
    std::cout << line << "\n";
    for (const auto& m : extractor.extract(line, pub)) std::cout << "    " << describe(m) << "\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  const auto flag = [&](const std::string& name) { return std::find(args.begin(), args.end(), name) != args.end(); };
  if (args.size() >= 3 && args[0] == "duckling") {
    std::string half = "all", rule = "nearest";
    for (size_t i = 3; i + 1 < args.size(); ++i) {
      if (args[i] == "--half") half = args[i + 1];
      if (args[i] == "--weekdays") rule = args[i + 1];
    }
    if (half != "all" && half != "dev" && half != "heldout") return std::cerr << "--half dev|heldout|all\n", 2;
    const WeekdayRule weekday_rule = rule == "tense-next"      ? WeekdayRule::TenseNext
                                     : rule == "tense-nearest" ? WeekdayRule::TenseNearest
                                                               : WeekdayRule::Nearest;
    return run_duckling(language_arg(args[1]), args[2], half, weekday_rule, flag("--verbose"));
  }
  if (args.size() >= 2 && args[0] == "ronec") {
    int errors = 0;
    for (size_t i = 2; i + 1 < args.size(); ++i)
      if (args[i] == "--errors") errors = std::stoi(args[i + 1]);
    return run_ronec(args[1], errors);
  }
  if (args.size() >= 3 && args[0] == "gold") return run_gold(language_arg(args[1]), args[2], flag("--verbose"));
  if (args.size() >= 3 && (args[0] == "speed" || args[0] == "weekdays" || args[0] == "mentions")) {
    const std::vector<std::string> files(args.begin() + 2, args.end());
    const Language lang = language_arg(args[1]);
    if (args[0] == "mentions") return run_mentions(lang, files);
    return args[0] == "speed" ? run_speed(lang, files) : run_weekdays(lang, files);
  }
  if (args.size() >= 2 && args[0] == "show")
    return run_show(language_arg(args[1]), args.size() >= 3 ? parse_partial_datetime(args[2]) : std::nullopt);
  std::cerr << "usage: date_eval duckling LANG FILE [--half dev|heldout|all] [--weekdays RULE] [--verbose] | ronec "
               "FILE [--errors N] | "
               "gold LANG FILE [--verbose]"
               " | speed LANG FILE... | weekdays LANG FILE... | mentions LANG FILE... | show LANG [YYYY-MM-DD]\n";
  return 2;
}
