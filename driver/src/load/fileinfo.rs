//! The file-identity cache: what a previous build learned about a source
//! file (content hash and header), keyed by path and trusted while the
//! file's identity — size, modification time, inode — is unchanged, as
//! cmd/go does. A no-op build then stats files instead of reading,
//! hashing and scanning them.
//!
//! Stored as text in `<cache>/v1/fileinfo`, one tab-separated record per
//! line, rewritten atomically when something changed. A file modified less
//! than [`RACY`] before it was examined is not recorded: another write in
//! the same clock tick could leave size and mtime unchanged.

use super::header::{self, Header, ImportSpec};
use super::package::Content;
use std::collections::{BTreeMap, HashMap};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

const MAGIC: &str = "gobuild-fileinfo 1";
const RACY: Duration = Duration::from_secs(2);
/// Beyond this many records, only the files of the current build are kept.
const MAX_RECORDS: usize = 200_000;

#[derive(Clone, Debug, PartialEq, Eq)]
struct Identity {
    size: u64,
    mtime_ns: u128,
    ino: u64,
}

#[derive(Clone, Debug)]
struct Record {
    id: Identity,
    hash: blake3::Hash,
    header: Header,
}

#[derive(Default)]
pub struct FileInfo {
    store: Option<PathBuf>,
    known: HashMap<PathBuf, Record>,
    /// Records of this build (new or confirmed).
    seen: BTreeMap<PathBuf, Record>,
    changed: bool,
}

fn identity(meta: &std::fs::Metadata) -> Identity {
    let mtime_ns = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    Identity {
        size: meta.len(),
        mtime_ns,
        ino: meta.ino(),
    }
}

impl FileInfo {
    /// Opens the store at `store` (None: remember nothing across builds).
    pub fn open(store: Option<PathBuf>) -> FileInfo {
        let mut fi = FileInfo {
            store,
            ..FileInfo::default()
        };
        if let Some(text) = fi
            .store
            .as_ref()
            .and_then(|p| std::fs::read_to_string(p).ok())
        {
            let mut lines = text.lines();
            if lines.next() == Some(MAGIC) {
                for l in lines {
                    if let Some((p, r)) = parse_record(l) {
                        fi.known.insert(p, r);
                    }
                }
            }
        }
        fi
    }

    /// The contents of the Go file at `path`: known from an earlier build
    /// when its identity is unchanged, else read now (and recorded).
    pub fn content(&mut self, path: &Path) -> Content {
        let Ok(meta) = std::fs::metadata(path) else {
            return Content::Bytes(Vec::new());
        };
        let id = identity(&meta);
        if let Some(r) = self.known.get(path) {
            if r.id == id {
                let r = r.clone();
                self.seen.insert(path.to_path_buf(), r.clone());
                return Content::Known {
                    path: path.to_path_buf(),
                    hash: r.hash,
                    size: id.size,
                    header: r.header,
                };
            }
        }
        let bytes = std::fs::read(path).unwrap_or_default();
        let settled = meta
            .modified()
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .is_some_and(|age| age > RACY);
        if settled && bytes.len() as u64 == id.size {
            if let Ok(h) = header::scan(&bytes) {
                self.seen.insert(
                    path.to_path_buf(),
                    Record {
                        id,
                        hash: blake3::hash(&bytes),
                        header: h,
                    },
                );
                self.changed = true;
            }
        }
        Content::Bytes(bytes)
    }

    /// Writes the store if this build learned something new.
    pub fn save(self) {
        let Some(store) = self.store else {
            return;
        };
        if !self.changed {
            return;
        }
        let mut all: BTreeMap<PathBuf, Record> = if self.known.len() + self.seen.len() > MAX_RECORDS
        {
            BTreeMap::new()
        } else {
            self.known.into_iter().collect()
        };
        all.extend(self.seen);
        let mut text = format!("{MAGIC}\n");
        for (p, r) in &all {
            if let Some(line) = format_record(p, r) {
                text.push_str(&line);
                text.push('\n');
            }
        }
        let _ = crate::cache::disk::write_atomic(&store, text.as_bytes());
    }
}

/// `path size mtime ino hash package +go:build|- nplus plus... nimports (path line col)...`,
/// tab-separated; None when a field could not be stored unambiguously.
fn format_record(p: &Path, r: &Record) -> Option<String> {
    let mut f: Vec<String> = vec![
        p.to_str()?.to_string(),
        r.id.size.to_string(),
        r.id.mtime_ns.to_string(),
        r.id.ino.to_string(),
        r.hash.to_hex().to_string(),
        r.header.package.clone(),
        match &r.header.go_build {
            Some(e) => format!("+{e}"),
            None => "-".into(),
        },
        r.header.plus_build.len().to_string(),
    ];
    f.extend(r.header.plus_build.iter().cloned());
    f.push(r.header.imports.len().to_string());
    for i in &r.header.imports {
        f.extend([i.path.clone(), i.line.to_string(), i.col.to_string()]);
    }
    if f.iter().any(|x| x.contains(['\t', '\n', '\r'])) {
        return None;
    }
    Some(f.join("\t"))
}

fn parse_record(line: &str) -> Option<(PathBuf, Record)> {
    let mut f = line.split('\t');
    let path = PathBuf::from(f.next()?);
    let id = Identity {
        size: f.next()?.parse().ok()?,
        mtime_ns: f.next()?.parse().ok()?,
        ino: f.next()?.parse().ok()?,
    };
    let hash = blake3::Hash::from_hex(f.next()?).ok()?;
    let package = f.next()?.to_string();
    let go_build = match f.next()? {
        "-" => None,
        s => Some(s.strip_prefix('+')?.to_string()),
    };
    let nplus: usize = f.next()?.parse().ok()?;
    let mut plus_build = Vec::new();
    for _ in 0..nplus {
        plus_build.push(f.next()?.to_string());
    }
    let nimports: usize = f.next()?.parse().ok()?;
    let mut imports = Vec::new();
    for _ in 0..nimports {
        imports.push(ImportSpec {
            path: f.next()?.to_string(),
            line: f.next()?.parse().ok()?,
            col: f.next()?.parse().ok()?,
        });
    }
    if f.next().is_some() {
        return None;
    }
    Some((
        path,
        Record {
            id,
            hash,
            header: Header {
                package,
                imports,
                go_build,
                plus_build,
            },
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip() {
        let r = Record {
            id: Identity {
                size: 10,
                mtime_ns: 123,
                ino: 7,
            },
            hash: blake3::hash(b"x"),
            header: Header {
                package: "p".into(),
                imports: vec![ImportSpec {
                    path: "fmt".into(),
                    line: 3,
                    col: 8,
                }],
                go_build: Some("a && !b".into()),
                plus_build: vec!["x,y z".into()],
            },
        };
        let line = format_record(Path::new("/m/p/a.go"), &r).unwrap();
        let (p, back) = parse_record(&line).unwrap();
        assert_eq!(p, PathBuf::from("/m/p/a.go"));
        assert_eq!(back.id, r.id);
        assert_eq!(back.hash, r.hash);
        assert_eq!(back.header, r.header);
        assert!(parse_record("garbage").is_none());
        assert!(parse_record(&format!("{line}\textra")).is_none());
    }

    #[test]
    fn unchanged_settled_files_are_not_read_again() {
        let dir = std::env::temp_dir().join(format!("gobuild-fileinfo-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("a.go");
        let store = dir.join("fileinfo");
        std::fs::write(&file, "package a\n").unwrap();
        let past = SystemTime::now() - Duration::from_secs(60);
        let set_mtime = |t| {
            let f = std::fs::File::options().append(true).open(&file).unwrap();
            f.set_modified(t).unwrap();
        };
        set_mtime(past);
        let mut fi = FileInfo::open(Some(store.clone()));
        assert!(matches!(fi.content(&file), Content::Bytes(_)));
        fi.save();
        // Same size and mtime: trusted without reading (so a same-size edit
        // with a restored mtime goes unnoticed, exactly as in cmd/go).
        std::fs::write(&file, "package b\n").unwrap();
        set_mtime(past);
        let mut fi = FileInfo::open(Some(store.clone()));
        match fi.content(&file) {
            Content::Known { header, hash, .. } => {
                assert_eq!(header.package, "a");
                assert_eq!(hash, blake3::hash(b"package a\n"));
            }
            Content::Bytes(_) => panic!("expected a known file"),
        }
        // A new mtime: read again.
        set_mtime(past + Duration::from_secs(1));
        assert!(matches!(fi.content(&file), Content::Bytes(b) if b == b"package b\n"));
        // A file written just now is read but not recorded (racy).
        let fresh = dir.join("b.go");
        std::fs::write(&fresh, "package b\n").unwrap();
        let mut fi = FileInfo::open(Some(store.clone()));
        let _ = fi.content(&fresh);
        assert!(!fi.seen.contains_key(&fresh));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
