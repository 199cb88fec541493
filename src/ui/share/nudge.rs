//! The home screen's gentle backup reminder: shown once there is something to keep and the last
//! backup is more than two weeks old (or there never was one).

use leptos::prelude::*;

use crate::domain::exchange::backup::{backup_due, days_since_backup};
use crate::i18n::{t, t_string, use_i18n};
use crate::store;
use crate::ui::state::use_app;

#[component]
pub fn BackupNudge() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let due = move || app.with_journal(|j| backup_due(j, store::now()));
    let when = move || {
        let days = app.with_journal(|j| days_since_backup(j, store::now()));
        match days {
            None => t_string!(i18n, share.nudge.only_here).to_owned(),
            Some(n) => super::words::counted!(
                i18n,
                usize::try_from(n).unwrap_or(usize::MAX),
                nudge.last_one,
                last_two,
                last_few,
                last_many
            ),
        }
    };
    view! {
        <Show when=due>
            <section class="card share-nudge" aria-labelledby="share-nudge-title">
                <h2 id="share-nudge-title">{t!(i18n, share.nudge.heading)}</h2>
                <p>{when}" "{t!(i18n, share.nudge.body)}</p>
                <a class="button" href="/share/backup">{t!(i18n, share.nudge.button)}</a>
            </section>
        </Show>
    }
}
