#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analysis/dates/date_mention.h"

using namespace kronika::analysis;

namespace {

// "text|from|to|granularity" for each mention ("--MM-DD" as from when year-less).
std::vector<std::string> dates(Language lang, const std::string& text, const char* published) {
  const DateExtractor extractor(lang);
  std::optional<PartialDate> pub;
  if (published) pub = parse_partial_date(published);
  std::vector<std::string> out;
  for (const auto& m : extractor.extract(text, pub)) {
    out.push_back(m.text + "|" + (m.from.empty() ? "--" + m.month_day : m.from) + "|" + m.to + "|" +
                  std::string(granularity_name(m.granularity)));
  }
  return out;
}

using V = std::vector<std::string>;
constexpr const char* kThu = "2023-09-14";  // a Thursday

}  // namespace

TEST_CASE("parse_partial_date and granularity_name") {
  const auto day = parse_partial_date("2024-06-17");
  REQUIRE(day);
  CHECK(day->year == 2024);
  CHECK(day->month == 6);
  CHECK(day->day == 17);
  const auto month = parse_partial_date("2023-09");
  REQUIRE(month);
  CHECK(month->day == 0);
  CHECK(parse_partial_date("2023")->month == 0);
  CHECK_FALSE(parse_partial_date("2023-13"));
  CHECK_FALSE(parse_partial_date("2023-02-30"));
  CHECK_FALSE(parse_partial_date("June 2023"));
  CHECK_FALSE(parse_partial_date(""));
  CHECK(granularity_name(DateGranularity::Decade) == "decade");
  CHECK(granularity_name(DateGranularity::Century) == "century");
}

TEST_CASE("absolute dates in sq, ro, it, en and numeric forms") {
  CHECK(dates(Language::Albanian, "Takimi u mbajt më 11 shtator 2023 në Tiranë.", kThu) ==
        V{"11 shtator 2023|2023-09-11|2023-09-11|day"});
  CHECK(dates(Language::Romanian, "Acordul a fost semnat pe 13 septembrie 2023.", kThu) ==
        V{"13 septembrie 2023|2023-09-13|2023-09-13|day"});
  CHECK(dates(Language::Italian, "Il vertice si è tenuto il 13 settembre 2023 a Roma.", kThu) ==
        V{"13 settembre 2023|2023-09-13|2023-09-13|day"});
  CHECK(dates(Language::Italian, "La legge vale dal 1 gennaio 2020 in poi.", kThu) ==
        V{"1 gennaio 2020|2020-01-01|2020-01-01|day"});
  CHECK(dates(Language::Albanian, "Afati: 17.06.2024 për të gjithë.", kThu) ==
        V{"17.06.2024|2024-06-17|2024-06-17|day"});
  // A time right after a day joins the span; the interval stays the day.
  CHECK(dates(Language::Romanian, "Ședința e pe 17.06.2024, ora 12.", kThu) ==
        V{"17.06.2024, ora 12|2024-06-17|2024-06-17|day"});
  CHECK(dates(Language::Romanian, "Raportul din 2023-09-11 arată o creștere.", kThu) ==
        V{"2023-09-11|2023-09-11|2023-09-11|day"});
  CHECK(dates(Language::Albanian, "June 17, 2024 - Leaders met again.", kThu) ==
        V{"June 17, 2024|2024-06-17|2024-06-17|day"});
  CHECK(dates(Language::Italian, "Il corteo del 1º maggio ha riempito la piazza.", kThu) ==
        V{"1º maggio|2023-05-01|2023-05-01|day"});
}

TEST_CASE("month names: case, diacritics, abbreviations, Romanian forms, Italian elisions") {
  CHECK(dates(Language::Albanian, "Më 3 NENTOR 2020 u votua.", kThu) == V{"3 NENTOR 2020|2020-11-03|2020-11-03|day"});
  CHECK(dates(Language::Albanian, "Më 5 shtat. 2023 u hap.", kThu) == V{"5 shtat. 2023|2023-09-05|2023-09-05|day"});
  CHECK(dates(Language::Romanian, "Pe 5 sept. 2022 a plecat.", kThu) == V{"5 sept. 2022|2022-09-05|2022-09-05|day"});
  CHECK(dates(Language::Italian, "Dal 5 sett. 2021 è chiuso.", kThu) == V{"5 sett. 2021|2021-09-05|2021-09-05|day"});
  CHECK(dates(Language::Romanian, "La sfârșitul lunii iunie au votat.", kThu) ==
        V{"sfârșitul lunii iunie|2023-06-01|2023-06-30|month"});
  CHECK(dates(Language::Romanian, "Pe 1 ianuarie intră în vigoare.", kThu) ==
        V{"1 ianuarie|2023-01-01|2023-01-01|day"});
  CHECK(dates(Language::Italian, "Le vittime dell'11 settembre sono state ricordate.", kThu) ==
        V{"11 settembre|2023-09-11|2023-09-11|day"});
  CHECK(dates(Language::Italian, "Per l’8 marzo è previsto un corteo.", kThu) ==
        V{"8 marzo|2023-03-08|2023-03-08|day"});
  CHECK(dates(Language::Italian, "Le tariffe cambiano all'1 gennaio.", kThu) ==
        V{"1 gennaio|2023-01-01|2023-01-01|day"});
  CHECK(dates(Language::Albanian, "Sulmet e 11 Shtatorit 2001 ndryshuan botën.", kThu) ==
        V{"11 Shtatorit 2001|2001-09-11|2001-09-11|day"});
}

TEST_CASE("partial dates: year-less days, months, years in context") {
  CHECK(dates(Language::Albanian, "Më 11 shtator u takuan.", "2023-09") == V{"11 shtator|2023-09-11|2023-09-11|day"});
  CHECK(dates(Language::Romanian, "Prețurile au crescut în iunie 2024.", kThu) ==
        V{"iunie 2024|2024-06-01|2024-06-30|month"});
  CHECK(dates(Language::Albanian, "Në vitin 1949 u hap universiteti.", kThu) ==
        V{"vitin 1949|1949-01-01|1949-12-31|year"});
  CHECK(dates(Language::Italian, "Nel 2019 il comune ha vinto.", kThu) == V{"2019|2019-01-01|2019-12-31|year"});
  CHECK(dates(Language::Romanian, "În 2019 a câștigat, iar anul 2020 a fost greu.", kThu) ==
        V{"2019|2019-01-01|2019-12-31|year", "anul 2020|2020-01-01|2020-12-31|year"});
  CHECK(dates(Language::Italian, "Lo studio (2021) è citato spesso.", kThu) == V{"2021|2021-01-01|2021-12-31|year"});
}

TEST_CASE("a year-less date without publication date stays year-less") {
  CHECK(dates(Language::Albanian, "Më 11 shtator u takuan.", nullptr) == V{"11 shtator|--09-11||day"});
  CHECK(dates(Language::Romanian, "Festivalul are loc în luna iulie.", nullptr) == V{"luna iulie|--07-00||month"});
  CHECK(dates(Language::Italian, "Dal 10 al 13 settembre la fiera è aperta.", nullptr) ==
        V{"Dal 10 al 13 settembre|--09-10||day"});
  // Relative expressions are dropped without the precision they need.
  CHECK(dates(Language::Albanian, "Dje ra shi.", nullptr).empty());
  CHECK(dates(Language::Albanian, "Dje ra shi.", "2023-09").empty());
  CHECK(dates(Language::Italian, "Il mese scorso è piovuto.", "2023").empty());
  CHECK(dates(Language::Italian, "L'anno scorso è piovuto.", "2023") == V{"L'anno scorso|2022-01-01|2022-12-31|year"});
}

TEST_CASE("decades and centuries") {
  CHECK(dates(Language::Romanian, "În anii '90 mulți au plecat.", kThu) == V{"anii '90|1990-01-01|1999-12-31|decade"});
  CHECK(dates(Language::Italian, "Negli anni '90 la città cresceva.", kThu) ==
        V{"anni '90|1990-01-01|1999-12-31|decade"});
  CHECK(dates(Language::Albanian, "Në vitet '90 emigruan shumë.", kThu) == V{"vitet '90|1990-01-01|1999-12-31|decade"});
  CHECK(dates(Language::Romanian, "Casa datează din anii 1990.", kThu) == V{"anii 1990|1990-01-01|1999-12-31|decade"});
  CHECK(dates(Language::Italian, "Musica degli anni Ottanta.", kThu) == V{"anni Ottanta|1980-01-01|1989-12-31|decade"});
  CHECK(dates(Language::Albanian, "Ura u ndërtua në shekullin XX.", kThu) ==
        V{"shekullin XX|1900-01-01|1999-12-31|century"});
  CHECK(dates(Language::Romanian, "Biserica e din secolul XX.", kThu) == V{"secolul XX|1900-01-01|1999-12-31|century"});
  CHECK(dates(Language::Romanian, "Cetatea e din secolul al XV-lea.", kThu) ==
        V{"secolul al XV-lea|1400-01-01|1499-12-31|century"});
  CHECK(dates(Language::Italian, "Un palazzo del secolo XX e uno del XVI secolo.", kThu) ==
        V{"secolo XX|1900-01-01|1999-12-31|century", "XVI secolo|1500-01-01|1599-12-31|century"});
}

TEST_CASE("ranges") {
  CHECK(dates(Language::Romanian, "Festivalul are loc 18-19 iunie.", kThu) ==
        V{"18-19 iunie|2023-06-18|2023-06-19|day"});
  CHECK(dates(Language::Italian, "Dal 10 al 13 settembre la fiera è aperta.", kThu) ==
        V{"Dal 10 al 13 settembre|2023-09-10|2023-09-13|day"});
  CHECK(dates(Language::Albanian, "Panairi zhvillohet nga 10 deri më 13 shtator.", kThu) ==
        V{"nga 10 deri më 13 shtator|2023-09-10|2023-09-13|day"});
  CHECK(dates(Language::Romanian, "Cursurile se țin între 1 și 3 martie.", kThu) ==
        V{"între 1 și 3 martie|2023-03-01|2023-03-03|day"});
  CHECK(dates(Language::Romanian, "Mandatul 2006-2008 a fost lung.", kThu) ==
        V{"2006-2008|2006-01-01|2008-12-31|year"});
  CHECK(dates(Language::Italian, "La mostra, 10–13 settembre 2023, è gratuita.", kThu) ==
        V{"10–13 settembre 2023|2023-09-10|2023-09-13|day"});
  CHECK(dates(Language::Romanian, "Lucrările au durat martie - iunie 2013.", kThu) ==
        V{"martie - iunie 2013|2013-03-01|2013-06-30|month"});
  CHECK(dates(Language::Romanian, "Biografia lui (1843-1925) e scurtă.", kThu) ==
        V{"1843-1925|1843-01-01|1925-12-31|year"});
}

TEST_CASE("relative days, weeks, months and years") {
  CHECK(dates(Language::Albanian, "Sot, dje dhe pardje ra shi; nesër jo.", kThu) ==
        V{"Sot|2023-09-14|2023-09-14|day", "dje|2023-09-13|2023-09-13|day", "pardje|2023-09-12|2023-09-12|day",
          "nesër|2023-09-15|2023-09-15|day"});
  CHECK(dates(Language::Albanian, "Javën e kaluar dhe javën e ardhshme.", kThu) ==
        V{"Javën e kaluar|2023-09-04|2023-09-10|day", "javën e ardhshme|2023-09-18|2023-09-24|day"});
  CHECK(dates(Language::Albanian, "Muajin e kaluar, muajin e ardhshëm, vitin e kaluar, vitin e ardhshëm.", kThu) ==
        V{"Muajin e kaluar|2023-08-01|2023-08-31|month", "muajin e ardhshëm|2023-10-01|2023-10-31|month",
          "vitin e kaluar|2022-01-01|2022-12-31|year", "vitin e ardhshëm|2024-01-01|2024-12-31|year"});
  CHECK(dates(Language::Albanian, "Këtë muaj dhe këtë vit.", kThu) ==
        V{"Këtë muaj|2023-09-01|2023-09-30|month", "këtë vit|2023-01-01|2023-12-31|year"});
  CHECK(dates(Language::Romanian, "Azi, ieri, alaltăieri și mâine.", kThu) ==
        V{"Azi|2023-09-14|2023-09-14|day", "ieri|2023-09-13|2023-09-13|day", "alaltăieri|2023-09-12|2023-09-12|day",
          "mâine|2023-09-15|2023-09-15|day"});
  CHECK(dates(Language::Romanian, "Săptămâna trecută, luna viitoare, anul trecut.", kThu) ==
        V{"Săptămâna trecută|2023-09-04|2023-09-10|day", "luna viitoare|2023-10-01|2023-10-31|month",
          "anul trecut|2022-01-01|2022-12-31|year"});
  CHECK(dates(Language::Romanian, "Luna aceasta și anul acesta.", kThu) ==
        V{"Luna aceasta|2023-09-01|2023-09-30|month", "anul acesta|2023-01-01|2023-12-31|year"});
  CHECK(dates(Language::Italian, "Oggi, ieri, l'altro ieri e domani.", kThu) ==
        V{"Oggi|2023-09-14|2023-09-14|day", "ieri|2023-09-13|2023-09-13|day", "l'altro ieri|2023-09-12|2023-09-12|day",
          "domani|2023-09-15|2023-09-15|day"});
  CHECK(dates(Language::Italian, "La settimana scorsa e il mese prossimo.", kThu) ==
        V{"La settimana scorsa|2023-09-04|2023-09-10|day", "il mese prossimo|2023-10-01|2023-10-31|month"});
  CHECK(dates(Language::Italian, "L'anno scorso, quest'anno e questo mese.", kThu) ==
        V{"L'anno scorso|2022-01-01|2022-12-31|year", "quest'anno|2023-01-01|2023-12-31|year",
          "questo mese|2023-09-01|2023-09-30|month"});
}

TEST_CASE("weekdays: nearest within three days; last/next words go strictly back/forward") {
  // Publication Thursday 2023-09-14.
  CHECK(dates(Language::Albanian, "Të hënën u takuan.", kThu) == V{"Të hënën|2023-09-11|2023-09-11|day"});
  CHECK(dates(Language::Albanian, "Të shtunën ka koncert.", kThu) == V{"Të shtunën|2023-09-16|2023-09-16|day"});
  CHECK(dates(Language::Romanian, "Marți a vorbit premierul.", kThu) == V{"Marți|2023-09-12|2023-09-12|day"});
  CHECK(dates(Language::Italian, "Martedì il consiglio ha votato.", kThu) == V{"Martedì|2023-09-12|2023-09-12|day"});
  CHECK(dates(Language::Italian, "Lunedì scorso è stato arrestato.", kThu) ==
        V{"Lunedì scorso|2023-09-11|2023-09-11|day"});
  CHECK(dates(Language::Italian, "Giovedì prossimo si vota.", kThu) == V{"Giovedì prossimo|2023-09-21|2023-09-21|day"});
  CHECK(dates(Language::Romanian, "Joia trecută a plouat.", kThu) == V{"Joia trecută|2023-09-07|2023-09-07|day"});
  CHECK(dates(Language::Romanian, "Luni, 6 ianuarie, au protestat.", kThu) ==
        V{"Luni, 6 ianuarie|2023-01-06|2023-01-06|day"});
  // ro "luni" = months after a number; sq weekdays need their article.
  CHECK(dates(Language::Romanian, "A stat trei luni în spital și 12 de luni în arest.", kThu).empty());
  CHECK(dates(Language::Albanian, "Hëna ishte e plotë.", kThu).empty());
  // Published "2023-09" (month only): the weekday is a day of that month.
  CHECK(dates(Language::Italian, "Martedì il consiglio ha votato.", "2023-09") ==
        V{"Martedì|2023-09-01|2023-09-30|month"});
  CHECK(dates(Language::Italian, "Martedì il consiglio ha votato.", "2023").empty());
}

TEST_CASE("not dates: durations, ages, counts, amounts, times, streets") {
  CHECK(dates(Language::Albanian, "Marrëveshja 18-mujore u nënshkrua.", kThu).empty());
  CHECK(dates(Language::Romanian, "Un tânăr de 16 ani a fost rănit.", kThu).empty());
  CHECK(dates(Language::Albanian, "Morën pjesë 10.000 ushtarë.", kThu).empty());
  CHECK(dates(Language::Italian, "Via XX Settembre è chiusa.", kThu).empty());
  CHECK(dates(Language::Italian, "Il presidio in Piazza 25 Aprile continua.", kThu).empty());
  CHECK(dates(Language::Romanian, "Locuiește pe strada 1 Decembrie 1918 din oraș.", kThu).empty());
  CHECK(dates(Language::Albanian, "Rruga 28 Nëntori mbyllet.", kThu).empty());
  CHECK(dates(Language::Italian, "Hanno stanziato 2 milioni di euro.", kThu).empty());
  CHECK(dates(Language::Italian, "Sono arrivate 2019 persone.", kThu).empty());
  CHECK(dates(Language::Romanian, "Au venit peste 2000 de oameni.", kThu).empty());
  CHECK(dates(Language::Romanian, "Inflația a fost de 2019% ... sau 10,5%.", kThu).empty());
  CHECK(dates(Language::Italian, "Alle 10:30 inizia la seduta.", kThu).empty());
  CHECK(dates(Language::Albanian, "Banka dha 1500 kredi.", kThu).empty());
  CHECK(dates(Language::Romanian, "Încă 5 mai mulți au venit.", kThu).empty());
  CHECK(dates(Language::Romanian, "Soțul ei a declarat că sot... nu.", kThu).empty());
}

TEST_CASE("offsets are code points and bytes into the text") {
  const DateExtractor extractor(Language::Albanian);
  const std::string text = "Më 11 shtator 2023";
  const auto found = extractor.extract(text, parse_partial_date(kThu));
  REQUIRE(found.size() == 1);
  CHECK(found[0].start == 3);
  CHECK(found[0].end == 18);
  CHECK(found[0].byte_start == 4);  // "Më " is 4 bytes
  CHECK(found[0].byte_end == text.size());
  CHECK_FALSE(found[0].relative);
  const auto rel = extractor.extract("Dje", parse_partial_date(kThu));
  REQUIRE(rel.size() == 1);
  CHECK(rel[0].relative);
}
