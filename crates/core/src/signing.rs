//! Office signing keys: each installation makes an Ed25519 key on first run and signs
//! the bundles it writes, so a province can tell a bundle came unchanged from the PC
//! whose key fingerprint it confirmed by phone.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::hashing::to_hex;

/// A public key as bundles carry it, with the short fingerprint people read aloud.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct KeyInfo {
    /// The 32-byte Ed25519 public key in standard Base64.
    pub public_key: String,
    /// Four groups of four hex digits, e.g. `4F2A-91C3-77DE-0B15`.
    pub fingerprint: String,
}

/// Makes a new random private key.
pub fn new_signing_key() -> std::io::Result<[u8; 32]> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(seed)
}

pub fn key_info(public_key: &VerifyingKey) -> KeyInfo {
    KeyInfo {
        public_key: BASE64.encode(public_key.as_bytes()),
        fingerprint: fingerprint(public_key.as_bytes()),
    }
}

/// The first 8 bytes of the key's SHA-256, grouped for reading over the phone.
pub fn fingerprint(public_key: &[u8]) -> String {
    let hex = to_hex(&crate::hashing::sha256(public_key)[..8]).to_uppercase();
    hex.as_bytes()
        .chunks(4)
        .map(|group| String::from_utf8_lossy(group).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The fingerprint of a key written in Base64, as bag-info, signature files and the
/// store keep it (a key that is not Base64 gets the fingerprint of no bytes).
pub fn fingerprint_of_base64(public_key: &str) -> String {
    fingerprint(&BASE64.decode(public_key.trim()).unwrap_or_default())
}

/// Signs `message` and returns the signature in Base64.
pub fn sign(seed: &[u8; 32], message: &[u8]) -> String {
    let key = SigningKey::from_bytes(seed);
    BASE64.encode(key.sign(message).to_bytes())
}

pub fn public_key_of(seed: &[u8; 32]) -> VerifyingKey {
    SigningKey::from_bytes(seed).verifying_key()
}

/// Why a signature did not check out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureProblem {
    MalformedKey,
    MalformedSignature,
    Mismatch,
}

/// Checks a Base64 signature over `message` by a Base64 public key (strictly: no
/// malleable signatures, no weak keys).
pub fn verify(public_key: &str, signature: &str, message: &[u8]) -> Result<(), SignatureProblem> {
    let key_bytes: [u8; 32] = BASE64
        .decode(public_key.trim())
        .ok()
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or(SignatureProblem::MalformedKey)?;
    let key = VerifyingKey::from_bytes(&key_bytes).map_err(|_| SignatureProblem::MalformedKey)?;
    let signature_bytes: [u8; 64] = BASE64
        .decode(signature.trim())
        .ok()
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or(SignatureProblem::MalformedSignature)?;
    key.verify_strict(message, &Signature::from_bytes(&signature_bytes))
        .map_err(|_| SignatureProblem::Mismatch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_checks_out_only_for_the_same_message_and_key() {
        let seed = new_signing_key().unwrap();
        let info = key_info(&public_key_of(&seed));
        let signature = sign(&seed, b"manifest");
        assert_eq!(verify(&info.public_key, &signature, b"manifest"), Ok(()));
        assert_eq!(
            verify(&info.public_key, &signature, b"manifesT"),
            Err(SignatureProblem::Mismatch),
            "a changed message must not verify"
        );
        let other = key_info(&public_key_of(&new_signing_key().unwrap()));
        assert_eq!(
            verify(&other.public_key, &signature, b"manifest"),
            Err(SignatureProblem::Mismatch),
            "another key must not verify"
        );
        assert_eq!(
            verify("not base64!", &signature, b"manifest"),
            Err(SignatureProblem::MalformedKey)
        );
    }

    #[test]
    fn a_fingerprint_is_four_groups_of_four_hex_digits() {
        let print = fingerprint(&[7u8; 32]);
        assert_eq!(print.len(), 19, "{print}");
        assert!(print
            .split('-')
            .all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_hexdigit())));
    }
}
