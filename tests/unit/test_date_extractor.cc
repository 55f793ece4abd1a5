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

// "text|from|to|granularity|time_from|time_to|open" for each mention.
std::vector<std::string> timed(Language lang, const std::string& text, const char* published,
                               WeekdayRule rule = WeekdayRule::Nearest) {
  DateExtractor extractor(lang);
  extractor.set_weekday_rule(rule);
  std::vector<std::string> out;
  for (const auto& m : extractor.extract(text, parse_partial_datetime(published))) {
    out.push_back(m.text + "|" + m.from + "|" + m.to + "|" + std::string(granularity_name(m.granularity)) + "|" +
                  m.time_from + "|" + m.time_to + "|" + std::string(open_name(m.open)));
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
  // A time right after a day joins the span; from/to stay the day, the grain is the hour.
  CHECK(dates(Language::Romanian, "Ședința e pe 17.06.2024, ora 12.", kThu) ==
        V{"17.06.2024, ora 12|2024-06-17|2024-06-17|hour"});
  CHECK(dates(Language::Romanian, "Raportul din 2023-09-11 arată o creștere.", kThu) ==
        V{"2023-09-11|2023-09-11|2023-09-11|day"});
  CHECK(dates(Language::Albanian, "June 17, 2024 - Leaders met again.", kThu) ==
        V{"June 17, 2024|2024-06-17|2024-06-17|day"});
  // A month that is also a word ("March") only as a whole date: an embedded
  // post's signature is one, "the March 5 protest" is not.
  CHECK(dates(Language::Albanian, "Postimi: — CENTCOM (@CENTCOM) March 1, 2026", kThu) ==
        V{"March 1, 2026|2026-03-01|2026-03-01|day"});
  CHECK(dates(Language::Albanian, "They will March 5 times through the town.", kThu).empty());
  CHECK(dates(Language::Albanian, "Protestat March 1-3, 2026.", kThu) ==
        V{"March 1-3, 2026|2026-03-01|2026-03-03|day"});
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

TEST_CASE("a day or month with its year said relative to publication") {
  // Publication 2023-09-14: the year before, the year after, or the last / next such month or day.
  CHECK(dates(Language::Albanian, "Në nëntor të vitit të kaluar dhe më 5 mars të vitit të ardhshëm.", kThu) ==
        V{"nëntor të vitit të kaluar|2022-11-01|2022-11-30|month",
          "5 mars të vitit të ardhshëm|2024-03-05|2024-03-05|day"});
  CHECK(dates(Language::Albanian, "Tetorin e kaluar dhe qershorin e kaluar.", kThu) ==
        V{"Tetorin e kaluar|2022-10-01|2022-10-31|month", "qershorin e kaluar|2023-06-01|2023-06-30|month"});
  CHECK(dates(Language::Romanian, "Din iulie anul trecut, în luna mai a anului viitor.", kThu) ==
        V{"iulie anul trecut|2022-07-01|2022-07-31|month", "luna mai a anului viitor|2024-05-01|2024-05-31|month"});
  CHECK(
      dates(Language::Italian, "Nel maggio dell'anno scorso e nel giugno del prossimo anno.", kThu) ==
      V{"maggio dell'anno scorso|2022-05-01|2022-05-31|month", "giugno del prossimo anno|2024-06-01|2024-06-30|month"});
  CHECK(dates(Language::Italian, "Il 20 settembre scorso, il 10 settembre scorso, lo scorso ottobre.", kThu) ==
        V{"20 settembre scorso|2022-09-20|2022-09-20|day", "10 settembre scorso|2023-09-10|2023-09-10|day",
          "lo scorso ottobre|2022-10-01|2022-10-31|month"});
  CHECK(dates(Language::Italian, "Il prossimo 10 settembre.", kThu) ==
        V{"Il prossimo 10 settembre|2024-09-10|2024-09-10|day"});
  CHECK(dates(Language::Albanian, "Nga 18 dhjetori i vitit të kaluar.", kThu) ==
        V{"18 dhjetori i vitit të kaluar|2022-12-18|2022-12-18|day"});
  // Ranges: the relative end gives both their year, across New Year too.
  CHECK(dates(Language::Italian, "Tra il 23 e il 24 settembre scorsi.", kThu) ==
        V{"Tra il 23 e il 24 settembre scorsi|2022-09-23|2022-09-24|day"});
  CHECK(dates(Language::Italian, "Dal 20 dicembre al 6 gennaio scorso.", kThu) ==
        V{"Dal 20 dicembre al 6 gennaio scorso|2022-12-20|2023-01-06|day"});
  CHECK(dates(Language::Italian, "Dal 18 dicembre al 4 gennaio 2020.", kThu) ==
        V{"Dal 18 dicembre al 4 gennaio 2020|2019-12-18|2020-01-04|day"});
  // "scorso" after a weekday is the weekday's; "passato" after a date a participle.
  CHECK(dates(Language::Italian, "Sabato scorso 4 maggio.", kThu) ==
        V{"Sabato scorso|2023-09-09|2023-09-09|day", "4 maggio|2023-05-04|2023-05-04|day"});
  CHECK(dates(Language::Italian, "Il 25 aprile passato in piazza.", kThu) == V{"25 aprile|2023-04-25|2023-04-25|day"});
  // sq "të" before the year: "15 mars të 2019", "në janar të 2024-s".
  CHECK(dates(Language::Albanian, "Më 15 mars të 2019 dhe në janar të 2024-s.", kThu) ==
        V{"15 mars të 2019|2019-03-15|2019-03-15|day", "janar të 2024|2024-01-01|2024-01-31|month"});
  // sq "mars", "maj", "shkurt" are months after "në" in lower case; "Mars" is the planet.
  CHECK(dates(Language::Albanian, "Në mars dhe në maj.", kThu) ==
        V{"mars|2023-03-01|2023-03-31|month", "maj|2023-05-01|2023-05-31|month"});
  CHECK(dates(Language::Albanian, "Roveri zbriti në Mars.", kThu).empty());
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
  // Italian names centuries by their hundreds and the 2000s by "Duemila"/"Zero".
  CHECK(dates(Language::Italian, "Una tela del Seicento e una sedia dell'Ottocento.", kThu) ==
        V{"Seicento|1600-01-01|1699-12-31|century", "Ottocento|1800-01-01|1899-12-31|century"});
  CHECK(dates(Language::Italian, "Nei primi anni del Novecento e negli anni Duemila.", kThu) ==
        V{"Novecento|1900-01-01|1999-12-31|century", "anni Duemila|2000-01-01|2009-12-31|decade"});
  // A number, or the car, is no century.
  CHECK(dates(Language::Italian, "Novecento persone sono arrivate con la Cinquecento.", kThu).empty());
  CHECK(dates(Language::Italian, "Sono arrivate novecento persone.", kThu).empty());
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

TEST_CASE("times of day on a day, and alone") {
  CHECK(timed(Language::Italian, "Domani alle 15 parla il sindaco.", kThu) ==
        V{"Domani alle 15|2023-09-15|2023-09-15|hour|2023-09-15T15:00|2023-09-15T16:00|"});
  CHECK(timed(Language::Italian, "Ieri sera è stato arrestato.", kThu) ==
        V{"Ieri sera|2023-09-13|2023-09-13|hour|2023-09-13T18:00|2023-09-14T00:00|"});
  CHECK(timed(Language::Italian, "Stamattina il traffico era bloccato.", kThu) ==
        V{"Stamattina|2023-09-14|2023-09-14|hour|2023-09-14T04:00|2023-09-14T12:00|"});
  CHECK(timed(Language::Italian, "Oggi alle 10:30 inizia la seduta.", kThu) ==
        V{"Oggi alle 10:30|2023-09-14|2023-09-14|minute|2023-09-14T10:30|2023-09-14T10:31|"});
  CHECK(timed(Language::Italian, "Il vertice è alle 3 del pomeriggio.", kThu) ==
        V{"3 del pomeriggio|2023-09-14|2023-09-14|hour|2023-09-14T15:00|2023-09-14T16:00|"});
  CHECK(timed(Language::Romanian, "Mâine la ora 15 începe ședința.", kThu) ==
        V{"Mâine la ora 15|2023-09-15|2023-09-15|hour|2023-09-15T15:00|2023-09-15T16:00|"});
  CHECK(timed(Language::Romanian, "Azi dimineață a fost un accident.", kThu) ==
        V{"Azi dimineață|2023-09-14|2023-09-14|hour|2023-09-14T04:00|2023-09-14T12:00|"});
  CHECK(timed(Language::Albanian, "Sot në orën 10 fillon seanca.", kThu) ==
        V{"Sot në orën 10|2023-09-14|2023-09-14|hour|2023-09-14T10:00|2023-09-14T11:00|"});
  CHECK(timed(Language::Albanian, "Dje në mbrëmje u mbajt takimi.", kThu) ==
        V{"Dje në mbrëmje|2023-09-13|2023-09-13|hour|2023-09-13T18:00|2023-09-14T00:00|"});
  // A lone time: the publication day without a publication time; with one, Duckling's next such time.
  CHECK(timed(Language::Italian, "Alle 10:30 inizia la seduta.", kThu) ==
        V{"10:30|2023-09-14|2023-09-14|minute|2023-09-14T10:30|2023-09-14T10:31|"});
  CHECK(timed(Language::Italian, "Alle 10:30 inizia la seduta.", "2023-09-14T12:00") ==
        V{"10:30|2023-09-15|2023-09-15|minute|2023-09-15T10:30|2023-09-15T10:31|"});
  CHECK(timed(Language::Italian, "Alle 10:30 è iniziata la seduta.", "2023-09-14T12:00") ==
        V{"10:30|2023-09-14|2023-09-14|minute|2023-09-14T10:30|2023-09-14T10:31|"});
  CHECK(timed(Language::Italian, "Giovedì dalle 9:30 alle 11:00 sciopero.", kThu) ==
        V{"Giovedì dalle 9:30 alle 11:00|2023-09-14|2023-09-14|minute|2023-09-14T09:30|2023-09-14T11:01|"});
  CHECK(timed(Language::Italian, "Domani dopo le 14 riapre.", kThu) ==
        V{"Domani dopo le 14|2023-09-15|2023-09-15|hour|2023-09-15T14:00|2023-09-15T15:00|after"});
  // Not times: counts and scores.
  CHECK(dates(Language::Italian, "Alle 15 persone è stato chiesto di uscire.", kThu).empty());
  CHECK(dates(Language::Albanian, "Ndeshja përfundoi 2 me 1 pas 90 minutash lojë.", kThu).empty());
}

TEST_CASE("offsets, rolling periods, quarters, seasons, weekends") {
  CHECK(dates(Language::Italian, "Tre giorni fa è stato firmato l'accordo.", kThu) ==
        V{"Tre giorni fa|2023-09-11|2023-09-11|day"});
  CHECK(dates(Language::Italian, "Si vota tra 2 settimane.", kThu) == V{"tra 2 settimane|2023-09-28|2023-09-28|day"});
  CHECK(dates(Language::Romanian, "Acum 3 zile a fost semnat acordul.", kThu) ==
        V{"Acum 3 zile|2023-09-11|2023-09-11|day"});
  CHECK(dates(Language::Romanian, "Peste 2 săptămâni se votează.", kThu) ==
        V{"Peste 2 săptămâni|2023-09-28|2023-09-28|day"});
  CHECK(dates(Language::Albanian, "Para 3 ditësh u nënshkrua marrëveshja.", kThu) ==
        V{"Para 3 ditësh|2023-09-11|2023-09-11|day"});
  CHECK(dates(Language::Italian, "Negli ultimi due anni i prezzi sono saliti.", kThu) ==
        V{"ultimi due anni|2021-01-01|2022-12-31|year"});
  CHECK(dates(Language::Romanian, "În ultimele 3 luni prețurile au crescut.", kThu) ==
        V{"ultimele 3 luni|2023-06-01|2023-08-31|month"});
  CHECK(dates(Language::Albanian, "Në 5 vitet e fundit emigruan shumë.", kThu) ==
        V{"5 vitet e fundit|2018-01-01|2022-12-31|year"});
  CHECK(dates(Language::Italian, "Nel terzo trimestre 2022 il PIL è cresciuto.", kThu) ==
        V{"terzo trimestre 2022|2022-07-01|2022-09-30|month"});
  CHECK(dates(Language::Italian, "Quest'estate è stata calda.", kThu) == V{"Quest'estate|2023-06-21|2023-09-23|day"});
  CHECK(dates(Language::Italian, "Questo weekend si vota.", kThu) == V{"Questo weekend|2023-09-15|2023-09-17|hour"});
  // "One" and the Romanian "în urmă cu" ("ago" before the count).
  CHECK(dates(Language::Italian, "Un anno fa e un mese fa.", kThu) ==
        V{"Un anno fa|2022-09-01|2022-09-30|month", "un mese fa|2023-08-14|2023-08-14|day"});
  CHECK(dates(Language::Romanian, "În urmă cu doi ani, o lună în urmă.", kThu) ==
        V{"În urmă cu doi ani|2021-09-01|2021-09-30|month", "o lună în urmă|2023-08-14|2023-08-14|day"});
  CHECK(dates(Language::Romanian, "A plecat în urmă cu o săptămână.", kThu) ==
        V{"în urmă cu o săptămână|2023-09-07|2023-09-07|day"});
  CHECK(dates(Language::Romanian, "A plecat în urmă cu peste doi ani.", kThu) ==
        V{"în urmă cu peste doi ani|2021-09-01|2021-09-30|month"});
  // ro "peste" is "more than" as often as "in": ages and durations are no dates.
  CHECK(dates(Language::Romanian, "Un bărbat de peste 60 de ani, cu peste doi ani de mandat.", kThu).empty());
  CHECK(dates(Language::Romanian, "Are peste 15 ani de carieră.", kThu).empty());
  CHECK(dates(Language::Romanian, "Ne vedem peste opt luni.", kThu) == V{"peste opt luni|2024-05-14|2024-05-14|day"});
  // Durations are still not dates.
  CHECK(dates(Language::Italian, "Ha lavorato un anno a Milano, un giorno o due a Roma.", kThu).empty());
  CHECK(dates(Language::Romanian, "A stat un an de zile acolo.", kThu).empty());
  CHECK(dates(Language::Italian, "Ha lavorato 3 anni a Milano.", kThu).empty());
  CHECK(dates(Language::Romanian, "A stat 3 zile în spital.", kThu).empty());
}

TEST_CASE("Romanian Easter words are no Easter elsewhere, nor in copy/paste or pasta") {
  CHECK(dates(Language::Romanian, "Vin acasă de Paște.", kThu) == V{"Paște|2024-05-05|2024-05-05|day"});
  CHECK(dates(Language::Albanian, "Krijohet një pastë e butë.", kThu).empty());
  CHECK(dates(Language::Italian, "Le paste fresche sono pronte.", kThu).empty());
  CHECK(dates(Language::Romanian, "Textele sunt copy/paste sau copy-paste.", kThu).empty());
  CHECK(dates(Language::Romanian, "Am mâncat paste carbonara.", kThu).empty());
  // Nor is the US state "tomorrow" (ro "mâine" without its accent).
  CHECK(dates(Language::Romanian, "Curtea din statul Maine a decis.", kThu).empty());
}

TEST_CASE("ordinal weekdays, bare days, open ends, movable holidays") {
  CHECK(dates(Language::Italian, "Il primo martedì di ottobre si vota.", kThu) ==
        V{"Il primo martedì di ottobre|2023-10-03|2023-10-03|day"});
  CHECK(dates(Language::Albanian, "E hëna e parë e tetorit është festë.", kThu) ==
        V{"E hëna e parë e tetorit|2023-10-02|2023-10-02|day"});
  CHECK(dates(Language::Italian, "Il 19 si vota.", kThu) == V{"19|2023-09-19|2023-09-19|day"});
  CHECK(dates(Language::Italian, "Il 10 si è votato.", kThu) == V{"10|2023-09-10|2023-09-10|day"});
  CHECK(timed(Language::Italian, "La riforma passa entro il 15 ottobre.", kThu) ==
        V{"15 ottobre|2023-10-15|2023-10-15|day|||before"});
  CHECK(timed(Language::Albanian, "Ngrohja fillon pas 15 tetorit.", kThu) ==
        V{"15 tetorit|2023-10-15|2023-10-15|day|||after"});
  CHECK(dates(Language::Italian, "Pasqua 2024 cade presto.", kThu) == V{"Pasqua 2024|2024-03-31|2024-03-31|day"});
  CHECK(dates(Language::Romanian, "Turiștii vin de Paștele din 2024.", kThu) ==
        V{"Paștele din 2024|2024-05-05|2024-05-05|day"});
  CHECK(dates(Language::Albanian, "Pashkët u festuan me gëzim.", kThu) == V{"Pashkët|2023-04-09|2023-04-09|day"});
  CHECK(dates(Language::Italian, "Si dice che il Natale sarà freddo.", kThu) == V{"Natale|2023-12-25|2023-12-25|day"});
  CHECK(dates(Language::Italian, "Mar 19 si vota; il mar è calmo.", kThu) == V{"Mar 19|2023-09-19|2023-09-19|day"});
}

TEST_CASE("weekday rules: nearest (default), tense-aware with Duckling's next") {
  // Thursday 2023-09-14; no tense cue: nearest vs next.
  CHECK(timed(Language::Italian, "Sabato la festa.", kThu) == V{"Sabato|2023-09-16|2023-09-16|day|||"});
  CHECK(timed(Language::Italian, "Lunedì la festa.", kThu) == V{"Lunedì|2023-09-11|2023-09-11|day|||"});
  CHECK(timed(Language::Italian, "Lunedì la festa.", kThu, WeekdayRule::TenseNext) ==
        V{"Lunedì|2023-09-18|2023-09-18|day|||"});
  CHECK(timed(Language::Italian, "Giovedì la festa.", kThu, WeekdayRule::TenseNext) ==
        V{"Giovedì|2023-09-21|2023-09-21|day|||"});
  // Past-tense clause: the last one, with either tense-aware rule.
  CHECK(timed(Language::Italian, "Sabato il consiglio ha votato.", kThu, WeekdayRule::TenseNext) ==
        V{"Sabato|2023-09-09|2023-09-09|day|||"});
  CHECK(timed(Language::Romanian, "Sâmbătă premierul a declarat că pleacă.", kThu, WeekdayRule::TenseNearest) ==
        V{"Sâmbătă|2023-09-09|2023-09-09|day|||"});
  CHECK(timed(Language::Albanian, "Të shtunën u takuan ministrat.", kThu, WeekdayRule::TenseNearest) ==
        V{"Të shtunën|2023-09-09|2023-09-09|day|||"});
  // Future cue: the next one.
  CHECK(timed(Language::Albanian, "Të hënën do të mbahet seanca.", kThu, WeekdayRule::TenseNearest) ==
        V{"Të hënën|2023-09-18|2023-09-18|day|||"});
}
