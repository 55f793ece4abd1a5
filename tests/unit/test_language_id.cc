// Unit tests for kronika::analysis::identify_language. All sentences are
// written for these tests; bench/langid_accuracy.cc measures the real corpus.
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <thread>
#include <vector>

#include "analysis/language_id.h"

using kronika::analysis::identify_language;
using kronika::analysis::Language;

namespace {

void check_all(Language expected, std::initializer_list<std::string> texts) {
  for (const std::string& text : texts) {
    CAPTURE(text);
    CHECK(identify_language(text) == expected);
  }
}

}  // namespace

TEST_CASE("language id: Albanian articles and headlines") {
  check_all(Language::Albanian,
            {"Qeveria miratoi sot projektligjin për buxhetin e vitit të ardhshëm. Ministri i Financave tha se "
             "shpenzimet për arsimin dhe shëndetësinë do të rriten, ndërsa taksat nuk do të ndryshojnë.",
             "Policia arrestoi dy të rinj pas një grabitjeje në qendër të Prishtinës",
             "Kryeministri takon presidentin në Tiranë",
             // Typed without ë and ç, as much online text is.
             "Policia arrestoi dy te rinj pas nje grabitjeje ne qender te qytetit, tha zedhenesi i policise."});
}

TEST_CASE("language id: Romanian with comma-below, cedilla and no diacritics") {
  check_all(Language::Romanian,
            {"Guvernul a aprobat astăzi proiectul de buget pentru anul viitor. Ministrul Finanțelor a spus că "
             "cheltuielile pentru educație și sănătate vor crește, iar taxele nu se vor schimba.",
             "Guvernul a aprobat astăzi proiectul de buget pentru anul viitor. Ministrul Finanţelor a spus că "
             "cheltuielile pentru educaţie şi sănătate vor creşte, iar taxele nu se vor schimba.",
             "Guvernul a aprobat astazi proiectul de buget pentru anul viitor. Ministrul Finantelor a spus ca "
             "cheltuielile pentru educatie si sanatate vor creste, iar taxele nu se vor schimba.",
             "Premierul s-a întâlnit cu președintele la Cotroceni",
             "Premierul s-a întâlnit cu preşedintele la Cotroceni", "Fotbal: Rapid a învins FCSB în derbiul etapei"});
}

// Plain CLD2 answers Undetermined (or English) for each of these: it does not
// know comma-below ș ț, and a headline gives it too few letter sequences.
TEST_CASE("language id: short Romanian headlines with foreign names") {
  check_all(Language::Romanian,
            {"VIDEO Tenis: Simona Halep a câștigat la Cluj", "Un avion Boeing a aterizat de urgență la Otopeni",
             "Handbal: CSM București, victorie la Metz în Champions League",
             "Elon Musk a anunțat o nouă lansare SpaceX", "Apple lansează un nou iPhone la Cupertino"});
}

TEST_CASE("language id: Italian articles and headlines") {
  check_all(Language::Italian,
            {"Il governo ha approvato oggi il disegno di legge sul bilancio del prossimo anno. Il ministro "
             "dell'Economia ha detto che la spesa per la scuola e la sanità aumenterà, mentre le tasse non "
             "cambieranno.",
             "Due giovani arrestati dai carabinieri dopo una rapina nel centro della città",
             "Il premier incontra il presidente della Repubblica al Quirinale"});
}

TEST_CASE("language id: other languages are Undetermined") {
  check_all(Language::Undetermined,
            {"The government approved the budget bill for next year on Tuesday. The finance minister said "
             "spending on schools and hospitals will rise, while taxes will not change.",
             "Prime minister meets the president in Tirana",
             "Le gouvernement a approuvé aujourd'hui le projet de budget pour l'année prochaine. Le ministre a "
             "dit que les dépenses pour l'école et la santé vont augmenter.",
             "Die Regierung hat heute den Haushaltsentwurf für das nächste Jahr beschlossen. Der Minister sagte, "
             "die Ausgaben für Schulen und Krankenhäuser würden steigen.",
             "Vlada je danas usvojila predlog budžeta za sledeću godinu. Ministar finansija je rekao da će "
             "izdaci za škole i bolnice porasti, a porezi se neće menjati.",
             "Влада је данас усвојила предлог буџета за следећу годину.",
             "El gobierno aprobó hoy el proyecto de presupuesto para el año que viene."});
}

TEST_CASE("language id: empty, too short or letterless text is Undetermined") {
  check_all(Language::Undetermined, {"", " \n\t ", "2024-11-05 12:30", "— … !!!", "Putin"});
}

TEST_CASE("language id: invalid UTF-8 does not hide the language") {
  std::string text =
      "Guvernul a aprobat astăzi proiectul de buget pentru anul viitor, iar ministrul a spus că taxele nu se "
      "vor schimba.";
  text.insert(20, "\xFF\xC3");
  CHECK(identify_language(text) == Language::Romanian);
}

TEST_CASE("language id: long articles are read only in part, cut on a character boundary") {
  std::string text;
  while (text.size() < 20000) text += "Ministri tha se qeveria do të vazhdojë punën për këtë çështje. ";
  CHECK(identify_language(text) == Language::Albanian);
}

TEST_CASE("language id: safe to call from several threads at once") {
  const std::vector<std::pair<std::string, Language>> samples = {
      {"Policia arrestoi dy të rinj pas një grabitjeje në qendër të qytetit", Language::Albanian},
      {"Poliția a arestat doi tineri după un jaf în centrul orașului", Language::Romanian},
      {"La polizia ha arrestato due giovani dopo una rapina nel centro della città", Language::Italian},
      {"Police arrested two young men after a robbery in the city centre", Language::Undetermined}};
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < mismatches.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        const auto& [text, expected] = samples[(t + round) % samples.size()];
        if (identify_language(text) != expected) ++mismatches[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int count : mismatches) CHECK(count == 0);
}
