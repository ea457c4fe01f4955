//! Times of day: `20:47`, `08:30:15`, `21h04`, `9h`, `14 giờ 30 phút`, `7 giờ tối`.

use super::cues::DAY_PARTS;
use super::digits::small;
use super::{Scan, Source};
use crate::{Time, Value};

impl<'a, S: Source<'a>> Scan<'_, 'a, S> {
    /// `20:47`, `08:30:15`.
    pub(super) fn colon(&mut self, i: usize, parts: &[&str]) -> Option<usize> {
        let nums: Option<Vec<u32>> = parts.iter().map(|p| small(p)).collect();
        let nums = nums?;
        let ok_len = parts.iter().skip(1).all(|p| p.len() == 2);
        let time = match nums.as_slice() {
            [h, m] if ok_len => Time::hm(u8::try_from(*h).ok()?, u8::try_from(*m).ok()?),
            [h, m, s] if ok_len => Time::hms(
                u8::try_from(*h).ok()?,
                u8::try_from(*m).ok()?,
                u8::try_from(*s).ok()?,
            ),
            _ => None,
        }?;
        let time = self.day_part_after(i, time).0;
        Some(self.push(i, i, Value::Time { value: time }, None))
    }

    /// A time part after `i`: `sáng`/`chiều`/`tối`... adjusts the hour (not in the span).
    pub(super) fn day_part_after(&self, i: usize, time: Time) -> (Time, bool) {
        if !self.spaced(i + 1) || !self.word_in(i + 1, DAY_PARTS) {
            return (time, false);
        }
        let h = time.hour();
        let pm = match &*self.key(i + 1) {
            "chiều" | "tối" => (1..=11).contains(&h),
            "đêm" => (7..=11).contains(&h),
            _ => false,
        };
        let t = if pm {
            Time::hm(h + 12, time.minute()).unwrap_or(time)
        } else {
            time
        };
        (t, true)
    }

    /// `21h04`, `21h`, `17g20`, `14 giờ 30 phút`, `7 giờ tối`.
    pub(super) fn time_after(&mut self, i: usize) -> Option<usize> {
        let h = u8::try_from(self.int(i)?).ok().filter(|h| *h < 24)?;
        let next = self.tok(i + 1)?;
        if self.glued(i + 1) {
            let s = next.text();
            // `h` for giờ; `g` too, as several national papers write it (`17g20`, `22g ngày
            // 5-6`), but `500g` is also grams: a `g` alone is an hour only with minutes, a
            // part of the day, `ngày` or a word of time before it.
            let (rest, grams) = match s.strip_prefix(['h', 'H']) {
                Some(rest) => (rest, false),
                None => (s.strip_prefix(['g', 'G'])?, true),
            };
            let m = if rest.is_empty() {
                0
            } else if rest.len() == 2 {
                u8::try_from(small(rest)?).ok()?
            } else {
                return None;
            };
            let time = Time::hm(h, m)?;
            let (time, part) = self.day_part_after(i + 1, time);
            // (`khoảng 22g` is a time: a duration is written in `giờ` or `tiếng`.)
            let about = i
                .checked_sub(1)
                .is_some_and(|p| self.spaced(i) && self.is_word(p, "khoảng"));
            if grams && rest.is_empty() && !part && !self.time_cue_before(i) && !about {
                let day_after = self.spaced(i + 2) && self.is_word(i + 2, "ngày");
                if !day_after {
                    return None;
                }
            }
            return Some(self.push(i, i + 1, Value::Time { value: time }, None));
        }
        if !(self.spaced(i + 1) && self.is_word(i + 1, "giờ")) {
            return None;
        }
        let mut last = i + 1;
        let mut minute = None;
        if self.spaced(i + 2) {
            if let Some(m) = self.int(i + 2).filter(|m| *m < 60) {
                minute = u8::try_from(m).ok();
                last = i + 2;
                if self.spaced(i + 3) && self.is_word(i + 3, "phút") {
                    last = i + 3;
                }
            }
        }
        let time = Time::hm(h, minute.unwrap_or(0))?;
        let (time, part) = self.day_part_after(last, time);
        let cue_before = self.time_cue_before(i);
        let day_after = self.spaced(last + 1) && self.is_word(last + 1, "ngày");
        // An item of a schedule: `- 15 giờ, ...`, `8 giờ: ...` opening a line (or a bullet).
        let bullet = i.checked_sub(1).is_some_and(|b| {
            self.is_punct(b, &['-', '–', '+', '•', '*'])
                && self.sentence_initial(b)
                && self.spaced(i)
        });
        let agenda = (bullet || self.sentence_initial(i))
            && self.near(last + 1)
            && self.is_punct(last + 1, &[',', ':', '-', '–']);
        if minute.is_none() && !part && !cue_before && !day_after && !agenda {
            return None;
        }
        Some(self.push(i, last, Value::Time { value: time }, None))
    }

    /// A word that opens a time of day stands right before token `i` (`lúc`, `hồi` and `vào`,
    /// at; `từ`, `đến`, a part of the day).
    fn time_cue_before(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| {
            self.spaced(i)
                && self.word_in(
                    p,
                    &[
                        "lúc", "hồi", "vào", "từ", "đến", "tới", "sáng", "chiều", "tối", "trưa",
                        "đêm",
                    ],
                )
        })
    }
}
