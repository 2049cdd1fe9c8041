//! Reading a pack from bytes: limits first, then the JSON, then the format version, then
//! the shape (with the JSON path of what is wrong), then the rules of §3.3.

use std::collections::HashSet;

use base64::Engine;

use crate::model::{Anchors, Lang, Pack, QuestionKind, Text, FORMAT, FORMAT_VERSION};
use crate::problem::{PackError, Problem, ProblemKind, ShapeKind};

/// Limits on what a pack file may hold. Generous for real packs, small enough that a
/// hostile file cannot exhaust memory or time.
pub mod limits {
    /// The whole file.
    pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
    /// Arrays and objects inside each other.
    pub const MAX_DEPTH: usize = 12;
    /// One text, in characters.
    pub const MAX_TEXT_CHARS: usize = 600;
    /// Ids, in characters.
    pub const MAX_ID_CHARS: usize = 64;
    /// The logo, decoded.
    pub const MAX_LOGO_BYTES: usize = 200 * 1024;
    pub const MAX_COMPETENCIES: usize = 500;
    pub const MAX_ROLES: usize = 500;
}
use limits::*;

/// Parses and validates a pack. Does not check its signature (see [`crate::verify`]).
pub fn parse(bytes: &[u8]) -> Result<Pack, PackError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(PackError::TooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| PackError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_depth(text)?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| PackError::Syntax {
        line: e.line(),
        column: e.column(),
    })?;
    check_format(&value)?;
    let pack: Pack = serde_path_to_error::deserialize(value).map_err(|e| PackError::Shape {
        path: e.path().to_string(),
        kind: ShapeKind::from_serde(&e.inner().to_string()),
    })?;
    let problems = check(&pack);
    if problems.is_empty() {
        Ok(pack)
    } else {
        Err(PackError::Invalid(problems))
    }
}

/// Refuses deeper nesting than [`MAX_DEPTH`] before the JSON parser recurses into it.
fn check_depth(text: &str) -> Result<(), PackError> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(PackError::TooDeep { max: MAX_DEPTH });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn check_format(value: &serde_json::Value) -> Result<(), PackError> {
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(PackError::NotAPack);
    }
    match value.get("formatVersion").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(FORMAT_VERSION) => Ok(()),
        Some(v) if v > u64::from(FORMAT_VERSION) => Err(PackError::NewerFormat { found: v }),
        _ => Err(PackError::Shape {
            path: "formatVersion".into(),
            kind: ShapeKind::WrongType,
        }),
    }
}

/// Collects every rule the pack breaks, each with the JSON path where it does.
pub fn check(pack: &Pack) -> Vec<Problem> {
    let mut c = Checker {
        langs: Vec::new(),
        problems: Vec::new(),
    };
    c.pack(pack);
    c.problems
}

struct Checker {
    langs: Vec<Lang>,
    problems: Vec<Problem>,
}

/// Checks a publisher id (reverse-domain style), e.g. from a key file.
pub fn check_publisher_id(id: &str) -> Result<(), ProblemKind> {
    if is_id(id, true) {
        Ok(())
    } else {
        Err(ProblemKind::BadId { dots: true })
    }
}

fn is_id(s: &str, dots: bool) -> bool {
    let ok_char =
        |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || (dots && c == '.');
    !s.is_empty()
        && s.chars().count() <= MAX_ID_CHARS
        && s.chars().all(ok_char)
        && s.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && !s.ends_with(['.', '-'])
        && !s.contains("..")
}

impl Checker {
    fn problem(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.into(),
            kind,
        });
    }

    fn text(&mut self, path: &str, text: &Text) {
        for &lang in &self.langs.clone() {
            let p = format!("{path}.{}", lang_key(lang));
            match text.get(lang).map(str::trim) {
                None | Some("") => self.problem(p, ProblemKind::MissingText),
                Some(s) if s.chars().count() > MAX_TEXT_CHARS => self.problem(
                    p,
                    ProblemKind::TextTooLong {
                        max: MAX_TEXT_CHARS,
                    },
                ),
                Some(_) => {}
            }
        }
        for lang in [Lang::Nl, Lang::En] {
            if !self.langs.contains(&lang) && text.get(lang).is_some() {
                self.problem(
                    format!("{path}.{}", lang_key(lang)),
                    ProblemKind::UndeclaredLanguage,
                );
            }
        }
    }

    fn texts(&mut self, path: &str, texts: &[Text], min: usize, max: usize) {
        if texts.len() < min || texts.len() > max {
            self.problem(
                path,
                ProblemKind::Count {
                    found: texts.len(),
                    min,
                    max,
                },
            );
        }
        for (i, t) in texts.iter().enumerate() {
            self.text(&format!("{path}[{i}]"), t);
        }
    }

    fn anchors(&mut self, path: &str, a: &Anchors) {
        self.text(&format!("{path}.1"), &a.one);
        self.text(&format!("{path}.3"), &a.three);
        self.text(&format!("{path}.5"), &a.five);
    }

    fn id(&mut self, path: String, id: &str, dots: bool) {
        if !is_id(id, dots) {
            self.problem(path, ProblemKind::BadId { dots });
        }
    }

    fn pack(&mut self, pack: &Pack) {
        // Languages first: every text is checked against them.
        let mut seen = HashSet::new();
        for (i, l) in pack.languages.iter().enumerate() {
            if !seen.insert(*l) {
                self.problem(format!("languages[{i}]"), ProblemKind::DuplicateLanguage);
            }
        }
        if pack.languages.is_empty() {
            self.problem("languages", ProblemKind::NoLanguages);
        }
        self.langs = seen.into_iter().collect();

        self.id("id".into(), &pack.id, true);
        if semver::Version::parse(&pack.version).is_err() {
            self.problem("version", ProblemKind::BadVersion);
        }
        self.id("publisher.id".into(), &pack.publisher.id, true);
        let name = pack.publisher.name.trim();
        if name.is_empty() || name.chars().count() > MAX_TEXT_CHARS {
            self.problem("publisher.name", ProblemKind::MissingText);
        }
        self.text("title", &pack.title);
        if let Some(d) = &pack.description {
            self.text("description", d);
        }
        if let Some(logo) = &pack.logo {
            if !matches!(logo.media_type.as_str(), "image/png" | "image/jpeg") {
                self.problem("logo.mediaType", ProblemKind::LogoType);
            }
            match base64::engine::general_purpose::STANDARD.decode(&logo.data) {
                Ok(bytes) if bytes.len() > MAX_LOGO_BYTES => self.problem(
                    "logo.data",
                    ProblemKind::LogoTooLarge {
                        max: MAX_LOGO_BYTES,
                    },
                ),
                Ok(_) => {}
                Err(_) => self.problem("logo.data", ProblemKind::NotBase64),
            }
        }

        if pack.competencies.len() > MAX_COMPETENCIES {
            self.problem(
                "competencies",
                ProblemKind::Count {
                    found: pack.competencies.len(),
                    min: 0,
                    max: MAX_COMPETENCIES,
                },
            );
        }
        let mut ids = HashSet::new();
        for (i, c) in pack.competencies.iter().enumerate() {
            let p = format!("competencies[{i}]");
            self.id(format!("{p}.id"), &c.id, false);
            if !ids.insert(c.id.as_str()) {
                self.problem(
                    format!("{p}.id"),
                    ProblemKind::DuplicateId { id: c.id.clone() },
                );
            }
            self.text(&format!("{p}.name"), &c.name);
            self.text(&format!("{p}.definition"), &c.definition);
            self.texts(&format!("{p}.indicators"), &c.indicators, 3, 5);
            self.anchors(&format!("{p}.letterAnchors"), &c.letter_anchors);
            self.anchors(&format!("{p}.interviewAnchors"), &c.interview_anchors);
            if c.questions.len() < 2 || c.questions.len() > 6 {
                self.problem(
                    format!("{p}.questions"),
                    ProblemKind::Count {
                        found: c.questions.len(),
                        min: 2,
                        max: 6,
                    },
                );
            }
            for kind in [QuestionKind::Behavioural, QuestionKind::Situational] {
                if !c.questions.iter().any(|q| q.kind == kind) {
                    self.problem(
                        format!("{p}.questions"),
                        ProblemKind::MissingQuestionKind { kind },
                    );
                }
            }
            for (j, q) in c.questions.iter().enumerate() {
                let qp = format!("{p}.questions[{j}]");
                self.text(&format!("{qp}.text"), &q.text);
                self.texts(&format!("{qp}.followUps"), &q.follow_ups, 1, 3);
            }
            if let Some(w) = &c.work_sample {
                self.text(&format!("{p}.workSample"), w);
            }
        }

        if pack.roles.len() > MAX_ROLES {
            self.problem(
                "roles",
                ProblemKind::Count {
                    found: pack.roles.len(),
                    min: 0,
                    max: MAX_ROLES,
                },
            );
        }
        let mut role_ids = HashSet::new();
        for (i, r) in pack.roles.iter().enumerate() {
            let p = format!("roles[{i}]");
            self.id(format!("{p}.id"), &r.id, false);
            if !role_ids.insert(r.id.as_str()) {
                self.problem(
                    format!("{p}.id"),
                    ProblemKind::DuplicateId { id: r.id.clone() },
                );
            }
            self.id(format!("{p}.sector"), &r.sector, false);
            self.text(&format!("{p}.title"), &r.title);
            self.text(&format!("{p}.summary"), &r.summary);
            self.texts(&format!("{p}.tasks"), &r.tasks, 3, 8);
            if r.competencies.len() < 4 || r.competencies.len() > 6 {
                self.problem(
                    format!("{p}.competencies"),
                    ProblemKind::Count {
                        found: r.competencies.len(),
                        min: 4,
                        max: 6,
                    },
                );
            }
            let mut mine = HashSet::new();
            for (j, id) in r.competencies.iter().enumerate() {
                if !ids.contains(id.as_str()) {
                    self.problem(
                        format!("{p}.competencies[{j}]"),
                        ProblemKind::UnknownCompetency { id: id.clone() },
                    );
                } else if !mine.insert(id.as_str()) {
                    self.problem(
                        format!("{p}.competencies[{j}]"),
                        ProblemKind::DuplicateId { id: id.clone() },
                    );
                }
            }
            self.text(&format!("{p}.conditions.hours"), &r.conditions.hours);
            self.text(&format!("{p}.conditions.cao"), &r.conditions.cao);
            self.text(&format!("{p}.conditions.payHint"), &r.conditions.pay_hint);
            for (j, req) in r.requirements.iter().enumerate() {
                self.text(&format!("{p}.requirements[{j}].text"), &req.text);
                self.text(&format!("{p}.requirements[{j}].reason"), &req.reason);
            }
        }
    }
}

pub(crate) fn lang_key(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "nl",
        Lang::En => "en",
    }
}
