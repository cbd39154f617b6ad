//! Secrets the server hands out (device tokens, enrollment codes) and the hashes it keeps of
//! them instead.

use sha2::{Digest, Sha256};

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    bytes
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A database's epoch (see `storage::epoch`): 64 random bits.
pub fn new_epoch() -> String {
    hex(&random_bytes::<8>())
}

/// A device token: 256 random bits.
pub fn new_token() -> String {
    hex(&random_bytes::<32>())
}

/// An enrollment code a person can read out and type: 12 characters from an alphabet without
/// look-alikes (no 0/O, 1/I/L), about 58 bits, in three groups.
pub fn new_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let chars: String = random_bytes::<12>()
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect();
    format!("{}-{}-{}", &chars[..4], &chars[4..8], &chars[8..])
}

/// A code as typed: case, spaces and dashes do not matter.
pub fn normalize_code(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// What is stored of a token or code.
pub fn hash(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_readable_and_typed_loosely() {
        let code = new_code();
        assert_eq!(code.len(), 14);
        assert!(!code.contains(['0', 'O', '1', 'I', 'L']));
        let typed = code.to_lowercase().replace('-', " ");
        assert_eq!(normalize_code(&typed), normalize_code(&code));
        assert_ne!(new_token(), new_token());
    }
}
