//! "My work": the work of IPT between sessions. The agreed problem area and its worksheet,
//! communication analysis, decision analysis, interpersonal experiments, and ending well.
//!
//! Paths (all under `/my-work`): `/focus`, `/worksheets/<id>`, `/conversations[/<id>]`,
//! `/decisions[/<id>]`, `/experiments[/<id>]`, `/ending`; `/timeline` is the People feature's
//! timeline page (served by the People room, `ui::sections`). Pages read the journal once when drawn
//! (so typing never redraws the form under her fingers) and write only through the domain.

pub mod conversations;
pub mod course;
pub mod decisions;
pub mod dispute_safety;
pub mod ending;
pub mod experiments;
pub mod focus;
pub mod home_card;
pub mod inputs;
pub mod links;
pub mod steps;
pub mod text;
pub mod worksheet;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::ending::{self as ending_domain, EndingPlan, SignError};
use crate::domain::experiment::{Experiment, Refusal};
use crate::domain::record::{CollectionExt, Id};
use crate::domain::worksheets::decision::DecisionError;
use crate::domain::worksheets::fields::FieldError;
use crate::domain::worksheets::{
    focus as focus_domain, DecisionAnalysis, Worksheet, WorksheetKind,
};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::fmt::{self, DateStyle};
use crate::ui::pages::not_found::NotFound;
use crate::ui::state::{use_app, AppState, Unsaved};

/// Why a change in My work did not happen: the record is gone, or a domain refusal. Each is
/// said in her language by [`text::error`], one `match` per type.
#[derive(Clone, Debug, PartialEq)]
pub enum Refused {
    /// The worksheet, decision or experiment is no longer there.
    Gone,
    Decision(DecisionError),
    Sign(SignError),
    Field(FieldError),
    Experiment(Refusal),
    /// A text longer than the app keeps (her story's answers).
    TooLong {
        max: usize,
    },
    /// Not saved: a newer version of the app saved the stored journal (see `AppState::try_edit`).
    Newer,
}

impl<E: Into<Refused>> From<Unsaved<E>> for Refused {
    fn from(e: Unsaved<E>) -> Self {
        match e {
            Unsaved::Refused(e) => e.into(),
            Unsaved::Newer => Refused::Newer,
        }
    }
}

impl From<crate::domain::people::story::TooLong> for Refused {
    fn from(e: crate::domain::people::story::TooLong) -> Self {
        Refused::TooLong { max: e.max }
    }
}

impl From<DecisionError> for Refused {
    fn from(e: DecisionError) -> Self {
        Refused::Decision(e)
    }
}

impl From<SignError> for Refused {
    fn from(e: SignError) -> Self {
        Refused::Sign(e)
    }
}

impl From<FieldError> for Refused {
    fn from(e: FieldError) -> Self {
        Refused::Field(e)
    }
}

impl From<Refusal> for Refused {
    fn from(e: Refusal) -> Self {
        Refused::Experiment(e)
    }
}

/// The view for `/my-work/<rest…>`.
pub fn render(rest: &[String]) -> AnyView {
    let parts: Vec<&str> = rest.iter().map(String::as_str).collect();
    match parts.as_slice() {
        [] => view! { <MyWorkHome/> }.into_any(),
        ["focus"] => view! { <focus::FocusPage/> }.into_any(),
        ["worksheets", id] | ["conversations", id] | ["decisions", id] => {
            let id = Id::from(*id);
            view! { <worksheet::WorksheetPage id=id/> }.into_any()
        }
        ["worksheets" | "conversations" | "decisions", id, "steps", n] => {
            let id = Id::from(*id);
            let n = n.parse::<usize>().unwrap_or(1);
            view! { <steps::StepPage id=id n=n/> }.into_any()
        }
        ["worksheets" | "conversations" | "decisions", id, "review"] => {
            let id = Id::from(*id);
            view! { <steps::ReviewPage id=id/> }.into_any()
        }
        ["conversations"] => view! { <conversations::ConversationsPage/> }.into_any(),
        ["decisions"] => view! { <decisions::DecisionsPage/> }.into_any(),
        ["experiments"] => view! { <experiments::ExperimentsPage/> }.into_any(),
        ["experiments", id] => {
            let id = Id::from(*id);
            view! { <experiments::ExperimentPage id=id/> }.into_any()
        }
        ["experiments", id, "steps", n] => {
            let id = Id::from(*id);
            let n = n.parse::<usize>().unwrap_or(1);
            view! { <experiments::ExperimentPage id=id step=n/> }.into_any()
        }
        ["ending"] => view! { <ending::EndingPage/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}

/// The path of a worksheet's page.
pub fn worksheet_path(kind: WorksheetKind, id: &Id) -> String {
    match kind {
        WorksheetKind::CommunicationAnalysis => format!("/my-work/conversations/{id}"),
        WorksheetKind::DecisionAnalysis => format!("/my-work/decisions/{id}"),
        _ => format!("/my-work/worksheets/{id}"),
    }
}

/// A day as she would say it, in her language: "Saturday 7 March".
pub fn day_label(day: NaiveDate) -> String {
    fmt::date(day, DateStyle::WeekdayDayMonth)
}

/// Today, on her calendar.
pub fn today() -> NaiveDate {
    crate::domain::dates::local_date(&crate::store::now())
}

/// Change one worksheet through `f` (built from domain functions). Nothing is saved when `f`
/// refuses or changes nothing.
pub fn edit_worksheet<T, E: Into<Refused>>(
    app: AppState,
    id: &Id,
    f: impl FnOnce(&mut Worksheet) -> Result<T, E>,
) -> Result<T, Refused> {
    let before = app
        .journal
        .doc
        .with_untracked(|d| d.journal.worksheets.get_live(id).map(|r| r.data.clone()))
        .ok_or(Refused::Gone)?;
    let mut sheet = before.clone();
    let out = f(&mut sheet).map_err(Into::into)?;
    if sheet != before {
        let id = id.clone();
        app.edit(move |j, now| {
            j.worksheets.update(&id, sheet, now);
        });
    }
    Ok(out)
}

/// Change a decision analysis through `f`.
pub fn edit_decision<T, E: Into<Refused>>(
    app: AppState,
    id: &Id,
    f: impl FnOnce(&mut DecisionAnalysis) -> Result<T, E>,
) -> Result<T, Refused> {
    edit_worksheet(app, id, |w| match w {
        Worksheet::DecisionAnalysis(d) => f(d).map_err(Into::into),
        _ => Err(Refused::Gone),
    })
}

/// Change one experiment through `f`. Nothing is saved when `f` refuses or changes nothing.
pub fn edit_experiment<T, E: Into<Refused>>(
    app: AppState,
    id: &Id,
    f: impl FnOnce(&mut Experiment) -> Result<T, E>,
) -> Result<T, Refused> {
    let before = app
        .journal
        .doc
        .with_untracked(|d| d.journal.experiments.get_live(id).map(|r| r.data.clone()))
        .ok_or(Refused::Gone)?;
    let mut e = before.clone();
    let out = f(&mut e).map_err(Into::into)?;
    if e != before {
        let id = id.clone();
        app.edit(move |j, now| {
            j.experiments.update(&id, e, now);
        });
    }
    Ok(out)
}

/// Change the ending plan through `f` (its own methods), then save it with the domain.
pub fn edit_plan<T, E: Into<Refused>>(
    app: AppState,
    f: impl FnOnce(&mut EndingPlan) -> Result<T, E>,
) -> Result<T, Refused> {
    let before = app
        .journal
        .doc
        .with_untracked(|d| ending_domain::plan(&d.journal.ending));
    let mut plan = before.clone();
    let out = f(&mut plan).map_err(Into::into)?;
    if plan != before {
        app.edit(move |j, now| ending_domain::save_plan(&mut j.ending, plan, now));
    }
    Ok(out)
}

/// A calm page for a record that is not there (removed, or a link from another phone).
#[component]
pub fn Gone(
    /// Where to go instead, and what to call it.
    back: &'static str,
    #[prop(into)] back_label: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1 tabindex="-1">{t!(i18n, work.gone.title)}</h1>
        <p>{t!(i18n, work.gone.body)}</p>
        <p><a class="button" href=back>{move || back_label.get()}</a></p>
    }
}

/// `/my-work`: the places of the work, each one tap away.
#[component]
pub fn MyWorkHome() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let (focus, focus_sheet, open_experiments) = app.journal.doc.with_untracked(|d| {
        let j = &d.journal;
        let focus = focus_domain::current_focus(j).map(|f| f.area);
        let sheet = focus.and_then(|a| focus_domain::worksheet_for_area(j, a).cloned());
        let open = j
            .experiments
            .live()
            .filter(|r| r.data.status.is_open())
            .count();
        (focus, sheet, open)
    });
    let area_line = move || match focus {
        Some(area) => t_string!(
            i18n,
            work.home.area_current,
            area = text::area_label(i18n, area)
        ),
        None => t_string!(i18n, work.home.area_none).to_owned(),
    };
    let experiments_line = move || match open_experiments {
        0 => t_string!(i18n, work.home.experiments_none).to_owned(),
        1 => t_string!(i18n, work.home.experiments_one).to_owned(),
        n => t_string!(
            i18n,
            work.home.experiments_many,
            n = fmt::number(i64::try_from(n).unwrap_or(i64::MAX))
        ),
    };
    view! {
        <h1 tabindex="-1">{t!(i18n, work.home.title)}</h1>
        <p class="promise">{t!(i18n, work.home.promise)}</p>
        <ul class="mw-menu">
            <li>
                <a href="/my-work/focus">
                    <span class="mw-title">{t!(i18n, work.home.problem_area)}</span>
                    <span class="mw-about">{area_line}</span>
                </a>
                {focus_sheet.map(|id| view! {
                    <a class="mw-sub" href=worksheet_path(WorksheetKind::RoleTransition, &id)>{t!(i18n, work.home.open_worksheet)}</a>
                })}
            </li>
            <li>
                <a href="/my-work/conversations">
                    <span class="mw-title">{t!(i18n, work.home.conversations)}</span>
                    <span class="mw-about">{t!(i18n, work.home.conversations_about)}</span>
                </a>
            </li>
            <li>
                <a href="/my-work/decisions">
                    <span class="mw-title">{t!(i18n, work.home.decisions)}</span>
                    <span class="mw-about">{t!(i18n, work.home.decisions_about)}</span>
                </a>
            </li>
            <li>
                <a href="/my-work/experiments">
                    <span class="mw-title">{t!(i18n, work.home.experiments)}</span>
                    <span class="mw-about">{experiments_line}</span>
                </a>
            </li>
            <li>
                <a href="/my-work/timeline">
                    <span class="mw-title">{t!(i18n, work.home.timeline)}</span>
                    <span class="mw-about">{t!(i18n, work.home.timeline_about)}</span>
                </a>
            </li>
            <li>
                <a href="/my-work/ending">
                    <span class="mw-title">{t!(i18n, work.home.ending)}</span>
                    <span class="mw-about">{t!(i18n, work.home.ending_about)}</span>
                </a>
            </li>
        </ul>
    }
}
