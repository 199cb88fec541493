//! A QR code the way `qrcode::QrCode::with_error_correction_level` makes it (same bits, same error
//! correction, same mask choice), with a faster mask choice.
//!
//! The crate scores each of the eight masks by the standard's penalty rules; its finder-pattern
//! rule boxes a closure for every module of every row and column, which made choosing the mask
//! most of the QR page's time on a phone. The rules below are the crate's, one for one (including
//! its reading of the finder rule), on plain colours: the code drawn is the same module for module.

use qrcode::bits::encode_auto;
use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::ec::construct_codewords;
use qrcode::{Color, EcLevel};

/// The eight masks in the crate's order (on a tie the first wins, as there).
const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// The modules of the QR code of `data` (row by row) and its width in modules, without the quiet
/// zone. `None` when the data does not fit in any QR code at this level.
pub fn encode(data: &[u8], ec_level: EcLevel) -> Option<(Vec<Color>, usize)> {
    let bits = encode_auto(data, ec_level).ok()?;
    let version = bits.version();
    let width = usize::try_from(version.width()).ok()?;
    let raw = bits.into_bytes();
    let (codewords, ec) = construct_codewords(&raw, version, ec_level).ok()?;
    let mut canvas = Canvas::new(version, ec_level);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&codewords, &ec);
    let mut best: Option<(u32, Vec<Color>)> = None;
    for mask in MASKS {
        let mut c = canvas.clone();
        c.apply_mask(mask);
        let colors = c.into_colors();
        let score = penalty(&colors, width);
        if best.as_ref().is_none_or(|(s, _)| score < *s) {
            best = Some((score, colors));
        }
    }
    best.map(|(_, colors)| (colors, width))
}

/// The crate's total penalty of a masked code.
fn penalty(m: &[Color], w: usize) -> u32 {
    let dark: Vec<bool> = m.iter().map(|c| *c == Color::Dark).collect();
    let at = |x: usize, y: usize| dark[y * w + x];
    adjacent(w, |i, j| at(j, i))
        + adjacent(w, at)
        + blocks(w, &at)
        + finder(w, |i, k| at(k, i))
        + finder(w, at)
        + balance(&dark)
}

/// Runs of five or more modules of one colour in a line: 3 points, plus 1 for each module over 5.
fn adjacent(w: usize, get: impl Fn(usize, usize) -> bool) -> u32 {
    let mut score = 0;
    for i in 0..w {
        let mut run = 1;
        for j in 1..=w {
            if j < w && get(i, j) == get(i, j - 1) {
                run += 1;
            } else {
                if run >= 5 {
                    score += run - 2;
                }
                run = 1;
            }
        }
    }
    score
}

/// Each 2×2 block of one colour (overlapping ones counted): 3 points.
fn blocks(w: usize, at: &impl Fn(usize, usize) -> bool) -> u32 {
    let mut score = 0;
    for x in 0..w.saturating_sub(1) {
        for y in 0..w.saturating_sub(1) {
            let c = at(x, y);
            if at(x + 1, y) == c && at(x, y + 1) == c && at(x + 1, y + 1) == c {
                score += 3;
            }
        }
    }
    score
}

/// Each dark-light-dark-dark-dark-light-dark run with four light modules (or the edge) on either
/// side: 40 points; less the 360 the three real finder patterns always give.
fn finder(w: usize, get: impl Fn(usize, usize) -> bool) -> u32 {
    const PATTERN: [bool; 7] = [true, false, true, true, true, false, true];
    let mut score = 0u32;
    for i in 0..w {
        for j in 0..w.saturating_sub(6) {
            if (0..7).any(|k| get(i, j + k) != PATTERN[k]) {
                continue;
            }
            let dark_before = (j.saturating_sub(4)..j).any(|k| get(i, k));
            let dark_after = (j + 7..(j + 11).min(w)).any(|k| get(i, k));
            if !dark_before || !dark_after {
                score += 40;
            }
        }
    }
    score.saturating_sub(360)
}

/// How far the share of dark modules is from half.
fn balance(dark: &[bool]) -> u32 {
    let total = dark.len().max(1);
    let ratio = dark.iter().filter(|d| **d).count() * 200 / total;
    u32::try_from(ratio.abs_diff(100)).unwrap_or(u32::MAX)
}
