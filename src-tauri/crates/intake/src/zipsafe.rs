//! Reading parts of a zip (a `.docx` or `.odt`) from a stranger: entry count,
//! declared sizes and compression ratio checked first, then inflated through
//! a hard byte limit, because the declared sizes are the attacker's to write.

use std::io::{Cursor, Read};

use zip::result::ZipError;
use zip::ZipArchive;

use crate::{ImportError, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, MAX_ZIP_RATIO, RATIO_CHECK_FROM};

/// A zip read from memory.
pub(crate) type Zip<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// The entry count in the end-of-central-directory record, read before the
/// zip crate parses the whole directory (`None` when it is not found or the
/// zip is a Zip64 one, whose count the crate then reads).
fn declared_entries(bytes: &[u8]) -> Option<u64> {
    const EOCD: &[u8] = b"PK\x05\x06";
    let from = bytes.len().saturating_sub(22 + 65_535);
    let tail = &bytes[from..];
    let at = tail.windows(4).rposition(|w| w == EOCD)?;
    let record = tail.get(at..at + 22)?;
    let total = u16::from_le_bytes([record[10], record[11]]);
    (total != u16::MAX).then_some(u64::from(total))
}

/// Opens a zip; more than [`MAX_ZIP_ENTRIES`] entries is a zip bomb, a zip
/// that cannot be opened is damaged, a zip that needs a password is
/// encrypted.
pub(crate) fn open(bytes: &[u8]) -> Result<Zip<'_>, ImportError> {
    if declared_entries(bytes).is_some_and(|n| n > MAX_ZIP_ENTRIES as u64) {
        return Err(ImportError::ZipBomb);
    }
    let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|_| ImportError::Corrupt)?;
    if archive.len() > MAX_ZIP_ENTRIES {
        return Err(ImportError::ZipBomb);
    }
    Ok(archive)
}

/// Reads one part, inflating at most `budget` bytes (shared across the parts
/// of one file; lowered by what is read). `Ok(None)` when the part is not
/// there.
///
/// Refused as [`ImportError::ZipBomb`]: a declared size above
/// [`MAX_UNZIPPED_BYTES`] or above the budget, a declared or actual ratio
/// above [`MAX_ZIP_RATIO`] (for parts above [`RATIO_CHECK_FROM`] bytes), or
/// more bytes than the budget while inflating.
pub(crate) fn read_part(
    archive: &mut Zip<'_>,
    name: &str,
    budget: &mut u64,
) -> Result<Option<Vec<u8>>, ImportError> {
    let file = match archive.by_name(name) {
        Ok(f) => f,
        Err(ZipError::FileNotFound) => return Ok(None),
        Err(ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED)) => {
            return Err(ImportError::Encrypted)
        }
        Err(_) => return Err(ImportError::Corrupt),
    };
    if file.encrypted() {
        return Err(ImportError::Encrypted);
    }
    let declared = file.size();
    let stored = file.compressed_size().max(1);
    if declared > MAX_UNZIPPED_BYTES || declared > *budget {
        return Err(ImportError::ZipBomb);
    }
    if declared > RATIO_CHECK_FROM && declared / stored > MAX_ZIP_RATIO {
        return Err(ImportError::ZipBomb);
    }
    let mut out = Vec::with_capacity(usize::try_from(declared.min(1 << 20)).unwrap_or(0));
    let read = file.take(*budget + 1).read_to_end(&mut out);
    let got = out.len() as u64;
    if got > *budget {
        return Err(ImportError::ZipBomb);
    }
    if got > RATIO_CHECK_FROM && got / stored > MAX_ZIP_RATIO {
        return Err(ImportError::ZipBomb);
    }
    // A broken stream (or a CRC that does not match) is damage, unless the
    // bytes already read show it was a bomb.
    read.map_err(|_| ImportError::Corrupt)?;
    *budget -= got;
    Ok(Some(out))
}

/// The names of the entries, in the order of the central directory.
pub(crate) fn names(archive: &Zip<'_>) -> Vec<String> {
    archive
        .file_names()
        .map(|n| n.map(|n| n.into_owned()).unwrap_or_default())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, ZipWriter};

    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let opts = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        for (name, bytes) in parts {
            zip.start_file(*name, opts).expect("start");
            zip.write_all(bytes).expect("write");
        }
        zip.finish().expect("finish").into_inner()
    }

    #[test]
    fn reads_within_the_budget() {
        let bytes = zip_of(&[("a.xml", b"<a>tekst</a>"), ("b.xml", b"<b/>")]);
        let mut archive = open(&bytes).expect("open");
        let mut budget = 100;
        let a = read_part(&mut archive, "a.xml", &mut budget).expect("read");
        assert_eq!(a.as_deref(), Some(&b"<a>tekst</a>"[..]));
        assert_eq!(budget, 100 - 12);
        assert_eq!(read_part(&mut archive, "c.xml", &mut budget), Ok(None));
        let mut small = 3;
        assert_eq!(
            read_part(&mut archive, "a.xml", &mut small),
            Err(ImportError::ZipBomb)
        );
    }

    #[test]
    fn ratio_over_200_is_a_bomb() {
        let zeros = vec![0u8; 2 * 1024 * 1024];
        let bytes = zip_of(&[("z.xml", &zeros)]);
        let mut archive = open(&bytes).expect("open");
        let mut budget = MAX_UNZIPPED_BYTES;
        assert_eq!(
            read_part(&mut archive, "z.xml", &mut budget),
            Err(ImportError::ZipBomb)
        );
    }

    #[test]
    fn too_many_entries() {
        let parts: Vec<(String, Vec<u8>)> = (0..=MAX_ZIP_ENTRIES)
            .map(|i| (format!("p{i}"), Vec::new()))
            .collect();
        let borrowed: Vec<(&str, &[u8])> = parts
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        let bytes = zip_of(&borrowed);
        assert_eq!(declared_entries(&bytes), Some(MAX_ZIP_ENTRIES as u64 + 1));
        assert!(matches!(open(&bytes), Err(ImportError::ZipBomb)));
    }

    #[test]
    fn not_a_zip_is_damaged() {
        assert!(matches!(
            open(b"PK\x03\x04 broken"),
            Err(ImportError::Corrupt)
        ));
    }
}
