//! Applications: a letter file or pasted text in, an applicant with a neutral code out; the
//! identity pre-filled from the letter and kept apart; the anonymizer's findings stored with
//! the letter, and the text the raters will read.
//!
//! Each letter is its own transaction: a file that fails stores nothing, and the files after
//! it in the same batch still import.

use serde::{Deserialize, Serialize};
use specta::Type;
use werfwijzer_anonymize as anon;
use werfwijzer_intake as intake;
use werfwijzer_store::{self as store, ApplicantRow, IdentityRow, Language, LetterRow};

use crate::dto::AuditAction;
use crate::error::Error;
use crate::facade::{audit, Result, Werfwijzer};

/// Letters that spell nothing and cannot be mixed up (no 0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// What became of one file or pasted text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum ImportOutcome {
    /// A new applicant, with the neutral code the raters will see.
    Imported { applicant_id: String, code: String },
    /// This letter is already in the procedure, as this applicant.
    Duplicate { code: String },
    /// The file could not be read; the message says why and what to do.
    Failed { code: String, message: String },
}

/// One stored finding: byte offsets into the original, its label and rule, and whether it is
/// hidden from the raters (direct identifiers always; cues as the coordinator decides, and
/// `None` until then).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct StoredSpan {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub rule: String,
    pub hidden: Option<bool>,
}

/// An applicant in the coordinator's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct ApplicantSummary {
    pub id: String,
    pub code: String,
    pub source: String,
    pub released: bool,
    pub hidden_count: u32,
    pub cue_count: u32,
}

fn lang_of(l: anon::Lang) -> &'static str {
    match l {
        anon::Lang::Nl => "nl",
        anon::Lang::En => "en",
    }
}

fn intake_lang(l: Language) -> intake::Lang {
    match l {
        Language::Nl => intake::Lang::Nl,
        Language::En => intake::Lang::En,
    }
}

/// A fresh code that no applicant of the procedure has: three characters, random.
fn new_code(a: &store::Access<'_>, procedure_id: &str) -> std::result::Result<String, Error> {
    for len in [3usize, 3, 3, 4, 4, 5] {
        let bytes = uuid::Uuid::new_v4().into_bytes();
        let code: String = bytes[..len]
            .iter()
            .map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char)
            .collect();
        if !a.applicant_code_taken(procedure_id, &code)? {
            return Ok(code);
        }
    }
    Err(Error::Internal)
}

fn source_of(f: intake::Format) -> &'static str {
    match f {
        intake::Format::Pdf => "pdf",
        intake::Format::Docx => "docx",
        intake::Format::Odt => "odt",
        intake::Format::Txt => "txt",
        intake::Format::Pasted => "pasted",
    }
}

impl Werfwijzer {
    /// Imports one letter file into a procedure. A file that cannot be read gives `Failed`
    /// with a message in the user's language, and stores nothing.
    pub fn import_letter(
        &self,
        procedure_id: &str,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<ImportOutcome> {
        let lang = self.language();
        match intake::extract(file_name, bytes) {
            Ok(x) => self.store_letter(procedure_id, Some(file_name), x),
            Err(e) => Ok(ImportOutcome::Failed {
                code: e.code().into(),
                message: e.message(intake_lang(lang)),
            }),
        }
    }

    /// Imports a letter pasted as text.
    pub fn paste_letter(&self, procedure_id: &str, text: &str) -> Result<ImportOutcome> {
        let lang = self.language();
        match intake::from_pasted(text) {
            Ok(x) => self.store_letter(procedure_id, None, x),
            Err(e) => Ok(ImportOutcome::Failed {
                code: e.code().into(),
                message: e.message(intake_lang(lang)),
            }),
        }
    }

    fn store_letter(
        &self,
        procedure_id: &str,
        file_name: Option<&str>,
        x: intake::Extracted,
    ) -> Result<ImportOutcome> {
        let text = x.text;
        let fingerprint = intake::fingerprint(&text).to_vec();
        let letter_lang = anon::Lang::detect(&text);
        let analysis = anon::anonymize(&text, letter_lang, &anon::Known::default());
        let spans: Vec<StoredSpan> = analysis
            .spans
            .iter()
            .map(|s| StoredSpan {
                start: s.start,
                end: s.end,
                label: s.label.as_str().into(),
                rule: s.rule.as_str().into(),
                hidden: s.label.is_direct().then_some(true),
            })
            .collect();
        let hide: Vec<anon::Span> = analysis
            .spans
            .iter()
            .filter(|s| s.label.is_direct())
            .cloned()
            .collect();
        let redacted = anon::redact(&text, &hide, letter_lang).text;
        let spans_json = serde_json::to_string(&spans)
            .map_err(|_| Error::Internal.to_app_error(self.language()))?;
        let source = source_of(x.format);
        self.write(|a, now| {
            let p = a.procedure(procedure_id)?.ok_or(Error::ProcedureNotFound)?;
            if let Some(other) = a.letter_by_fingerprint(&p.id, &fingerprint)? {
                let code = a.applicant(&other)?.map(|x| x.code).unwrap_or_default();
                return Ok(ImportOutcome::Duplicate { code });
            }
            let id = uuid::Uuid::new_v4().to_string();
            let code = new_code(a, &p.id)?;
            a.insert_applicant(&ApplicantRow {
                id: id.clone(),
                procedure_id: p.id.clone(),
                code: code.clone(),
                created_at: now.into(),
            })?;
            a.put_identity(&IdentityRow {
                applicant_id: id.clone(),
                name: analysis.identity.name.clone(),
                email: analysis.identity.email.clone(),
                phone: analysis.identity.phone.clone(),
                file_name: file_name.map(str::to_string),
                confirmed_at: None,
            })?;
            a.put_letter(&LetterRow {
                applicant_id: id.clone(),
                procedure_id: p.id.clone(),
                source: source.into(),
                lang: lang_of(letter_lang).into(),
                original: text.clone(),
                fingerprint: fingerprint.clone(),
                spans: spans_json.clone(),
                redacted: redacted.clone(),
                released_at: None,
                updated_at: now.into(),
            })?;
            a.touch_procedure(&p.id, now)?;
            // the audit log holds the code and the kind of file, never a name or text
            audit(
                a,
                now,
                Some(&p.organisation_id),
                Some(&p.id),
                AuditAction::LetterImported,
                &format!("{code} {source}"),
            )?;
            Ok(ImportOutcome::Imported {
                applicant_id: id,
                code,
            })
        })
    }

    /// The applicants of a procedure, oldest first.
    pub fn applicants(&self, procedure_id: &str) -> Result<Vec<ApplicantSummary>> {
        self.read(|a| {
            let p = a.procedure(procedure_id)?.ok_or(Error::ProcedureNotFound)?;
            let letters = a.letters(&p.id)?;
            a.applicants(&p.id)?
                .into_iter()
                .map(|ap| {
                    let l = letters.iter().find(|l| l.applicant_id == ap.id);
                    let spans: Vec<StoredSpan> = l
                        .map(|l| serde_json::from_str(&l.spans).unwrap_or_default())
                        .unwrap_or_default();
                    let cue = |s: &&StoredSpan| {
                        anon::Label::parse(&s.label).is_some_and(anon::Label::is_cue)
                    };
                    Ok(ApplicantSummary {
                        id: ap.id.clone(),
                        code: ap.code,
                        source: l.map(|l| l.source.clone()).unwrap_or_default(),
                        released: l.is_some_and(|l| l.released_at.is_some()),
                        hidden_count: spans.iter().filter(|s| s.hidden == Some(true)).count()
                            as u32,
                        cue_count: spans.iter().filter(cue).count() as u32,
                    })
                })
                .collect()
        })
    }

    /// The text the raters will read (placeholders in place of what is hidden).
    pub fn redacted_letter(&self, applicant_id: &str) -> Result<String> {
        self.read(|a| {
            Ok(a.letter(applicant_id)?
                .ok_or(Error::ApplicantNotFound)?
                .redacted)
        })
    }
}
