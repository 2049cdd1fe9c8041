//! Checking the uploaded logo before any format embeds it: PNG or JPEG by
//! magic bytes, at most 2 MB and 4000 × 4000 px, and it must decode.

use crate::{ExportError, Logo, MAX_LOGO_BYTES, MAX_LOGO_PIXELS};

const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";
const JPEG_MAGIC: &[u8] = &[0xFF, 0xD8, 0xFF];

/// The two accepted image kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Png,
    Jpeg,
}

/// A logo that passed every check, with its decoded pixels.
pub(crate) struct Checked<'a> {
    pub kind: Kind,
    pub width: u32,
    pub height: u32,
    pub bytes: &'a [u8],
    pub image: printpdf::RawImage,
}

impl Checked<'_> {
    /// The media type that matches the bytes.
    pub fn media_type(&self) -> &'static str {
        match self.kind {
            Kind::Png => "image/png",
            Kind::Jpeg => "image/jpeg",
        }
    }

    /// The file extension that matches the bytes.
    pub fn extension(&self) -> &'static str {
        match self.kind {
            Kind::Png => "png",
            Kind::Jpeg => "jpeg",
        }
    }
}

fn bad(reason: impl Into<String>) -> ExportError {
    ExportError::BadLogo(reason.into())
}

/// Checks a logo and decodes it; every failure is [`ExportError::BadLogo`].
pub(crate) fn check(logo: &Logo) -> Result<Checked<'_>, ExportError> {
    let bytes = logo.bytes.as_slice();
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(bad(format!(
            "the file is {} bytes, more than the {MAX_LOGO_BYTES} allowed",
            bytes.len()
        )));
    }
    let kind = if bytes.starts_with(PNG_MAGIC) {
        Kind::Png
    } else if bytes.starts_with(JPEG_MAGIC) {
        Kind::Jpeg
    } else {
        return Err(bad("the file is neither a PNG nor a JPEG image"));
    };
    let declared = logo.media_type.trim().to_ascii_lowercase();
    let declared_kind = match declared.as_str() {
        "image/png" => Kind::Png,
        "image/jpeg" | "image/jpg" => Kind::Jpeg,
        _ => return Err(bad(format!("unsupported media type {declared:?}"))),
    };
    if declared_kind != kind {
        return Err(bad("the media type does not match the file contents"));
    }
    let (width, height) = match kind {
        Kind::Png => png_size(bytes),
        Kind::Jpeg => jpeg_size(bytes),
    }
    .ok_or_else(|| bad("the image header is damaged"))?;
    if width == 0 || height == 0 {
        return Err(bad("the image has no pixels"));
    }
    if width > MAX_LOGO_PIXELS || height > MAX_LOGO_PIXELS {
        return Err(bad(format!(
            "the image is {width} × {height} pixels, more than {MAX_LOGO_PIXELS} along a side"
        )));
    }
    let image = printpdf::RawImage::decode_from_bytes(bytes, &mut Vec::new())
        .map_err(|e| bad(format!("the image cannot be decoded: {e}")))?;
    if image.width != width as usize || image.height != height as usize {
        return Err(bad("the image header and its pixels disagree"));
    }
    Ok(Checked {
        kind,
        width,
        height,
        bytes,
        image,
    })
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(b: &[u8]) -> Option<(u32, u32)> {
    if b.get(12..16)? != b"IHDR" {
        return None;
    }
    let w = u32::from_be_bytes(b.get(16..20)?.try_into().ok()?);
    let h = u32::from_be_bytes(b.get(20..24)?.try_into().ok()?);
    Some((w, h))
}

/// Width and height from a JPEG's first start-of-frame marker.
fn jpeg_size(b: &[u8]) -> Option<(u32, u32)> {
    let mut i = 2; // after SOI
    loop {
        // Skip fill bytes before a marker.
        while *b.get(i)? == 0xFF && *b.get(i + 1)? == 0xFF {
            i += 1;
        }
        if *b.get(i)? != 0xFF {
            return None;
        }
        let marker = *b.get(i + 1)?;
        i += 2;
        match marker {
            // Standalone markers without a length.
            0x01 | 0xD0..=0xD7 => continue,
            0xD9 | 0xDA => return None, // end of image or scan before any frame
            _ => {}
        }
        let len = usize::from(u16::from_be_bytes([*b.get(i)?, *b.get(i + 1)?]));
        if len < 2 {
            return None;
        }
        let is_sof = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_sof {
            let h = u16::from_be_bytes([*b.get(i + 3)?, *b.get(i + 4)?]);
            let w = u16::from_be_bytes([*b.get(i + 5)?, *b.get(i + 6)?]);
            return Some((u32::from(w), u32::from(h)));
        }
        i += len;
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small valid PNG (8 × 4, RGB), made with the `png` encoder.
    pub(crate) fn tiny_png() -> Vec<u8> {
        png_of(8, 4)
    }

    pub(crate) fn png_of(w: u32, h: u32) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut out, w, h);
            enc.set_color(png::ColorType::Rgb);
            enc.set_depth(png::BitDepth::Eight);
            let mut writer = enc.write_header().expect("header");
            let data: Vec<u8> = (0..w * h * 3).map(|i| (i % 251) as u8).collect();
            writer.write_image_data(&data).expect("data");
        }
        out
    }

    fn logo(media_type: &str, bytes: Vec<u8>) -> Logo {
        Logo {
            media_type: media_type.into(),
            bytes,
        }
    }

    #[test]
    fn accepts_a_png() {
        let l = logo("image/png", tiny_png());
        let c = check(&l).expect("valid");
        assert_eq!((c.kind, c.width, c.height), (Kind::Png, 8, 4));
    }

    #[test]
    fn refuses_bad_logos() {
        let png = tiny_png();
        let cases = vec![
            logo("image/png", b"hello, I am text".to_vec()),
            logo("image/png", Vec::new()),
            logo("image/png", png[..png.len() / 2].to_vec()),
            logo("image/png", png[..20].to_vec()),
            logo("image/jpeg", png.clone()),
            logo("image/gif", png.clone()),
            logo("image/png", b"GIF89a\x01\x00\x01\x00".to_vec()),
            logo("image/jpeg", vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00]),
            logo("image/jpeg", vec![0xFF, 0xD8, 0xFF, 0xD9]),
            logo("image/png", png_of(4001, 1)),
            logo("image/png", vec![0; MAX_LOGO_BYTES + 1]),
        ];
        for l in cases {
            assert!(
                matches!(check(&l), Err(ExportError::BadLogo(_))),
                "{:?}",
                &l.bytes[..l.bytes.len().min(24)]
            );
        }
    }

    #[test]
    fn reads_jpeg_size_from_sof() {
        // SOI, APP0 (len 4), SOF0 with height 3 and width 5.
        let b = [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00,
            0x03, 0x00, 0x05, 0x01, 0x01, 0x11, 0x00,
        ];
        assert_eq!(jpeg_size(&b), Some((5, 3)));
    }
}
