//! Word lists the rules use: countries, nationalities and languages, forms of address,
//! closings, months, and the capitalised words that start a sentence but are no name.
//! General Dutch and English vocabulary, not taken from any sample letter.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Countries and regions of origin, Dutch and English names (as written, capitalised).
#[rustfmt::skip]
pub const COUNTRIES: &[&str] = &[
    "Afghanistan", "Albanië", "Albania", "Algerije", "Algeria", "Angola", "Argentinië",
    "Argentina", "Armenië", "Armenia", "Aruba", "Azerbeidzjan", "Azerbaijan", "Bangladesh",
    "Bonaire", "Bosnië", "Bosnia", "Brazilië", "Brazil", "Bulgarije", "Bulgaria", "Burundi",
    "Canada", "Chili", "Chile", "China", "Colombia", "Congo", "Cuba", "Curaçao", "Denemarken",
    "Denmark", "Duitsland", "Germany", "Egypte", "Egypt", "Eritrea", "Estland", "Estonia",
    "Ethiopië", "Ethiopia", "Filipijnen", "Philippines", "Finland", "Frankrijk", "France",
    "Gambia", "Georgië", "Georgia", "Ghana", "Griekenland", "Greece", "Guinee", "Guinea",
    "Haïti", "Haiti", "Hongarije", "Hungary", "Ierland", "Ireland", "India", "Indonesië",
    "Indonesia", "Irak", "Iraq", "Iran", "Israël", "Israel", "Italië", "Italy", "Ivoorkust",
    "Jamaica", "Japan", "Jemen", "Yemen", "Jordanië", "Jordan", "Kaapverdië", "Kameroen",
    "Cameroon", "Kazachstan", "Kenia", "Kenya", "Koerdistan", "Kurdistan", "Kosovo",
    "Kroatië", "Croatia", "Letland", "Latvia", "Libanon", "Lebanon", "Libië", "Libya",
    "Litouwen", "Lithuania", "Macedonië", "Macedonia", "Maleisië", "Malaysia", "Mali",
    "Marokko", "Morocco", "Mexico", "Moldavië", "Moldova", "Mongolië", "Mongolia",
    "Nepal", "Nigeria", "Noorwegen", "Norway", "Oekraïne", "Ukraine", "Oeganda", "Uganda",
    "Oostenrijk", "Austria", "Pakistan", "Palestina", "Palestine", "Peru", "Polen", "Poland",
    "Portugal", "Roemenië", "Romania", "Rusland", "Russia", "Rwanda", "Saudi-Arabië",
    "Senegal", "Servië", "Serbia", "Sierra Leone", "Sint Maarten", "Slowakije", "Slovakia",
    "Slovenië", "Slovenia", "Soedan", "Sudan", "Somalië", "Somalia", "Spanje", "Spain",
    "Sri Lanka", "Suriname", "Syrië", "Syria", "Tanzania", "Thailand", "Tibet", "Togo",
    "Tsjechië", "Czechia", "Tunesië", "Tunisia", "Turkije", "Turkey", "Türkiye", "Venezuela",
    "Verenigd Koninkrijk", "United Kingdom", "Engeland", "England", "Schotland", "Scotland",
    "Wales", "Verenigde Staten", "United States", "Amerika", "America", "Vietnam",
    "Wit-Rusland", "Belarus", "Zambia", "Zimbabwe", "Zuid-Afrika", "South Africa",
    "Zweden", "Sweden", "Zwitserland", "Switzerland", "Antillen", "Antilles",
    "Nederlandse Antillen", "Marokko", "Cyprus", "Malta", "Luxemburg", "Luxembourg",
    "IJsland", "Iceland", "Nieuw-Zeeland", "New Zealand", "Australië", "Australia",
    "Korea", "Zuid-Korea", "South Korea", "Taiwan", "Cambodja", "Cambodia", "Laos",
    "Myanmar", "Birma", "Burma", "Tadzjikistan", "Oezbekistan", "Uzbekistan", "Tsjetsjenië",
    "Chechnya", "Dominicaanse Republiek", "Dominican Republic", "Bolivia", "Ecuador",
    "Paraguay", "Uruguay", "Guatemala", "Honduras", "Nicaragua", "Panama", "Costa Rica",
    "Trinidad", "Molukken", "Bali", "Java", "Sumatra",
];

/// The countries an applicant in the Netherlands or Belgium lives in now: "woon ik in
/// Nederland" tells of having migrated, "geboren in Nederland" of origin.
#[rustfmt::skip]
pub const HOME_COUNTRIES: &[&str] = &[
    "Nederland", "the Netherlands", "Netherlands", "Holland", "België", "Belgium",
    "Vlaanderen", "Flanders",
];

/// Nationality and origin adjectives, Dutch (with and without -e) and English.
#[rustfmt::skip]
pub const NATIONALITIES: &[&str] = &[
    "Afghaans", "Afghaanse", "Afghan", "Albanees", "Albanese", "Albanian", "Algerijns",
    "Algerijnse", "Algerian", "Amerikaans", "Amerikaanse", "American", "Antilliaans",
    "Antilliaanse", "Antillean", "Arabisch", "Arabische", "Arab", "Armeens", "Armeense",
    "Armenian", "Belgisch", "Belgische", "Belgian", "Berbers", "Berberse", "Berber",
    "Bosnisch", "Bosnische", "Bosnian", "Braziliaans", "Braziliaanse", "Brazilian", "Brits",
    "Britse", "British", "Bulgaars", "Bulgaarse", "Bulgarian", "Chinees", "Chinese",
    "Colombiaans", "Colombiaanse", "Colombian", "Congolees", "Congolese", "Curaçaos",
    "Curaçaose", "Curaçaoan", "Deens", "Deense", "Danish", "Duits", "Duitse", "German",
    "Egyptisch", "Egyptische", "Egyptian", "Engels", "Engelse", "English", "Eritrees",
    "Eritrese", "Eritrean", "Ethiopisch", "Ethiopische", "Ethiopian", "Filipijns",
    "Filipijnse", "Filipino", "Fins", "Finse", "Finnish", "Frans", "Franse", "French",
    "Ghanees", "Ghanese", "Ghanaian", "Grieks", "Griekse", "Greek", "Hindostaans",
    "Hindostaanse", "Hindustani", "Hongaars", "Hongaarse", "Hungarian", "Iers", "Ierse",
    "Irish", "Indiaas", "Indiase", "Indian", "Indonesisch", "Indonesische", "Indonesian",
    "Iraaks", "Iraakse", "Iraqi", "Iraans", "Iraanse", "Iranian", "Italiaans", "Italiaanse",
    "Italian", "Jamaicaans", "Jamaicaanse", "Jamaican", "Japans", "Japanse", "Japanese",
    "Joegoslavisch", "Joegoslavische", "Kaapverdisch", "Kaapverdische", "Keniaans",
    "Keniaanse", "Kenyan", "Koerdisch", "Koerdische", "Kurdish", "Kroatisch", "Kroatische",
    "Croatian", "Libanees", "Libanese", "Lebanese", "Litouws", "Litouwse", "Lithuanian",
    "Lets", "Letse", "Latvian", "Marokkaans", "Marokkaanse", "Moroccan", "Moluks",
    "Molukse", "Moluccan", "Nederlands", "Nederlandse", "Dutch", "Nigeriaans",
    "Nigeriaanse", "Nigerian", "Oekraïens", "Oekraïense", "Ukrainian", "Oostenrijks",
    "Oostenrijkse", "Austrian", "Pakistaans", "Pakistaanse", "Pakistani", "Palestijns",
    "Palestijnse", "Palestinian", "Pools", "Poolse", "Polish", "Portugees", "Portugese",
    "Portuguese", "Roemeens", "Roemeense", "Romanian", "Russisch", "Russische", "Russian",
    "Schots", "Schotse", "Scottish", "Servisch", "Servische", "Serbian", "Slowaaks",
    "Slowaakse", "Slovak", "Somalisch", "Somalische", "Somali", "Spaans", "Spaanse",
    "Spanish", "Surinaams", "Surinaamse", "Surinamese", "Syrisch", "Syrische", "Syrian",
    "Thais", "Thaise", "Thai", "Tsjechisch", "Tsjechische", "Czech", "Tunesisch",
    "Tunesische", "Tunisian", "Turks", "Turkse", "Turkish", "Vietnamees", "Vietnamese",
    "Vlaams", "Vlaamse", "Flemish", "Zweeds", "Zweedse", "Swedish", "Zwitsers",
    "Zwitserse", "Swiss", "Afrikaans", "Afrikaanse", "African", "Aziatisch", "Aziatische",
    "Asian", "Caribisch", "Caribische", "Caribbean", "Arubaans", "Arubaanse", "Aruban",
    "Afro-Surinaams", "Afro-Surinaamse", "Creools", "Creoolse", "Creole", "Javaans",
    "Javaanse", "Javanese", "Tamil", "Tamilische", "Bengaals", "Bengaalse", "Bengali",
    "Pashtun", "Pasjtoe", "Dari", "Perzisch", "Perzische", "Persian", "Sudanees",
    "Sudanese", "Soedanees", "Soedanese", "Jemenitisch", "Jemenitische", "Yemeni",
    "Jordaans", "Jordaanse", "Jordanian", "Egyptenaar", "Mexicaans", "Mexicaanse",
    "Mexican", "Venezolaans", "Venezolaanse", "Venezuelan", "Peruaans", "Peruaanse",
    "Peruvian", "Chileens", "Chileense", "Chilean", "Argentijns", "Argentijnse",
    "Argentinian", "Cubaans", "Cubaanse", "Cuban", "Dominicaans", "Dominicaanse",
    "Dominican", "Nepalees", "Nepalese", "Tibetaans", "Tibetaanse", "Tibetan",
    "Koreaans", "Koreaanse", "Korean", "Taiwanees", "Taiwanese", "Maleisisch",
    "Maleisische", "Malaysian", "Kameroens", "Kameroense", "Cameroonian", "Senegalees",
    "Senegalese", "Guinees", "Guinese", "Guinean", "Sierra Leoons", "Sierra Leoonse",
    "Sierra Leonean", "Ivoriaans", "Ivoriaanse", "Ivorian", "Ethiopiër", "Georgisch",
    "Georgische", "Georgian", "Azerbeidzjaans", "Azerbeidzjaanse", "Azerbaijani",
    "Kazachs", "Kazachse", "Kazakh", "Oezbeeks", "Oezbeekse", "Uzbek", "Tsjetsjeens",
    "Tsjetsjeense", "Chechen", "Wit-Russisch", "Wit-Russische", "Belarusian", "Moldavisch",
    "Moldavische", "Moldovan", "Macedonisch", "Macedonische", "Macedonian", "Sloveens",
    "Sloveense", "Slovenian", "Ests", "Estse", "Estonian", "Noors", "Noorse", "Norwegian",
    "Israëlisch", "Israëlische", "Israeli", "Saoedisch", "Saoedische", "Saudi", "Somaliër",
    "Eritreeër", "Syriër", "Turk", "Marokkaan", "Surinamer", "Antilliaan", "Pool",
    "Roemeen", "Bulgaar", "Afghaan", "Irakees", "Iraniër", "Koerd", "Chinees",
];

/// Languages, Dutch and English names, for "mijn moedertaal is …" and "native …".
#[rustfmt::skip]
pub const LANGUAGES: &[&str] = &[
    "Albanees", "Albanian", "Amhaars", "Amharic", "Arabisch", "Arabic", "Armeens",
    "Armenian", "Bengaals", "Bengali", "Berbers", "Berber", "Tamazight", "Tarifit",
    "Bosnisch", "Bosnian", "Bulgaars", "Bulgarian", "Chinees", "Chinese", "Mandarijn",
    "Mandarin", "Kantonees", "Cantonese", "Dari", "Deens", "Danish", "Duits", "German",
    "Engels", "English", "Farsi", "Perzisch", "Persian", "Fins", "Finnish", "Frans",
    "French", "Fries", "Frisian", "Grieks", "Greek", "Hebreeuws", "Hebrew", "Hindi",
    "Hindoestani", "Hindustani", "Sarnami", "Hongaars", "Hungarian", "Indonesisch",
    "Indonesian", "Italiaans", "Italian", "Japans", "Japanese", "Koerdisch", "Kurdish",
    "Koreaans", "Korean", "Kroatisch", "Croatian", "Lingala", "Litouws", "Lithuanian",
    "Lets", "Latvian", "Nederlands", "Dutch", "Vlaams", "Flemish", "Noors", "Norwegian",
    "Oekraïens", "Ukrainian", "Papiaments", "Papiamento", "Pasjtoe", "Pashto", "Pools",
    "Polish", "Portugees", "Portuguese", "Punjabi", "Roemeens", "Romanian", "Russisch",
    "Russian", "Servisch", "Serbian", "Slowaaks", "Slovak", "Somalisch", "Somali",
    "Spaans", "Spanish", "Sranantongo", "Sranan", "Swahili", "Tagalog", "Tamil", "Thai",
    "Tigrinya", "Tigrinia", "Tsjechisch", "Czech", "Turks", "Turkish", "Twi", "Urdu",
    "Vietnamees", "Vietnamese", "Yoruba", "Zweeds", "Swedish", "Javaans", "Javanese",
    "Aramees", "Aramaic", "Oromo", "Hausa", "Igbo", "Wolof", "Fula", "Malayalam",
    "Telugu", "Gujarati", "Marathi", "Nepalees", "Nepali", "Thais", "Maleis", "Malay",
];

pub static COUNTRY_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| COUNTRIES.iter().chain(HOME_COUNTRIES).copied().collect());
pub static NATIONALITY_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| NATIONALITIES.iter().copied().collect());
pub static LANGUAGE_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| LANGUAGES.iter().copied().collect());

/// Month names (Dutch, English, abbreviations), lower case.
#[rustfmt::skip]
pub const MONTHS: &[&str] = &[
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun",
    "jul", "aug", "sep", "sept", "okt", "nov", "dec", "january", "february", "march", "may",
    "june", "july", "august", "october", "janvier", "février", "mars", "avril", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
];

/// Capitalised words that begin lines and sentences in letters and are never a name on
/// their own. Lower case; compared after lower-casing.
#[rustfmt::skip]
pub const NOT_NAMES: &[&str] = &[
    "ik", "je", "jij", "u", "wij", "we", "zij", "ze", "hij", "het", "een", "de", "dit", "dat",
    "deze", "die", "mijn", "met", "van", "voor", "in", "op", "aan", "als", "bij", "naar",
    "na", "om", "over", "per", "sinds", "tot", "uit", "door", "en", "of", "maar", "dus",
    "ook", "nog", "al", "wel", "niet", "geen", "graag", "hierbij", "hallo", "hoi", "hey",
    "hi", "hello", "dear", "beste", "geachte", "dag", "goedemorgen", "goedemiddag",
    "goedenavond", "goedendag", "groeten", "groet", "groetjes", "vriendelijke", "hartelijke",
    "hoogachtend", "liefs", "bedankt", "dank", "alvast", "tot", "ziens", "mvg", "thanks",
    "thank", "regards", "kind", "best", "yours", "sincerely", "faithfully", "cheers",
    "i", "my", "the", "a", "an", "and", "or", "but", "so", "to", "of", "for", "with", "from",
    "at", "by", "on", "as", "this", "that", "these", "those", "it", "is", "am", "are", "was",
    "be", "have", "has", "had", "do", "can", "will", "would", "could", "should", "please",
    "heer", "mevrouw", "meneer", "mijnheer", "mevr", "dhr", "mw", "mr", "mrs", "ms", "miss",
    "sir", "madam", "team", "hiring", "manager", "recruiter", "recruitment", "hr", "afdeling",
    "personeelszaken", "directie", "sollicitatie", "sollicitatiebrief", "onderwerp",
    "betreft", "subject", "re", "aan", "van", "cc", "bcc", "to", "from", "telefoon", "tel",
    "mobiel", "gsm", "email", "mail", "adres", "address", "phone", "mobile", "naam", "name",
    "curriculum", "vitae", "cv", "personalia", "bijlage", "bijlagen", "ps", "p.s",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "vandaag", "morgen",
    "gisteren", "today", "tomorrow", "yes", "no", "ja", "nee", "oké", "ok", "yo", "wat",
    "waarom", "hoe", "wie", "waar", "wanneer", "what", "why", "how", "who", "where", "when",
    "nu", "now", "daar", "hier", "there", "here", "toen", "then", "also", "daarnaast",
    "verder", "tevens", "momenteel", "currently", "after", "before", "since", "during",
    "tijdens", "voordat", "nadat", "omdat", "because", "while", "terwijl", "daarom",
    "therefore", "helaas", "unfortunately", "natuurlijk", "of course", "via", "zie",
    "see", "meer", "more", "alle", "all", "veel", "many", "much", "some", "enkele", "sommige",
    "iedereen", "everyone", "niemand", "nobody", "samen", "together", "jullie", "your",
    "uw", "our", "ons", "onze", "their", "hun", "his", "her", "zijn", "haar",
];

pub static NOT_NAME_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| NOT_NAMES.iter().copied().collect());

/// Particles inside surnames (tussenvoegsels and their foreign kin), lower case.
#[rustfmt::skip]
pub const PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "het", "'t", "’t", "ter", "ten", "te", "in", "op", "onder",
    "uit", "voor", "la", "le", "du", "da", "dos", "das", "di", "del", "della", "von", "zu",
    "el", "al", "bin", "ben", "ibn", "ait", "ou", "d'", "l'", "y",
];

pub static PARTICLE_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| PARTICLES.iter().copied().collect());

/// Nouns for a person the applicant names: a former manager, a coach, a reference.
#[rustfmt::skip]
pub const ROLE_NOUNS: &[&str] = &[
    "leidinggevende", "jobcoach", "coach", "collega", "oud-collega", "referentie",
    "projectleider", "teamleider", "teamleidster", "chef", "baas", "manager", "begeleider",
    "begeleidster", "mentor", "docent", "docente", "leraar", "lerares", "trainer", "eigenaar",
    "eigenaresse", "werkgever", "stagebegeleider", "praktijkbegeleider", "bedrijfsleider",
    "filiaalmanager", "supervisor", "colleague", "reference", "referee", "boss", "teacher",
    "tutor", "line manager", "former manager", "director", "directeur", "vriend", "vriendin",
    "friend", "buurman", "buurvrouw", "neighbour", "contactpersoon", "consulent",
    "klantmanager", "werkcoach", "loopbaancoach", "team lead", "teamlead", "lead",
    "ploegleider", "ploegbaas", "voorman", "shift leader", "shift manager", "head chef",
    "chef-kok", "opleider", "instructeur", "instructor", "leermeester", "zaakvoerder",
    "verantwoordelijke", "coördinator", "coordinator", "buddy",
];
