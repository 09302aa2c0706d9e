//! The on-disk cache store. Every file is written to a temporary name in
//! the same directory and renamed into place, so readers see either the
//! old file, the new one, or none — never a partial one — even with several
//! gobuild processes sharing the cache.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

const ENTRY_MAGIC: &str = "gobuild-cache-entry 1";

/// Entries and blobs unused for this long are removed by [`Cache::trim`].
pub const TRIM_AGE: Duration = Duration::from_secs(5 * 24 * 3600);
/// How often a hit refreshes a file's mtime (its "last used" time), and how
/// often trimming runs: cheap no-op builds write nothing most of the time.
const USED_GRANULARITY: Duration = Duration::from_secs(3600);
const TRIM_INTERVAL: Duration = Duration::from_secs(24 * 3600);

/// One output named by a cache entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    pub name: String,
    pub hash: blake3::Hash,
    pub size: u64,
}

pub struct Cache {
    /// The versioned root, `<dir>/v1`.
    root: PathBuf,
    /// Set once a corrupt entry has been reported in this process.
    reported: AtomicBool,
}

static TMP_COUNTER: AtomicU64 = AtomicU64::new(0);

impl Cache {
    /// Opens (creating if needed) the cache in `dir`.
    pub fn open(dir: &Path) -> io::Result<Cache> {
        let root = dir.join("v1");
        if !root.is_dir() {
            // Refresh the tag files when the store was cleaned.
            let _ = std::fs::remove_file(dir.join("CACHEDIR.TAG"));
        }
        std::fs::create_dir_all(root.join("a"))?;
        std::fs::create_dir_all(root.join("o"))?;
        let tag = dir.join("CACHEDIR.TAG");
        if !tag.exists() {
            let _ = write_atomic(
                &tag,
                b"Signature: 8a477f597d28d172789f06886806bc55\n# This directory is gobuild's build cache.\n",
            );
            let _ = write_atomic(
                &dir.join("README"),
                b"This directory holds cached build artifacts from gobuild.\nRemove it with: gobuild clean -cache\n",
            );
        }
        Ok(Cache {
            root,
            reported: AtomicBool::new(false),
        })
    }

    fn entry_path(&self, id: &blake3::Hash) -> PathBuf {
        let hex = id.to_hex();
        self.root.join("a").join(&hex[..2]).join(hex.as_str())
    }

    fn blob_path(&self, h: &blake3::Hash) -> PathBuf {
        let hex = h.to_hex();
        self.root.join("o").join(&hex[..2]).join(hex.as_str())
    }

    /// The outputs recorded for action `id`, in the order they were put,
    /// or None on a miss (absent, or corrupt in any way).
    pub fn get(&self, id: &blake3::Hash) -> Option<Vec<(String, Vec<u8>)>> {
        let outs = self.get_entry(id)?;
        let mut result = Vec::with_capacity(outs.len());
        for o in outs {
            result.push((o.name, self.get_blob(&o.hash, o.size)?));
        }
        Some(result)
    }

    /// The outputs recorded for action `id` without reading them: names,
    /// hashes and sizes, from a checksummed entry. Marks the entry and its
    /// blobs as used.
    pub fn get_entry(&self, id: &blake3::Hash) -> Option<Vec<Output>> {
        let path = self.entry_path(id);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return None,
            Err(_) => return self.corrupt(&path),
        };
        let Some(outs) = parse_entry(&text) else {
            return self.corrupt(&path);
        };
        mark_used(&path);
        Some(
            outs.into_iter()
                .map(|(name, hash, size)| {
                    mark_used(&self.blob_path(&hash));
                    Output { name, hash, size }
                })
                .collect(),
        )
    }

    /// A blob's bytes, verified against its size and hash; None if missing
    /// or damaged (a damaged blob is removed so the next put rewrites it).
    pub fn get_blob(&self, hash: &blake3::Hash, size: u64) -> Option<Vec<u8>> {
        let bpath = self.blob_path(hash);
        let Ok(bytes) = std::fs::read(&bpath) else {
            return self.corrupt(&bpath);
        };
        if bytes.len() as u64 != size || blake3::hash(&bytes) != *hash {
            let _ = std::fs::remove_file(&bpath);
            return self.corrupt(&bpath);
        }
        Some(bytes)
    }

    /// Records `outputs` as the result of action `id`. Blobs first, entry
    /// last: an entry is never visible before the blobs it names.
    pub fn put(&self, id: &blake3::Hash, outputs: &[(&str, &[u8])]) -> io::Result<()> {
        let mut entry = format!("{ENTRY_MAGIC}\n");
        for (name, bytes) in outputs {
            let h = blake3::hash(bytes);
            let bpath = self.blob_path(&h);
            let intact = std::fs::metadata(&bpath).is_ok_and(|m| m.len() == bytes.len() as u64);
            if intact {
                mark_used(&bpath);
            } else {
                write_atomic(&bpath, bytes)?;
            }
            entry.push_str(&format!("out {name} {} {}\n", h.to_hex(), bytes.len()));
        }
        let sum = blake3::hash(entry.as_bytes());
        entry.push_str(&format!("end {}\n", sum.to_hex()));
        write_atomic(&self.entry_path(id), entry.as_bytes())
    }

    /// Removes entries and blobs unused for [`TRIM_AGE`], at most once per
    /// [`TRIM_INTERVAL`] (recorded in `v1/trim.txt`). A blob removed while an
    /// entry still names it only turns that entry into a miss.
    pub fn trim_if_due(&self) {
        let stamp = self.root.join("trim.txt");
        let now = SystemTime::now();
        let last = std::fs::read_to_string(&stamp)
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .map(|secs| SystemTime::UNIX_EPOCH + Duration::from_secs(secs));
        if last.is_some_and(|t| now.duration_since(t).unwrap_or_default() < TRIM_INTERVAL) {
            return;
        }
        self.trim(now);
        let secs = now
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs();
        let _ = write_atomic(&stamp, format!("{secs}\n").as_bytes());
    }

    /// Removes every entry and blob last used more than [`TRIM_AGE`] before `now`.
    pub fn trim(&self, now: SystemTime) {
        for sub in ["a", "o"] {
            for e in walkdir::WalkDir::new(self.root.join(sub))
                .into_iter()
                .flatten()
            {
                if !e.file_type().is_file() {
                    continue;
                }
                let old = e
                    .metadata()
                    .ok()
                    .and_then(|m| m.modified().ok())
                    .is_some_and(|t| now.duration_since(t).unwrap_or_default() > TRIM_AGE);
                if old {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
    }

    fn corrupt<T>(&self, path: &Path) -> Option<T> {
        if !self.reported.swap(true, Ordering::Relaxed) {
            eprintln!(
                "gobuild: ignoring corrupt cache entry {} (it will be rebuilt)",
                path.display()
            );
        }
        None
    }
}

/// Records that a cache file was just used, by moving its mtime to now —
/// only when it is older than [`USED_GRANULARITY`], so hits rarely write.
fn mark_used(path: &Path) {
    let Ok(meta) = std::fs::metadata(path) else {
        return;
    };
    let now = SystemTime::now();
    let stale = meta
        .modified()
        .is_ok_and(|t| now.duration_since(t).unwrap_or_default() > USED_GRANULARITY);
    if stale {
        if let Ok(f) = std::fs::File::options().append(true).open(path) {
            let _ = f.set_modified(now);
        }
    }
}

/// Parses an entry; None if anything is off, including its checksum.
fn parse_entry(text: &str) -> Option<Vec<(String, blake3::Hash, u64)>> {
    let body_end = text.rfind("end ")?;
    let (body, end) = text.split_at(body_end);
    let sum = end.strip_prefix("end ")?.strip_suffix('\n')?;
    if blake3::hash(body.as_bytes()) != blake3::Hash::from_hex(sum).ok()? {
        return None;
    }
    let mut lines = body.lines();
    if lines.next()? != ENTRY_MAGIC {
        return None;
    }
    let mut out = Vec::new();
    for l in lines {
        let mut f = l.split(' ');
        if f.next()? != "out" {
            return None;
        }
        let name = f.next()?.to_string();
        let hash = blake3::Hash::from_hex(f.next()?).ok()?;
        let size = f.next()?.parse().ok()?;
        if f.next().is_some() {
            return None;
        }
        out.push((name, hash, size));
    }
    Some(out)
}

/// Writes `bytes` to `path` through a temporary file and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".tmp-{}-{}-{}",
        std::process::id(),
        TMP_COUNTER.fetch_add(1, Ordering::Relaxed),
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    let result = (|| {
        // No fsync: the rename makes the file visible whole or not at all,
        // and if a crash leaves it short or empty, readers' size and hash
        // checks turn it into a miss. Syncing every entry would cost more
        // than the rebuilds it could save.
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Empties the cache directory (`gobuild clean -cache`).
pub fn clean(dir: &Path) -> io::Result<()> {
    match std::fs::remove_dir_all(dir.join("v1")) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmpdir(name: &str) -> PathBuf {
        let d =
            std::env::temp_dir().join(format!("gobuild-cache-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        d
    }

    #[test]
    fn put_get_and_corruption_is_a_miss() {
        let dir = tmpdir("corrupt");
        let c = Cache::open(&dir).unwrap();
        let id = blake3::hash(b"action");
        assert!(c.get(&id).is_none());
        c.put(&id, &[("object", b"OBJ"), ("export", b"EXP")])
            .unwrap();
        let got = c.get(&id).unwrap();
        assert_eq!(
            got,
            vec![
                ("object".into(), b"OBJ".to_vec()),
                ("export".into(), b"EXP".to_vec())
            ]
        );
        // Corrupt the object blob: same size, other bytes.
        let blob = c.blob_path(&blake3::hash(b"OBJ"));
        std::fs::write(&blob, b"OBX").unwrap();
        assert!(c.get(&id).is_none());
        // Putting again repairs it.
        c.put(&id, &[("object", b"OBJ"), ("export", b"EXP")])
            .unwrap();
        assert!(c.get(&id).is_some());
        std::fs::write(&blob, b"OB").unwrap();
        assert!(c.get(&id).is_none());
        c.put(&id, &[("object", b"OBJ"), ("export", b"EXP")])
            .unwrap();
        assert!(c.get(&id).is_some());
        // Truncated entry.
        let e = c.entry_path(&id);
        let text = std::fs::read(&e).unwrap();
        std::fs::write(&e, &text[..text.len() / 2]).unwrap();
        assert!(c.get(&id).is_none());
        // Deleted blob.
        c.put(&id, &[("object", b"OBJ"), ("export", b"EXP")])
            .unwrap();
        std::fs::remove_file(c.blob_path(&blake3::hash(b"EXP"))).unwrap();
        assert!(c.get(&id).is_none());
        clean(&dir).unwrap();
        assert!(!dir.join("v1").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn trim_removes_unused_files_and_hits_refresh_them() {
        let dir = tmpdir("trim");
        let c = Cache::open(&dir).unwrap();
        let (old, fresh) = (blake3::hash(b"old"), blake3::hash(b"fresh"));
        c.put(&old, &[("module", b"OLD")]).unwrap();
        c.put(&fresh, &[("module", b"FRESH")]).unwrap();
        let long_ago = SystemTime::now() - TRIM_AGE - Duration::from_secs(3600);
        for p in [
            c.entry_path(&old),
            c.blob_path(&blake3::hash(b"OLD")),
            c.entry_path(&fresh),
            c.blob_path(&blake3::hash(b"FRESH")),
        ] {
            let f = std::fs::File::options().append(true).open(&p).unwrap();
            f.set_modified(long_ago).unwrap();
        }
        // A hit marks the fresh entry and its blob as used now.
        assert!(c.get(&fresh).is_some());
        c.trim_if_due();
        assert!(c.get(&old).is_none());
        assert!(!c.blob_path(&blake3::hash(b"OLD")).exists());
        assert_eq!(c.get(&fresh).unwrap()[0].1, b"FRESH");
        // Trimming is recorded and not repeated within a day.
        assert!(c.root.join("trim.txt").is_file());
        c.put(&old, &[("module", b"OLD")]).unwrap();
        let f = std::fs::File::options()
            .append(true)
            .open(c.entry_path(&old))
            .unwrap();
        f.set_modified(long_ago).unwrap();
        c.trim_if_due();
        assert!(c.entry_path(&old).exists());
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
