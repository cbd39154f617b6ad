//! Counts of people and referrals: never negative, never absurd, typed in any digits the users
//! write.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A number of people (or referrals, or questions) for one occasion and one group.
///
/// The upper bound catches a slip of the finger (an extra zero or two) rather than a real
/// occasion: the largest city-wide events reach a few hundred people per group.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "u32", into = "u32")]
pub struct Count(u32);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CountError {
    #[error("not a whole number")]
    NotANumber,
    #[error("more than {max} is not plausible for one occasion")]
    TooLarge { max: u32 },
}

impl Count {
    pub const ZERO: Count = Count(0);
    /// The largest count accepted for one group at one occasion.
    pub const MAX: u32 = 2_000;

    pub fn new(n: u32) -> Result<Count, CountError> {
        if n > Self::MAX {
            Err(CountError::TooLarge { max: Self::MAX })
        } else {
            Ok(Count(n))
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }

    /// One more, saturating at the maximum (for a "+" stepper).
    pub fn increment(self) -> Count {
        Count((self.0 + 1).min(Self::MAX))
    }

    /// One fewer, stopping at zero (for a "-" stepper).
    pub fn decrement(self) -> Count {
        Count(self.0.saturating_sub(1))
    }

    /// Parses what a user typed. Accepts ASCII, Eastern Arabic (٠-٩) and Persian (۰-۹) digits
    /// and surrounding spaces; an empty field is zero. A sign or fraction is refused.
    pub fn parse(input: &str) -> Result<Count, CountError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Ok(Count::ZERO);
        }
        let mut value: u32 = 0;
        for c in trimmed.chars() {
            let digit = digit(c).ok_or(CountError::NotANumber)?;
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u32::from(digit)))
                .ok_or(CountError::TooLarge { max: Self::MAX })?;
        }
        Count::new(value)
    }
}

/// The value of a digit in any of the scripts users type numbers in: ASCII, Eastern Arabic
/// (٠-٩) and Persian (۰-۹).
pub(crate) fn digit(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{660}'..='\u{669}' => '\u{660}',
        '\u{6F0}'..='\u{6F9}' => '\u{6F0}',
        _ => return None,
    };
    u8::try_from(u32::from(c) - u32::from(zero)).ok()
}

impl TryFrom<u32> for Count {
    type Error = CountError;
    fn try_from(n: u32) -> Result<Self, Self::Error> {
        Count::new(n)
    }
}

impl From<Count> for u32 {
    fn from(c: Count) -> u32 {
        c.0
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// The people one occasion reached, by gender and age group. Never who they were.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeopleReached {
    pub women: Count,
    pub men: Count,
    pub girls: Count,
    pub boys: Count,
    /// Other gender, or not stated.
    pub other: Count,
}

impl PeopleReached {
    pub fn total(&self) -> u32 {
        [self.women, self.men, self.girls, self.boys, self.other]
            .iter()
            .map(|c| c.get())
            .sum()
    }

    pub fn is_nobody(&self) -> bool {
        self.total() == 0
    }
}

/// Of the people reached at one occasion, those there for the first time in the project, in
/// the groups the funder's promise counts. Anonymous: a guide counts heads, no one is named.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPeople {
    pub women: Count,
    pub men: Count,
    pub girls: Count,
    pub boys: Count,
}

impl NewPeople {
    pub fn total(&self) -> u32 {
        [self.women, self.men, self.girls, self.boys]
            .iter()
            .map(|c| c.get())
            .sum()
    }

    /// Whether each group's new people are at most the people reached in it.
    pub fn within(&self, reached: &PeopleReached) -> bool {
        self.women <= reached.women
            && self.men <= reached.men
            && self.girls <= reached.girls
            && self.boys <= reached.boys
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_every_digit_system_the_users_type() {
        assert_eq!(Count::parse("12"), Ok(Count(12)));
        assert_eq!(Count::parse(" ١٢ "), Ok(Count(12)));
        assert_eq!(Count::parse("۱۲"), Ok(Count(12)));
        assert_eq!(Count::parse("١2"), Ok(Count(12)));
        assert_eq!(Count::parse(""), Ok(Count::ZERO));
    }

    #[test]
    fn refuses_negative_fractional_and_absurd_counts() {
        assert_eq!(Count::parse("-3"), Err(CountError::NotANumber));
        assert_eq!(Count::parse("2.5"), Err(CountError::NotANumber));
        assert_eq!(Count::parse("abc"), Err(CountError::NotANumber));
        assert_eq!(
            Count::parse("2001"),
            Err(CountError::TooLarge { max: 2000 })
        );
        assert_eq!(
            Count::parse("99999999999999"),
            Err(CountError::TooLarge { max: 2000 })
        );
        assert!(serde_json::from_str::<Count>("-1").is_err());
        assert!(serde_json::from_str::<Count>("5000").is_err());
    }

    #[test]
    fn steppers_stay_in_range() {
        assert_eq!(Count::ZERO.decrement(), Count::ZERO);
        assert_eq!(Count(Count::MAX).increment(), Count(Count::MAX));
    }

    proptest! {
        #[test]
        fn any_valid_number_round_trips_through_text(n in 0u32..=Count::MAX) {
            prop_assert_eq!(Count::parse(&n.to_string()), Ok(Count(n)));
        }

        #[test]
        fn parse_never_panics(s in "\\PC*") {
            let _ = Count::parse(&s);
        }
    }
}
