//! Passwords, kept only as Argon2id hashes (the argon2 crate's defaults: 19 MiB, 2 passes),
//! and checked in about the same time whether or not the login name exists.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

/// The shortest password a coordinator may choose.
pub const MIN_LENGTH: usize = 12;
/// The longest: hashing a long password costs no more, but nobody needs more.
const MAX_BYTES: usize = 256;

/// Why a new password is refused, or none: long enough to resist guessing, and at most
/// [`MAX_BYTES`] long.
pub fn problem(password: &str) -> Option<String> {
    if password.chars().count() < MIN_LENGTH {
        Some(format!("a password needs at least {MIN_LENGTH} characters"))
    } else if password.len() > MAX_BYTES {
        Some(format!("a password may have at most {MAX_BYTES} bytes"))
    } else {
        None
    }
}

pub fn hash(password: &str) -> String {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).expect("the operating system's random source");
    let salt = SaltString::encode_b64(&salt).expect("16 bytes make a salt");
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("Argon2id with its default parameters")
        .to_string()
}

/// Whether `password` matches `stored`. With no stored hash (an unknown login name) the same
/// work is done against a hash of nothing, so the answer takes as long either way.
pub fn verify(password: &str, stored: Option<&str>) -> bool {
    static UNKNOWN: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let unknown = UNKNOWN.get_or_init(|| hash(""));
    let matches = |hash: &str| {
        PasswordHash::new(hash).is_ok_and(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
    };
    match stored {
        Some(h) => matches(h),
        None => {
            matches(unknown);
            false
        }
    }
}
