//! The course of sessions on screen: the line "Week 5 of 16 · middle phase" (home and the
//! check-in), the gentle card of the last weeks that leads to "Ending well", and the Settings
//! section where she sets the day of her first session and how many weeks there are.
//! The weeks and phases are `domain::course`'s.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::course::{self, Course, CourseError, Phase, Position};
use crate::i18n::{t, t_string, use_i18n, I18n};
use crate::ui::fmt;
use crate::ui::my_work::{day_label, today};
use crate::ui::state::{use_app, AppState};

fn phase_words(i18n: I18n, phase: Phase) -> &'static str {
    match phase {
        Phase::Initial => t_string!(i18n, work.course.phase_initial),
        Phase::Middle => t_string!(i18n, work.course.phase_middle),
        Phase::Ending => t_string!(i18n, work.course.phase_ending),
    }
}

/// "Week 5 of 16 · middle phase", "Your sessions start on …", "Your sessions ended on …".
pub(crate) fn position_words(i18n: I18n, position: Position) -> String {
    match position {
        Position::NotStarted { starts } => {
            t_string!(i18n, work.course.starts, date = day_label(starts))
        }
        Position::Week { week, of, phase } => t_string!(
            i18n,
            work.course.week_of,
            week = fmt::number(i64::from(week)),
            weeks = fmt::number(i64::from(of)),
            phase = phase_words(i18n, phase)
        ),
        Position::Finished { last_day, .. } => {
            t_string!(i18n, work.course.ended, date = day_label(last_day))
        }
    }
}

fn error_words(i18n: I18n, e: CourseError) -> &'static str {
    match e {
        CourseError::Weeks => t_string!(i18n, work.course.err_weeks),
        CourseError::StartTooFarAhead => t_string!(i18n, work.course.err_ahead),
        CourseError::StartTooLongAgo => t_string!(i18n, work.course.err_ago),
    }
}

fn her_course(app: AppState) -> Option<Course> {
    app.with_journal(|j| course::of(&j.settings()))
}

/// Where she is in her course, in one line. Until she has set it: nothing, or with `invite`
/// a line that says where to set it.
#[component]
pub fn CourseLine(#[prop(optional)] invite: bool) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    move || {
        match her_course(app) {
        Some(c) => Some(
            view! { <p class="course-line">{position_words(i18n, c.position(today()))}</p> }
                .into_any(),
        ),
        None if invite => Some(
            view! {
                <p class="small">{crate::i18n::text_link(i18n, crate::i18n::keys::work::course::invite, "/settings")}</p>
            }
            .into_any(),
        ),
        None => None,
    }
    }
}

/// In the last weeks of the course (and the four weeks after it), a gentle card that leads to
/// "Ending well".
#[component]
pub fn EndingCard() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    move || {
        let c = her_course(app)?;
        let day = today();
        if !c.ending_near(day) {
            return None;
        }
        let after = matches!(c.position(day), Position::Finished { .. });
        Some(view! {
            <section class="card ending-card" aria-labelledby="ending-card-title">
                <h2 id="ending-card-title">{move || if after {
                    t_string!(i18n, work.course.card_after_title)
                } else {
                    t_string!(i18n, work.course.card_title)
                }}</h2>
                <p>{move || if after {
                    t_string!(i18n, work.course.card_after)
                } else {
                    t_string!(i18n, work.course.card_body)
                }}</p>
                <a class="button" href="/my-work/ending">{t!(i18n, work.home.ending)}</a>
            </section>
        })
    }
}

/// Settings: the course of sessions.
#[component]
pub fn CourseSettings() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let settings = move || app.with_journal(|j| j.settings());
    let error = RwSignal::new(None::<CourseError>);
    // What she picked, kept on screen even when it is refused.
    let start_typed = RwSignal::new(
        settings()
            .course_start
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
    );
    let weeks = move || settings().course_weeks.unwrap_or(course::DEFAULT_WEEKS);
    let save = move |start: Option<NaiveDate>, weeks: u8| {
        let Some(start) = start else {
            error.set(None);
            return;
        };
        match course::validate(start, weeks, today()) {
            Ok(c) => {
                error.set(None);
                app.edit(|j, now| {
                    let mut s = j.settings();
                    s.course_start = Some(c.start);
                    s.course_weeks = Some(c.weeks);
                    j.set_settings(s, now);
                });
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let parse = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
    let on_start = move |ev| {
        let text = event_target_value(&ev);
        start_typed.set(text.clone());
        save(parse(&text), weeks());
    };
    let on_weeks = move |ev| {
        let Ok(w) = event_target_value(&ev).parse::<u8>() else {
            error.set(Some(CourseError::Weeks));
            return;
        };
        match parse(&start_typed.get_untracked()) {
            Some(start) => save(Some(start), w),
            // No first session yet: keep the length for when she picks the day.
            None if (course::MIN_WEEKS..=course::MAX_WEEKS).contains(&w) => {
                app.edit(|j, now| {
                    let mut s = j.settings();
                    s.course_weeks = Some(w);
                    j.set_settings(s, now);
                });
            }
            None => error.set(Some(CourseError::Weeks)),
        }
    };
    let clear = move |_| {
        start_typed.set(String::new());
        error.set(None);
        app.edit(|j, now| {
            let mut s = j.settings();
            s.course_start = None;
            j.set_settings(s, now);
        });
    };
    view! {
        <section class="card course-settings" aria-labelledby="course-title">
            <h2 id="course-title">{t!(i18n, work.course.settings_title)}</h2>
            <p class="small">{t!(i18n, work.course.settings_intro)}</p>
            <div class="field">
                <label for="course-start">{t!(i18n, work.course.start_label)}</label>
                <input type="date" id="course-start" aria-describedby="course-start-hint"
                    prop:value=move || start_typed.get() on:change=on_start/>
                <span class="small" id="course-start-hint">{t!(i18n, work.course.start_hint)}</span>
            </div>
            <div class="field">
                <label for="course-weeks">{t!(i18n, work.course.weeks_label)}</label>
                <select id="course-weeks" aria-describedby="course-weeks-hint" on:change=on_weeks>
                    {(course::MIN_WEEKS..=course::MAX_WEEKS).map(|w| view! {
                        <option value=w.to_string() selected=move || weeks() == w>{move || fmt::number(i64::from(w))}</option>
                    }).collect_view()}
                </select>
                <span class="small" id="course-weeks-hint">{t!(i18n, work.course.weeks_hint)}</span>
            </div>
            {move || error.get().map(|e| view! { <p class="pp-form-error" role="alert">{error_words(i18n, e)}</p> })}
            <CourseLine/>
            <Show when=move || settings().course_start.is_some()>
                <button type="button" class="button quiet" on:click=clear>{t!(i18n, work.course.clear)}</button>
            </Show>
        </section>
    }
}
