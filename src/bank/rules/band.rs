//! The five bands a score can fall in, by the name rules.json and every
//! record give them, and the option each one fits better. Records of schema 1
//! call the middle band "balanced"; that name is kept as it was.

use serde::{Deserialize, Serialize};
use std::fmt;

use super::OptionId;

/// Which band a score falls in. Written as the record has always written it:
/// `clearly_short`, `short`, `both`, `long`, `clearly_long`, and schema 1's
/// `balanced`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BandId {
    ClearlyShort,
    Short,
    Both,
    Long,
    ClearlyLong,
    /// Schema 1's name for the middle band, now "both"; read and written
    /// back as it was, so an old record stays as it was saved.
    Balanced,
}

impl BandId {
    /// The option this band fits better; none for "both could fit".
    pub fn side(self) -> Option<OptionId> {
        match self {
            BandId::ClearlyShort | BandId::Short => Some(OptionId::ShortTerm),
            BandId::Both | BandId::Balanced => None,
            BandId::Long | BandId::ClearlyLong => Some(OptionId::LongTerm),
        }
    }

    /// The name rules.json and the record give the band.
    pub fn name(self) -> &'static str {
        match self {
            BandId::ClearlyShort => "clearly_short",
            BandId::Short => "short",
            BandId::Both => "both",
            BandId::Long => "long",
            BandId::ClearlyLong => "clearly_long",
            BandId::Balanced => "balanced",
        }
    }
}

impl fmt::Display for BandId {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [BandId; 6] = [
        BandId::ClearlyShort,
        BandId::Short,
        BandId::Both,
        BandId::Long,
        BandId::ClearlyLong,
        BandId::Balanced,
    ];

    #[test]
    fn each_band_is_written_and_read_by_the_name_records_have_always_used() {
        let written: Vec<String> = ALL
            .iter()
            .map(|b| serde_json::to_string(b).unwrap())
            .collect();
        assert_eq!(
            written,
            [
                "\"clearly_short\"",
                "\"short\"",
                "\"both\"",
                "\"long\"",
                "\"clearly_long\"",
                "\"balanced\""
            ]
        );
        for band in ALL {
            assert_eq!(serde_json::to_string(&band).unwrap(), format!("\"{band}\""));
            let back: BandId = serde_json::from_str(&format!("\"{band}\"")).unwrap();
            assert_eq!(back, band);
        }
        assert!(serde_json::from_str::<BandId>("\"middle\"").is_err());
    }

    #[test]
    fn the_short_bands_fit_short_term_and_the_long_bands_long_term() {
        let sides: Vec<Option<OptionId>> = ALL.iter().map(|b| b.side()).collect();
        use OptionId::{LongTerm, ShortTerm};
        assert_eq!(
            sides,
            [
                Some(ShortTerm),
                Some(ShortTerm),
                None,
                Some(LongTerm),
                Some(LongTerm),
                None
            ]
        );
    }
}
