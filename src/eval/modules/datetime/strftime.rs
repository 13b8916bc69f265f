//! `strftime` as CPython on glibc formats: CPython fills `%f`, `%z` and `%Z` itself and hands every
//! other directive to the C library, so glibc's whole set applies in the C locale (`%c`, `%x`, `%D`,
//! `%e`, `%U`, `%G-W%V`, …) with its flags: `%-d` unpadded, `%_d` space-padded, `%0e` zero-padded,
//! `%^a` upper case, `%#p` lower case, a field width (`%10B`). An unknown directive stays as written.

use super::calendar::{DAYS, Fields, MONTHS, civil, clock, offset_iso, ordinal, weekday, zone_name};

/// How one directive's value is padded by default: numbers with zeros (or spaces for `%e %k %l`) to
/// their natural width, text not at all.
enum Piece {
    Num(i64, usize, char),
    Text(String),
}

/// The ISO 8601 year and week of a day (weeks start on Monday; week 1 holds the year's first Thursday).
fn iso_week(day: i64) -> (i64, i64) {
    let thursday = day - weekday(day) + 3;
    let (year, _, _) = civil(thursday);
    let first = ordinal(year, 1, 1).unwrap_or(thursday);
    (year, (thursday - first) / 7 + 1)
}

/// `strftime(pattern)` over a date, datetime or time's fields.
pub fn strftime(f: &Fields, pattern: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = pattern.chars().collect();
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        k += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let start = k - 1;
        let mut flag = None;
        while let Some(&fl @ ('-' | '_' | '0' | '^' | '#')) = chars.get(k) {
            flag = Some(fl);
            k += 1;
        }
        let mut width = 0usize;
        while let Some(d) = chars.get(k).and_then(|c| c.to_digit(10)) {
            width = width.saturating_mul(10).saturating_add(d as usize).min(1024);
            k += 1;
        }
        // `%E` and `%O` pick a locale's alternative forms (the C locale has none), each for its own
        // directives: glibc keeps any other pairing as written.
        let modifier = chars.get(k).copied().filter(|c| matches!(c, 'E' | 'O'));
        if modifier.is_some() {
            k += 1;
        }
        let Some(&code) = chars.get(k) else {
            out.extend(&chars[start..]);
            break;
        };
        k += 1;
        let allowed = match modifier {
            Some('E') => "cCxXyY".contains(code),
            Some(_) => "deHImMSuUVwWy".contains(code),
            None => true,
        };
        let Some(piece) = directive(f, code).filter(|_| allowed) else {
            out.extend(&chars[start..k]);
            continue;
        };
        out.push_str(&render(piece, code, flag, width));
    }
    out
}

fn render(piece: Piece, code: char, flag: Option<char>, width: usize) -> String {
    match piece {
        Piece::Num(n, natural, pad) => {
            let digits = n.unsigned_abs().to_string();
            let sign = if n < 0 { "-" } else { "" };
            let (w, pad) = match flag {
                Some('-') => (0, pad),
                Some('_') => (width.max(natural), ' '),
                Some('0') => (width.max(natural), '0'),
                _ => (width.max(natural), if width > natural { '0' } else { pad }),
            };
            let body_len = sign.len() + digits.len();
            let fill: String = std::iter::repeat_n(pad, w.saturating_sub(body_len)).collect();
            if pad == '0' { format!("{sign}{fill}{digits}") } else { format!("{fill}{sign}{digits}") }
        }
        Piece::Text(text) => {
            let text = match flag {
                Some('^') => text.to_uppercase(),
                Some('#') if matches!(code, 'p' | 'Z') => text.to_lowercase(),
                Some('#') if matches!(code, 'a' | 'A' | 'b' | 'B' | 'h') => text.to_uppercase(),
                _ => text,
            };
            let fill = if flag == Some('0') { '0' } else { ' ' };
            let n = text.chars().count();
            let pad: String = std::iter::repeat_n(fill, width.saturating_sub(n)).collect();
            format!("{pad}{text}")
        }
    }
}

fn directive(f: &Fields, code: char) -> Option<Piece> {
    let (y, m, d) = civil(f.day);
    let (h, mi, s, us) = clock(f.us);
    let month = MONTHS.get((m - 1).clamp(0, 11) as usize).copied().unwrap_or("");
    let wd = weekday(f.day);
    let wday = DAYS.get(wd as usize).copied().unwrap_or("");
    let yday = f.day - ordinal(y, 1, 1).unwrap_or(f.day);
    let h12 = if h % 12 == 0 { 12 } else { h % 12 };
    let sunday_based = (wd + 1) % 7;
    let text = |s: String| Some(Piece::Text(s));
    let num = |n: i64, w: usize| Some(Piece::Num(n, w, '0'));
    let spaced = |n: i64| Some(Piece::Num(n, 2, ' '));
    match code {
        'Y' => num(y, 1),
        'C' => num(y.div_euclid(100), 2),
        'y' => num(y.rem_euclid(100), 2),
        'G' => num(iso_week(f.day).0, 1),
        'g' => num(iso_week(f.day).0.rem_euclid(100), 2),
        'V' => num(iso_week(f.day).1, 2),
        'm' => num(m, 2),
        'd' => num(d, 2),
        'e' => spaced(d),
        'H' => num(h, 2),
        'k' => spaced(h),
        'I' => num(h12, 2),
        'l' => spaced(h12),
        'M' => num(mi, 2),
        'S' => num(s, 2),
        'f' => num(us, 6),
        'j' => num(yday + 1, 3),
        'u' => num(wd + 1, 1),
        'w' => num(sunday_based, 1),
        'U' => num((yday + 7 - sunday_based) / 7, 2),
        'W' => num((yday + 7 - wd) / 7, 2),
        // Seconds since the epoch of the fields read as local time (the C library's `mktime`; UTC here).
        's' => num((f.day - 719_163) * 86_400 + f.us.div_euclid(1_000_000), 1),
        'p' => text((if h < 12 { "AM" } else { "PM" }).into()),
        'P' => text((if h < 12 { "am" } else { "pm" }).into()),
        'b' | 'h' => text(month.chars().take(3).collect()),
        'B' => text(month.into()),
        'a' => text(wday.chars().take(3).collect()),
        'A' => text(wday.into()),
        'z' => text(f.tz.map(|o| offset_iso(o).replace(':', "")).unwrap_or_default()),
        'Z' => text(f.zone.clone().or_else(|| f.tz.map(zone_name)).unwrap_or_default()),
        'F' => text(format!("{y:04}-{m:02}-{d:02}")),
        'T' | 'X' => text(format!("{h:02}:{mi:02}:{s:02}")),
        'R' => text(format!("{h:02}:{mi:02}")),
        'r' => text(format!("{h12:02}:{mi:02}:{s:02} {}", if h < 12 { "AM" } else { "PM" })),
        'D' | 'x' => text(format!("{m:02}/{d:02}/{:02}", y.rem_euclid(100))),
        'c' => text(format!(
            "{} {} {d:>2} {h:02}:{mi:02}:{s:02} {y}",
            &wday[..3.min(wday.len())],
            &month[..3.min(month.len())]
        )),
        'n' => text("\n".into()),
        't' => text("\t".into()),
        '%' => text("%".into()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glibc_directives() {
        // Monday 2024-03-04 09:05:07.
        let day = ordinal(2024, 3, 4).unwrap_or(0);
        let f = Fields { day, us: ((9 * 60 + 5) * 60 + 7) * 1_000_000, tz: None, zone: None };
        assert_eq!(strftime(&f, "%c"), "Mon Mar  4 09:05:07 2024");
        assert_eq!(strftime(&f, "%-d|%-I|%e|%k|%l|%P"), "4|9| 4| 9| 9|am");
        assert_eq!(strftime(&f, "%G-W%V %U %W %u %C %j %Q"), "2024-W10 09 10 1 20 064 %Q");
        assert_eq!(strftime(&f, "%^a %#p %10B %_m %s"), "MON am      March  3 1709543107");
    }
}
