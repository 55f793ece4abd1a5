#include "entities/cue_words.h"

#include <vector>

#include "analysis/analyzer.h"
#include "analysis/name_forms.h"
#include "analysis/normalizer.h"

namespace kronika::entities {

namespace {

using analysis::Language;

struct CueList {
  Cue cue;
  Language language;  // Undetermined: English, used in every language
  std::vector<std::string_view> words;
};

// Base forms as news write them. English words apply to every language
// (datelines, quoted titles, names of foreign bodies).
const std::vector<CueList>& cue_lists() {
  static const std::vector<CueList> lists = {
      {Cue::PersonTitle,
       Language::Albanian,
       {"presidenti", "presidentja", "kryeministri", "kryeministrja", "ministri", "ministrja", "zëvendësministri",
        "zëdhënësi", "zëdhënësja", "profesori", "profesoresha", "analisti", "analistja", "ambasadori", "ambasadorja",
        "deputeti", "deputetja", "senatori", "gjenerali", "drejtori", "drejtoresha", "kryetari", "kryetarja",
        "sekretari", "sekretarja", "udhëheqësi", "udhëheqësja", "lideri", "zoti", "zonja", "kancelari", "kancelarja",
        "mbreti", "mbretëresha", "papa", "kardinali", "gazetari", "gazetarja", "eksperti", "ekspertja", "studiuesi",
        "studiuesja", "avokati", "avokatja", "prokurori", "gjyqtari", "trajneri", "sulmuesi", "aktori", "aktorja",
        "këngëtari", "këngëtarja", "shkrimtari", "kolonel", "komandanti", "doktor", "dr", "kandidati", "kandidatja",
        "biznesmeni", "z", "znj", "homologu", "homologun", "vëllai", "motra", "bashkëshortja", "bashkëshorti", "vajza",
        "djali", "nëna", "babai", "emri",
        // Sports news: roles before a player's or coach's name ("Lojtari Berat Gjimshiti").
        "lojtari", "lojtarja", "mbrojtësi", "portieri", "mesfushori", "kapiteni", "futbollisti", "futbollistja",
        "basketbollisti", "boksieri", "tenisti", "tenistja", "seleksionuesi", "përzgjedhësi",
        // Offices and roles of local and party politics.
        "nënkryetari", "nënkryetarja", "kryeparlamentari", "kryeparlamentarja", "këshilltari", "këshilltarja",
        "zyrtari", "zyrtarja", "aktivisti", "aktivistja"}},
      {Cue::PersonTitle,
       Language::Romanian,
       {"președintele", "președinta", "premierul", "prim-ministrul", "ministrul", "ministra", "purtătorul",
        "purtătoarea", "profesorul", "profesoara", "analistul", "ambasadorul", "deputatul", "deputata", "senatorul",
        "generalul", "directorul", "directoarea", "liderul", "lidera", "șeful", "șefa", "secretarul", "domnul",
        "doamna", "cancelarul", "regele", "regina", "papa", "cardinalul", "jurnalistul", "jurnalista", "expertul",
        "cercetătorul", "avocatul", "avocata", "procurorul", "judecătorul", "antrenorul", "actorul", "actrița",
        "cântărețul", "scriitorul", "colonelul", "comandantul", "doctorul", "candidatul", "candidata", "omologul",
        "fratele", "sora", "soția", "soțul", "fiica", "fiul", "primarul", "primărița", "vicepremierul", "consilierul",
        "dl", "dna", "numitul",
        // Academic and church offices ("Decanul" is no Deçan, "Rectorul" no name).
        "rectorul", "prorectorul", "decanul", "prodecanul", "episcopul", "mitropolitul", "patriarhul", "prefectul"}},
      {Cue::PersonTitle,
       Language::Italian,
       {"presidente",    "presidentessa", "premier",      "ministro",      "ministra",
        "viceministro",  "portavoce",     "professore",   "professoressa", "analista",
        "ambasciatore",  "deputato",      "deputata",     "senatore",      "senatrice",
        "generale",      "direttore",     "direttrice",   "leader",        "segretario",
        "segretaria",    "signor",        "signora",      "cancelliere",   "re",
        "regina",        "papa",          "cardinale",    "giornalista",   "esperto",
        "esperta",       "ricercatore",   "ricercatrice", "avvocato",      "avvocata",
        "procuratore",   "giudice",       "allenatore",   "attore",        "attrice",
        "cantante",      "scrittore",     "scrittrice",   "colonnello",    "comandante",
        "dottor",        "dottore",       "dottoressa",   "candidato",     "candidata",
        "omologo",       "fratello",      "sorella",      "moglie",        "marito",
        "figlia",        "figlio",        "sindaco",      "vicepremier",   "consigliere",
        "assessore",     "governatore",   "don",          "monsignor",     "sig",
        "dott",          "prof",          "on",           "onorevole",     "capitano",
        "sergente",      "maresciallo",   "brigadiere",   "tenente",       "commissario",
        "questore",      "prefetto",      "pm",           "gip",           "imprenditore",
        "imprenditrice", "parroco",       "padre",        "suor",          "nonno",
        "nonna",         "zio",           "zia",          "certo",         "tale"}},
      {Cue::PersonTitle,
       Language::Undetermined,
       {"president", "minister", "spokesperson", "spokesman", "spokeswoman", "professor", "mr",
        "mrs",       "ms",       "dr",           "sir",       "general",     "senator",   "ambassador",
        "analyst",   "director", "chancellor",   "king",      "queen",       "pope",      "secretary"}},

      {Cue::OrganisationHead,
       Language::Albanian,
       {"universiteti",
        "ministria",
        "partia",
        "agjencia",
        "banka",
        "këshilli",
        "grupi",
        "fondacioni",
        "shoqata",
        "kompania",
        "gjykata",
        "policia",
        "ushtria",
        "komisioni",
        "kuvendi",
        "parlamenti",
        "qendra",
        "instituti",
        "akademia",
        "spitali",
        "shkolla",
        "klubi",
        "federata",
        "lidhja",
        "lëvizja",
        "aleanca",
        "bashkimi",
        "organizata",
        "drejtoria",
        "prokuroria",
        "autoriteti",
        "zyra",
        "departamenti",
        "qeveria",
        "presidenca",
        "televizioni",
        "radio",
        "gazeta",
        "fakulteti",
        "korporata",
        "sindikata",
        "kombëtarja",
        "forca",
        "byroja",
        "dhoma",
        "fondi",
        "enti",
        "kryesia",
        "senati",
        "komiteti",
        "shërbimi",
        "asociacioni",
        "radiotelevizioni",
        "kryeministria",
        "klinika",
        "inspektorati",
        "agjensia",
        "kompanitë"}},
      {Cue::OrganisationHead,
       Language::Romanian,
       {"universitatea", "ministerul", "partidul", "agenția", "banca", "consiliul", "grupul", "fundația", "asociația",
        "compania", "curtea", "tribunalul", "judecătoria", "poliția", "armata", "comisia", "parlamentul", "senatul",
        "camera", "centrul", "institutul", "academia", "spitalul", "școala", "liceul", "clubul", "federația", "liga",
        "mișcarea", "alianța", "uniunea", "organizația", "direcția", "parchetul", "autoritatea", "oficiul",
        "departamentul", "guvernul", "administrația", "președinția", "televiziunea", "radio", "ziarul", "facultatea",
        "corporația", "sindicatul", "forțele", "biroul", "inspectoratul", "fondul", "comitetul", "serviciul",
        "jandarmeria", "colegiul", "primăria", "prefectura", "regia", "societatea", "srl", "sa", "bursa", "mitropolia",
        "episcopia", "patriarhia", "dieceza", "secția", "cooperativa", "maternitatea", "trupa", "formația",
        // Genitives whose stems the nominatives' do not give: "Rectorul Universității de Vest".
        "universității", "facultății", "societății", "primăriei", "agenției", "fundației", "asociației", "companiei",
        "poliției", "comisiei", "academiei", "federației", "uniunii", "organizației", "direcției", "administrației",
        "președinției", "televiziunii", "băncii", "curții", "orchestrei", "orchestra", "fabrica", "vicariatul"}},
      {Cue::OrganisationHead,
       Language::Italian,
       {"università", "ministero",    "partito",    "agenzia",         "banca",       "consiglio",   "gruppo",
        "fondazione", "associazione", "compagnia",  "società",         "corte",       "tribunale",   "polizia",
        "esercito",   "commissione",  "parlamento", "senato",          "camera",      "centro",      "istituto",
        "accademia",  "ospedale",     "scuola",     "liceo",           "club",        "federazione", "lega",
        "movimento",  "alleanza",     "unione",     "organizzazione",  "direzione",   "procura",     "autorità",
        "ufficio",    "dipartimento", "governo",    "amministrazione", "presidenza",  "televisione", "radio",
        "giornale",   "facoltà",      "sindacato",  "forze",           "comitato",    "servizio",    "carabinieri",
        "questura",   "prefettura",   "comando",    "guardia",         "cooperativa", "azienda",     "spa",
        "srl",        "fondo",        "ente",       "consorzio",       "tar",         "asl",         "regione",
        "comune",     "provincia",    "arma",       "squadra",         "nucleo",      "reparto",     "stazione",
        "ferrovie",   "diocesi",      "arcidiocesi"}},
      {Cue::OrganisationHead,
       Language::Undetermined,
       {"university", "ministry", "party", "agency", "bank", "council", "group", "foundation", "association", "company",
        "court", "police", "army", "commission", "parliament", "centre", "center", "institute", "academy", "hospital",
        "school", "club", "federation", "league", "movement", "alliance", "union", "organization", "organisation",
        "office", "department", "government", "house", "times", "post", "news", "tv", "inc", "ltd", "corporation",
        "corp", "fund", "committee", "service", "forum", "network", "press", "journal", "endowment", "institution",
        "watch", "international", "reuters",
        // Sports clubs: "Real Madrid", "AC Milan", "Dinamo București", "CSM Ploiești".
        "real", "atlético", "ac", "fc", "cf", "afc", "sc", "ssc", "fk", "kf", "nk", "hnk", "csm", "dinamo", "steaua",
        "sporting", "olympique", "borussia", "athletic", "united"}},

      {Cue::PlaceHead,
       Language::Albanian,
       {
           "rruga",     "sheshi",  "bulevardi", "liqeni",  "lumi",  "mali",    "malet",    "gjiri",
           "deti",      "ishulli", "fshati",    "rajoni",  "qarku", "bashkia", "lagjja",   "porti",
           "aeroporti", "kalaja",  "ura",       "lugina",  "fusha", "parku",   "stadiumi", "gadishulli",
           "kepi",      "shpella", "kanioni",   "ujëvara", "pylli",
       }},
      {Cue::PlaceHead,
       Language::Romanian,
       {"strada", "piața", "bulevardul", "calea", "lacul", "râul", "muntele", "munții", "golful", "marea", "insula",
        "satul", "regiunea", "județul", "comuna", "cartierul", "portul", "aeroportul", "cetatea", "podul", "valea",
        "parcul", "stadionul", "șoseaua", "aleea", "bd", "bdul", "str", "castelul", "mănăstirea", "palatul", "muzeul",
        "peninsula", "pasul", "masivul",
        // Nature: streams, caves, peaks, hills, plains, forests, waterfalls (not
        // "canalul": a television or Telegram channel far more often).
        "pârâul", "peștera", "vârful", "dealul", "câmpia", "cascada", "izvorul", "defileul", "pădurea",
        // Genitives whose stems the nominatives' do not give: "Muntelui Vezuviu".
        "muntelui", "munților", "râului", "lacului", "insulei", "vârfului"}},
      {Cue::PlaceHead,
       Language::Italian,
       {"via",      "viale",  "piazza",     "corso",     "largo",       "vicolo",    "lago",     "fiume",
        "monte",    "monti",  "golfo",      "mare",      "isola",       "valle",     "porto",    "aeroporto",
        "castello", "ponte",  "parco",      "stadio",    "contrada",    "località",  "borgo",    "lungomare",
        "piazzale", "strada", "frazione",   "quartiere", "rione",       "val",       "san",      "santa",
        "santo",    "sant",   "villa",      "passo",     "canale",      "cimitero",  "basilica", "abbazia",
        "chiesa",   "duomo",  "cattedrale", "santuario", "teatro",      "museo",     "galleria", "autostrada",
        "grotta",   "grotte", "cascata",    "rifugio",   "promontorio", "ghiacciaio"}},
      {Cue::PlaceHead,
       Language::Undetermined,
       {"street", "square", "avenue",  "lake",   "river", "mount",   "mountains", "gulf",   "sea",      "island",
        "valley", "port",   "airport", "bridge", "park",  "stadium", "city",      "region", "province", "county"}},

      {Cue::PlaceBefore, Language::Albanian, {"qyteti",   "qytetin",  "qytetit", "fshati",   "fshatin", "rajoni",
                                              "rajonin",  "provinca", "krahina", "shteti",   "vendi",   "kryeqyteti",
                                              "bregdeti", "zona",     "komuna",  "bashkia",  "rrethi",  "në",
                                              "drejt",    "banorët",  "komunës", "fshatrat", "qytetet"}},
      {Cue::PlaceBefore,
       Language::Romanian,
       {"orașul",   "orașului", "satul",    "regiunea", "provincia",    "statul",      "țara",
        "capitala", "zona",     "comuna",   "județul",  "municipiul",   "localitatea", "în",
        "din",      "spre",     "la",       "primarul", "districtul",   "raionul",     "stațiunea",
        "satele",   "comunei",  "județele", "orașele",  "localitățile", "comitatul"}},
      {Cue::PlaceBefore,
       Language::Italian,
       {"città", "paese", "regione", "provincia", "stato", "capitale", "zona", "comune", "frazione", "località",
        "quartiere", "a", "ad", "in", "verso", "nel", "nella", "negli", "nei", "cittadina", "capoluogo", "distretto",
        "villaggio", "sindaco", "abitanti", "periferia", "territorio", "contea", "isola", "sobborgo", "nell", "nelle",
        "nello",
        // A body's seat or a person's town after "di": "i carabinieri di
        // Pavullo", "l'ospedale di Baggiovara", "residente di Zocca".
        "carabinieri", "ospedale", "stazione", "tenenza", "caserma", "cimitero", "parrocchia", "abitante", "residente",
        "residenti", "originario", "originaria", "originari"}},
      {Cue::PlaceBefore, Language::Undetermined, {"city", "town", "village", "region", "province", "in", "from"}},

      {Cue::Opener,
       Language::Albanian,
       {"sipas",    "pas",       "para",    "gjatë",      "megjithatë",  "ndërsa", "edhe",       "por",
        "kur",      "nëse",      "si",      "pra",        "kështu",      "madje",  "gjithashtu", "ndërkohë",
        "tani",     "sot",       "dje",     "nesër",      "atje",        "këtu",   "në",         "nga",
        "me",       "për",       "mes",     "midis",      "pavarësisht", "përveç", "rreth",      "lidhur",
        "falë",     "përmes",    "kundër",  "drejt",      "deri",        "ky",     "kjo",        "këta",
        "këto",     "ai",        "ajo",     "ata",        "ato",         "disa",   "shumë",      "çdo",
        "asnjë",    "të",        "në",      "i",          "e",           "një",    "presidenti", "kryeministri",
        "ministri", "zëdhënësi", "lideri",  "udhëheqësi", "shefi",       "zoti",   "zonja",      "analisti",
        "eksperti", "drejtori",  "kryetari"}},
      {Cue::Opener,
       Language::Romanian,
       {"potrivit", "conform", "după", "înainte", "în", "la", "din", "de", "pe", "cu", "pentru", "prin", "despre",
        "între", "deși", "dar", "iar", "însă", "când", "dacă", "astfel", "totuși", "acum", "azi", "astăzi", "ieri",
        "mâine", "acolo", "aici", "și", "sau", "acest", "această", "acești", "aceste", "el", "ea", "ei", "ele", "unii",
        "multe", "fiecare", "un", "o", "președintele", "premierul", "ministrul", "liderul", "șeful", "purtătorul",
        "analistul", "expertul", "directorul", "domnul", "doamna", "surse", "sursele",
        // Read as names in the real news: "Chiar dacă …", "Bine, ok", "| Actualizat Marti …".
        "chiar", "bine", "actualizat", "totodată", "deci", "apoi", "practic", "evident", "desigur"}},
      {Cue::Opener,
       Language::Italian,
       {"secondo", "dopo", "prima", "durante", "mentre", "ma", "però", "quando", "se", "così", "anche", "inoltre",
        "intanto", "oggi", "ieri", "domani", "lì", "qui", "in", "a", "da", "di", "con", "per", "tra", "fra", "su",
        "nel", "nella", "sul", "sulla", "dal", "dalla", "questo", "questa", "questi", "queste", "lui", "lei", "loro",
        "alcuni", "molti", "ogni", "un", "una", "il", "lo", "la", "i", "gli", "le", "presidente", "premier", "ministro",
        "leader", "portavoce", "capo", "analista", "esperto", "direttore", "signor", "signora", "fonti", "stando",
        "verso", "contro", "senza", "oltre", "sempre", "ancora", "già", "poi", "quindi", "infatti",
        // Sentence openers read as names in the real news: "Li ha trovati la polizia".
        "li", "saranno", "ecco", "ora", "adesso", "dunque", "tuttavia", "purtroppo", "forse", "insomma", "infine",
        "finalmente", "nonostante", "anziché", "insieme"}},
      {Cue::Opener, Language::Undetermined, {"according", "after",        "before", "the",  "a",     "an",
                                             "in",        "on",           "at",     "with", "for",   "but",
                                             "when",      "if",           "this",   "that", "these", "president",
                                             "minister",  "spokesperson", "sources"}},

      // Competitions, festivals, prizes and summits are events: neither actors nor places.
      {Cue::EventHead,
       Language::Albanian,
       {"kupa", "kampionati", "liga", "ligën", "festivali", "çmimi", "lojërat", "olimpiada", "botërori", "samiti",
        "turneu", "premierliga", "premierligë", "superliga", "evropiani", "euro", "konferenca", "kongresi", "konkursi",
        "lufta", "revolucioni",
        // Foreign competitions as the sports news inflect them: "Bundesligës", "Championsit".
        "bundesliga", "champions", "ligue", "copa"}},
      {Cue::EventHead,
       Language::Romanian,
       {"cupa",      "campionatul", "liga",     "festivalul", "premiul",    "premiile",  "jocurile",   "olimpiada",
        "summitul",  "turneul",     "gala",     "trofeul",    "superliga",  "mondialul", "europeanul", "conferința",
        "congresul", "concursul",   "războiul", "revoluția",  "bundesliga", "champions", "ligue",      "copa"}},
      {Cue::EventHead,
       Language::Italian,
       {"coppa", "supercoppa", "campionato", "campionati", "mondiale", "mondiali", "europei", "giochi", "olimpiadi",
        "festival", "premio", "palio", "trofeo", "torneo", "serie", "gran", "summit", "expo", "salone", "mostra",
        "rassegna", "conferenza", "congresso", "concorso", "guerra", "bundesliga", "champions", "ligue", "copa",
        // Races and days: "Giro d'Italia", "Vuelta", "Rally di Sanremo", "Giornata mondiale".
        "giro", "vuelta", "rally", "giornata", "rivoluzione"}},
      {Cue::EventHead,
       Language::Undetermined,
       {"cup",    "award",      "awards",     "festival", "championship", "championships", "prix",
        "games",  "olympics",   "contest",    "summit",   "league",       "liga",          "grand",
        "open",   "trophy",     "tour",       "expo",     "oscar",        "oscars",        "emmy",
        "grammy", "nobel",      "conference", "congress", "war",          "revolution",    "serie",
        "seria",  "bundesliga", "champions",  "ligue",    "copa"}},

      // Italian names of people take no article; bodies (and countries, mostly known) do.
      {Cue::OrganisationBefore, Language::Albanian, {"skuadra", "skuadrën", "skuadrës", "ekipi", "ekipin", "klubi"}},
      {Cue::OrganisationBefore, Language::Romanian, {"echipa", "echipei", "clubul", "clubului", "formația"}},
      {Cue::OrganisationBefore,
       Language::Italian,
       {"il",    "lo",    "la",    "l",   "i",     "gli",   "le",  "del",   "dello", "della", "dell",
        "dei",   "degli", "delle", "al",  "allo",  "alla",  "all", "ai",    "agli",  "alle",  "dal",
        "dallo", "dalla", "dall",  "dai", "dagli", "dalle", "sul", "sullo", "sulla", "sull",  "col"}},

      {Cue::Coordinator, Language::Albanian, {"dhe", "apo", "ose"}},
      {Cue::Coordinator, Language::Romanian, {"și", "sau", "ori"}},
      {Cue::Coordinator, Language::Italian, {"e", "ed", "o", "oppure"}},
      {Cue::Coordinator, Language::Undetermined, {"and", "or"}},

      // Italian and Romanian names of streets, squares, rivers, churches (and
      // Italian provinces) include their generic word. Albanian news quote
      // the name after it instead (sheshi “Skënderbej”): no list.
      {Cue::PlaceNameHead,
       Language::Italian,
       {"via",        "viale",     "piazza", "piazzale", "corso",  "largo", "vicolo", "quartiere", "rione",  "frazione",
        "provincia",  "distretto", "fiume",  "lago",     "monte",  "golfo", "ponte",  "castello",  "chiesa", "basilica",
        "cattedrale", "abbazia",   "strada", "contrada", "comune", "valle", "stadio", "viadotto",  "traforo"}},
      {Cue::PlaceNameHead,
       Language::Romanian,
       {"strada",    "str",   "bulevardul", "bd",         "bdul",     "piața",     "calea",   "aleea",
        "șoseaua",   "râul",  "lacul",      "muntele",    "munții",   "insula",    "parcul",  "biserica",
        "cartierul", "podul", "valea",      "mănăstirea", "castelul", "stadionul", "străzii", "râului"}},

      // Capitals and capitalised words that name no actor or place: units, time
      // zones, diseases, formats, common abbreviations of titles and things.
      // Laws and decrees open with a capital in legal prose ("Legea nr. 10").
      // Storms and scales are named after people and places they are not.
      {Cue::NotNameBefore, Language::Albanian, {"uragani", "cikloni", "tajfuni", "stuhia", "shkalla"}},
      {Cue::NotNameBefore, Language::Romanian, {"uraganul", "ciclonul", "taifunul", "furtuna", "scara"}},
      // Italian: an unknown name after an indefinite article is a thing, a
      // car mostly in the crime news ("una Bmw", "un'Audi", "una Fiat Punto":
      // people in 40 to 80 articles each), not a person or a place.
      {Cue::NotNameBefore,
       Language::Italian,
       {"uragano", "ciclone", "tifone", "tempesta", "scala", "un", "una", "uno"}},
      {Cue::NotNameBefore, Language::Undetermined, {"hurricane", "cyclone", "typhoon", "storm"}},
      // Broadcasts and podcasts: their titles are common words ("Log",
      // "Oponencë", "Pressing") and were read as people and places. Only
      // right before the name: "emisiunea lui Cătălin Măruță" names its host.
      {Cue::ShowBefore,
       Language::Albanian,
       {"emisioni", "emisionin", "emisionit", "emisionet", "emisioneve", "podkasti", "podkastin", "podkastit"}},
      {Cue::ShowBefore,
       Language::Romanian,
       {"emisiunea", "emisiunii", "emisiunile", "emisiunilor", "podcastul", "podcastului"}},
      {Cue::ShowBefore, Language::Italian, {"trasmissione", "trasmissioni", "podcast"}},
      // Laws, and the "read also" links news sites put between paragraphs
      // ("Lexo edhe:", "Citește și:", "Leggi anche:"), and their log-in
      // prompts ("Loghează-te în contul tău", under 160 Romanian articles).
      // Albanian captions: "Pamje nga ndeshja" (footage of the match), 28 articles' "person".
      {Cue::NotName,
       Language::Albanian,
       {"ligji", "ligjit", "dekreti", "vendimi", "kodi", "rregullorja", "lexo", "pamje", "pamjet",
        // Read as people in the news: "e Kushtetutës", "Burime të …" (sources).
        "kushtetuta", "burime", "burimet", "njeriut"}},
      {Cue::NotName,
       Language::Romanian,
       {"legea", "legii", "hotărârea", "hotărârii", "ordonanța", "ordonanței", "decretul", "regulamentul", "codul",
        "normele", "citește", "loghează",
        // Read as people in the news: "Banii pe care …" (the money).
        "banii", "internetul"}},
      {Cue::NotName,
       Language::Italian,
       {"legge", "decreto", "codice", "regolamento", "leggi",
        // Read as people in the crime news: "Corte d'Appello", "Pallone d'Oro", "Dio".
        "appello", "oro", "dio",
        // Texts and faiths, no actor: "la Costituzione", "il Trattato di Lisbona", "la Bibbia", "l'Islam".
        "costituzione", "trattato", "bibbia", "islam"}},
      {Cue::NotName,
       Language::Undetermined,
       {"utc", "gmt", "cet", "cest", "eet", "eest", "est", "pst", "url", "http", "https", "www", "pdf", "sms", "gps",
        "tv", "hd", "dvd", "cd", "pc", "led", "suv", "dna", "adn", "hiv", "aids", "covid", "sars", "mers", "lsd", "ceo",
        "cfo", "vip", "ok", "usd", "eur", "euro", "lek", "lekë", "ron", "lei", "km", "kg", "mw", "kw", "gb", "mb",
        "pil", "pib", "gdp", "tva", "iva", "imu", "irpef", "tvsh", "app", "wifi", "ip", "id", "it", "ai", "ia", "vs",
        "etc", "nr", "tel", "fax", "sos", "ufo", "mms", "ong", "ngo", "onlus", "ssh", "html", "pm", "am", "ps", "dj",
        "mc", "mvp", "var", "pr", "hr", "rsa", "ddl", "dpcm",
        // Labels news sites put before or inside a story ("VIDEO:", "FOTO",
        // "UPDATE!", "EXCLUSIV", "GRATIS"): 324 Albanian articles had a
        // "VIDEO" organisation.
        "video", "foto", "photo", "update", "exclusiv", "esclusiva", "gratis", "livetext", "homepage", "breaking",
        // Scales named after their makers: "6,2 Richter", "grado 8 Mercalli".
        "richter", "mercalli", "celsius", "fahrenheit"}},
  };
  return lists;
}

// Given names, as news in our languages write them: Albanian, Romanian,
// Italian, and the international names of politics, sport and culture.
// Names that are also ordinary words or places of their own ("Rosa",
// "Sofia", "Victoria", "May") are left out, and so is Albanian "Ylli": "the
// star", how 156 articles of the news open a sentence ("Ylli portugez, …").
constexpr std::string_view kGivenNames[] = {
    // Albanian
    "adem", "agim", "agron", "albin", "alban", "albana", "arben", "arbër", "ardian", "arianit", "arlind", "armand",
    "arta", "artan", "arton", "astrit", "bajram", "bashkim", "bedri", "bekim", "besa", "besim", "besnik", "blerim",
    "blerta", "bujar", "burim", "dardan", "donika", "driton", "edi", "edona", "elira", "enver", "ermal", "erion",
    "fadil", "fatmir", "fatos", "fehmi", "fjolla", "flamur", "gazmend", "genc", "gent", "gjergj", "granit", "hashim",
    "hysen", "ilir", "imri", "isa", "ismail", "jehona", "kadri", "kujtim", "lindita", "lindon", "liridon", "liridona",
    "lulzim", "majlinda", "mentor", "mergim", "meneta", "mimoza", "naim", "naser", "nexhat", "pajtim", "petrit",
    "qazim", "ramush", "rexhep", "rrahman", "rudina", "sali", "shpend", "shkëlzen", "skënder", "sokol", "taulant",
    "teuta", "valbona", "valon", "visar", "vjosa", "xhevdet", "xherdan", "arbana", "ariana", "blendi", "eriona",
    "gëzim", "ibrahim", "kastriot", "kreshnik", "lulëzim", "memli", "mirela", "nderim", "redon", "sabri", "shefqet",
    "ulsi", "ymer", "zef", "zenel",
    // more Albanian ones, none a place or a common word (so not Vlora, Saranda, Drita, Shpresa,
    // Fitore): a place's inflected form opening a person's name is the person's given name
    // ("Gani Sejdiu" is no Ghana, "Olta Xhaçka" no Olt, "Faton Peci" no body ending in Peja)
    "ajet", "alket", "altin", "ardit", "arian", "artur", "avni", "azem", "bledar", "dashnor", "dritan", "egzon",
    "elton", "enis", "erjon", "ervin", "fatjon", "faton", "florim", "gani", "hajredin", "halil", "hasan", "ilirjan",
    "leutrim", "mirlind", "muhamet", "nazim", "nuhi", "riza", "rrustem", "sadik", "safet", "selim", "shaban", "tahir",
    "valdrin", "veton", "xhavit", "xhemajl", "zenun", "besart", "arbnor", "endrit", "lumir", "haki", "hekuran",
    "klodian", "ergys", "erald", "gjon", "ndue", "nikoll", "ekrem", "jakup", "shefki", "sulejman", "albulena",
    "arbnora", "blerina", "donjeta", "diellza", "edita", "elona", "elda", "erza", "fatmire", "floriana", "jonida",
    "klea", "kaltrina", "luljeta", "mirlinda", "xhensila", "adelina", "ajola", "anisa", "belinda", "brunilda", "emina",
    "eriselda", "ledia", "sonila", "anila", "ornela", "jorida", "klodiana", "orjola", "etleva", "olta", "dominik",
    // Romanian
    "ion", "ioan", "gheorghe", "vasile", "constantin", "nicolae", "mihai", "andrei", "alexandru", "adrian", "cristian",
    "daniel", "florin", "marian", "dan", "radu", "traian", "klaus", "viorel", "dorel", "sorin", "ovidiu", "liviu",
    "marcel", "mircea", "cătălin", "călin", "emil", "eugen", "horia", "ilie", "iulian", "laurențiu", "lucian", "marius",
    "nicu", "petru", "răzvan", "remus", "sebastian", "silviu", "ștefan", "teodor", "tudor", "valentin", "virgil",
    "bogdan", "costel", "costin", "dumitru", "dragoș", "gabriel", "george", "grigore", "ionuț", "iosif", "octavian",
    "paul", "petre", "sergiu", "vlad", "aurel", "cornel", "corneliu", "doru", "emanuel", "eduard", "gelu", "horațiu",
    "mihail", "mugur", "nelu", "rareș", "sandu", "sabin", "toma", "valeriu", "zoltan", "attila", "csaba", "levente",
    "hunor", "elena", "ioana", "ana", "andreea", "alina", "mihaela", "cristina", "daniela", "gabriela", "adriana",
    "ramona", "roxana", "simona", "monica", "laura", "raluca", "carmen", "corina", "irina", "georgiana", "oana",
    "viorica", "ecaterina", "rodica", "doina", "claudia", "lavinia", "loredana", "larisa", "denisa", "alexandra",
    "anca", "camelia", "luminița", "nicoleta", "paula", "silvia", "sorina", "teodora", "valentina", "veronica",
    "liliana", "florentina", "sînziana", "sânziana", "mădălina", "iuliana", "aurelia", "dorin", "ionel", "victor",
    // Italian
    "giuseppe", "giovanni", "antonio", "mario", "luigi", "francesco", "angelo", "vincenzo", "pietro", "salvatore",
    "carlo", "franco", "domenico", "bruno", "paolo", "michele", "giorgio", "aldo", "sergio", "luciano", "giuliano",
    "roberto", "marco", "massimo", "stefano", "andrea", "alessandro", "luca", "matteo", "lorenzo", "davide", "simone",
    "federico", "riccardo", "gabriele", "giacomo", "enrico", "emanuele", "fabio", "fabrizio", "claudio", "maurizio",
    "giancarlo", "gianluca", "gianni", "walter", "silvio", "sandro", "piero", "pier", "pierluigi", "nicola", "alberto",
    "alfredo", "umberto", "renato", "rocco", "raffaele", "filippo", "guido", "enzo", "ettore", "edoardo", "cesare",
    "dario", "diego", "emilio", "ferdinando", "flavio", "gaetano", "giulio", "ignazio", "leonardo", "mauro", "ottavio",
    "pasquale", "renzo", "sebastiano", "tommaso", "valerio", "vittorio", "beppe", "achille", "adriano", "alessio",
    "armando", "arturo", "attilio", "carmine", "corrado", "cristiano", "daniele", "elio", "ernesto", "fausto", "gino",
    "lucio", "marcello", "mattia", "osvaldo", "saverio", "silvano", "tiziano", "gianfranco", "gianluigi", "giampiero",
    "massimiliano", "maria", "anna", "giuseppina", "angela", "giovanna", "teresa", "lucia", "carmela", "caterina",
    "francesca", "chiara", "sara", "giulia", "martina", "alessandra", "federica", "paola", "roberta", "barbara",
    "elisa", "emma", "giorgia", "ilaria", "irene", "marta", "patrizia", "raffaella", "rita", "sabrina", "stefania",
    "tiziana", "viviana", "beatrice", "camilla", "donatella", "emanuela", "eleonora", "gabriella", "letizia", "lorena",
    "luisa", "manuela", "margherita", "mariangela", "nadia", "ornella", "rosanna", "rossella", "serena", "sonia",
    "vanessa", "virginia", "mara", "matilde", "ludovica", "rosaria", "annalisa",
    // More names of people in the news of our three languages, by origin (added
    // when foreign surnames after an unknown given name read as organisations:
    // "Rodrigo Mendoza", "Hamza Driouch" ended in a place's name). Not the ones
    // that are ordinary words here ("Bianca", "Franco", "Vera", "Ali", "Can";
    // "Kemi" and "Priti" are Albanian verbs, "Maxim" and "Pete" Romanian
    // words, "Lino" and "Gaia" Italian ones) or places and brands ("Ivano",
    // "Fatima", "Moritz", "Felix", "Yves", "Tiffany").
    // Italian and Romanian
    "alessia", "antonella", "benedetta", "carla", "cecilia", "elisabetta", "fabiana", "gianmarco", "mirko", "nicolò",
    "niccolò", "rosario", "vittorio", "arianna", "beatrice", "debora", "erika", "giada", "ilenia", "jessica", "marisa",
    "michela", "noemi", "ombretta", "pamela", "tamara", "vanda", "agostino", "alfio", "amedeo", "aurelio", "biagio",
    "calogero", "cosimo", "damiano", "donato", "elia", "ezio", "fulvio", "gennaro", "gerardo", "gualtiero",
    "marcellino", "maurilio", "nazzareno", "nunzio", "ottavio", "pasqualino", "piergiorgio", "pierpaolo", "raimondo",
    "rosolino", "settimio", "tonino", "ugo", "vinicio", "alin", "aurelian", "cosmin", "cristi", "dacian", "flavius",
    "ionela", "mihnea", "mirel", "nicușor", "olguța", "petrișor", "cezar", "costică", "dănuț", "gigel", "titus",
    "ludovic", "adina", "elisabeta", "mariana", "marilena", "otilia", "petronela", "violeta", "cornelia", "delia",
    "elvira", "lucreția", "marcela", "nicoleta", "valerica",
    // Spanish and Portuguese
    "rodrigo", "álvaro", "alvaro", "alfonso", "enrique", "gonzalo", "raúl", "raul", "lucas", "mateo", "nicolás",
    "ignacio", "joaquín", "emilio", "esteban", "fabián", "felipe", "guillermo", "hernán", "jaime", "julio", "leandro",
    "lorenzo", "martín", "maximiliano", "pedro", "ramón", "rubén", "sergio", "xavier", "jesús", "agustín", "cristóbal",
    "gustavo", "mauricio", "nahuel", "rui", "fábio", "thiago", "tiago", "vitor", "gabriel", "daniela", "fernanda",
    "gabriela", "inés", "isabel", "lucía", "pilar", "rocío", "ximena", "yolanda", "dilma", "jair", "lula", "cristina",
    "nayib", "nicolás",
    // Arabic, Berber, Persian and West African
    "hamza", "youssef", "yousef", "youssouf", "karim", "rachid", "rashid", "mehdi", "nabil", "walid", "samir", "tarek",
    "tariq", "amir", "khaled", "jamal", "adel", "bilal", "ayoub", "mounir", "hicham", "driss", "abdel", "abdelkader",
    "abdelghani", "abdellah", "abderrahim", "abdelaziz", "abdelhak", "issam", "mustapha", "moussa", "ibrahima",
    "mamadou", "ousmane", "amadou", "idriss", "aisha", "aicha", "khadija", "nadia", "yasmine", "amina", "zineb",
    "souad", "hakim", "hamed", "hamdi", "hassan", "houssem", "imad", "ismael", "jalal", "kamal", "lahcen", "majid",
    "marwan", "mohsen", "nasser", "noureddine", "omar", "osama", "saad", "salim", "sami", "sofiane", "soufiane", "taha",
    "wael", "yassine", "yassin", "younes", "zakaria", "zied", "abbas", "alireza", "hossein", "javad", "mahmoud",
    "mojtaba", "mohammed", "hamad", "tamim", "faisal", "fahad", "saud", "recep", "abiy", "paul", "cyril", "jacob",
    "uhuru", "william",
    // Turkish and Caucasus
    "murat", "emre", "burak", "hakan", "kemal", "cem", "ozan", "volkan", "arda", "kerem", "kaan", "serkan", "tayyip",
    "binali", "devlet", "ekrem", "ilham", "nikol", "irakli", "mikheil",
    // Slavic, Baltic, Hungarian
    "andrii", "andriy", "oleksandr", "oleksii", "oleksiy", "petro", "yevgeny", "yevgeniy", "evgeny", "nikolay",
    "sergiy", "serhiy", "vitaly", "vitalii", "pavel", "pavlo", "yaroslav", "valery", "valeriy", "anatoly", "maksym",
    "ruslan", "stanislav", "vladislav", "vasyl", "taras", "bohdan", "mykola", "mykhailo", "andrzej", "tomasz", "marek",
    "piotr", "krzysztof", "jarosław", "mateusz", "radosław", "jiří", "petr", "miloš", "aleksandr", "ramzan", "dmitriy",
    "yury", "yuriy", "kirill", "gennady", "valentina", "maria", "yulia", "oksana", "olena", "iryna", "viktoria",
    "anastasia", "daria", "ksenia", "elvira", "nadezhda", "lyudmila", "marija", "milica", "jelena", "ivana", "dragana",
    "snežana", "tanja", "vesna", "zlatko", "hristijan", "zoran", "branko", "dušan", "miroslav", "nenad", "predrag",
    "tomislav", "vojislav", "željko", "siniša", "bakir", "milorad", "denis", "kiril", "rumen", "boyko", "gitanas",
    "kersti", "kaja", "viktor", "péter", "gergely",
    // German, Dutch, Nordic
    "horst", "günter", "günther", "dieter", "uwe", "lars", "sven", "kai", "ralf", "rolf", "ulrich", "manfred",
    "joachim", "matthias", "christoph", "florian", "lukas", "tobias", "julian", "hannes", "sahra", "ricarda", "sabine",
    "heike", "katrin", "markus", "mathias", "stefanie", "thorsten", "hendrik", "jeroen", "geert", "mark", "wopke",
    "ulf", "magnus", "jonas", "henrik", "anders", "jens", "mette", "magdalena", "stefan", "ulf", "alexander", "sauli",
    "petteri", "antti", "sanna", "juha", "erna",
    // French and English
    "ségolène", "édouard", "edouard", "bernard", "gérald", "gerald", "sophie", "céline", "mathieu", "julien", "antoine",
    "guillaume", "benoît", "yannick", "rené", "raphaël", "gabriel", "bruno", "valérie", "rachida", "marlène",
    "élisabeth", "brigitte", "jean-luc", "jean-marie", "jean-yves", "jean-claude", "jean-pierre", "theresa", "gordon",
    "mitch", "chuck", "tulsi", "elise", "kash", "marjorie", "lindsey", "condoleezza", "colin", "antony", "jake",
    "ivanka", "jared", "kristen", "gavin", "hakeem", "ilhan", "bernie", "rudy", "rudolph", "sean", "stephen", "howard",
    "kamala", "doug", "jared", "liam", "oliver", "noel", "fiona", "nicola", "keir", "rachel", "yvette", "angela",
    "sajid", "suella", "jeremy", "boris", "nick", "nigel", "jacinda", "anthony", "malcolm", "justin", "pierre",
    "mélanie", "chrystia",
    // East and South Asian
    "shinzo", "fumio", "yoshihide", "shigeru", "sanae", "yo-jong", "narendra", "rahul", "shehbaz", "imran", "nawaz",
    "benazir", "ferdinand", "rodrigo", "joko", "prabowo", "anwar",
    // International
    "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher",
    "matthew", "anthony", "donald", "steven", "andrew", "joshua", "kenneth", "kevin", "brian", "edward", "ronald",
    "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry",
    "justin", "scott", "brandon", "benjamin", "samuel", "frank", "gregory", "raymond", "alexander", "patrick", "jack",
    "dennis", "jerry", "tyler", "aaron", "henry", "adam", "douglas", "nathan", "peter", "zachary", "kyle", "harold",
    "jeremy", "ethan", "carl", "keith", "roger", "gerald", "christian", "terry", "sean", "arthur", "noah", "lawrence",
    "jesse", "joe", "bryan", "billy", "albert", "dylan", "bruce", "alan", "juan", "logan", "wayne", "ralph", "roy",
    "eugene", "randy", "vincent", "russell", "louis", "philip", "bobby", "johnny", "bradley", "mike", "tom", "tony",
    "jim", "bob", "steve", "barack", "hillary", "kamala", "elon", "rishi", "boris", "keir", "emmanuel", "olaf",
    "friedrich", "ursula", "volodymyr", "vladimir", "sergei", "sergey", "dmitry", "dmitri", "alexei", "aleksandr",
    "mikhail", "nikolai", "igor", "yuri", "ivan", "viktor", "recep", "narendra", "shinzo", "fumio", "jair", "luiz",
    "javier", "pedro", "carlos", "luis", "jorge", "manuel", "miguel", "francisco", "rafael", "pablo", "fernando",
    "alejandro", "andrés", "xavi", "xabi", "lionel", "kylian", "erling", "pep", "jürgen", "hans", "karl", "wolfgang",
    "helmut", "gerhard", "markus", "stefan", "jean", "pierre", "jacques", "françois", "nicolas", "marine", "michel",
    "philippe", "laurent", "olivier", "alain", "gérard", "henri", "dominique", "aleksandar", "milorad", "slobodan",
    "zoran", "dragan", "goran", "nikola", "ivica", "andrej", "janez", "péter", "zoltán", "mohammed", "muhammad",
    "mohamed", "mohammad", "ahmed", "ahmad", "hassan", "hussein", "omar", "abdul", "abdullah", "mahmoud", "khalid",
    "yasser", "bashar", "ebrahim", "masoud", "hamid", "mustafa", "ahmet", "mehmet", "yusuf", "sarah", "mary",
    "patricia", "jennifer", "linda", "elizabeth", "susan", "jessica", "karen", "nancy", "lisa", "margaret", "sandra",
    "ashley", "kimberly", "emily", "donna", "michelle", "amanda", "melissa", "deborah", "stephanie", "rebecca",
    "sharon", "cynthia", "kathleen", "amy", "helen", "samantha", "katherine", "christine", "rachel", "catherine",
    "janet", "heather", "julie", "kelly", "lauren", "joan", "judith", "megan", "hannah", "jacqueline", "martha",
    "kathryn", "abigail", "alice", "sophia", "natalie", "charlotte", "marie", "kate", "melania", "jill", "kristi",
    "kaja", "annalena", "sanna", "mette", "magdalena", "natalia", "olga", "tatiana", "yulia", "svetlana", "ekaterina",
    "antónio", "josé", "joão", "ricardo", "sergi", "jordi", "iñaki", "zinedine", "didier", "thierry", "arsène", "josep",
    "carles", "ronaldo", "neymar", "luka", "novak", "rafa", "jannik", "vinícius", "jude", "harry", "sadio", "kim", "xi",
    "benjamín", "yoav", "isaac", "naftali", "yair", "volker", "annegret", "jens", "mark", "bill", "warren", "nigel",
    "liz", "whitney", "kanye", "oprah", "hugh", "ariana", "selena", "miley", "beyoncé", "rihanna", "shakira"};

std::size_t language_index(Language language) {
  for (std::size_t i = 0; i < analysis::kAllLanguages.size(); ++i) {
    if (analysis::kAllLanguages[i] == language) return i;
  }
  return analysis::kAllLanguages.size() - 1;
}

}  // namespace

CueWords::CueWords() {
  for (std::string_view name : kGivenNames) given_names_.insert(analysis::normalize_term(name));
  analysis::AnalyzerSet analyzers;
  for (const CueList& list : cue_lists()) {
    auto& sets = stems_[static_cast<std::size_t>(list.cue)];
    auto& plain_sets = plain_[static_cast<std::size_t>(list.cue)];
    // A list of one language stems in that language; English lists join
    // every language as plain forms (see is()).
    if (list.language == Language::Undetermined) {
      for (std::string_view word : list.words)
        english_[static_cast<std::size_t>(list.cue)].insert(analysis::normalize_term(word));
    }
    for (Language language : analysis::kAllLanguages) {
      if (list.language != Language::Undetermined && list.language != language) continue;
      for (std::string_view word : list.words) {
        for (const analysis::Token& token : analyzers[language].analyze(word)) {
          if (list.language != Language::Undetermined) sets[language_index(language)].insert(token.stem);
          plain_sets[language_index(language)].insert(token.norm);
        }
      }
    }
  }
}

bool CueWords::is(Cue cue, Language language, const std::string& stem, const std::string& plain) const {
  return stems_[static_cast<std::size_t>(cue)][language_index(language)].count(stem) > 0 ||
         english_[static_cast<std::size_t>(cue)].count(plain) > 0;
}

bool CueWords::is_plain(Cue cue, Language language, const std::string& plain) const {
  return plain_[static_cast<std::size_t>(cue)][language_index(language)].count(plain) > 0;
}

bool CueWords::is_own_plain(Cue cue, Language language, const std::string& plain) const {
  return is_plain(cue, language, plain) && english_[static_cast<std::size_t>(cue)].count(plain) == 0;
}

void CueWords::add_given_name(std::string_view plain) {
  given_names_.emplace(plain);
}

bool CueWords::is_given_name(Language language, std::string_view plain) const {
  if (given_names_.count(std::string(plain))) return true;
  // An inflected form: "Valonit" (valon+it), "Mariei" (mari+ei ← Maria).
  for (const std::string& root : analysis::possible_roots(language, plain)) {
    for (std::string_view ending : {"", "a", "e"}) {
      const std::string name = root + std::string(ending);
      if (name != plain && given_names_.count(name) && analysis::is_name_form(language, plain, name)) return true;
    }
  }
  return false;
}

}  // namespace kronika::entities
