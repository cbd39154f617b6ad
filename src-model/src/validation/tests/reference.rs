//! The reference data the validation tests check against: two projects (one with the contact
//! centre's questions), a retired format, outcome counters of both projects (one retired) and
//! partners (one retired).

use super::{code, item};
use crate::reference::{Item, Labels, Outcome, Project, ReferenceData, Sections, Venue};

pub(super) fn reference() -> ReferenceData {
    let project = |c: &str, sections, topics: &[&str]| Project {
        code: code(c),
        labels: Labels::default(),
        sections,
        topics: topics.iter().map(|t| code(t)).collect(),
        retired: false,
        start: None,
        end: None,
        targets: Vec::new(),
    };
    ReferenceData {
        projects: vec![
            project(
                "halsoguider",
                Sections {
                    questions: false,
                    referrals: true,
                },
                &["vaccination", "diet"],
            ),
            project(
                "medborgarservice",
                Sections {
                    questions: true,
                    referrals: true,
                },
                &["housing"],
            ),
        ],
        areas: vec![item("raslatt"), item("other")],
        venue_types: vec![item("library"), item("language-cafe")],
        venues: vec![Venue {
            code: code("raslatt-library"),
            labels: Labels::default(),
            area: code("raslatt"),
            venue_type: code("library"),
            retired: false,
        }],
        formats: vec![
            item("drop-in"),
            Item {
                retired: true,
                ..item("old-format")
            },
        ],
        topics: vec![item("vaccination"), item("diet"), item("housing")],
        languages: vec![item("ar"), item("sv")],
        question_categories: vec![item("preschool-place")],
        referral_targets: vec![item("vardcentral")],
        outcomes: vec![
            outcome("guided-to-care", "halsoguider", false),
            outcome("forms-filled", "medborgarservice", false),
            outcome("old-counter", "halsoguider", true),
        ],
        development_areas: Vec::new(),
        partners: vec![
            item("police"),
            Item {
                retired: true,
                ..item("old-partner")
            },
        ],
    }
}

fn outcome(c: &str, project: &str, retired: bool) -> Outcome {
    Outcome {
        code: code(c),
        project: code(project),
        labels: Labels::default(),
        retired,
        target: None,
    }
}
