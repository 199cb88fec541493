//! App state, shared through context: the open journal, save status, and the current screen.

use leptos::prelude::*;

use crate::domain::journal::{Document, Journal};
use crate::domain::record::Timestamp;
use crate::routes::Route;
use crate::store;

/// Everything the pages read through signals. Copy, so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The open journal document.
    pub doc: RwSignal<Document>,
    /// The last save failed: the message to show (the change is still on screen).
    pub save_error: RwSignal<Option<String>>,
    /// The stored journal could not be read: (recovery key, reason).
    pub recovery: RwSignal<Option<(String, String)>>,
    /// The screen shown.
    pub route: RwSignal<Route>,
    /// A new version of the app is installed and waiting for her tap.
    pub update_ready: RwSignal<bool>,
    /// The open profile.
    pub profile: StoredValue<String>,
}

/// The app state from context. Panics only if called outside `<App/>`, a programming error.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    pub fn new(doc: Document, profile: &str) -> Self {
        AppState {
            doc: RwSignal::new(doc),
            save_error: RwSignal::new(None),
            recovery: RwSignal::new(None),
            route: RwSignal::new(Route::Home),
            update_ready: RwSignal::new(false),
            profile: StoredValue::new(profile.to_owned()),
        }
    }

    /// Change the journal through a domain function, then save. On a failed save the change stays
    /// in memory and on screen, and the error is shown with a way to try again.
    pub fn edit(&self, f: impl FnOnce(&mut Journal, Timestamp)) {
        let now = store::now();
        self.doc.update(|d| {
            f(&mut d.journal, now);
            d.touch(now);
        });
        self.persist();
    }

    /// Like [`edit`](Self::edit), for domain functions that can refuse with a message. Nothing
    /// changes on error; the message is returned for the form to show.
    pub fn try_edit<T>(
        &self,
        f: impl FnOnce(&mut Journal, Timestamp) -> Result<T, String>,
    ) -> Result<T, String> {
        let now = store::now();
        let mut journal = self.doc.with_untracked(|d| d.journal.clone());
        let out = f(&mut journal, now)?;
        self.doc.update(|d| {
            d.journal = journal;
            d.touch(now);
        });
        self.persist();
        Ok(out)
    }

    /// Save the journal as it is now.
    pub fn persist(&self) {
        let profile = self.profile.get_value();
        let result = self.doc.with_untracked(|d| store::save(&profile, d));
        match result {
            Ok(()) => {
                self.save_error.set(None);
            }
            Err(e) => self.save_error.set(Some(e.to_string())),
        }
    }

    /// Read the journal.
    pub fn with_journal<R>(&self, f: impl FnOnce(&Journal) -> R) -> R {
        self.doc.with(|d| f(&d.journal))
    }
}
