//! The home screen's gentle backup reminder: shown once there is something to keep and the last
//! backup is more than two weeks old (or there never was one).

use leptos::prelude::*;

use crate::domain::exchange::backup::{backup_due, days_since_backup};
use crate::store;
use crate::ui::state::use_app;

#[component]
pub fn BackupNudge() -> impl IntoView {
    let app = use_app();
    let due = move || app.with_journal(|j| backup_due(j, store::now()));
    let when = move || {
        let days = app.with_journal(|j| days_since_backup(j, store::now()));
        match days {
            None => "Your notes are only on this phone so far.".to_owned(),
            Some(n) => format!("Your last backup was {n} days ago."),
        }
    };
    view! {
        <Show when=due>
            <section class="card share-nudge" aria-labelledby="share-nudge-title">
                <h2 id="share-nudge-title">"Keep a copy of your notes"</h2>
                <p>{when}" A backup file keeps them safe if the phone is lost or the browser is cleared. It takes a moment."</p>
                <a class="button" href="/share/backup">"Make a backup"</a>
            </section>
        </Show>
    }
}
