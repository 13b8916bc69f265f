//! Pure calendar arithmetic for the `datetime` module: the value types (`Dt`), proleptic Gregorian day
//! numbers, ISO parsing and formatting, and `strftime`. Nothing here touches the interpreter, so every
//! function is total: bad input gives `None`/an error string, never a panic.

/// Microseconds in a day.
pub const DAY_US: i64 = 86_400_000_000;

/// The state of a `datetime` module object. Dates are day ordinals (1 = 0001-01-01, CPython's
/// `toordinal`), times are microseconds since midnight, timezones are fixed offsets in microseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dt {
    Date(i64),
    DateTime { day: i64, us: i64, tz: Option<i64> },
    Time { us: i64, tz: Option<i64> },
    Delta(i64),
    Zone(i64),
}

pub(super) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub(super) const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

pub fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The ordinal of a valid (year, month, day), or why it is invalid (CPython's messages).
pub fn ordinal(y: i64, m: i64, d: i64) -> Result<i64, String> {
    if !(1..=9999).contains(&y) {
        return Err(format!("year {y} is out of range"));
    }
    if !(1..=12).contains(&m) {
        return Err("month must be in 1..12".into());
    }
    if d < 1 || d > days_in_month(y, m) {
        return Err("day is out of range for month".into());
    }
    // Hinnant's days_from_civil, shifted so that 0001-01-01 is 1.
    let (yy, mm) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400;
    let doy = (153 * mm + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Ok(era * 146_097 + doe - 719_468 + 719_163)
}

/// (year, month, day) of an ordinal.
pub fn civil(ordinal: i64) -> (i64, i64, i64) {
    let z = ordinal - 719_163 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Monday is 0.
pub fn weekday(ordinal: i64) -> i64 {
    (ordinal + 6).rem_euclid(7)
}

/// (hour, minute, second, microsecond) of microseconds since midnight.
pub fn clock(us: i64) -> (i64, i64, i64, i64) {
    let s = us.div_euclid(1_000_000);
    (s / 3600, s / 60 % 60, s % 60, us.rem_euclid(1_000_000))
}

pub fn date_iso(day: i64) -> String {
    let (y, m, d) = civil(day);
    format!("{y:04}-{m:02}-{d:02}")
}

pub fn time_iso(us: i64) -> String {
    let (h, mi, s, f) = clock(us);
    if f == 0 { format!("{h:02}:{mi:02}:{s:02}") } else { format!("{h:02}:{mi:02}:{s:02}.{f:06}") }
}

/// `+HH:MM` (with seconds/microseconds only when present), as `utcoffset` prints in isoformat.
pub fn offset_iso(offset: i64) -> String {
    let sign = if offset < 0 { '-' } else { '+' };
    let (h, m, s, f) = clock(offset.abs());
    let mut out = format!("{sign}{h:02}:{m:02}");
    if s != 0 || f != 0 {
        out.push_str(&format!(":{s:02}"));
    }
    if f != 0 {
        out.push_str(&format!(".{f:06}"));
    }
    out
}

/// `isoformat(sep)` of a datetime.
pub fn datetime_iso(day: i64, us: i64, tz: Option<i64>, sep: &str) -> String {
    let zone = tz.map(offset_iso).unwrap_or_default();
    format!("{}{sep}{}{zone}", date_iso(day), time_iso(us))
}

fn digits(s: &str, len: usize) -> Option<i64> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// `YYYY-MM-DD` (also `YYYYMMDD`).
pub fn parse_date(s: &str) -> Option<i64> {
    let (y, m, d) = match s.len() {
        10 if s.as_bytes().get(4) == Some(&b'-') && s.as_bytes().get(7) == Some(&b'-') => {
            (s.get(0..4)?, s.get(5..7)?, s.get(8..10)?)
        }
        8 => (s.get(0..4)?, s.get(4..6)?, s.get(6..8)?),
        _ => return None,
    };
    ordinal(digits(y, 4)?, digits(m, 2)?, digits(d, 2)?).ok()
}

/// `HH[:MM[:SS[.ffffff]]]` with an optional `Z`/`±HH:MM` suffix: (microseconds, offset).
pub fn parse_time(s: &str) -> Option<(i64, Option<i64>)> {
    let (clock_part, tz) = match s.find(['+', '-', 'Z']) {
        Some(i) => {
            let (c, z) = s.split_at(i);
            (c, Some(parse_offset(z)?))
        }
        None => (s, None),
    };
    let (main, frac) = match clock_part.split_once(['.', ',']) {
        Some((a, b)) if (1..=6).contains(&b.len()) || b.len() == 3 => (a, Some(b)),
        Some(_) => return None,
        None => (clock_part, None),
    };
    let mut parts = main.split(':');
    let h = digits(parts.next()?, 2)?;
    let mi = parts.next().map_or(Some(0), |p| digits(p, 2))?;
    let sec = parts.next().map_or(Some(0), |p| digits(p, 2))?;
    if parts.next().is_some() || h > 23 || mi > 59 || sec > 59 {
        return None;
    }
    let f = match frac {
        Some(f) if f.bytes().all(|b| b.is_ascii_digit()) => format!("{f:0<6}").parse::<i64>().ok()?,
        Some(_) => return None,
        None => 0,
    };
    Some((((h * 60 + mi) * 60 + sec) * 1_000_000 + f, tz))
}

fn parse_offset(z: &str) -> Option<i64> {
    if z == "Z" {
        return Some(0);
    }
    let sign = if z.starts_with('-') { -1 } else { 1 };
    let (us, _) = parse_time(z.get(1..)?).filter(|(_, tz)| tz.is_none())?;
    Some(sign * us)
}

/// `YYYY-MM-DD[( |T)HH:MM[:SS[.ffffff]][offset]]`: (day, microseconds, offset).
pub fn parse_datetime(s: &str) -> Option<(i64, i64, Option<i64>)> {
    let Some(date_part) = s.get(0..10) else { return Some((parse_date(s)?, 0, None)) };
    let day = parse_date(date_part)?;
    match s.get(10..) {
        Some("") | None => Some((day, 0, None)),
        Some(rest) => {
            let t = rest.strip_prefix([' ', 'T'])?;
            let (us, tz) = parse_time(t)?;
            Some((day, us, tz))
        }
    }
}

/// The fields `strftime` needs; `day` is `None` for a `time` (CPython uses 1900-01-01 there).
pub struct Fields {
    pub day: i64,
    pub us: i64,
    pub tz: Option<i64>,
    /// What `%Z` shows: the tzinfo's `tzname()` (asked only when the format has `%Z`).
    pub zone: Option<String>,
}

/// `str(timezone)`: `UTC` or `UTC+01:00`.
pub fn zone_name(offset: i64) -> String {
    if offset == 0 { "UTC".into() } else { format!("UTC{}", offset_iso(offset)) }
}

/// `str(timedelta)`: `1 day, 1:00:00`, `-1 day, 23:59:59.500000`.
pub fn delta_str(total: i64) -> String {
    let days = total.div_euclid(DAY_US);
    let (h, m, s, f) = clock(total.rem_euclid(DAY_US));
    let mut out = String::new();
    if days != 0 {
        let plural = if days.abs() != 1 { "s" } else { "" };
        out.push_str(&format!("{days} day{plural}, "));
    }
    out.push_str(&format!("{h}:{m:02}:{s:02}"));
    if f != 0 {
        out.push_str(&format!(".{f:06}"));
    }
    out
}

/// `repr(timedelta)`: `datetime.timedelta(days=1, seconds=3600)`.
pub fn delta_repr(total: i64) -> String {
    let days = total.div_euclid(DAY_US);
    let rest = total.rem_euclid(DAY_US);
    let parts: Vec<String> = [("days", days), ("seconds", rest / 1_000_000), ("microseconds", rest % 1_000_000)]
        .iter()
        .filter(|(_, v)| *v != 0)
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    if parts.is_empty() { "datetime.timedelta(0)".into() } else { format!("datetime.timedelta({})", parts.join(", ")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_round_trip_and_match_cpython() {
        assert_eq!(ordinal(1, 1, 1), Ok(1));
        assert_eq!(ordinal(2024, 1, 2), Ok(738_887));
        for day in [1, 365, 366, 730_000, 738_887, 3_652_059] {
            let (y, m, d) = civil(day);
            assert_eq!(ordinal(y, m, d), Ok(day));
        }
        assert_eq!(weekday(738_887), 1);
    }

    #[test]
    fn parses_and_formats() {
        assert_eq!(parse_datetime("2024-01-02 03:04:05.5"), Some((738_887, 11_045_500_000, None)));
        assert_eq!(parse_datetime("2024-01-02T03:04+01:00").map(|p| p.2), Some(Some(3_600_000_000)));
        assert_eq!(parse_datetime("2024-13-02"), None);
        assert_eq!(delta_str(DAY_US + 3_600_000_000), "1 day, 1:00:00");
        assert_eq!(delta_repr(-1), "datetime.timedelta(days=-1, seconds=86399, microseconds=999999)");
    }
}
