//! Reading a file we just wrote from the disk itself, not from the OS's memory, so that
//! "read back and verified: safe to remove" is true of the USB stick. On Linux the export
//! asks the kernel to drop the file's cached pages before reading; Windows has no such
//! call, so there the file is opened without buffering, which requires every read to start
//! at a sector-aligned offset into a sector-aligned buffer. This reader does that, with
//! one aligned block kept in memory, on every system, so the code Windows runs is the code
//! every test runs.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

/// A multiple of every sector size in use (512 bytes and 4 KiB).
const ALIGN: usize = 4096;
/// Bytes read from the disk at a time.
const BLOCK: usize = 256 * 1024;

/// A file opened for reading past the OS's cache (Windows) with aligned block reads.
pub struct ReadBackFile {
    file: File,
    position: u64,
    /// `BLOCK + ALIGN` bytes, so that an aligned `BLOCK` always fits inside.
    buffer: Vec<u8>,
    /// Where in `buffer` the aligned block begins.
    offset: usize,
    block_start: u64,
    block_len: usize,
}

impl ReadBackFile {
    pub fn open(path: &Path) -> io::Result<ReadBackFile> {
        let mut options = OpenOptions::new();
        options.read(true);
        #[cfg(windows)]
        {
            use std::os::windows::fs::OpenOptionsExt;
            // FILE_FLAG_NO_BUFFERING: reads go to the device, not the file cache.
            const FILE_FLAG_NO_BUFFERING: u32 = 0x2000_0000;
            options.custom_flags(FILE_FLAG_NO_BUFFERING);
        }
        Ok(ReadBackFile::wrap(options.open(path)?))
    }

    /// A second reader on the same open file (not a second open of the path), with its own
    /// position: reads are positional, so the two never disturb each other.
    pub fn try_clone(&self) -> io::Result<ReadBackFile> {
        Ok(ReadBackFile::wrap(self.file.try_clone()?))
    }

    fn wrap(file: File) -> ReadBackFile {
        let buffer = vec![0u8; BLOCK + ALIGN];
        let offset = buffer.as_ptr().align_offset(ALIGN).min(ALIGN);
        ReadBackFile {
            file,
            position: 0,
            buffer,
            offset,
            block_start: 0,
            block_len: 0,
        }
    }

    /// Reads the aligned block starting at `start` (a multiple of `ALIGN`). A read that
    /// returns less than a whole number of sectors has met the end of the file.
    fn fill(&mut self, start: u64) -> io::Result<()> {
        self.block_start = start;
        self.block_len = 0;
        let block = &mut self.buffer[self.offset..self.offset + BLOCK];
        let mut filled = 0;
        while filled < BLOCK {
            let read = read_at(&self.file, &mut block[filled..], start + filled as u64)?;
            filled += read;
            if read == 0 || read % ALIGN != 0 {
                break;
            }
        }
        self.block_len = filled;
        Ok(())
    }

    fn block_holds(&self, position: u64) -> bool {
        position >= self.block_start && position < self.block_start + self.block_len as u64
    }
}

impl Read for ReadBackFile {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        if !self.block_holds(self.position) {
            self.fill(self.position - self.position % ALIGN as u64)?;
            if !self.block_holds(self.position) {
                return Ok(0);
            }
        }
        let from = (self.position - self.block_start) as usize;
        let count = out.len().min(self.block_len - from);
        let start = self.offset + from;
        out[..count].copy_from_slice(&self.buffer[start..start + count]);
        self.position += count as u64;
        Ok(count)
    }
}

impl Seek for ReadBackFile {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Start(offset) => Some(offset),
            SeekFrom::Current(delta) => self.position.checked_add_signed(delta),
            SeekFrom::End(delta) => self.file.metadata()?.len().checked_add_signed(delta),
        };
        self.position = target.ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "seek before the start of the file",
            )
        })?;
        Ok(self.position)
    }
}

#[cfg(unix)]
fn read_at(file: &File, buffer: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buffer, offset)
}

#[cfg(windows)]
fn read_at(file: &File, buffer: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buffer, offset)
}
