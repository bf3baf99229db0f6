//! The model file format (all integers little-endian or LEB128 varints):
//!
//! ```text
//! "KNER" version:u8=1 bits:u8 tags:u8=9 scale:f32
//! transitions: 90 × f32                      (10 rows: 9 previous tags + start)
//! gazetteer: max_words:u8, then per type (person, location, organization):
//!            count:varint, sorted entry hashes as varint deltas
//! distrib:   count:varint, then per word (ascending hash): hash delta:varint, left:varint, right:varint
//! clusters:  count:varint, then per word (ascending hash): hash delta:varint, path:varint
//! priors:    count:varint, then per word (ascending hash): hash delta:varint, packed:varint
//! first:     length:varint (0 = none), then a whole first-stage model in this format,
//!            itself without a first stage and with empty gazetteer, distrib and clusters
//!            sections: it shares this model's
//! weights:   rows:varint, then per non-zero bucket (ascending):
//!            bucket delta:varint, tag mask:varint (9 bits), one zigzag varint per set tag
//! ```
//! Only non-zero buckets are stored; the file ends exactly after the last row.

use super::{Distrib, Gazetteer, N_TAGS, NerError, NerModel, Prior};

const MAGIC: &[u8; 4] = b"KNER";
const VERSION: u8 = 4;

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(v: i16) -> u64 {
    ((i64::from(v) << 1) ^ (i64::from(v) >> 63)) as u64
}

/// Writes `m` in the format above.
pub(crate) fn write(m: &NerModel) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&[VERSION, m.bits as u8, N_TAGS as u8]);
    out.extend_from_slice(&m.scale.to_le_bytes());
    for t in &m.trans {
        out.extend_from_slice(&t.to_le_bytes());
    }
    out.push(m.gazetteer.max_words as u8);
    for set in &m.gazetteer.sets {
        let mut hs: Vec<u64> = set.iter().copied().collect();
        hs.sort_unstable();
        put_varint(&mut out, hs.len() as u64);
        let mut prev = 0u64;
        for h in hs {
            put_varint(&mut out, h - prev);
            prev = h;
        }
    }
    let mut ds: Vec<(u64, (u16, u16))> = m.distrib.map.iter().map(|(h, v)| (*h, *v)).collect();
    ds.sort_unstable();
    put_varint(&mut out, ds.len() as u64);
    let mut prev = 0u64;
    for (h, (l, r)) in ds {
        put_varint(&mut out, h - prev);
        put_varint(&mut out, u64::from(l));
        put_varint(&mut out, u64::from(r));
        prev = h;
    }
    let mut cs: Vec<(u64, u16)> = m.distrib.clusters.iter().map(|(h, v)| (*h, *v)).collect();
    cs.sort_unstable();
    put_varint(&mut out, cs.len() as u64);
    let mut prev = 0u64;
    for (h, c) in cs {
        put_varint(&mut out, h - prev);
        put_varint(&mut out, u64::from(c));
        prev = h;
    }
    let ps = m.prior.packed();
    put_varint(&mut out, ps.len() as u64);
    let mut prev = 0u64;
    for (h, p) in ps {
        put_varint(&mut out, h - prev);
        put_varint(&mut out, p);
        prev = h;
    }
    match &m.first {
        Some(f) => {
            let shared = NerModel {
                gazetteer: Gazetteer::default(),
                distrib: Distrib::default(),
                first: None,
                ..NerModel::clone(f)
            };
            let bytes = write(&shared);
            put_varint(&mut out, bytes.len() as u64);
            out.extend_from_slice(&bytes);
        }
        None => put_varint(&mut out, 0),
    }
    let rows: Vec<(usize, &[i16])> =
        m.emit.chunks(N_TAGS).enumerate().filter(|(_, r)| r.iter().any(|w| *w != 0)).collect();
    put_varint(&mut out, rows.len() as u64);
    let mut prev = 0usize;
    for (b, row) in rows {
        put_varint(&mut out, (b - prev) as u64);
        prev = b;
        let mask = row.iter().enumerate().filter(|(_, w)| **w != 0).fold(0u64, |m, (i, _)| m | 1 << i);
        put_varint(&mut out, mask);
        for w in row.iter().filter(|w| **w != 0) {
            put_varint(&mut out, zigzag(*w));
        }
    }
    out
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn bytes(&mut self, n: usize) -> Result<&[u8], NerError> {
        let s = self.b.get(self.at..self.at + n).ok_or(NerError::Corrupt)?;
        self.at += n;
        Ok(s)
    }

    fn u8(&mut self) -> Result<u8, NerError> {
        Ok(self.bytes(1)?[0])
    }

    fn f32(&mut self) -> Result<f32, NerError> {
        let b = self.bytes(4)?;
        Ok(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn varint(&mut self) -> Result<u64, NerError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(NerError::Corrupt)
    }
}

/// Reads a model written by [`write`].
pub(crate) fn read(bytes: &[u8]) -> Result<NerModel, NerError> {
    let mut r = Reader { b: bytes, at: 0 };
    if r.bytes(4).ok() != Some(MAGIC.as_slice()) || r.u8()? != VERSION {
        return Err(NerError::BadHeader);
    }
    let bits = u32::from(r.u8()?);
    if !(8..=24).contains(&bits) || usize::from(r.u8()?) != N_TAGS {
        return Err(NerError::BadHeader);
    }
    let scale = r.f32()?;
    let mut trans = Vec::with_capacity((N_TAGS + 1) * N_TAGS);
    for _ in 0..(N_TAGS + 1) * N_TAGS {
        trans.push(r.f32()?);
    }
    let mut gazetteer = Gazetteer { max_words: usize::from(r.u8()?), ..Gazetteer::default() };
    for set in gazetteer.sets.iter_mut() {
        let n = r.varint()?;
        let mut h = 0u64;
        for _ in 0..n {
            h = h.checked_add(r.varint()?).ok_or(NerError::Corrupt)?;
            set.insert(h);
        }
    }
    let mut distrib = Distrib::default();
    let n = r.varint()?;
    let mut h = 0u64;
    for _ in 0..n {
        h = h.checked_add(r.varint()?).ok_or(NerError::Corrupt)?;
        let l = u16::try_from(r.varint()?).map_err(|_| NerError::Corrupt)?;
        let rr = u16::try_from(r.varint()?).map_err(|_| NerError::Corrupt)?;
        distrib.map.insert(h, (l, rr));
    }
    let n = r.varint()?;
    let mut h = 0u64;
    for _ in 0..n {
        h = h.checked_add(r.varint()?).ok_or(NerError::Corrupt)?;
        let c = u16::try_from(r.varint()?).map_err(|_| NerError::Corrupt)?;
        distrib.clusters.insert(h, c);
    }
    let mut prior = Prior::default();
    let n = r.varint()?;
    let mut h = 0u64;
    for _ in 0..n {
        h = h.checked_add(r.varint()?).ok_or(NerError::Corrupt)?;
        if !prior.insert_packed(h, r.varint()?) {
            return Err(NerError::Corrupt);
        }
    }
    let first_len = usize::try_from(r.varint()?).map_err(|_| NerError::Corrupt)?;
    let first = match first_len {
        0 => None,
        n => {
            let f = read(r.bytes(n)?)?;
            if f.first.is_some() {
                return Err(NerError::Corrupt);
            }
            Some(Box::new(NerModel { gazetteer: gazetteer.clone(), distrib: distrib.clone(), ..f }))
        }
    };
    let buckets = 1usize << bits;
    let mut emit = vec![0i16; buckets * N_TAGS];
    let rows = r.varint()?;
    let mut b = 0usize;
    for _ in 0..rows {
        b = b
            .checked_add(usize::try_from(r.varint()?).map_err(|_| NerError::Corrupt)?)
            .ok_or(NerError::Corrupt)?;
        if b >= buckets {
            return Err(NerError::Corrupt);
        }
        let mask = r.varint()?;
        if mask >= 1 << N_TAGS {
            return Err(NerError::Corrupt);
        }
        for t in (0..N_TAGS).filter(|t| mask & (1 << t) != 0) {
            let z = r.varint()?;
            let v = ((z >> 1) as i64) ^ -((z & 1) as i64);
            emit[b * N_TAGS + t] = i16::try_from(v).map_err(|_| NerError::Corrupt)?;
        }
    }
    if r.at != bytes.len() {
        return Err(NerError::Corrupt);
    }
    Ok(NerModel { bits, scale, emit, trans, gazetteer, distrib, prior, first })
}
