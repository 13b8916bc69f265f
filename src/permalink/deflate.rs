//! Raw deflate with a preset dictionary, built from miniz_oxide's public API.
//!
//! miniz_oxide has no "set dictionary" call, so it is emulated with plain deflate semantics: the
//! compressor first eats the dictionary and sync-flushes (which ends on a byte boundary with the
//! dictionary in its window), and only the bytes written after that point go into the link. To
//! inflate, we put the dictionary back in front as one *stored* (uncompressed) block, so the link's
//! back-references into the window find it, and cut it off the output. The decoder therefore depends
//! only on the deflate format and the frozen dictionary bytes, never on how a given compressor version
//! encoded the dictionary: links made by any build keep inflating.

use miniz_oxide::deflate::core::{CompressorOxide, TDEFLFlush, compress_to_output, create_comp_flags_from_zip_params};
use miniz_oxide::inflate::{TINFLStatus, decompress_to_vec_with_limit};

use super::LinkError;

/// miniz's best (slowest) level: links are tiny, so time does not matter and bytes do.
const LEVEL: i32 = 10;
/// Negative window bits select a raw deflate stream (no zlib header or checksum).
const RAW_DEFLATE: i32 = -15;

/// Compresses `data` as a raw deflate stream whose window starts filled with `dictionary`.
/// The dictionary must be shorter than 32 KiB (the deflate window) and than 64 KiB (a stored block).
pub fn compress(dictionary: &[u8], data: &[u8]) -> Vec<u8> {
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(LEVEL, RAW_DEFLATE, 0));
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    if !dictionary.is_empty() {
        compress_to_output(&mut compressor, dictionary, TDEFLFlush::Sync, |_| true);
    }
    // With a sink that never refuses bytes, a Finish call always completes the stream.
    compress_to_output(&mut compressor, data, TDEFLFlush::Finish, |bytes| {
        out.extend_from_slice(bytes);
        true
    });
    out
}

/// Inflates a stream made by [`compress`] with the same dictionary, producing at most `limit` bytes.
/// Errors: input that ends early → [`LinkError::Truncated`]; output over the cap →
/// [`LinkError::TooLarge`] (memory use stays near the cap); anything else → [`LinkError::Corrupted`].
pub fn decompress(dictionary: &[u8], stream: &[u8], limit: usize) -> Result<Vec<u8>, LinkError> {
    let Ok(len) = u16::try_from(dictionary.len()) else {
        return Err(LinkError::Corrupted);
    };
    // A stored block header: BFINAL=0, BTYPE=00 padded to a byte, then LEN and its complement.
    let mut input = Vec::with_capacity(5 + dictionary.len() + stream.len());
    input.push(0);
    input.extend_from_slice(&len.to_le_bytes());
    input.extend_from_slice(&(!len).to_le_bytes());
    input.extend_from_slice(dictionary);
    input.extend_from_slice(stream);
    match decompress_to_vec_with_limit(&input, dictionary.len().saturating_add(limit)) {
        Ok(mut out) => {
            if out.len() < dictionary.len() {
                return Err(LinkError::Corrupted);
            }
            Ok(out.split_off(dictionary.len()))
        }
        Err(e) => Err(match e.status {
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => LinkError::Truncated,
            TINFLStatus::HasMoreOutput => LinkError::TooLarge,
            _ => LinkError::Corrupted,
        }),
    }
}
