//! Where unreadable stored data is kept: its own key, `BACKUP_PREFIX` + the time in ms
//! (`…backup.1732000000000`, or `…-2` for a second one in the same millisecond), never
//! overwritten, listed for the user to download or delete.

/// The prefix of every backup key.
pub const BACKUP_PREFIX: &str = "digiwijzer.zelfevaluatie.backup.";

/// When the backup under `key` was made, in ms; `None` if `key` is not a backup key.
pub fn backup_time(key: &str) -> Option<u64> {
    let suffix = key.strip_prefix(BACKUP_PREFIX)?;
    let (time, count) = suffix.split_once('-').unwrap_or((suffix, "1"));
    let digits = |t: &str| !t.is_empty() && t.len() <= 16 && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(time) || !digits(count) {
        return None;
    }
    time.bytes().try_fold(0u64, |n, b| n.checked_mul(10)?.checked_add(u64::from(b - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_keys_give_their_time_and_nothing_else_is_a_backup() {
        assert_eq!(backup_time("digiwijzer.zelfevaluatie.backup.1732000000000"), Some(1_732_000_000_000));
        assert_eq!(backup_time("digiwijzer.zelfevaluatie.backup.1732000000000-2"), Some(1_732_000_000_000));
        for bad in [
            "digiwijzer.zelfevaluatie",
            "digiwijzer.zelfevaluatie.backup.",
            "digiwijzer.zelfevaluatie.backup.12a",
            "digiwijzer.zelfevaluatie.backup.1-",
            "andere.backup.1",
        ] {
            assert_eq!(backup_time(bad), None, "{bad}");
        }
    }
}
