//! The benchmark's data: evidence-like files with Thai names, made once and reused.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use gecc_core::clock::Clock;
use gecc_core::model::{NewRoundInput, Round, RoundKind};
use gecc_core::timestamp::THAILAND_OFFSET;
use gecc_core::Store;

/// A store of its own in a temporary folder under `work`, with an application round.
/// The folder goes when the returned guard is dropped.
pub fn fresh_round(work: &Path) -> (tempfile::TempDir, Store, Round) {
    let folder = tempfile::tempdir_in(work).expect("a store folder");
    let mut store = Store::open(folder.path().join("bench.sqlite3")).expect("open the store");
    let input = NewRoundInput {
        kind: RoundKind::Application,
        fiscal_year_be: Some(2570),
        pack_id: None,
        pack_version: None,
    };
    let round = store
        .create_round(input, Clock::System.now().to_offset(THAILAND_OFFSET).date())
        .expect("a round");
    (folder, store, round)
}

/// A cheap, repeatable stream of bytes that does not compress (like photos and PDFs).
struct Noise(u64);

impl Noise {
    fn fill(&mut self, buffer: &mut [u8]) {
        for chunk in buffer.chunks_mut(8) {
            // xorshift64*
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            let value = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D).to_le_bytes();
            chunk.copy_from_slice(&value[..chunk.len()]);
        }
    }
}

/// `count` files of `total_bytes` in all (sizes spread between half and one and a half
/// times the mean), JPEG-like and PDF-like, with Thai names. Reused when already there.
pub fn evidence_files(folder: &Path, count: usize, total_bytes: u64) -> Vec<PathBuf> {
    fs::create_dir_all(folder).expect("create the data folder");
    let mean = total_bytes / count as u64;
    let mut noise = Noise(0x9E37_79B9_7F4A_7C15);
    let mut paths = Vec::new();
    let mut buffer = vec![0u8; 1 << 20];
    for index in 0..count {
        let size = mean / 2 + (mean * (index as u64 % 11)) / 10;
        let (name, head): (String, &[u8]) = if index % 3 == 0 {
            (
                format!("รายงานผลการดำเนินงาน ฉบับที่ {index}.pdf"),
                b"%PDF-1.7\n",
            )
        } else {
            (
                format!("ภาพถ่ายจุดบริการ {index:03}.jpg"),
                &[0xFF, 0xD8, 0xFF, 0xE0],
            )
        };
        let path = folder.join(name);
        let exists = fs::metadata(&path)
            .map(|m| m.len() == size)
            .unwrap_or(false);
        if !exists {
            let mut file = fs::File::create(&path).expect("create a data file");
            file.write_all(head).expect("write");
            let mut written = head.len() as u64;
            while written < size {
                let take = (size - written).min(buffer.len() as u64) as usize;
                noise.fill(&mut buffer[..take]);
                file.write_all(&buffer[..take]).expect("write");
                written += take as u64;
            }
        }
        paths.push(path);
    }
    paths
}
