//! The agreed problem area ("focus") and finding its worksheet.
//!
//! Setting or changing the focus never deletes a worksheet: each area keeps its own, so going back
//! to an earlier area finds what she wrote there.

use chrono::NaiveDate;

use super::{Focus, ProblemArea, Worksheet, WorksheetKind};
use crate::domain::journal::Journal;
use crate::domain::record::{CollectionExt, Id, Rec, Timestamp};

/// The focus now, if one was agreed.
pub fn current_focus(journal: &Journal) -> Option<&Focus> {
    journal
        .focus
        .as_ref()
        .filter(|r| r.is_live())
        .map(|r| &r.data)
}

/// The live worksheet of this kind written most recently, if any.
pub fn latest_of_kind(journal: &Journal, kind: WorksheetKind) -> Option<&Id> {
    journal
        .worksheets
        .live()
        .filter(|r| r.data.kind() == kind)
        .max_by(|a, b| {
            a.updated_at
                .cmp(&b.updated_at)
                .then_with(|| a.created_at.cmp(&b.created_at))
                .then_with(|| a.id.cmp(&b.id))
        })
        .map(|r| &r.id)
}

/// The worksheet of a problem area, if one exists.
pub fn worksheet_for_area(journal: &Journal, area: ProblemArea) -> Option<&Id> {
    latest_of_kind(journal, area.worksheet_kind())
}

/// Set (or change) the agreed problem area and return the id of its worksheet, found or newly
/// created. Choosing the area that is already the focus keeps its start day. Worksheets of other
/// areas are left as they are.
pub fn set_focus(journal: &mut Journal, area: ProblemArea, today: NaiveDate, now: Timestamp) -> Id {
    let unchanged = current_focus(journal).is_some_and(|f| f.area == area);
    if !unchanged {
        let focus = Focus { area, since: today };
        match &mut journal.focus {
            Some(rec) => {
                rec.data = focus;
                rec.deleted_at = None;
                rec.updated_at = now;
            }
            None => journal.focus = Some(Rec::new(focus, now)),
        }
    }
    match worksheet_for_area(journal, area) {
        Some(id) => id.clone(),
        None => journal
            .worksheets
            .add(Worksheet::new(area.worksheet_kind()), now),
    }
}

/// Start a new worksheet of any kind (a communication or decision analysis, usually) and return
/// its id.
pub fn new_worksheet(journal: &mut Journal, kind: WorksheetKind, now: Timestamp) -> Id {
    journal.worksheets.add(Worksheet::new(kind), now)
}

/// Area worksheets that are not for the current focus, newest first: what she wrote for an
/// earlier focus, kept for her to look back at.
pub fn earlier_area_worksheets(journal: &Journal) -> Vec<(Id, ProblemArea)> {
    let current = current_focus(journal).map(|f| f.area);
    let mut found: Vec<&Rec<Worksheet>> = journal
        .worksheets
        .live()
        .filter(|r| r.data.kind().area().is_some_and(|a| Some(a) != current))
        .collect();
    crate::domain::order::sort_by(&mut found, |a, b| {
        b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id))
    });
    found
        .into_iter()
        .filter_map(|r| r.data.kind().area().map(|a| (r.id.clone(), a)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::tests::at;
    use crate::domain::worksheets::fields::{get_text, set, FieldValue};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn changing_the_problem_area_keeps_the_old_worksheet_and_going_back_finds_it() {
        let mut j = Journal::default();
        let grief = set_focus(
            &mut j,
            ProblemArea::Grief,
            day(2026, 3, 2),
            at("2026-03-02T10:00:00+03:00"),
        );
        if let Some(rec) = j.worksheets.get_mut(&grief) {
            assert_eq!(
                set(&mut rec.data, "who", FieldValue::Text("Nana".into())),
                Ok(())
            );
        }
        let dispute = set_focus(
            &mut j,
            ProblemArea::RoleDispute,
            day(2026, 3, 16),
            at("2026-03-16T10:00:00+03:00"),
        );
        assert_ne!(dispute, grief);
        assert_eq!(j.worksheets.live_count(), 2);
        assert_eq!(
            current_focus(&j),
            Some(&Focus {
                area: ProblemArea::RoleDispute,
                since: day(2026, 3, 16)
            })
        );
        assert_eq!(
            earlier_area_worksheets(&j),
            vec![(grief.clone(), ProblemArea::Grief)]
        );
        let back = set_focus(
            &mut j,
            ProblemArea::Grief,
            day(2026, 3, 23),
            at("2026-03-23T10:00:00+03:00"),
        );
        assert_eq!(back, grief);
        assert_eq!(j.worksheets.live_count(), 2);
        assert_eq!(
            j.worksheets
                .get_live(&grief)
                .map(|r| get_text(&r.data, "who")),
            Some("Nana".to_owned())
        );
    }

    #[test]
    fn choosing_the_same_area_again_keeps_its_start_day_and_worksheet() {
        let mut j = Journal::default();
        let first = set_focus(
            &mut j,
            ProblemArea::RoleTransition,
            day(2026, 3, 2),
            at("2026-03-02T10:00:00Z"),
        );
        let again = set_focus(
            &mut j,
            ProblemArea::RoleTransition,
            day(2026, 3, 9),
            at("2026-03-09T10:00:00Z"),
        );
        assert_eq!(first, again);
        assert_eq!(current_focus(&j).map(|f| f.since), Some(day(2026, 3, 2)));
        assert_eq!(j.worksheets.live_count(), 1);
    }

    #[test]
    fn a_deleted_area_worksheet_is_replaced_by_a_new_one_and_stays_restorable() {
        let mut j = Journal::default();
        let old = set_focus(
            &mut j,
            ProblemArea::Loneliness,
            day(2026, 3, 2),
            at("2026-03-02T10:00:00Z"),
        );
        j.worksheets.delete(&old, at("2026-03-03T10:00:00Z"));
        let fresh = set_focus(
            &mut j,
            ProblemArea::Loneliness,
            day(2026, 3, 4),
            at("2026-03-04T10:00:00Z"),
        );
        assert_ne!(old, fresh);
        assert!(j.worksheets.contains_key(&old), "tombstone kept for undo");
    }

    #[test]
    fn communication_analyses_do_not_count_as_area_worksheets() {
        let mut j = Journal::default();
        new_worksheet(
            &mut j,
            WorksheetKind::CommunicationAnalysis,
            at("2026-03-02T10:00:00Z"),
        );
        assert_eq!(worksheet_for_area(&j, ProblemArea::RoleDispute), None);
        assert!(earlier_area_worksheets(&j).is_empty());
        assert!(latest_of_kind(&j, WorksheetKind::CommunicationAnalysis).is_some());
    }
}
