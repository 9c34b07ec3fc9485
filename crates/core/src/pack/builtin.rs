//! The packs shipped inside the program, so a fresh install works offline at once.

/// A pack file compiled into the binary.
pub struct BuiltinPack {
    pub file_name: &'static str,
    pub bytes: &'static [u8],
}

/// Every pack that ships with the program, oldest first.
pub fn builtin_packs() -> &'static [BuiltinPack] {
    &[BuiltinPack {
        file_name: "gecc-2568.json",
        bytes: include_bytes!("../../../../assets/criteria/gecc-2568.json"),
    }]
}
