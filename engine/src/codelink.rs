//! A program in a link: `code=` is base64url (no padding) of its UTF-8 text,
//! `codez=` the same of its raw DEFLATE bytes (what Share writes: shorter).
//! Decoding never panics: a malformed value is an error with a message.

/// The longest program a link may carry (bytes of text).
pub const MAX_CODE_BYTES: usize = 100 * 1024;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn b64url_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Accepts the URL-safe alphabet (and `+`/`/`, `=` padding, as a forgiving reader).
pub fn b64url_decode(s: &str) -> Result<Vec<u8>, String> {
    let s = s.trim().trim_end_matches('=');
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for (i, c) in s.bytes().enumerate() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => {
                return Err(format!(
                    "it is not base64url (character {} is {:?})",
                    i + 1,
                    c as char
                ))
            }
        };
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if s.len() % 4 == 1 {
        return Err("it is not base64url (its length is one too many)".into());
    }
    Ok(out)
}

fn text(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.len() > MAX_CODE_BYTES {
        return Err(format!(
            "the program is {} KB; a link may carry at most {} KB",
            bytes.len() / 1024,
            MAX_CODE_BYTES / 1024
        ));
    }
    String::from_utf8(bytes).map_err(|_| "the program is not UTF-8 text".to_string())
}

/// `code=`: the program's text.
pub fn decode_code(v: &str) -> Result<String, String> {
    if v.len() > MAX_CODE_BYTES * 4 / 3 + 8 {
        return Err(format!(
            "the program is over {} KB; a link may carry at most that",
            MAX_CODE_BYTES / 1024
        ));
    }
    text(b64url_decode(v)?)
}

/// `codez=`: the program's text, deflated.
pub fn decode_codez(v: &str) -> Result<String, String> {
    let raw = b64url_decode(v)?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&raw, MAX_CODE_BYTES + 1)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => format!(
                "the program is over {} KB; a link may carry at most that",
                MAX_CODE_BYTES / 1024
            ),
            _ => "it is not valid DEFLATE data".to_string(),
        })?;
    text(bytes)
}

/// What Share writes for `codez=`. The last program's encoding is kept: the
/// page writes the query of the same program several times per redraw (the
/// URL, the run's key, the Share and Embed links).
pub fn encode_codez(src: &str) -> String {
    use std::cell::RefCell;
    thread_local!(static LAST: RefCell<(String, String)> = RefCell::default());
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if last.0 != src || last.1.is_empty() {
            let z = b64url_encode(&miniz_oxide::deflate::compress_to_vec(src.as_bytes(), 9));
            *last = (src.to_string(), z);
        }
        last.1.clone()
    })
}

pub fn encode_code(src: &str) -> String {
    b64url_encode(src.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for s in [
            "",
            "a",
            "ab",
            "abc",
            "print('héllo ☃')\n",
            &"x = 1\n".repeat(500),
        ] {
            assert_eq!(decode_code(&encode_code(s)).unwrap(), s);
            assert_eq!(decode_codez(&encode_codez(s)).unwrap(), s);
        }
        assert_eq!(b64url_encode(b"\xfb\xff"), "-_8");
    }

    #[test]
    fn bad_values_are_messages() {
        assert!(decode_code("ab$c").unwrap_err().contains("not base64url"));
        assert!(decode_code("abcde").unwrap_err().contains("length"));
        assert!(decode_code(&b64url_encode(b"\xff\xfe"))
            .unwrap_err()
            .contains("UTF-8"));
        assert!(decode_codez("AAAA").unwrap_err().contains("DEFLATE"));
        let big = "#".repeat(MAX_CODE_BYTES + 10);
        assert!(decode_codez(&encode_codez(&big))
            .unwrap_err()
            .contains("at most"));
        assert!(decode_code(&encode_code(&big))
            .unwrap_err()
            .contains("at most"));
    }
}
