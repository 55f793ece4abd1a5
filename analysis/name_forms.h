// How a proper name changes in running text, per language, for matching
// names of the entity base against inflected mentions.
//
// A name word has one or more roots: the word itself, and the word without
// the ending of its base form ("Koreja" → koreja, kore; "Moscova" → moscova,
// moscov; "Putin" → putin). A word of text is a form of the name word when it
// is one of its roots plus an ending the language puts on names:
//
//   sq  Korenë = kore+ne   Putinit = putin+it   Moskës = mosk+es   Rusisë = rusi+se
//   ro  Coreei = core+ei   Moscovei = moscov+ei   Phenianul = phenian+ul
//   it  names do not inflect: the word itself (elision is split by the tokenizer)
//
// The Snowball and Albanian stemmers are tuned for common words and treat
// names unevenly (Romanian "Coreea" → core, "Coreei" → coree); names need
// only their endings, handled the same way for every name.
// All functions take plain forms (analysis::Token::norm) and are thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/language.h"

namespace kronika::analysis {

// Roots of a word of a name in its base form.
std::vector<std::string> name_roots(Language language, std::string_view word);

// Extra roots of a word of a name given in no language (an alias such as
// "Rama"), for `language`'s text: the word itself already matches with the
// name endings after it ("Putin" → Putinit, "Kurti" → Kurtit), but Albanian
// declines a final -a by replacing it (Rama → Ramës, Ramën; Berisha →
// Berishës). Only those two forms: stripping the -a for every ending would
// make "Rami" a form of Rama.
std::vector<std::string> alias_roots(Language language, std::string_view word);

// Roots a word of text may come from: itself, and itself without each
// name ending it carries. For look-up of the first word of a name.
std::vector<std::string> possible_roots(Language language, std::string_view word);

// True when `word` (text) is a form of the name word `name_word`.
bool is_name_form(Language language, std::string_view word, std::string_view name_word);

// True when two words of text may be forms of one name word: the same, one
// the other plus a case ending ("Kurtit", "Kurti"), or both Albanian forms
// of one name in -a ("Bashës", "Bashën"). Stricter than is_name_form, which
// strips base endings too: "Rami" is no form of "Rama" here.
// For words of one article, where the name itself is not at hand.
bool share_name_root(Language language, std::string_view a, std::string_view b);

// True when `ending` (plain, without the hyphen) is a case ending the language
// writes after a hyphen on foreign names and acronyms ("Utah-s", "OKB-së",
// "Kosovo-ului"). Italian has none.
bool is_name_ending(Language language, std::string_view ending);

// Albanian joins the words of a name with an article that agrees with case
// ("Kombet e Bashkuara", "Kombeve të Bashkuara"): any of them stands for
// another. Elsewhere only the word itself.
bool is_name_article(Language language, std::string_view word);

// The form a name word's case forms share, so that one unknown name found in
// many articles, each in the case its sentence needs, gets one id
// (entities::found_entity_id):
//
//   sq  Osmani, Osmanit → osman      Gjykata, Gjykatës, Gjykatën → gjykata
//       Qeveria, Qeverisë → qeveria  Kamenicë → kamenica   Haradinajt → haradinaj
//   ro  Guvernul, Guvernului → guvern   Oana, Oanei → oana   Andreea, Andreei → andreea
//       Curtea, Curții → curtea   Ciolacu → ciolac
//   it  the word itself
//
// `word` is case-folded with its diacritics (fold_case): Albanian "ës" is a
// case ending, the "es" of Torres is not. The result is case-folded too.
// Endings that often end a base form are left alone: Albanian -in (Putin),
// -inë (Qeverinë, but Prishtinë), -a (Ardiana is not Ardian), Romanian -a
// (Ioana is not Ioan), men's names in -ei (Andrei). A form left alone keeps
// an id of its own: a missed merge. A base that ends like a case form loses
// that ending (Brexit → brex, Consul → cons), so its own case forms may stay
// apart (Brexitit → brexit) and rarely meet another name's. Written without
// ë or ă, a form keeps its ending (Gjykates): found_entity_ids tries the
// accented reading of a typed value.
std::string name_key(Language language, std::string_view word);

// The key of the last word of a name of several words ("Kylian Mbappes"):
// name_key, and in Albanian the endings foreign names that end in a vowel
// take: -s and -n after a, e, o (Mbappes, Mbappen → mbappe; Alonsos; La
// Ligas), -t and -n after y (Zelenskyt, Zelenskyn → zelensky). Only in a
// surname's place: alone, "Lucas" is no "Luca" + -s, "Leon" no "Leo" + -n.
std::string last_name_key(Language language, std::string_view word);

// A found name as a reader cites it, in the nominative, from the form one
// article happened to use: Albanian "Kuvendit" → Kuvendi, "Gjykatës
// Kushtetuese" → Gjykata Kushtetuese, "Qeverisë" → Qeveria, "Komisionit
// Qendror të Zgjedhjeve" → Komisioni Qendror i Zgjedhjeve; Romanian
// "Guvernului" → Guvernul, "Oanei Roman" → Oana Roman. `name` as written
// (case kept). Only the endings whose nominative is certain change: an
// Albanian name only when an article stood before it (`after_article`: "të
// Kuvendit"; a bare "Brexit" or "Durrës" ends like a genitive too);
// Romanian -ii (Curții from Curtea, Britanii from Britanie) stays, and of a
// Romanian name of several words only a person's given name changes, since
// adjectives agree in ways an ending does not tell ("Comisiei Europene").
std::string nominative_name(Language language, std::string_view name, bool person, bool after_article);

}  // namespace kronika::analysis
