//! Cues to a protected ground: origin, gender, religion, family, health, photo. Each rule
//! marks the phrase that carries the cue ("mijn moedertaal is Turks", "getrouwd en heb een
//! dochter van 2", "uitgevallen met een burn-out"), so the coordinator sees what to decide on.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::lex::{COUNTRIES, HOME_COUNTRIES, LANGUAGES, NATIONALITIES};
use crate::structure::Doc;
use crate::text::sentence_around;
use crate::{Label, Rule};

/// `a|b|c` of the words, longest first, escaped.
pub(crate) fn alt(words: &[&str]) -> String {
    let mut w: Vec<&str> = words.to_vec();
    w.sort_by_key(|s| std::cmp::Reverse(s.len()));
    w.dedup();
    w.iter()
        .map(|s| regex::escape(s))
        .collect::<Vec<_>>()
        .join("|")
}

/// Which part of a match is the cue.
#[derive(Clone, Copy)]
enum Part {
    Whole,
    Group(usize),
}

/// When a rule holds: always, or only in a sentence where the applicant speaks of themselves.
#[derive(Clone, Copy, PartialEq)]
enum When {
    Always,
    FirstPerson,
}

/// One or two capitalised words, or "the Netherlands": a country, nationality or language
/// once [`origin_words_ok`] has checked them.
const ORIGIN_WORD: &str = r"(?:the[ \t]+)?\p{Lu}[\p{L}'’\-]*(?:[ \t]\p{Lu}[\p{L}'’\-]*)?";

/// Every word of the country, nationality and language lists.
static ORIGIN_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    COUNTRIES
        .iter()
        .chain(HOME_COUNTRIES)
        .chain(NATIONALITIES)
        .chain(LANGUAGES)
        .flat_map(|w| w.split([' ', '-']).chain(std::iter::once(*w)))
        .collect()
});

/// The capitalised words that may stand in a cue besides the origin words themselves.
const FRAME_WORDS: &[&str] = &[
    "I",
    "Ik",
    "Mijn",
    "My",
    "In",
    "Back",
    "Terug",
    "Vroeger",
    "Thuis",
    "Als",
    "As",
    "A",
    "An",
    "Native",
    "Nationaliteit",
    "Nationality",
    "Ben",
    "Sinds",
    "Since",
    "Originally",
    "Oorspronkelijk",
    "Origineel",
    "Van",
    "Of",
    "Het",
    "The",
    "Een",
    "Kom",
    "Woon",
    "Werk",
];

/// True when every capitalised word in the match is a country, nationality or language, or
/// one of the frame words ("Ik", "Mijn", "In"), and at least one is of the first kind.
fn origin_words_ok(m: &str) -> bool {
    let mut any = false;
    let all = m
        .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .all(|w| {
            let w = w.trim_end_matches(['\'', '’']);
            let origin = ORIGIN_WORDS.contains(w);
            any |= origin;
            origin || FRAME_WORDS.contains(&w)
        });
    all && any
}

struct CueRule {
    label: Label,
    re: Regex,
    part: Part,
    when: When,
    /// Lower-case words of which the text must hold one for the rule to be tried at all
    /// (empty: always tried). A cheap screen; the pattern decides.
    needles: &'static [&'static str],
    /// The pattern names a country, nationality or language: check the words.
    origin: bool,
    /// Search the text with its ASCII letters in lower case.
    lower: bool,
}

const NUM: &str = r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)";
const CHILDREN: &str = r"(?:kind|kinderen|kids|kinders|zoon|zoontje|zonen|dochter|dochtertje|dochters|kleinkind|kleinkinderen|child|children|son|sons|daughter|daughters|grandchild|grandchildren|tieners|teenagers)";

static RULES: LazyLock<Vec<CueRule>> = LazyLock::new(|| {
    // a country, nationality or language: any capitalised word or two here, checked against
    // the word lists after the match (long alternations of words are slow to build)
    let word = ORIGIN_WORD;
    let (country, home, nat, lang) = (word, word, word, word);
    let s = r"[ \t]+";
    let mut v: Vec<CueRule> = Vec::new();
    let mut add =
        |label: Label, pat: String, part: Part, when: When, needles: &'static [&'static str]| {
            // a case-blind pattern runs on the text with ASCII letters in lower case (same
            // offsets): case-blind patterns are many times slower to build
            let lower = pat.starts_with("(?i)") && !pat.contains(ORIGIN_WORD);
            let body = if lower { &pat[4..] } else { pat.as_str() };
            v.push(CueRule {
                label,
                re: crate::text::regex(body).unwrap_or_else(|e| panic!("cue pattern {pat}: {e}")),
                lower,
                part,
                when,
                needles,
                origin: label == Label::Origin && pat.contains(ORIGIN_WORD),
            });
        };
    use Label::*;
    use Part::*;
    use When::*;
    // ORIGIN: mother tongue
    add(
        Origin,
        format!(
            r"\b(?:[Mm]ijn{s}|[Mm]'n{s})?moedertaal(?:{s}is|{s}was)?{s}(?:het{s})?(?:{lang})(?:{s}(?:en|of){s}(?:{lang}))?\b"
        ),
        Whole,
        Always,
        &["moedertaal"],
    );
    add(
        Origin,
        format!(
            r"\b(?:{lang})(?:{s}(?:en|of){s}(?:{lang}))?{s}(?:is|was|zijn){s}(?:mijn|m'n){s}moederta(?:al|len)\b"
        ),
        Whole,
        Always,
        &["moederta"],
    );
    add(
        Origin,
        format!(r"\b(?:{lang}){s}als{s}moedertaal\b"),
        Whole,
        Always,
        &["moedertaal"],
    );
    add(
        Origin,
        format!(
            r"(?i)\b(?:my{s})?(?:mother{s}tongue|native{s}language|first{s}language){s}is{s}(?:{lang})\E"
        ),
        Whole,
        Always,
        &["tongue", "native language", "first language"],
    );
    add(
        Origin,
        format!(
            r"\b(?:{lang}){s}is{s}my{s}(?:mother{s}tongue|native{s}language|first{s}language)\b"
        ),
        Whole,
        Always,
        &["tongue", "native language", "first language"],
    );
    add(
        Origin,
        format!(
            r"\b(?:[Aa]{s})?[Nn]ative{s}(?:{lang}){s}speaker\b|\b[Nn]ative{s}speaker{s}of{s}(?:{lang})\E|\b(?:{lang}){s}\(?(?:native|moedertaal)\)?"
        ),
        Whole,
        Always,
        &["native", "moedertaal"],
    );
    // ORIGIN: descent, coming from, born in a country
    add(
        Origin,
        format!(
            r"\b(?:ben|am|I'm|I’m|zijn|was|is)(?:{s}(?:zelf|ook|oorspronkelijk|originally))?{s}((?:van|of){s}(?:{nat})(?:{s}(?:en|and|of|or){s}(?:{nat}))?{s}(?:afkomst|komaf|origin|descent|heritage|roots|achtergrond|background))\b"
        ),
        Group(1),
        Always,
        &[
            "afkomst",
            "komaf",
            "origin",
            "descent",
            "heritage",
            "roots",
            "achtergrond",
            "background",
        ],
    );
    add(
        Origin,
        format!(
            r"\b((?:kom|kwam|komen|kwamen)(?:{s}(?:oorspronkelijk|zelf|van{s}origine))?{s}uit{s}(?:{country}))\E"
        ),
        Group(1),
        Always,
        &[" uit "],
    );
    add(
        Origin,
        format!(
            r"\b(?:(?:in|op){s}(?:{country}){s}(?:geboren|opgegroeid)|(?:geboren|opgegroeid|getogen)(?:{s}en{s}(?:getogen|opgegroeid))?{s}(?:in|op){s}(?:{country}))\E"
        ),
        Whole,
        Always,
        &["geboren", "opgegroeid", "getogen"],
    );
    add(
        Origin,
        format!(r"\b(?:born|raised|grew{s}up)(?:{s}and{s}(?:raised|bred))?{s}in{s}(?:{country})\E"),
        Whole,
        Always,
        &["born", "raised", "grew"],
    );
    add(
        Origin,
        format!(
            r"\b(?:[Oo]riginally|[Oo]orspronkelijk|[Oo]rigineel){s}(?:from|uit|van){s}(?:{country})\E"
        ),
        Whole,
        Always,
        &["originally", "oorspronkelijk", "origineel"],
    );
    add(
        Origin,
        format!(
            r"\bI(?:'m|’m|{s}am|{s}come)(?:{s}[\p{{L}}\-]+){{0,3}}?{s}from{s}((?:{country}))\E"
        ),
        Group(1),
        Always,
        &["from"],
    );
    // ORIGIN: having migrated ("woon ik in Nederland", "moved to the Netherlands")
    add(
        Origin,
        format!(
            r"\b((?:woon|werk|kook|leef|verblijf|wonen|werken)(?:{s}(?:ik|we|wij))?(?:{s}(?:nu|al|pas|inmiddels|sinds|vanaf|mijn|m'n|\d{{1,4}}|jaar|jaren|maanden|ruim|bijna|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\p{{Ll}}+ste|\p{{Ll}}+de|mijn)){{0,4}}{s}in{s}(?:{home}))\E"
        ),
        Group(1),
        Always,
        &[
            "nederland",
            "netherlands",
            "holland",
            "belgi",
            "vlaanderen",
            "flanders",
        ],
    );
    add(
        Origin,
        format!(r"\b((?:moved|migrated|emigrated|fled|relocated){s}(?:back{s})?to{s}(?:{home}))\E"),
        Group(1),
        Always,
        &["netherlands", "holland", "belgium", "flanders"],
    );
    add(
        Origin,
        format!(
            r"\b((?:[Aa]ls|[Aa]s{s}an?){s}(?:vluchteling|statushouder|asielzoeker|refugee|asylum{s}seeker|status{s}holder)(?:{s}(?:uit|from){s}(?:{country}))?)\b"
        ),
        Group(1),
        Always,
        &["vlucht", "status", "asiel", "refugee", "asylum"],
    );
    add(
        Origin,
        format!(
            r"(?i)\b(?:vluchteling|statushouder|asielzoeker|kennismigrant|refugee|asylum{s}seeker|status{s}holder|highly{s}skilled{s}migrant|arbeidsmigrant)\b"
        ),
        Whole,
        FirstPerson,
        &["vlucht", "status", "asiel", "migrant", "refugee", "asylum"],
    );
    add(
        Origin,
        format!(
            r"(?i)\b(?:(?:mijn|my){s})?(?:inburgering(?:scursus|sexamen|straject|sdiploma|splicht)?|(?:civic{s})?integration{s}(?:course|exam|programme|program|classes))\b"
        ),
        Whole,
        Always,
        &["inburgering", "integration"],
    );
    add(
        Origin,
        format!(
            r"(?i)\b(?:mijn|my){s}(?:thuisland|geboorteland|vaderland|land{s}van{s}herkomst|home{s}country|country{s}of{s}origin|native{s}country)\b"
        ),
        Whole,
        Always,
        &[
            "thuisland",
            "geboorteland",
            "vaderland",
            "herkomst",
            "home country",
            "country of origin",
            "native country",
        ],
    );
    add(
        Origin,
        format!(
            r"\b(?:[Ii]k{s}heb|[Hh]eb{s}ik|I{s}have|I've{s}got|I{s}come{s}from)(?:{s}(?:zelf|ook|also))?{s}((?:een{s}|a{s})?(?:migratieachtergrond|migrantenachtergrond|migration{s}background|migrant{s}background))\b"
        ),
        Group(1),
        Always,
        &["achtergrond", "background"],
    );
    // ORIGIN: nationality
    add(
        Origin,
        format!(
            r"\b(?:{nat}){s}(?:nationality|citizenship|citizen|passport|nationaliteit|paspoort|staatsburger)\b"
        ),
        Whole,
        Always,
        &[
            "national",
            "citizen",
            "passport",
            "paspoort",
            "staatsburger",
        ],
    );
    add(
        Origin,
        format!(r"(?i)\bnationalit(?:eit|y){s}(?:is{s})?(?:{nat})\E"),
        Whole,
        Always,
        &["nationalit"],
    );
    add(
        Origin,
        format!(
            r"\b(?:[Ii]k{s}ben|[Bb]en{s}ik|I{s}am|I'm|I’m)(?:{s}(?:een|an?|zelf|ook|half))?{s}((?:{nat}))\E"
        ),
        Group(1),
        Always,
        &["ik ben", "ben ik", "i am", "i'm", "i’m"],
    );
    add(
        Origin,
        format!(
            r"\b(?:[Aa]ls|[Aa]s{s}an?){s}((?:{nat})){s}(?:vrouw|man|moeder|vader|meid|jongen|woman|man|mother|father|girl|boy|moslima|moslim|muslim|ondernemer|nieuwkomer)\b"
        ),
        Group(1),
        Always,
        &["als ", "as a"],
    );
    add(
        Origin,
        format!(
            r"(?:^|[.!?][ \t]+|\n)(?:In|Back{s}in|Terug{s}in|Vroeger{s}in|Thuis{s}in){s}((?:{country}))\E"
        ),
        Group(1),
        Always,
        &[],
    );
    // GENDER
    add(Gender, r"(?i)\b(?:zij/haar|hij/hem|hen/hun|die/hen|die/diens|ze/haar|ze/hen|she/her|he/him|they/them|she/they|he/they|hen/die)\b".to_string(), Whole, Always, &["/"]);
    add(
        Gender,
        format!(
            r"\b(?:[Aa]ls|[Aa]s{s}an?)(?:{s}(?:{nat}|jonge|oudere|alleenstaande|werkende|young|older|single|working))?{s}(vrouw|moeder|vader|woman|mother|father)\b"
        ),
        Group(1),
        Always,
        &["als ", "as a"],
    );
    add(
        Gender,
        format!(
            r"\b(?:[Ii]k{s}ben|I{s}am|I'm|I’m)(?:{s}(?:een|a))?(?:{s}(?:{nat}|\p{{Ll}}+))?{s}(vrouw|moeder|vader|transvrouw|transman|non-binair|non-binary|transgender|woman|mother|father)\b"
        ),
        Group(1),
        Always,
        &["ik ben", "i am", "i'm", "i’m"],
    );
    add(
        Gender,
        format!(
            r"\b(vader|moeder|papa|mama|father|mother|dad|mum|mom){s}(?:van|of){s}{NUM}(?:{s}(?:jonge|kleine|young|little))?{s}{CHILDREN}\b"
        ),
        Group(1),
        Always,
        &[
            "vader", "moeder", "papa", "mama", "father", "mother", "dad", "mum", "mom",
        ],
    );
    // RELIGION
    add(Religion, r"(?i)\b(?:hoofddoek(?:je)?|hijab|headscarf|keppel|kippah|yarmulke|tulband|turban|niqaab|niqab|boerka|burka|ramadan|ramadhan|suikerfeest|offerfeest|eid(?:[ \-]al[ \-]\p{L}+)?|iftar|moslima|moslims?|islamitische?|islam|muslim|christenen|christen|christelijke?|christian|katholieke?|catholic|protestantse?|protestant|gereformeerde?|evangelische?|joodse?|jood|jewish|hindoeïstische?|hindoe|hindu|boeddhistische?|boeddhist|buddhist|sikh|moskee|mosque|kerk|church|synagoge|synagogue|mandir|tempel|temple|gurdwara|divali|diwali|sabbat|shabbat|sabbath|zondagsrust|gebedsruimte|gebedstijden|gebed|gebeden|bidden|prayers?|vastenmaand|bedevaart|hadj|gelovige?|religie|religieuze?|religious|godsdienst|godsdienstige?)\b".to_string(), Whole, Always, &[]);
    // FAMILY
    add(
        Family,
        format!(
            r"(?i)\b(?:getrouwd|gehuwd|ongehuwd|samenwonend|gescheiden|weduwe|weduwnaar|verloofd|married|divorced|widowed|(?:single|alleenstaande){s}(?:mother|father|parent|mum|mom|dad|moeder|vader|ouder|mama|papa))(?:{s}?(?:,|en|and|met|with)(?:{s}(?:heb|have|ik{s}heb))?{s}{NUM}{s}{CHILDREN}(?:{s}(?:van|of|aged){s}\d{{1,2}}(?:{s}(?:jaar|maanden|years|months))?)?)?\b"
        ),
        Whole,
        Always,
        &[
            "getrouwd",
            "gehuwd",
            "samenwonend",
            "gescheiden",
            "weduw",
            "verloofd",
            "married",
            "divorced",
            "widowed",
            "single",
            "alleenstaand",
        ],
    );
    add(
        Family,
        format!(
            r"(?i)\b(?:(?:samen{s})?(?:met|with){s})?(?:mijn|m'n|onze|ons|my|our){s}(?:[\p{{Ll}}\-]+{s})?(?:kinderen|kind|kids|kinders|zoon|zoontje|zonen|dochter|dochtertje|dochters|echtgenoot|echtgenote|man|vrouw|partner|kleinkinderen|kleinkind|baby|husband|wife|spouse|children|child|son|sons|daughter|daughters|grandchildren|boyfriend|girlfriend|fiancée?|verloofde|stiefkinderen|pleegkinderen|pleegkind)\b(?:{s}(?:zijn|waren|is|are|were){s}(?:(?:inmiddels|al|nu|now|already|allemaal|all){s})?(?:volwassen|groot|uit{s}huis|het{s}huis{s}uit|grown(?:{s}up)?|adults))?"
        ),
        Whole,
        Always,
        &[],
    );
    add(
        Family,
        format!(
            r"(?i)\b{NUM}{s}(?:kinderen|kids|children|zonen|sons|dochters|daughters|kleinkinderen|grandchildren)\b"
        ),
        Whole,
        FirstPerson,
        &[
            "kinderen",
            "kids",
            "children",
            "zonen",
            "sons",
            "dochters",
            "daughters",
            "kleinkinderen",
            "grandchildren",
        ],
    );
    add(
        Family,
        format!(
            r"(?i)\b(?:een|a|an){s}(?:zoon(?:tje)?|dochter(?:tje)?|son|daughter){s}(?:van|of){s}\d{{1,2}}\b"
        ),
        Whole,
        FirstPerson,
        &["zoon", "dochter", "son", "daughter"],
    );
    add(
        Family,
        format!(
            r"(?i)\b(?:vader|moeder|papa|mama|father|mother|dad|mum|mom|ouder|parent){s}(?:van|of){s}{NUM}(?:{s}(?:jonge|kleine|young|little))?(?:{s}{CHILDREN})?\b"
        ),
        Whole,
        Always,
        &[
            "vader", "moeder", "papa", "mama", "father", "mother", "dad", "mum", "mom", "ouder",
            "parent",
        ],
    );
    add(
        Family,
        format!(
            r"(?i)\b(?:zorg|zorgen){s}(?:ik|we|wij){s}(?:\p{{Ll}}+{s})?voor{s}(?:mijn|onze|m'n){s}(?:[\p{{Ll}}\-]+{s})?(?:moeder|vader|ouders|broer|zus|zoon|dochter|kind|kinderen|man|vrouw|partner|oma|opa|schoonmoeder|schoonvader)\b"
        ),
        Whole,
        Always,
        &["zorg"],
    );
    add(
        Family,
        format!(
            r"(?i)\b(?:opa|oma|grootvader|grootmoeder|grandfather|grandmother|grandpa|grandma|granddad|grandad){s}(?:van|of){s}{NUM}(?:{s}(?:kleinkinderen|kleinkind|grandchildren|grandchild))?\b"
        ),
        Whole,
        Always,
        &["opa", "oma", "groot", "grand"],
    );
    add(
        Family,
        format!(
            r"(?i)\bzwanger(?:schap)?\b|\bpregnan(?:t|cy)\b|\b(?:bevallings|zwangerschaps|ouderschaps|geboorte|adoptie)verlof\b|\b(?:maternity|paternity|parental){s}leave\b|\b(?:ons|onze|mijn|our|my){s}(?:(?:eerste|tweede|derde|first|second|third){s})?(?:kind|baby|child){s}(?:verwachten|verwacht|krijgen|is{s}due)\b|\bexpecting{s}(?:a{s}baby|our{s}(?:first|second|third){s}child|a{s}child|twins)\b|\b(?:een|a){s}baby{s}(?:verwachten|verwacht|krijgen|on{s}the{s}way)\b"
        ),
        Whole,
        Always,
        &[
            "zwanger",
            "pregnan",
            "verlof",
            "leave",
            "verwacht",
            "krijgen",
            "due",
            "expecting",
            "baby",
        ],
    );
    add(
        Family,
        format!(
            r"(?i)\bmantelzorg(?:er|taken)?\b|\b(?:zorg|zorgen|care|caring){s}(?:voor|for){s}(?:mijn|my|onze|our){s}(?:[\p{{Ll}}\-]+{s})?(?:moeder|vader|ouders|broer|zus|zoon|dochter|kind|kinderen|man|vrouw|partner|mother|father|parents|brother|sister|son|daughter|child|children|husband|wife|oma|opa)\b|\bzorgtaken\b|\bcaring{s}responsibilities\b|\bkinderopvang\b|\bschool{s}run\b"
        ),
        Whole,
        Always,
        &[
            "mantelzorg",
            "zorg",
            "care",
            "caring",
            "kinderopvang",
            "school run",
        ],
    );
    // HEALTH
    add(
        Health,
        format!(
            r"(?i)\b(?:(?:een|a|an){s})?(?:burn-?out|overspannenheid|overspannen|depressies?|depressief|depression|angststoornis|anxiety{s}disorder|paniekaanvallen|autisme|autistische?|autism|autistic|asperger|dyslexie|dyslexia|dyscalculie|diabetes|suikerziekte|epilepsie|epilepsy|reuma|rheumatism|artrose|hernia|kanker|cancer|chemo(?:therapie)?|hartaanval|hartinfarct|heart{s}attack|herseninfarct|beroerte|stroke|multiple{s}sclerose|multiple{s}sclerosis|parkinson|astma|asthma|\p{{L}}*eczeem|eczema|psoriasis|migraine|chronische?{s}(?:ziekte|pijn|vermoeidheid)|chronisch{s}ziek|chronic{s}(?:illness|pain|fatigue)|long{s}covid|post-covid|whiplash|bipolaire?|bipolar|schizofrenie|verslaving|addiction|handicap|gehandicapt|rolstoel|wheelchair|slechthorend|slechtziend|visueel{s}beperkt|hearing{s}impaired|wajong(?:-uitkering|{s}uitkering|{s}benefit)?|wia-uitkering|wao-uitkering|ziektewet|arbeidsongeschikt(?:heid)?|arbeidsbeperking|no-?riskpolis|no-risk{s}policy|banenafspraak|doelgroepregister)\b(?:{s}in{s}(?:19|20)\d{{2}})?"
        ),
        Whole,
        Always,
        &[],
    );
    add(
        Health,
        format!(
            r"\b(?:ADHD|ADD|RSI|PTSS|PTSD|COPD|NAH|CVS|ME/CVS|WIA|WAO)\b(?:-uitkering|{s}uitkering|{s}benefit)?"
        ),
        Whole,
        Always,
        &[],
    );
    add(
        Health,
        format!(
            r"\b(?:[Ii]k{s}ben|[Bb]en{s}ik|I{s}am|I'm|I’m|I{s}have{s}been|I've{s}been){s}((?:(?:inmiddels|nu|weer|volledig|helemaal|gelukkig|fully|now|completely){s}){{0,3}}(?:hersteld|genezen|recovered|ziek|ill|sick|arbeidsongeschikt|gedeeltelijk{s}afgekeurd|afgekeurd|chronisch{s}ziek|gehandicapt|disabled|blind|doof|deaf))\b"
        ),
        Group(1),
        Always,
        &[
            "ik ben",
            "ben ik",
            "i am",
            "i'm",
            "i’m",
            "i have been",
            "i've been",
        ],
    );
    add(
        Health,
        format!(
            r"(?i)\b(?:uitgevallen|thuisgezeten|ziek{s}thuis{s}gezeten|ziekgemeld|off{s}sick){s}(?:met|door|vanwege|with|due{s}to|because{s}of){s}(?:een{s}|a{s}|an{s})?[\p{{L}}\-]+"
        ),
        Whole,
        Always,
        &["uitgevallen", "thuis", "ziekgemeld", "off sick"],
    );
    add(
        Health,
        format!(
            r"\b(?:[Ii]k{s}heb|[Hh]eb{s}ik|I{s}have|I've{s}got|I{s}live{s}with)(?:{s}(?:een|a|an))?{s}((?:[\p{{Ll}}\-]+{s})?(?:beperking|handicap|aandoening|ziekte|disability|condition|illness|impairment))\b"
        ),
        Group(1),
        Always,
        &["ik heb", "heb ik", "i have", "i've got", "i live with"],
    );
    // PHOTO
    add(
        Photo,
        format!(
            r"(?i)\b(?:(?:met|incl\.?|inclusief|with|including){s})?(?:(?:een|a|mijn|my){s})?(?:(?:recente|recent){s})?(?:pasfoto|foto{s}van{s}(?:mij|mezelf|mijzelf)|profielfoto|portretfoto|passport{s}photo|photo{s}of{s}(?:me|myself)|picture{s}of{s}(?:me|myself)|headshot|selfie)\b"
        ),
        Whole,
        Always,
        &["foto", "photo", "picture", "headshot", "selfie"],
    );
    add(
        Photo,
        format!(
            r"(?i)\b(?:cv{s})?met{s}(?:een{s})?foto\b|\b(?:foto|photo){s}(?:is{s})?(?:bijgevoegd|toegevoegd|attached|enclosed)\b|\b(?:bijgevoegd|attached|enclosed)(?:{s}is)?{s}(?:een{s}|a{s})?(?:foto|photo)\b|\b(?:mijn|my){s}(?:foto|photo)\b"
        ),
        Whole,
        Always,
        &["foto", "photo"],
    );
    v
});

static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::regex(
        r"(?i)\b(?:ik|mijn|m'n|mij|me|mezelf|wij|we|ons|onze|i|my|me|myself|our|us)\b",
    )
    .expect("first person pattern")
});

pub(crate) fn find(doc: &mut Doc) {
    let text = doc.text;
    let mut found: Vec<(usize, usize, Label)> = Vec::new();
    let lower = text.to_ascii_lowercase();
    for r in RULES.iter() {
        if !r.needles.is_empty() && !r.needles.iter().any(|n| lower.contains(n)) {
            continue;
        }
        let hay = if r.lower { lower.as_str() } else { text };
        for c in r.re.captures_iter(hay) {
            let m = match r.part {
                Part::Whole => c.get(0),
                Part::Group(g) => c.get(g),
            };
            let Some(m) = m else { continue };
            // the country one lives in now is no cue on its own ("In Nederland heb ik …")
            let part = &text[m.start()..m.end()];
            if r.origin && (!origin_words_ok(part) || HOME_COUNTRIES.contains(&part)) {
                continue;
            }
            if r.when == When::FirstPerson {
                let (s, e) = sentence_around(text, m.start());
                if !FIRST_PERSON.is_match(&text[s..e]) {
                    continue;
                }
            }
            if doc.in_employer_zone(m.start()) {
                continue;
            }
            found.push((m.start(), m.end(), r.label));
        }
    }
    // family cues close together in one clause are one cue: "mijn partner en ik in oktober
    // ons eerste kind verwachten"
    found.sort();
    let mut merged: Vec<(usize, usize, Label)> = Vec::new();
    for (s, e, l) in found {
        if let Some(last) = merged.iter_mut().rev().find(|x| x.2 == l) {
            if l == Label::Family && s <= last.1 + 20 && s >= last.1 {
                let gap = &text[last.1..s];
                if !gap.contains([',', '.', ';', ':', '!', '?', '\n', '(', ')']) {
                    last.1 = last.1.max(e);
                    continue;
                }
            }
            if s < last.1 {
                last.1 = last.1.max(e);
                continue;
            }
        }
        merged.push((s, e, l));
    }
    for (s, e, l) in merged {
        doc.add(s, e, l, Rule::Cue);
    }
}
