//! The packs shipped inside the program, so a fresh install works offline at once.

/// A pack file compiled into the binary.
pub struct BuiltinPack {
    pub file_name: &'static str,
    pub bytes: &'static [u8],
}

/// Every pack that ships with the program, oldest first. Released files are never
/// changed: a correction ships as a new version beside the old one, so rounds assessed
/// with the old version keep it.
pub fn builtin_packs() -> &'static [BuiltinPack] {
    &[
        BuiltinPack {
            file_name: "gecc-2568-v1.json",
            bytes: include_bytes!("../../../../assets/criteria/gecc-2568-v1.json"),
        },
        BuiltinPack {
            file_name: "gecc-2568-v2.json",
            bytes: include_bytes!("../../../../assets/criteria/gecc-2568-v2.json"),
        },
        BuiltinPack {
            file_name: "gecc-2568-v3.json",
            bytes: include_bytes!("../../../../assets/criteria/gecc-2568-v3.json"),
        },
    ]
}
