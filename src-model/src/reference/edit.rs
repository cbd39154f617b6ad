//! Changing reference data in place, as a coordinator's editor does before saving it.

use super::{Item, Labels, List, ReferenceData};
use crate::Code;

impl ReferenceData {
    /// The simple list named by `list`, to edit (none for the lists of their own types).
    pub fn items_mut(&mut self, list: List) -> Option<&mut Vec<Item>> {
        match list {
            List::Areas => Some(&mut self.areas),
            List::VenueTypes => Some(&mut self.venue_types),
            List::Formats => Some(&mut self.formats),
            List::Topics => Some(&mut self.topics),
            List::Languages => Some(&mut self.languages),
            List::QuestionCategories => Some(&mut self.question_categories),
            List::ReferralTargets => Some(&mut self.referral_targets),
            List::Partners => Some(&mut self.partners),
            List::Projects | List::Venues | List::Outcomes | List::DevelopmentAreas => None,
        }
    }

    /// The labels of the item `code` of `list`, to edit.
    pub fn labels_mut(&mut self, list: List, code: &Code) -> Option<&mut Labels> {
        match list {
            List::Projects => self
                .projects
                .iter_mut()
                .find(|p| &p.code == code)
                .map(|p| &mut p.labels),
            List::Venues => self
                .venues
                .iter_mut()
                .find(|v| &v.code == code)
                .map(|v| &mut v.labels),
            List::Outcomes => self
                .outcomes
                .iter_mut()
                .find(|o| &o.code == code)
                .map(|o| &mut o.labels),
            List::DevelopmentAreas => self
                .development_areas
                .iter_mut()
                .find(|a| &a.code == code)
                .map(|a| &mut a.labels),
            _ => self
                .items_mut(list)?
                .iter_mut()
                .find(|i| &i.code == code)
                .map(|i| &mut i.labels),
        }
    }

    /// Retires the item `code` of `list`, or brings it back.
    pub fn set_retired(&mut self, list: List, code: &Code, retired: bool) {
        match list {
            List::Projects => self
                .projects
                .iter_mut()
                .filter(|p| &p.code == code)
                .for_each(|p| p.retired = retired),
            List::Venues => self
                .venues
                .iter_mut()
                .filter(|v| &v.code == code)
                .for_each(|v| v.retired = retired),
            List::Outcomes => (self.outcomes.iter_mut())
                .filter(|o| &o.code == code)
                .for_each(|o| o.retired = retired),
            List::DevelopmentAreas => (self.development_areas.iter_mut())
                .filter(|a| &a.code == code)
                .for_each(|a| a.retired = retired),
            _ => self
                .items_mut(list)
                .into_iter()
                .flatten()
                .filter(|i| &i.code == code)
                .for_each(|i| i.retired = retired),
        }
    }
}
