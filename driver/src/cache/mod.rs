//! The build cache: action ID → named outputs, on disk ([`disk`]).
//!
//! Layout under the cache directory (`gobuild env GOCACHE`):
//! ```text
//! CACHEDIR.TAG, README
//! v1/a/XX/<action id hex>   entry: which blobs an action produced
//! v1/o/XX/<blob hash hex>   blob: content-addressed output bytes
//! ```
//! The cache distrusts itself: a short, malformed or mismatching entry or
//! blob is a miss, never an error, and the rebuilt output replaces it.

pub mod disk;

pub use disk::Cache;
