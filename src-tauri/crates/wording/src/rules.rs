//! The context rules. Each rule finds candidates with a pattern or the word lists and
//! then looks at the words around them (the next word, the clause, the sentence, the
//! previous sentence) before it reports a finding.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::fold::{Captures, Folded, Hay, Match, Re, Screen};
use crate::lexicon::{self, nl_forms};
use crate::messages;
use crate::text::{self, Word};
use crate::{Bilingual, Category, Finding, Lang};

struct Res {
    young: Re,
    age_range: Re,
    age_dash: Re,
    age_max: Re,
    age_min: Re,
    age_decade: Re,
    age_phrase: Re,
    title_multi: Re,
    sex_person: Re,
    sex_adj: Re,
    native: Re,
    mother_tongue: Re,
    accent: Re,
    nationality: Re,
    descent: Re,
    nationality_adj: Re,
    language_talk: Re,
    appearance: Re,
    well_groomed: Re,
    photo: Re,
    fit: Re,
    health: Re,
    family: Re,
    religion_dress: Re,
    religion_demand: Re,
    culture_fit: Re,
    diploma_word: Re,
    diploma_hard: Re,
    diploma_alt: Re,
    pay: Re,
    payslip: Re,
    request: Re,
    preference: Re,
    application: Re,
    /// "stuur … mee", "send … along": something sent with the application.
    along: Re,
    negation: Re,
    reason: Re,
    law: Re,
    search: Re,
    age_context: Re,
    trait_cue: Re,
    merge_gap: Re,
    questions: Vec<(Category, Re)>,
    adjustment: Re,
    religion_ok: Re,
    ban: Re,
    pair_after: Re,
    pair_before: Re,
}

fn re(p: &str) -> Re {
    Re::new(&format!("(?i){p}"))
}

fn res() -> &'static Res {
    static R: OnceLock<Res> = OnceLock::new();
    R.get_or_init(|| {
        let lang = lexicon::LANGUAGES;
        Res {
            young: re(r"\b(jong|jonge|jeugdig|jeugdige|young|youthful)\b(\s+(en|and)\s+(dynamisch|dynamische|dynamic|energetic|vibrant))?(\s+(team|professionals?|talent))?"),
            age_range: re(r"\b(tussen|between|aged)\s+(de\s+|the\s+ages?\s+of\s+)?(\d{2})\s*(en|and|to|-|–)\s*(\d{2})(\s+(jaar|years)(\s+(oud|old))?)?"),
            age_dash: re(r"\b(\d{2})\s?[-–]\s?(\d{2})\s+(jaar|jarige|jarigen|years\s+old|year\s+olds|-year-olds)\b"),
            age_max: re(r"\b(maximaal|max\.?|hooguit|hoogstens|niet\s+ouder\s+dan|jonger\s+dan|onder\s+de|tot|maximum|not\s+older\s+than|no\s+older\s+than|younger\s+than|under|below|at\s+most)\s+(the\s+age\s+of\s+)?(\d{2})\b(\s+(jaar|years))?(\s+(oud|old))?"),
            age_min: re(r"\b(minimaal|minimum|min\.?|minstens|ten\s+minste|tenminste|at\s+least|ouder\s+dan|older\s+than|boven\s+de|vanaf|over)\s+(the\s+age\s+of\s+)?(\d{2})\s+(jaar|years)(\s+(oud|old|of\s+age))?"),
            age_decade: re(r"\b(((begin|midden|eind|rond\s+de|in\s+de|in\s+je|in\s+your|in\s+their|early|mid|late)[\s-]+)+(twintig|dertig|veertig|vijftig|twenties|thirties|forties|fifties|20s|30s|40s|50s)|(twintig|dertig|veertig|vijftig)(ers?|jarigen?)|(twenty|thirty|forty)-?somethings?)\b((\s+(of|or)\s+((begin|midden|eind|early|mid|late)[\s-]+)?(twintig|dertig|veertig|vijftig|twenties|thirties|forties|fifties)))?"),
            age_phrase: re(r"\b((een\s+|a\s+)?(pas|net|recent|vers)\s+afgestudeerde?n?|(een\s+|a\s+)?(echte\s+|real\s+|true\s+)?digital\s+natives?|schoolverlaters?|starters?\s+op\s+de\s+arbeidsmarkt|(recent|new|fresh)\s+graduates?|recently\s+graduated|gen(eratie|eration)?[\s-]z|millennials?)\b"),
            title_multi: re(r"\bcleaning\s+lad(y|ies)\b"),
            sex_person: re(r"\b(een|één|a)\s+(man|vrouw|dame|heer|jongen|meid|meisje|woman|lady|gentleman|guy|girl|boy)\b"),
            sex_adj: re(r"\b(mannelijke|vrouwelijke|male|female)\s+(kandidaat|kandidaten|collega|collega's|medewerker|medewerkers|kracht|krachten|candidate|candidates|applicant|applicants|colleague|employee|staff|worker)\b"),
            native: re(&format!(r"\b(een\s+|a\s+)?native[\s-]+((({lang})(\s+(of|or|en|and|/)\s+({lang}))?[\s-]+)?(speakers?|speaking|spreker|sprekers|level|niveau)((\s+({lang}))(\s+(of|or|en|and|/)\s+({lang}))?)?|({lang})\b)")),
            mother_tongue: re(&format!(r"\b(({lang})\s+als\s+)?(moedertaal(niveau|spreker|sprekers)?|mother[\s-]tongue|first\s+language)\b(\s+({lang})\b)?")),
            accent: re(&format!(r"\b(accentloos|accentloze|accentvrij|accent-vrij|zonder\s+(een\s+)?accent|accent[\s-]free|without\s+(an\s+)?accent|no\s+accent|neutral\s+accent)\b(\s+({lang})\b)?")),
            nationality: re(r"\b(\p{L}+)[ \t]+((of|en|or|and)[ \t]+\p{L}+[ \t]+)?(nationaliteit|nationaliteiten|nationality|nationalities|citizenship|paspoort|passport)\b"),
            nationality_adj: re(r"\b(je\s+bent|ben\s+jij|ben\s+je|you\s+are|are\s+you)\s+((een|a|an)\s+)?(echte\s+|real\s+|geboren\s+|rasechte\s+|born\s+)?(nederlands|nederlandse|nederlander|hollands|hollandse|hollander|marokkaans|marokkaanse|turks|turkse|pools|poolse|roemeens|roemeense|bulgaars|bulgaarse|surinaams|surinaamse|antilliaans|antilliaanse|duits|duitse|belgisch|belgische|europees|europese|afrikaans|afrikaanse|aziatisch|aziatische|westers|westerse|autochtoon|autochtone|blank|blanke|dutch|moroccan|turkish|polish|romanian|bulgarian|european|african|asian|western|white|native\s+dutch)\b"),
            language_talk: re(r"\b(machtig|spreekt|spreek|spreken|sprekend|speak|speaks|speaking|vloeiend|fluent|fluently|taal|talen|language|languages|niveau|level)\b"),
            descent: re(r"\b(\p{L}+)[ \t]+(afkomst|komaf|origine|descent|ethnicity|afkomstig)\b|\b(autochto(o|n)(n|ne|nen)?|allochto(o|n)(n|ne|nen)?)\b"),
            appearance: re(r"\b(representatie(f|ve)(\s+(uiterlijk|voorkomen))?|presentable|good[\s-]looking|well[\s-]groomed|attractive\s+(appearance|looks)|aantrekkelijke?\s+(uiterlijk|voorkomen|verschijning)|(slanke?|slim)(\s+(postuur|figuur|build|figure))?|postuur|(verzorgd|goed|leuk|net|aantrekkelijk|prettig)\s+uiterlijk|(verzorgd|representatief|aantrekkelijk|prettig)\s+voorkomen|modieu(s|ze)(\s+gekleed)?|(stijlvol|trendy|fashionably|stylishly)\s+(gekleed|dressed)|(frisse|sportieve|jonge|verzorgde|leuke|aantrekkelijke)\s+uitstraling|(zichtbare\s+)?(tatoeages|tattoos|piercings))\b"),
            well_groomed: re(r"\b((altijd|goed|zeer|heel|netjes)\s+)+verzorgd\b"),
            photo: re(r"\b((met\s+|with\s+)?(een\s+|a\s+)?(recente\s+|recent\s+)?(pasfoto|foto|photo|picture|headshot|portretfoto)(\s+(van\s+(jezelf|jou|je\s+zelf)|of\s+(yourself|you)))?)\b"),
            fit: re(r"\b((lichamelijk|fysiek|physically)\s+)?(fit|fitte)\b"),
            health: re(r"\b(((lichamelijk|fysiek|geestelijk|psychisch)\s+((volledig|goed|helemaal)\s+)?gezond)|kerngezond|(volledig|100%)\s+gezond|goede\s+gezondheid|in\s+good\s+(physical\s+)?(health|shape|condition)|(physically|mentally)\s+(healthy|sound)|fit\s+and\s+healthy|healthy\s+and\s+fit|gezond\s+en\s+fit|fit\s+en\s+gezond|((je\s+hebt|heb\s+je|you\s+have|you\s+are\s+in|je\s+bent\s+in)\s+(een\s+|a\s+)?(goede|uitstekende|good|excellent)\s+((lichamelijke|fysieke|physical)\s+)?(conditie|condition|shape))|(fysiek|lichamelijk|physically)\s+(goed\s+)?(belastbaar|sterk|strong)|able[\s-]bodied|(geen|zonder|no|without)\s+(((lichamelijke|fysieke|psychische|mentale|physical|mental)\s+)(beperkingen|beperking|klachten|handicap|disabilit(y|ies)|impairments?|problemen|problems|health\s+(issues|problems))|handicap|disabilit(y|ies)|health\s+(issues|problems|conditions)|gezondheidsproblemen|gezondheidsklachten|rugklachten|hartklachten|ziekteverleden|ziektegeschiedenis|medical\s+conditions?))\b"),
            family: re(r"\b((ideaal|ideale?|perfecte?|geschikte?|geschikt|leuke)\s+(((bij)?baan|functie|job|werk|baantje)\s+)?voor\s+((jonge|thuisblijf|werkende)\s+)?(moeders|vaders|huisvrouwen|mama's|papa's|ouders)|(ideal|perfect|great)\s+((job|role|position)\s+)?for\s+((young|stay-at-home|working)\s+)?(mothers|mums|moms|dads|fathers|parents|housewives)|(geen|zonder|no|without)\s+((jonge|kleine|thuiswonende|schoolgaande|young)\s+)?(kinderen|kids|children|kinderwens|zorgtaken|gezin|family\s+(commitments|obligations|responsibilities)|caring\s+responsibilities|care\s+duties)(\s+(of|en|or|and)\s+(andere\s+|other\s+)?(zorgtaken|verplichtingen|care\s+duties|caring\s+responsibilities|commitments))?|kinderopvang\s+((goed|al)\s+)?(geregeld|op\s+orde)|oppas\s+geregeld|childcare\s+(arranged|sorted|in\s+place)|kinderloos|kinderloze|childless|niet\s+zwanger|not\s+pregnant|zwangerschapswens|burgerlijke\s+staat|marital\s+status)\b"),
            religion_dress: re(r"\b(hoofddoek(en|je|jes)?|keppel(s|tje)?|kippah|kipa|tulband|turban|hijab|niqaab|niqab|nikab|boerka|burqa|burka|(religieuze|levensbeschouwelijke)\s+(kleding|symbolen|uitingen|tekens|hoofddeksels)|religious\s+(clothing|symbols|dress|attire|headwear|items|headscarves))\b"),
            religion_demand: re(r"\b((je\s+bent|ben\s+jij|bent\s+u|you\s+are|are\s+you)\s+((een|a|an)\s+)?(praktiserend\s+|belijdend\s+|practising\s+|practicing\s+)?(christen|moslim|moslima|katholiek|protestants|joods|gelovig|christian|muslim|catholic|jewish|religious)|(welk|welke|what\s+is\s+your|which)\s+(geloof|religie|religion|faith|kerk|church))\b"),
            culture_fit: re(r"\b((past|pas|passen|paste|passend)\s+((goed|perfect|helemaal|echt)\s+)?(in|bij|binnen)\s+(ons|onze|het)\b(\s+\p{L}+)?(\s+(team|cultuur|bedrijfscultuur|club|familie|groep|ploeg|sfeer|dna|bedrijf))?|(in|bij|binnen)\s+(ons|onze)\s+(\p{L}+\s+)?(team|cultuur|club|ploeg|familie)\s+(past|passen|pas)|bij\s+ons\s+past|teamfit|culturele\s+fit|de\s+juiste\s+chemie|((goed\s+)?(klikt|klikken|klik|klikte))\s+(met|in)\s+(ons|onze|het|de)\s+(\p{L}+\s+)?(team|collega's|groep|ploeg)|(de|goede|echte)\s+klik|((ben|bent)\s+(jij|je|u)\s+)?(één|een)\s+van\s+ons|(match(es)?|fits?|vibes?)\s+((in\s+)?with\s+)?(the|our)\s+(\p{L}+\s+)?(vibe|culture|team|crew|family|dna)|fit\s+in(to)?\s+(with\s+)?(the|our)\s+(\p{L}+\s+)?(team|crew|culture|family)|cultur(e|al)[\s-]fit|(a\s+)?(good|great|perfect)\s+fit\s+(for|with)\s+(the|our)\s+(team|crew|culture)|one\s+of\s+us|ons\s+soort\s+mensen|(a|an)\s+\p{L}+\s+fit\s+with\s+us)\b"),
            diploma_word: re(r"\b(hbo|wo|mbo|bachelor|master|bachelor's|master's|msc|bsc|ba|degree|diploma|opleiding|universitaire|university|academisch|academic)\b"),
            diploma_hard: re(r"\b(vereist|verplicht|harde\s+eis|een\s+must|vereiste|noodzakelijk|required|mandatory|essential|must\s+have|a\s+must|een\s+eis|eis)\b|\b(je\s+hebt|heb\s+je|you\s+have|you\s+hold|in\s+het\s+bezit\s+van|beschikt\s+over)\s+(minimaal\s+)?(een\s+|a\s+|an\s+)?(afgeronde\s+|completed\s+|relevante\s+|relevant\s+)?(hbo|wo|mbo|bachelor|master|universitaire|university|degree)"),
            diploma_alt: re(r"\b(of\s+(een\s+)?(vergelijkbare?|gelijkwaardige?|aantoonbaar|aantoonbare|ervaring|werkervaring|de\s+bereidheid|je\s+bent\s+bereid|bereid|je\s+wilt)|of\s+(minimaal\s+)?\p{L}+\s+jaar\s+ervaring|door\s+ervaring|met\s+of\s+zonder|zonder\s+diploma|or\s+(equivalent|comparable|similar|relevant|the\s+willingness)|equivalent\s+experience|not\s+required|niet\s+(verplicht|vereist|nodig)|geen\s+(harde\s+)?(eis|must|vereiste)|welkom|welcome|pré|pre|a\s+plus|pluspunt|wettelijk|wettelijke|by\s+law|legally|big-registratie|big-register|wet|denkniveau|werkniveau|big|vca|vca-vol|rijbewijs|code\s+95|heftruck|bhv|ehbo|f-gassen|nen|svh|sociale\s+hygiëne|vog|certificaat|certificate|licen[cs]e|driving|omdat|want|vanwege|because|bij\s+ons|interne?|we\s+offer|we\s+provide|in-house|inhouse|krijg\s+je|je\s+krijgt|vergoeden|betalen\s+wij|certificering|gecertificeerd|certified|certification)\b"),
            pay: re(r"\b((wat|hoeveel)\s+(je|jij|jouw|u|you)\s+(nu\s+)?|(je|jouw|uw|your|his|her)\s+)(huidige?|vorige|laatste|oude|current|previous|last|present|prior|most\s+recent)\s+(salaris|loon|inkomen|maandloon|uurloon|beloning|salary|pay|wage|earnings|compensation|income)(\s+(is|was|bedraagt|are|were))?\b|\b(salary|pay|salaris|loon)\s*(history|historie|geschiedenis)\b|\bsalarisgeschiedenis\b|\b(salaris|loon|beloning|inkomen|salary|pay)\s+(bij|at|with|from)\s+(je|jouw|your)\s+(huidige|vorige|laatste|oude|current|previous|last|former)\s+(werkgever|baan|functie|job|employer|role)\b|\bwat\s+(je|jij)\s+(nu\s+)?verdient\b|\b(how\s+much|what)\s+you\s+(currently\s+)?earn\b"),
            payslip: re(r"\b((jouw|je|your)\s+)?((laatste|recente|last|recent|most\s+recent)\s+)?(loonstrook|loonstroken|salarisstrook|salarisstroken|salarisspecificatie|jaaropgave|payslips?|pay\s+slips?|pay\s+stubs?|paystubs?)\b"),
            request: re(r"\b(stuur|stuurt|mail|mailt|lever|voeg|toevoegen|bijvoegen|meesturen|meestuurt|vraag|vragen|geef|vermeld|vertel|send|attach|include|upload|provide|share|tell|state|submit)\b"),
            application: re(r"\b(cv|c\.v\.|sollicitatie|sollicitatiebrief|brief|motivatie|motivatiebrief|reactie|solliciteer|solliciteren|aanmelding|application|resume|résumé|apply|applying|cover\s+letter)\b"),
            along: re(r"\b(mee|erbij|bijgevoegd|along|enclosed|attached)\b"),
            preference: re(r"\b(voorkeur|liefst|bij\s+voorkeur|preferably|preference|prefer|only|alleen)\b"),
            negation: re(r"\b(niet|geen|nooit|zonder|not|no|never|without|don't|do\s+not|hoef|hoeft|hoeven)\b"),
            reason: re(r"\b(omdat|want|vanwege|wegens|zodat|because|since|due\s+to|wettelijk|wettelijke|wet|by\s+law|legal|legally|rijbewijs|licen[cs]e|vergunning|alcohol|tabak|cao|nachtwerk|verplicht)\b"),
            law: re(r"\b(wet|wettelijk|wettelijke|law|legal|legally|act|alcohol|alcoholwet|tabak|tobacco|drank)\b"),
            search: re(r"\b(zoeken|zoekt|zoek|gezocht|looking|seeking|hiring|wanted|vacature|vacancy)\b"),
            age_context: re(r"\b(leeftijd|age|aged|oud|old|jarige|jarigen|years)\b"),
            trait_cue: re(r"\b(je\s+bent|ben\s+je|ben\s+jij|bent\s+u|u\s+bent|hij\s+is|zij\s+is|ze\s+is|(wij|we)\s+zoeken\s+(een|iemand)|zoeken\s+(wij|we)\s+(een|iemand)|zoek\s+jij|een\s+echte|you\s+are|you're|are\s+you|he\s+is|she\s+is|looking\s+for\s+(a|an|someone)|someone\s+who\s+is|a\s+real|a\s+true|je\s+hebt|heb\s+je)\b"),
            questions: vec![
                (Category::Age, re(r"\b(leeftijd|leeftijdsgrens|age|age\s+limit)\s*:?\s*(tussen\s+|between\s+|van\s+|from\s+)?(de\s+)?\d{2}\s*([-–]|tot|en|to|and)\s*\d{2}\b")),
                (Category::Sex, re(r"\b\p{L}{3,}\s+\(\s*(m|v|w|f)\s*\)")),
                (Category::Origin, re(r"\b(like\s+a\s+native(\s+speaker)?|als\s+een\s+native(\s+speaker)?|geboren\s+en\s+getogen|born\s+and\s+(raised|bred)|(nederlands|dutch|engels|english)\s+als\s+eerste\s+taal)\b")),
                (Category::Health, re(r"\b(gezond\s+gewicht|healthy\s+weight|geen\s+overgewicht|not\s+overweight)\b")),
                (Category::Family, re(r"\b((je\s+hebt|you\s+have)\s+geen\s+partner|geen\s+gezinsleven|alleenstaand(e)?\s+zonder\s+kinderen)\b")),
                (Category::Family, re(r"\b((heb|hebt)\s+(je|jij|u)\s+(al\s+)?(kinderen|kids|een\s+partner|een\s+vriend|een\s+vriendin|een\s+kinderwens)|(do|did)\s+you\s+have\s+(any\s+)?(children|kids|a\s+partner)|(ben|bent)\s+(je|jij|u)\s+(getrouwd|gehuwd|zwanger|single)|are\s+you\s+(married|pregnant|single)|wil\s+(je|jij)\s+(nog\s+)?kinderen|do\s+you\s+(want|plan)\s+(to\s+have\s+)?(children|kids))\b")),
                (Category::Age, re(r"\b(hoe\s+oud\s+(ben|bent)\s+(je|jij|u)|how\s+old\s+are\s+you|wat\s+is\s+(je|jouw|uw)\s+leeftijd|what\s+is\s+your\s+age|wanneer\s+ben\s+je\s+geboren|(in\s+)?welk\s+jaar\s+ben\s+je\s+geboren|when\s+were\s+you\s+born)\b")),
                (Category::Origin, re(r"\b(waar\s+kom\s+(je|jij)\s+(oorspronkelijk\s+)?vandaan|where\s+are\s+you\s+(originally\s+)?from|where\s+do\s+you\s+(originally\s+)?come\s+from|wat\s+is\s+(je|jouw)\s+(afkomst|nationaliteit|moedertaal)|what\s+is\s+your\s+(nationality|origin|mother\s+tongue|native\s+language))\b")),
                (Category::Health, re(r"\b((ben|bent)\s+(je|jij|u)\s+(vaak\s+)?ziek|(heb|hebt)\s+(je|jij|u)\s+(een\s+)?(ziekte|beperking|handicap|chronische\s+ziekte|gezondheidsklachten)|do\s+you\s+have\s+(a\s+|any\s+)?(disability|disabilities|illness|health\s+(issues|problems|conditions))|are\s+you\s+often\s+ill)\b")),
                (Category::Religion, re(r"\b((ben|bent)\s+(je|jij|u)\s+(gelovig|religieus)|do\s+you\s+pray|are\s+you\s+religious|bid\s+(je|jij))\b")),
            ],
            adjustment: re(r"(?i)\b(aanpass\w*|pass?en\s+(\w+\s+){0,4}aan|ondersteuning|regelen\s+we|adjust\w*|accommodat\w*|we\s+(can\s+|will\s+)?(support|help)\b)"),
            merge_gap: re(r"^[\s,/]*((of|en|or|and|en/of|and/or)\s+)?((andere|other)\s+)?$"),
            religion_ok: re(r"\b(geen\s+probleem|welkom|welcome|no\s+problem|mag\s+gewoon|mag\s+je|mag\s+jij|allowed|is\s+fine|respecteren|respect)\b"),
            ban: re(r"\b(geen|niet|verboden|zonder|not|no|without|neutraal|neutrale|neutraliteit|neutral|never|forbidden|nooit)\b"),
            pair_after: re(r"^\s*(/|of|en|or|and|&)\s*(\p{L}+)|^\s*\(?\s*[mvfwx]\s*/\s*[mvfwx]"),
            pair_before: re(r"(\p{L}+)\s*(/|of|en|or|and|&)\s*$"),
        }
    })
}

/// The patterns the rules search for in the whole text, screened together first.
fn screened(r: &'static Res) -> Vec<&'static Re> {
    let mut all = vec![
        &r.young,
        &r.age_range,
        &r.age_dash,
        &r.age_max,
        &r.age_min,
        &r.age_decade,
        &r.age_phrase,
        &r.title_multi,
        &r.sex_person,
        &r.sex_adj,
        &r.native,
        &r.mother_tongue,
        &r.accent,
        &r.nationality,
        &r.nationality_adj,
        &r.descent,
        &r.appearance,
        &r.well_groomed,
        &r.photo,
        &r.fit,
        &r.health,
        &r.family,
        &r.religion_dress,
        &r.religion_demand,
        &r.culture_fit,
        &r.diploma_word,
        &r.pay,
        &r.payslip,
    ];
    all.extend(r.questions.iter().map(|(_, q)| q));
    all
}

fn screen() -> &'static Screen {
    static S: OnceLock<Screen> = OnceLock::new();
    S.get_or_init(|| Screen::new(&screened(res())))
}

/// Every pattern of the rules (tests).
#[cfg(test)]
pub(crate) fn all_patterns() -> Vec<&'static Re> {
    let r = res();
    let mut out = screened(r);
    out.extend([
        &r.language_talk,
        &r.diploma_hard,
        &r.diploma_alt,
        &r.request,
        &r.preference,
        &r.application,
        &r.along,
        &r.negation,
        &r.reason,
        &r.law,
        &r.search,
        &r.age_context,
        &r.trait_cue,
        &r.merge_gap,
        &r.adjustment,
        &r.religion_ok,
        &r.ban,
        &r.pair_after,
        &r.pair_before,
    ]);
    out
}

/// A fast hash for the word sets (FxHash): they hold built-in words, so they need no
/// protection against chosen keys.
#[derive(Default)]
struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type WordSet = HashSet<String, std::hash::BuildHasherDefault<WordHasher>>;

struct Sets {
    traits: WordSet,
    gender_coded: WordSet,
    /// The first words of the phrases of several words in `traits` and `gender_coded`: a
    /// phrase can only start at such a word.
    trait_starts: WordSet,
    gender_coded_starts: WordSet,
    /// The last four bytes of every gendered job title, sorted: a word can only be (the
    /// plural of) a title when it ends in one of them.
    title_tails: Vec<u32>,
}

/// The last four bytes of a word, if it has four.
fn tail(word: &str) -> Option<u32> {
    let b = word.as_bytes();
    let last: [u8; 4] = b.get(b.len().checked_sub(4)?..)?.try_into().ok()?;
    Some(u32::from_le_bytes(last))
}

fn sets() -> &'static Sets {
    static S: OnceLock<Sets> = OnceLock::new();
    S.get_or_init(|| {
        let mut traits = WordSet::default();
        for w in lexicon::TRAITS_NL {
            traits.extend(nl_forms(w));
        }
        for w in lexicon::TRAITS_EN.iter().chain(lexicon::TRAIT_NOUNS) {
            traits.insert((*w).to_owned());
        }
        let mut gender_coded = WordSet::default();
        for w in lexicon::GENDER_CODED {
            gender_coded.extend(nl_forms(w));
        }
        let mut title_tails: Vec<u32> = lexicon::TITLES_FEMALE
            .iter()
            .chain(lexicon::TITLES_MALE)
            .map(|&(t, _)| {
                #[allow(clippy::expect_used)]
                tail(t).expect("a title of at least four bytes")
            })
            .collect();
        title_tails.sort_unstable();
        title_tails.dedup();
        let starts = |set: &WordSet| -> WordSet {
            set.iter()
                .filter_map(|p| p.split_once(' '))
                .map(|(first, _)| first.to_owned())
                .collect()
        };
        Sets {
            trait_starts: starts(&traits),
            gender_coded_starts: starts(&gender_coded),
            traits,
            gender_coded,
            title_tails,
        }
    })
}

/// How many chars around a match are lower-cased to compare them with the short words
/// that decide about it ("jong *en oud*", "een man *of vrouw*"): more than the longest.
const NEAR: usize = 32;

struct Ctx<'a> {
    text: &'a str,
    /// The text to search with the patterns.
    hay: Hay<'a>,
    words: Vec<Word>,
    out: Vec<Finding>,
}

impl Ctx<'_> {
    fn add(&mut self, start: usize, end: usize, cat: Category) {
        let (reason, alternative) = messages::for_word(cat, &self.text[start..end]);
        self.push(start, end, cat, reason, alternative);
    }

    fn push(
        &mut self,
        start: usize,
        end: usize,
        category: Category,
        reason: Bilingual,
        alternative: Bilingual,
    ) {
        if start < end {
            self.out.push(Finding {
                start,
                end,
                category,
                reason,
                alternative,
            });
        }
    }

    fn sentence(&self, pos: usize) -> (usize, usize) {
        text::sentence_at(self.text, pos)
    }

    /// Does the sentence around `pos` match the pattern anywhere?
    fn sentence_has(&self, pos: usize, r: &Re) -> bool {
        let (s, e) = self.sentence(pos);
        r.is_match(self.hay.slice(s, e))
    }

    /// Does the sentence match the pattern before `pos`?
    fn before_in_sentence(&self, pos: usize, r: &Re) -> bool {
        let (s, _) = self.sentence(pos);
        r.is_match(self.hay.slice(s, pos))
    }

    fn next_word(&self, pos: usize) -> Option<&Word> {
        text::next_word_adjacent(self.text, &self.words, pos)
    }

    fn prev_word(&self, pos: usize) -> Option<&Word> {
        text::prev_word_adjacent(self.text, &self.words, pos)
    }

    /// The next word is a unit ("25 kilo", "16 uur") or about experience.
    fn followed_by_unit(&self, pos: usize) -> bool {
        let i = text::word_index_at(&self.words, pos);
        let w1 = self.words.get(i).map(|w| w.lower.as_str());
        let w2 = self.words.get(i + 1).map(|w| w.lower.as_str());
        let close = self
            .words
            .get(i)
            .is_some_and(|w| self.text[pos..w.start].trim().is_empty());
        let unit = |w: Option<&str>| w.is_some_and(|w| lexicon::UNITS.contains(&w));
        let exp = |w: Option<&str>| {
            w.is_some_and(|w| {
                w.contains("ervaring") || w.starts_with("experience") || w == "garantie"
            })
        };
        (close && unit(w1))
            || exp(w1)
            || (matches!(w1, Some("of" | "aan" | "in" | "at")) && exp(w2))
            || self.text[pos..].trim_start().starts_with(['%', '€', '$'])
    }
}

pub fn run(text: &str, lang: Lang) -> Vec<Finding> {
    let folded = Folded::new(text);
    let scan = screen().scan(folded.hay());
    let hay = folded.hay().with_scan(&scan);
    let mut ctx = Ctx {
        text,
        hay,
        words: text::words(text),
        out: Vec::new(),
    };
    let r = res();
    age(&mut ctx, r);
    sex(&mut ctx, r, lang);
    origin(&mut ctx, r);
    appearance(&mut ctx, r);
    health(&mut ctx, r, lang);
    family(&mut ctx, r);
    religion(&mut ctx, r);
    traits(&mut ctx, r);
    culture_fit(&mut ctx, r);
    diploma(&mut ctx, r);
    gender_coded(&mut ctx, r);
    pay_history(&mut ctx, r);
    for (cat, q) in &r.questions {
        for m in q.find_iter(hay) {
            // "Heb je een beperking? Vertel het ons, dan passen we het gesprek aan." offers
            // help; it does not screen. Only an offer right after the question counts.
            if *cat == Category::Health && offers_adjustment(hay, m.end(), r) {
                continue;
            }
            ctx.add(m.start(), m.end(), *cat);
        }
    }
    finish(ctx.out, hay, r)
}

/// Whether the text right after `end` (the rest of the question and the next sentence) offers
/// an adjustment or support.
fn offers_adjustment(hay: Hay<'_>, end: usize, r: &Res) -> bool {
    let text = hay.as_str();
    let mut stop = (end + 160).min(text.len());
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    r.adjustment.is_match(hay.slice(end, stop))
}

fn num(s: Option<Match<'_>>) -> u32 {
    s.and_then(|m| m.as_str().parse().ok()).unwrap_or(0)
}

fn age(ctx: &mut Ctx<'_>, r: &Res) {
    let text = ctx.text;
    let hay = ctx.hay;
    for c in r.young.captures_iter(hay) {
        let (Some(m), Some(w1)) = (c.get(0), c.get(1)) else {
            continue;
        };
        // "jong en oud", "young and old": everyone
        let rest = text::lower_head(text[w1.end()..].trim_start(), NEAR);
        let before = text::lower_tail(text[..w1.start()].trim_end(), NEAR);
        if rest.starts_with("en oud")
            || rest.starts_with("and old")
            || before.ends_with("oud en")
            || before.ends_with("old and")
        {
            continue;
        }
        if let Some(next) = ctx.next_word(w1.end()) {
            if lexicon::YOUNG_OK_NEXT.contains(&next.lower.as_str()) {
                let person = matches!(next.lower.as_str(), "mensen" | "people");
                let sought = ctx.sentence_has(m.start(), &r.search);
                if !(person && sought) {
                    continue;
                }
            }
        }
        // "de jonge" as a noun phrase about others ("onze jonge bezoekers") is handled by
        // the list above; a comparative or a name in capitals mid-sentence is left alone.
        ctx.add(m.start(), m.end(), Category::Age);
    }
    for c in r.age_range.captures_iter(hay) {
        let Some(m) = c.get(0) else { continue };
        let (a, b) = (num(c.get(3)), num(c.get(5)));
        if !(14..=75).contains(&a) || !(14..=75).contains(&b) || a >= b {
            continue;
        }
        if ctx.followed_by_unit(m.end()) {
            continue;
        }
        if c.get(6).is_none() {
            // without "jaar": "ben jij tussen de 18 en 25", not "beschikbaar tussen 17 en 21"
            let (ss, _) = ctx.sentence(m.start());
            let near: Vec<&str> = ctx
                .words
                .iter()
                .filter(|w| w.end <= m.start() && w.start >= ss)
                .rev()
                .take(2)
                .map(|w| w.lower.as_str())
                .collect();
            let copula = near
                .iter()
                .any(|w| matches!(*w, "ben" | "bent" | "be" | "are" | "is" | "zijn" | "aged"));
            if !copula && !ctx.sentence_has(m.start(), &r.age_context) {
                continue;
            }
        }
        ctx.add(m.start(), m.end(), Category::Age);
    }
    for c in r.age_dash.captures_iter(hay) {
        let Some(m) = c.get(0) else { continue };
        let (a, b) = (num(c.get(1)), num(c.get(2)));
        if (14..=75).contains(&a)
            && (14..=75).contains(&b)
            && a < b
            && !ctx.followed_by_unit(m.end())
        {
            ctx.add(m.start(), m.end(), Category::Age);
        }
    }
    for c in r.age_max.captures_iter(hay) {
        let Some(m) = c.get(0) else { continue };
        let n = num(c.get(3));
        if !(15..=70).contains(&n) || ctx.followed_by_unit(m.end()) {
            continue;
        }
        // "not to anyone under 18": the age of customers, often set by law
        let (ss, _) = ctx.sentence(m.start());
        let lead_words: Vec<&str> = ctx
            .words
            .iter()
            .filter(|w| w.end <= m.start() && w.start >= ss)
            .rev()
            .take(2)
            .map(|w| w.lower.as_str())
            .collect();
        if lead_words
            .iter()
            .any(|w| lexicon::NOT_CANDIDATE.contains(w))
            || ctx.sentence_has(m.start(), &r.law)
        {
            continue;
        }
        let has_years = c.get(4).is_some();
        let lead = c.get(1).map_or("", |x| x.as_str()).to_lowercase();
        if lead == "tot" && !has_years {
            continue;
        }
        if !has_years {
            // "under 25" needs a person around it: followed by who/die/en/punctuation
            let after = text[m.end()..].trim_start();
            let next = ctx.next_word(m.end()).map(|w| w.lower.as_str());
            let ok = after.is_empty()
                || after.starts_with([',', '.', ';', ')', '!', '?'])
                || matches!(
                    next,
                    Some("who" | "die" | "en" | "and" | "of" | "or" | "with" | "met")
                );
            if !ok {
                continue;
            }
        }
        ctx.add(m.start(), m.end(), Category::Age);
    }
    for c in r.age_min.captures_iter(hay) {
        let Some(m) = c.get(0) else { continue };
        let n = num(c.get(3));
        let lead = c.get(1).map_or("", |x| x.as_str()).to_lowercase();
        let english = c
            .get(4)
            .is_some_and(|x| x.as_str().eq_ignore_ascii_case("years"));
        if !(15..=70).contains(&n) || ctx.followed_by_unit(m.end()) {
            continue;
        }
        if (english || lead == "over") && c.get(5).is_none() {
            continue; // "at least 15 years" is experience unless "old" or "of age"
        }
        if ctx.sentence_has(m.start(), &r.reason) {
            continue; // a minimum age tied to a licence or the law
        }
        ctx.add(m.start(), m.end(), Category::Age);
    }
    for r in [&r.age_decade, &r.age_phrase] {
        for m in r.find_iter(hay) {
            ctx.add(m.start(), m.end(), Category::Age);
        }
    }
}

/// A gendered job title at this word? Returns (is_female, neutral, plural).
fn title_of(word: &str) -> Option<(bool, &'static str, bool)> {
    let lists = [
        (true, lexicon::TITLES_FEMALE),
        (false, lexicon::TITLES_MALE),
    ];
    let matches = |w: &str, t: &str| w == t || (w.ends_with(t) && w.len() >= t.len() + 3);
    const SUFFIXES: [&str; 7] = ["s", "n", "en", "'s", "es", "sen", "nen"];
    // a match needs the word, or the word without a plural ending, to end in a title
    let tails = &sets().title_tails;
    let may_match = |w: &str| tail(w).is_some_and(|t| tails.binary_search(&t).is_ok());
    if !may_match(word)
        && !SUFFIXES
            .iter()
            .any(|suf| word.strip_suffix(suf).is_some_and(may_match))
    {
        return None;
    }
    for (female, list) in lists {
        for &(t, neutral) in list {
            if t.contains(' ') {
                continue;
            }
            if matches(word, t) {
                return Some((female, neutral, false));
            }
            for suf in SUFFIXES {
                if let Some(stem) = word.strip_suffix(suf) {
                    if matches(stem, t) {
                        return Some((female, neutral, true));
                    }
                }
            }
        }
    }
    None
}

fn is_counterpart(other: &str, female: bool, neutral: &str) -> bool {
    if let Some((f2, _, _)) = title_of(other) {
        return f2 != female;
    }
    let first = neutral.split([' ', '/']).next().unwrap_or("");
    other == first
        || matches!(
            other,
            "host" | "waiter" | "kapper" | "receptionist" | "verkoper" | "schoonmaker" | "steward"
        )
}

fn sex(ctx: &mut Ctx<'_>, r: &Res, lang: Lang) {
    let text = ctx.text;
    let hay = ctx.hay;
    let mut found = Vec::new();
    for w in &ctx.words {
        let Some((female, neutral, plural)) = title_of(&w.lower) else {
            continue;
        };
        // paired with the other form: "gastheer/gastvrouw", "kapper of kapster", "(m/v)"
        let mut after_end = (w.end + 40).min(text.len());
        while !text.is_char_boundary(after_end) {
            after_end -= 1;
        }
        let after = hay.slice(w.end, after_end);
        let before_start = w.start.saturating_sub(40);
        let before_start = (0..=before_start)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let before = hay.slice(before_start, w.start);
        // "gastvrouw / medewerker bediening": a slash to a neutral title offers one
        let ok_other = |c: &Captures<'_>, word: usize, sep: usize| {
            c.get(word).is_none_or(|o| {
                let o = o.as_str().to_lowercase();
                let slash = c.get(sep).is_some_and(|s| s.as_str() == "/");
                is_counterpart(&o, female, neutral) || (slash && title_of(&o).is_none())
            })
        };
        let paired_after = r
            .pair_after
            .captures(after)
            .is_some_and(|c| ok_other(&c, 2, 1));
        let paired_before = r
            .pair_before
            .captures(before)
            .is_some_and(|c| c.get(1).is_some() && ok_other(&c, 1, 2));
        if paired_after || paired_before {
            continue;
        }
        if plural && !ctx.sentence_has(w.start, &r.search) {
            continue; // "ons team bestaat uit zes kapsters" describes the team
        }
        found.push((w.start, w.end, neutral));
    }
    for (s, e, neutral) in found {
        let (reason, alt) = messages::for_title(neutral);
        ctx.push(s, e, Category::Sex, reason, alt);
    }
    for m in r.title_multi.find_iter(hay) {
        let (reason, alt) = messages::for_title("cleaner");
        ctx.push(m.start(), m.end(), Category::Sex, reason, alt);
    }
    for m in r.sex_person.find_iter(hay) {
        let after = text::lower_head(text[m.end()..].trim_start(), NEAR);
        if after.starts_with("of vrouw")
            || after.starts_with("of man")
            || after.starts_with("or woman")
            || after.starts_with("or man")
            || after.starts_with("/")
            || after.starts_with("van zijn woord")
            || after.starts_with("van haar woord")
            || after.starts_with("uit ")
            || after.starts_with("from ")
        {
            continue;
        }
        // only as what the employer is asking for
        let (ls, le) = text::line_at(text, m.start());
        let line = text[ls..le].trim_start();
        let bullet = line.starts_with(['-', '•', '*', '–']);
        if !(bullet
            || ctx.sentence_has(m.start(), &r.search)
            || ctx.sentence_has(m.start(), &r.request))
        {
            continue;
        }
        ctx.add(m.start(), m.end(), Category::Sex);
    }
    for m in r.sex_adj.find_iter(hay) {
        // "wij zoeken een vrouwelijke collega", not "ons team heeft vijf vrouwelijke collega's"
        let (ls, le) = text::line_at(text, m.start());
        let bullet = text[ls..le].trim_start().starts_with(['-', '•', '*', '–']);
        if !(bullet
            || ctx.sentence_has(m.start(), &r.search)
            || ctx.sentence_has(m.start(), &r.preference))
        {
            continue;
        }
        ctx.add(m.start(), m.end(), Category::Sex);
    }
    pronouns(ctx, r, lang);
}

/// "hij"/"he"/"she" that refers to the candidate, not to a customer or colleague.
fn pronouns(ctx: &mut Ctx<'_>, r: &Res, lang: Lang) {
    let text = ctx.text;
    let targets: &[&str] = match lang {
        Lang::Nl => &["hij"],
        Lang::En => &["he", "she"],
    };
    let mut found = Vec::new();
    for (i, w) in ctx.words.iter().enumerate() {
        let singular_zij = lang == Lang::Nl
            && matches!(w.lower.as_str(), "zij" | "ze")
            && ctx.words.get(i + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "is" | "heeft"
                        | "kan"
                        | "moet"
                        | "werkt"
                        | "wordt"
                        | "zorgt"
                        | "rijdt"
                        | "spreekt"
                        | "weet"
                        | "wil"
                        | "gaat"
                        | "houdt"
                        | "komt"
                        | "staat"
                        | "maakt"
                        | "helpt"
                        | "neemt"
                        | "krijgt"
                        | "doet"
                )
            });
        if !targets.contains(&w.lower.as_str()) && !singular_zij {
            continue;
        }
        // "hij/zij", "hij of zij", "he or she", "s/he", "zij/hij"
        let after = text[w.end..].trim_start();
        let before = text[..w.start].trim_end();
        let slash = |s: &str| {
            let s = text::lower_head(s, NEAR);
            s.starts_with("/")
                || s.starts_with("of ")
                || s.starts_with("or ")
                || s.starts_with("en ")
        };
        if slash(after)
            || before.ends_with('/')
            || text::lower_tail(before, NEAR).ends_with(" of")
            || text::lower_tail(before, NEAR).ends_with(" or")
        {
            continue;
        }
        let (sent_start, _) = text::sentence_at(text, w.start);
        let (para_start, _) = text::paragraph_at(text, w.start);
        let prev_sent_start = if sent_start > para_start + 1 {
            // step back onto the char that ended the previous sentence
            text::sentence_at(text, text::char_before(text, sent_start))
                .0
                .max(para_start)
        } else {
            sent_start
        };
        // walk back to the nearest person noun
        let mut decided: Option<bool> = None;
        for j in (0..i).rev() {
            let p = &ctx.words[j];
            if p.start < prev_sent_start {
                break;
            }
            let l = p.lower.as_str();
            if lexicon::CANDIDATE.contains(&l) {
                decided = Some(true);
                break;
            }
            if lexicon::OTHER_PERSON.contains(&l) {
                // "wij zoeken een collega die ..." is the candidate after all
                let article =
                    j > 0 && matches!(ctx.words[j - 1].lower.as_str(), "een" | "a" | "an");
                let nieuwe = j > 1
                    && matches!(ctx.words[j - 1].lower.as_str(), "nieuwe" | "new")
                    && matches!(ctx.words[j - 2].lower.as_str(), "een" | "a" | "an");
                decided = Some((article || nieuwe) && ctx.sentence_has(p.start, &r.search));
                break;
            }
        }
        let flag = match decided {
            Some(d) => d,
            None => {
                let sought = r.search.is_match(ctx.hay.slice(prev_sent_start, w.start))
                    || ctx.sentence_has(w.start, &r.search);
                let (ls, _) = text::line_at(text, w.start);
                let line_head = text[ls..w.start].trim();
                let bullet_start =
                    line_head.is_empty() || matches!(line_head, "-" | "•" | "*" | "–");
                sought
                    || (bullet_start && text[ls..].trim_start().starts_with(['-', '•', '*', '–']))
            }
        };
        if flag {
            found.push((w.start, w.end));
        }
    }
    for (s, e) in found {
        let (reason, alt) = messages::for_pronoun();
        ctx.push(s, e, Category::Sex, reason, alt);
    }
}

fn origin(ctx: &mut Ctx<'_>, r: &Res) {
    let text = ctx.text;
    let hay = ctx.hay;
    for m in r.native.find_iter(hay) {
        // "near-native" is a level, not an origin
        if let Some(p) = ctx.prev_word(m.start()) {
            if p.lower == "near" {
                continue;
            }
        }
        if text::lower_tail(&text[..m.start()], NEAR).ends_with("near-") {
            continue;
        }
        if ctx.before_in_sentence(m.start(), &r.negation) && !m.as_str().contains(' ') {
            continue;
        }
        ctx.add(m.start(), m.end(), Category::Origin);
    }
    for m in r.mother_tongue.find_iter(hay) {
        if ctx.sentence_has(m.start(), &r.negation) {
            continue;
        }
        ctx.add(m.start(), m.end(), Category::Origin);
    }
    for m in r.accent.find_iter(hay) {
        ctx.add(m.start(), m.end(), Category::Origin);
    }
    const INCLUSIVE: &[&str] = &[
        "ongeacht",
        "alle",
        "elke",
        "iedere",
        "welke",
        "verschillende",
        "diverse",
        "andere",
        "regardless",
        "any",
        "all",
        "every",
        "different",
        "many",
        "diverse",
        "other",
        "of",
        "your",
        "je",
        "jouw",
        "de",
        "het",
        "een",
        "valid",
        "geldig",
        "geldige",
        "whatever",
        "a",
        "the",
        "van",
        "met",
        "with",
    ];
    for c in r.nationality.captures_iter(hay) {
        let (Some(m), Some(adj)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if INCLUSIVE.contains(&adj.as_str().to_lowercase().as_str()) {
            continue;
        }
        let noun = c.get(4).map_or("", |x| x.as_str()).to_lowercase();
        if (noun == "paspoort" || noun == "passport")
            && !ctx.sentence_has(m.start(), &r.search)
            && !text[adj.start()..adj.end()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            continue;
        }
        if ctx.sentence_has(m.start(), &r.negation) {
            continue;
        }
        ctx.add(m.start(), m.end(), Category::Origin);
    }
    for m in r.nationality_adj.find_iter(hay) {
        // "je bent Nederlands en Engels machtig" is about languages
        if ctx.sentence_has(m.start(), &r.language_talk) {
            continue;
        }
        ctx.add(m.start(), m.end(), Category::Origin);
    }
    for c in r.descent.captures_iter(hay) {
        let Some(m) = c.get(0) else { continue };
        if let Some(adj) = c.get(1) {
            let a = adj.as_str().to_lowercase();
            if INCLUSIVE.contains(&a.as_str())
                || !(a.ends_with('e')
                    || a.ends_with("se")
                    || a.ends_with("sh")
                    || a.ends_with("an")
                    || a.ends_with("ch"))
            {
                continue;
            }
            if ctx.before_in_sentence(m.start(), &r.negation) {
                continue;
            }
        }
        ctx.add(m.start(), m.end(), Category::Origin);
    }
}

fn appearance(ctx: &mut Ctx<'_>, r: &Res) {
    let text = ctx.text;
    let hay = ctx.hay;
    for m in r.appearance.find_iter(hay) {
        let s = m.as_str().to_lowercase();
        if s.starts_with("representatie") {
            // "een representatieve steekproef" is about a sample, not a person
            if let Some(n) = ctx.next_word(m.end()) {
                if matches!(
                    n.lower.as_str(),
                    "steekproef" | "groep" | "selectie" | "beeld" | "sample" | "kantoor" | "pand"
                ) {
                    continue;
                }
            }
        }
        // a single "slank" only about the person ("je bent slank"); "slim" alone is
        // usually "a slim chance"
        let single = !s.contains(' ');
        if single
            && (s == "slim"
                || (s.starts_with("slank") && !ctx.sentence_has(m.start(), &r.trait_cue)))
        {
            continue;
        }
        if (s.contains("tatoe") || s.contains("tattoo") || s.contains("piercing"))
            && !ctx.before_in_sentence(m.start(), &r.ban)
        {
            continue;
        }
        ctx.add(m.start(), m.end(), Category::Appearance);
    }
    for m in r.well_groomed.find_iter(hay) {
        // "goed verzorgd" of a person, not "een goed verzorgde lunch"
        let after = &text[m.end()..];
        if after.starts_with(|c: char| c.is_alphabetic()) {
            continue;
        }
        if ctx.next_word(m.end()).is_some_and(|w| {
            !matches!(
                w.lower.as_str(),
                "en" | "and" | "uiterlijk" | "voorkomen" | "gekleed"
            )
        }) {
            continue;
        }
        ctx.add(m.start(), m.end(), Category::Appearance);
    }
    for c in r.photo.captures_iter(hay) {
        let Some(m) = c.get(0) else { continue };
        let after = text::lower_head(text[m.end()..].trim_start(), NEAR);
        // photos of the work, a portfolio, or photos in the task itself are fine
        if after.starts_with("van je werk")
            || after.starts_with("van jouw werk")
            || after.starts_with("van het werk")
            || after.starts_with("of your work")
            || after.starts_with("of the work")
            || after.starts_with("'s van")
        {
            continue;
        }
        let mstr = m.as_str().to_lowercase();
        let of_self = mstr.contains("jezelf") || mstr.contains("yourself") || mstr.contains(" jou");
        // a photo of something ("een foto van elke reparatie") is part of the work
        if !of_self && (after.starts_with("van ") || after.starts_with("of ")) {
            continue;
        }
        let pasfoto =
            mstr.contains("pasfoto") || mstr.contains("headshot") || mstr.contains("portret");
        let with = mstr.starts_with("met ") || mstr.starts_with("with ");
        let recent = mstr.contains("recent");
        let requested = ctx.sentence_has(m.start(), &r.request);
        let application = ctx.sentence_has(m.start(), &r.application);
        let along = ctx.sentence_has(m.start(), &r.along);
        if !(of_self
            || pasfoto
            || ((with || recent) && requested)
            || (requested && (application || along)))
        {
            continue;
        }
        if ctx.before_in_sentence(m.start(), &r.negation) {
            continue;
        }
        ctx.add(m.start(), m.end(), Category::Appearance);
    }
}

fn health(ctx: &mut Ctx<'_>, r: &Res, lang: Lang) {
    let text = ctx.text;
    let hay = ctx.hay;
    for c in r.fit.captures_iter(hay) {
        let Some(m) = c.get(0) else { continue };
        let qualified = c.get(1).is_some();
        // "fit-for-purpose", "fit-out"
        if text[m.end()..].starts_with(['-', '‐']) || text[..m.start()].ends_with('-') {
            continue;
        }
        let prev = ctx.prev_word(m.start()).map(|w| w.lower.clone());
        let next = ctx.next_word(m.end()).map(|w| w.lower.clone());
        let inflected = m.as_str().to_lowercase().ends_with("fitte");
        if !inflected
            && matches!(
                prev.as_deref(),
                Some(
                    "culture"
                        | "cultural"
                        | "good"
                        | "great"
                        | "perfect"
                        | "goede"
                        | "perfecte"
                        | "een"
                        | "de"
                        | "a"
                        | "the"
                        | "to"
                        | "will"
                        | "can"
                        | "must"
                        | "should"
                        | "best"
                        | "right"
                        | "team"
                )
            )
        {
            continue;
        }
        if matches!(
            prev.as_deref(),
            Some("blijf" | "blijft" | "blijven" | "houd" | "houdt" | "houden" | "stay" | "keep")
        ) && matches!(
            next.as_deref(),
            Some("met" | "door" | "via" | "dankzij" | "with" | "through" | "thanks")
        ) {
            continue; // "blijf fit met ons fietsplan" is a benefit
        }
        if matches!(
            next.as_deref(),
            Some("in" | "into" | "for" | "with" | "the" | "our" | "your" | "them" | "it" | "this")
        ) && !qualified
        {
            continue;
        }
        let english_ok = qualified
            || matches!(prev.as_deref(), Some("are" | "be" | "you're" | "stay"))
            || (prev.as_deref() == Some("and") && ctx.before_in_sentence(m.start(), &r.trait_cue));
        if lang == Lang::En && !english_ok {
            continue;
        }
        if text::lower_head(text[m.end()..].trim_start(), NEAR).starts_with("and healthy") {
            continue; // reported by the health pattern as one phrase
        }
        ctx.add(m.start(), m.end(), Category::Health);
    }
    for m in r.health.find_iter(hay) {
        // a stated physical demand with its reason: "een goede conditie, want je loopt
        // de hele dag"
        let s = m.as_str().to_lowercase();
        let physical = [
            "conditie",
            "condition",
            "shape",
            "belastbaar",
            "sterk",
            "strong",
        ]
        .iter()
        .any(|w| s.contains(w));
        if physical && ctx.sentence_has(m.start(), &r.reason) {
            continue;
        }
        ctx.add(m.start(), m.end(), Category::Health);
    }
}

fn family(ctx: &mut Ctx<'_>, r: &Res) {
    let text = ctx.text;
    let hay = ctx.hay;
    for m in r.family.find_iter(hay) {
        let s = m.as_str().to_lowercase();
        let negative = ["geen ", "zonder ", "no ", "without "]
            .iter()
            .any(|p| s.starts_with(p));
        if negative {
            // about the candidate: "je hebt geen kinderen", not "we knippen geen kinderen"
            let (ss, se) = ctx.sentence(m.start());
            let sent = text[ss..se].to_lowercase();
            let about_you = text::has_any_word(
                &ctx.words,
                ss,
                se,
                &[
                    "je",
                    "jij",
                    "u",
                    "you",
                    "hebt",
                    "heb",
                    "have",
                    "kandidaat",
                    "candidate",
                ],
            );
            if !about_you || sent.contains("we knippen") {
                continue;
            }
        }
        ctx.add(m.start(), m.end(), Category::Family);
    }
}

fn religion(ctx: &mut Ctx<'_>, r: &Res) {
    let hay = ctx.hay;
    for m in r.religion_dress.find_iter(hay) {
        let (ss, se) = ctx.sentence(m.start());
        let sent = hay.slice(ss, se);
        if !r.ban.is_match(sent) || r.religion_ok.is_match(sent) {
            continue;
        }
        // a religious item named in a ban; "geen" right before it joins the span
        let start = match ctx.prev_word(m.start()) {
            Some(p) if matches!(p.lower.as_str(), "geen" | "no") => p.start,
            _ => m.start(),
        };
        ctx.add(start, m.end(), Category::Religion);
    }
    for m in r.religion_demand.find_iter(hay) {
        ctx.add(m.start(), m.end(), Category::Religion);
    }
}

/// Trait words and phrases: (start, end, index of the first word).
fn trait_spans(ctx: &Ctx<'_>) -> Vec<(usize, usize, usize)> {
    let s = sets();
    let mut out = Vec::new();
    let words = &ctx.words;
    let mut i = 0;
    while i < words.len() {
        let mut matched = 0;
        let starts_phrase = s.trait_starts.contains(&words[i].lower);
        for n in (1..=3).rev() {
            if i + n > words.len() || (n > 1 && !starts_phrase) {
                continue;
            }
            let gaps_ok = (i..i + n - 1)
                .all(|k| ctx.text[words[k].end..words[k + 1].start].trim().is_empty());
            if !gaps_ok {
                continue;
            }
            let found = if n == 1 {
                s.traits.contains(&words[i].lower)
            } else {
                let phrase = words[i..i + n]
                    .iter()
                    .map(|w| w.lower.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                s.traits.contains(&phrase)
            };
            if found {
                matched = n;
                break;
            }
        }
        if matched > 0 {
            out.push((words[i].start, words[i + matched - 1].end, i));
            i += matched;
        } else {
            i += 1;
        }
    }
    out
}

const BREAKERS: &[&str] = &[
    "werkt", "werk", "kunt", "kun", "kan", "wilt", "wil", "gaat", "doet", "houdt", "zorgt", "weet",
    "spreekt", "die", "dat", "wat", "om", "te", "met", "in", "bij", "voor", "als", "wanneer",
    "zodat", "omdat", "want", "door", "op", "naar", "aan", "zonder", "dan", "hoe", "waar", "je",
    "jij", "u", "who", "that", "which", "with", "to", "at", "for", "when", "because", "so", "by",
    "on", "can", "will", "work", "works", "do", "does", "keep", "make", "take", "you", "your",
    "we", "wij", "ons", "our", "bieden", "offer", "hebben", "is", "zijn", "are", "niet", "not",
    "geen", "no",
];

/// Nouns for the person sought, after a trait: "een flexibele kracht".
const PERSON_NOUNS: &[&str] = &[
    "medewerker",
    "medewerkers",
    "medewerkster",
    "collega",
    "collega's",
    "kracht",
    "krachten",
    "persoon",
    "personen",
    "persoonlijkheid",
    "kandidaat",
    "kandidaten",
    "sollicitant",
    "employee",
    "employees",
    "colleague",
    "colleagues",
    "person",
    "personality",
    "candidate",
    "candidates",
    "worker",
    "workers",
    "professional",
    "professionals",
    "individual",
];

const TRAIT_OK_NEXT: &[&str] = &[
    "vaardig",
    "werkend",
    "werken",
    "bevoegd",
    "ondernemer",
    "ondernemers",
    "skills",
    "inzetbaar",
    "beschikbaar",
    "werktijden",
    "werkuren",
    "uren",
    "rooster",
    "hours",
    "schedule",
    "working",
    "werkplek",
    "werkplaats",
    "workplace",
    "sector",
    "branche",
    "industry",
    "omgeving",
    "environment",
    "team",
    "organisatie",
    "bedrijf",
    "company",
];

/// Is the word at `start` (word index `wi`) said of the person: after a cue such as
/// "je bent", "wij zoeken een", "you are" in the same clause, with only a list between?
fn after_cue(ctx: &Ctx<'_>, r: &Res, start: usize, wi: usize) -> bool {
    let (cs, _) = text::clause_at(ctx.text, start);
    let before = ctx.hay.slice(cs, start);
    let cue_end = r.trait_cue.find_iter(before).last().map(|m| cs + m.end());
    cue_end.is_some_and(|ce| {
        let first = text::word_index_at(&ctx.words, ce);
        ctx.words[first..wi]
            .iter()
            .all(|w| !BREAKERS.contains(&w.lower.as_str()))
    })
}

/// Words that may sit between traits in one run: "flexibel en zeer stressbestendig".
const RUN_GLUE: &[&str] = &[
    "en", "of", "and", "or", "zeer", "heel", "erg", "echt", "altijd", "ook", "very", "really",
    "truly", "always", "also",
];

/// Is the trait at `start..end` (word index `wi`) said of the person sought in a relative
/// clause: "iemand die flexibel en stressbestendig is", "een collega die flexibel blijft",
/// "a colleague who is flexible"? Only when the clause says what the person *is*: "iemand
/// die zelfstandig werkt" describes work and is left alone.
fn describes_in_relative_clause(
    ctx: &Ctx<'_>,
    spans: &[(usize, usize, usize)],
    end: usize,
    wi: usize,
) -> bool {
    let words = &ctx.words;
    let in_trait = |k: usize| {
        spans
            .iter()
            .any(|&(s, e, _)| words[k].start >= s && words[k].end <= e)
    };
    // only white space or commas between the words of the run
    let joined = |a: usize, b: usize| {
        ctx.text[words[a].end..words[b].start]
            .chars()
            .all(|c| c.is_whitespace() || c == ',')
    };
    let person = |w: &str| w == "iemand" || w == "someone" || PERSON_NOUNS.contains(&w);
    let mut b = wi;
    while b > 0 && joined(b - 1, b) && {
        let l = words[b - 1].lower.as_str();
        in_trait(b - 1) || RUN_GLUE.contains(&l)
    } {
        b -= 1;
    }
    let last = text::word_index_at(words, end).saturating_sub(1).max(wi);
    let mut f = last + 1;
    while f < words.len() && joined(f - 1, f) && {
        let l = words[f].lower.as_str();
        in_trait(f) || RUN_GLUE.contains(&l)
    } {
        f += 1;
    }
    let word = |k: usize| words.get(k).map(|w| w.lower.as_str());
    let linked = |a: usize, k: usize| k < words.len() && joined(a, k);
    // Dutch: <person> die <traits> is|zijn|bent|blijft|blijven
    let dutch = b >= 2
        && word(b - 1) == Some("die")
        && word(b - 2).is_some_and(person)
        && linked(b - 2, b - 1)
        && linked(b - 1, b)
        && linked(f - 1, f)
        && matches!(
            word(f),
            Some("is" | "zijn" | "bent" | "blijft" | "blijven")
        )
        // "die creatief is met kleur" names what the quality is about: a concrete skill
        && !matches!(word(f + 1), Some("met" | "in" | "bij" | "op" | "voor"));
    // English: <person> who is|are <traits>
    let english = b >= 3
        && matches!(word(b - 1), Some("is" | "are" | "stays" | "remains"))
        && word(b - 2) == Some("who")
        && word(b - 3).is_some_and(person)
        && linked(b - 3, b - 2)
        && linked(b - 2, b - 1)
        && linked(b - 1, b)
        && !matches!(word(f), Some("with" | "in" | "at" | "about" | "for"));
    dutch || english
}

fn traits(ctx: &mut Ctx<'_>, r: &Res) {
    let text = ctx.text;
    let mut found = Vec::new();
    let all_spans = trait_spans(ctx);
    for &(start, end, wi) in &all_spans {
        if ctx
            .next_word(end)
            .is_some_and(|w| TRAIT_OK_NEXT.contains(&w.lower.as_str()))
        {
            continue;
        }
        // after "je hebt" only a trait noun ("lef") or "een positieve instelling", not
        // "je hebt een flexibele werkweek"
        let by_cue = after_cue(ctx, r, start, wi) && {
            let (cs, _) = text::clause_at(text, start);
            let last_cue = r.trait_cue.find_iter(ctx.hay.slice(cs, start)).last();
            let has_cue = last_cue.is_some_and(|m| {
                let c = m.as_str().to_lowercase();
                c.starts_with("je hebt") || c.starts_with("heb je")
            });
            !has_cue
                || lexicon::TRAIT_NOUNS.contains(&text[start..end].to_lowercase().as_str())
                || ctx.next_word(end).is_some_and(|w| {
                    matches!(
                        w.lower.as_str(),
                        "instelling"
                            | "houding"
                            | "mentaliteit"
                            | "persoonlijkheid"
                            | "karakter"
                            | "attitude"
                            | "personality"
                            | "mindset"
                    )
                })
        };
        // or a line that is only a list of qualities: "- Stressbestendig en flexibel."
        let by_list = {
            let (ls, le) = text::line_at(text, start);
            let first = text::word_index_at(&ctx.words, ls);
            let last = text::word_index_at(&ctx.words, le);
            let spans: Vec<(usize, usize, usize)> = all_spans
                .iter()
                .copied()
                .filter(|&(s, _, _)| s >= ls && s < le)
                .collect();
            let covered = |k: usize| {
                spans
                    .iter()
                    .any(|&(s, e, _)| ctx.words[k].start >= s && ctx.words[k].end <= e)
            };
            (first..last).all(|k| {
                covered(k)
                    || matches!(
                        ctx.words[k].lower.as_str(),
                        "en" | "and" | "of" | "or" | "zeer" | "very" | "echt" | "erg" | "heel"
                    )
            }) && last > first
        };
        // or it describes the person sought: "flexibele en stressbestendige medewerkers"
        // (a list of at least two qualities; one adjective in a hook such as "zoekt
        // enthousiaste medewerkers" is left alone)
        let by_noun = {
            let mut k = text::word_index_at(&ctx.words, end);
            let mut traits_in_run = 1;
            while k < ctx.words.len() {
                let l = ctx.words[k].lower.as_str();
                if sets().traits.contains(l) {
                    traits_in_run += 1;
                    k += 1;
                } else if matches!(l, "en" | "of" | "and" | "or") {
                    k += 1;
                } else {
                    break;
                }
            }
            // also count the traits before this one in the same run
            let mut b = wi;
            while b > 0 {
                let l = ctx.words[b - 1].lower.as_str();
                if sets().traits.contains(l) {
                    traits_in_run += 1;
                    b -= 1;
                } else if matches!(l, "en" | "of" | "and" | "or") {
                    b -= 1;
                } else {
                    break;
                }
            }
            traits_in_run >= 2
                && ctx
                    .words
                    .get(k)
                    .is_some_and(|w| PERSON_NOUNS.contains(&w.lower.as_str()))
                && text[end..ctx.words[k].start]
                    .chars()
                    .all(|c| c.is_whitespace() || c.is_alphabetic() || c == ',' || c == '-')
        };
        let by_relative = describes_in_relative_clause(ctx, &all_spans, end, wi);
        if by_cue || by_list || by_noun || by_relative {
            found.push((start, end));
        }
    }
    for (s, e) in found {
        ctx.add(s, e, Category::Trait);
    }
}

fn culture_fit(ctx: &mut Ctx<'_>, r: &Res) {
    let text = ctx.text;
    let hay = ctx.hay;
    const GROUP: &[&str] = &[
        "team",
        "cultuur",
        "club",
        "familie",
        "groep",
        "ploeg",
        "sfeer",
        "dna",
        "bedrijf",
        "crew",
        "mentaliteit",
        "collega's",
        "vibe",
        "culture",
        "family",
        "fit",
        "ons",
    ];
    for m in r.culture_fit.find_iter(hay) {
        let s = m.as_str().to_lowercase();
        // "past bij het haar van de klant" is about a product: a group must be named,
        // or it is the bare "past bij ons"
        let has_group = s
            .split_whitespace()
            .skip(2)
            .any(|w| GROUP.iter().any(|g| w.ends_with(g)));
        let fits = ["past ", "pas ", "passen ", "paste ", "passend "];
        if fits.iter().any(|f| s.starts_with(f)) && !has_group {
            continue;
        }
        if s.starts_with("de ") || s.starts_with("goede ") || s.starts_with("echte ") {
            // "de klik" only about people: "de klik met het team", "de klik moet er zijn"
            let after = text::lower_head(text[m.end()..].trim_start(), NEAR);
            if !(after.starts_with("met") || after.starts_with("moet") || after.starts_with("is")) {
                continue;
            }
        }
        ctx.add(m.start(), m.end(), Category::CultureFit);
    }
}

fn diploma(ctx: &mut Ctx<'_>, r: &Res) {
    let hay = ctx.hay;
    let mut seen = HashSet::new();
    for m in r.diploma_word.find_iter(hay) {
        let (ss, se) = ctx.sentence(m.start());
        if !seen.insert(ss) {
            continue;
        }
        let sent = hay.slice(ss, se);
        if r.diploma_alt.is_match(sent) || r.negation.is_match(sent) {
            continue;
        }
        let Some(hard) = r.diploma_hard.find(sent) else {
            continue;
        };
        // span: from the first diploma word (with "een afgeronde" before it) to the demand
        let words: Vec<_> = r.diploma_word.find_iter(sent).collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            continue;
        };
        let mut start = ss + first.start().min(hard.start());
        let end = ss + last.end().max(hard.end());
        for _ in 0..2 {
            if let Some(p) = ctx.prev_word(start) {
                if matches!(
                    p.lower.as_str(),
                    "een" | "afgeronde" | "a" | "an" | "completed" | "relevante" | "relevant"
                ) {
                    start = p.start;
                }
            }
        }
        ctx.add(start, end, Category::Diploma);
    }
}

fn gender_coded(ctx: &mut Ctx<'_>, r: &Res) {
    let s = sets();
    let text = ctx.text;
    let mut found = Vec::new();
    for (i, w) in ctx.words.iter().enumerate() {
        let two = ctx
            .words
            .get(i + 1)
            .filter(|n| {
                s.gender_coded_starts.contains(&w.lower) && text[w.end..n.start].trim().is_empty()
            })
            .map(|n| (format!("{} {}", w.lower, n.lower), n.end));
        let (end, word) = match &two {
            Some((p, e)) if s.gender_coded.contains(p) => (*e, p.clone()),
            _ if s.gender_coded.contains(&w.lower) => (w.end, w.lower.clone()),
            _ => continue,
        };
        let next = ctx.next_word(end).map(|n| n.lower.as_str());
        if next.is_some_and(|n| lexicon::COMPETITIVE_OK_NEXT.contains(&n)) {
            continue;
        }
        // adjectives ("stoer", "dominant") only when said of the person: "een stoer pand"
        // is about a building; nouns ("rockstar", "haantje-de-voorste") always count
        let adjective = lexicon::GENDER_CODED_ADJECTIVES
            .iter()
            .any(|a| word.starts_with(a));
        let of_person = next.is_some_and(|n| {
            PERSON_NOUNS.contains(&n) || matches!(n, "vent" | "kerel" | "guy" | "man" | "type")
        });
        if adjective && !of_person && !after_cue(ctx, r, w.start, i) {
            continue;
        }
        let mut start = w.start;
        let mut end = end;
        // "rockstar developer", "een haantje-de-voorste"
        if word.starts_with("rock") || word == "ninja" {
            if let Some(n) = ctx.next_word(end) {
                if matches!(
                    n.lower.as_str(),
                    "developer"
                        | "programmer"
                        | "engineer"
                        | "ontwikkelaar"
                        | "verkoper"
                        | "salesman"
                        | "sales"
                        | "monteur"
                        | "coder"
                        | "designer"
                ) {
                    end = n.end;
                }
            }
        }
        if word.starts_with("haantje") {
            if let Some(p) = ctx.prev_word(start) {
                if matches!(p.lower.as_str(), "een" | "echte") {
                    start = p.start;
                }
            }
        }
        found.push((start, end));
    }
    for (s, e) in found {
        ctx.add(s, e, Category::GenderCoded);
    }
}

fn pay_history(ctx: &mut Ctx<'_>, r: &Res) {
    let hay = ctx.hay;
    for m in r.pay.find_iter(hay) {
        if ctx.before_in_sentence(m.start(), &r.negation) {
            continue;
        }
        ctx.add(m.start(), m.end(), Category::PayHistory);
    }
    for m in r.payslip.find_iter(hay) {
        if ctx.before_in_sentence(m.start(), &r.negation)
            || !ctx.sentence_has(m.start(), &r.request)
        {
            continue;
        }
        ctx.add(m.start(), m.end(), Category::PayHistory);
    }
}

/// Sorts, drops duplicates, joins overlapping findings of one category and joins lists
/// such as "geen hoofddoek, keppel of andere religieuze kleding" into one finding.
fn finish(mut out: Vec<Finding>, hay: Hay<'_>, r: &Res) -> Vec<Finding> {
    out.sort_by_key(|a| (a.start, a.end, a.category));
    let mut merged: Vec<Finding> = Vec::with_capacity(out.len());
    for f in out {
        if let Some(last) = merged
            .iter_mut()
            .rev()
            .find(|m| m.category == f.category && m.start <= f.end)
        {
            let overlap = f.start < last.end;
            let joinable = matches!(
                f.category,
                Category::Religion
                    | Category::Origin
                    | Category::Family
                    | Category::Health
                    | Category::Appearance
                    | Category::Age
                    | Category::Diploma
                    | Category::CultureFit
                    | Category::PayHistory
            ) && f.start >= last.end
                && r.merge_gap.is_match(hay.slice(last.end, f.start));
            if overlap || joinable {
                last.end = last.end.max(f.end);
                continue;
            }
        }
        merged.push(f);
    }
    merged.sort_by_key(|a| (a.start, a.end, a.category));
    merged
}
