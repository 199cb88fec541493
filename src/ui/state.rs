//! App state, shared through context: the open journal, save status, the current screen, and
//! the privacy gate (which person's journal is open, and whether it is locked).

use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::domain::journal::{Document, DocumentError, Journal};
use crate::domain::lock::Profile;
use crate::domain::record::Timestamp;
use crate::routes::Route;
use crate::store::{self, Loaded};

/// What the app shows instead of (or as) the open journal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    /// The journal is open.
    Open,
    /// The person has a passcode and the journal is not open: the lock screen.
    Locked,
    /// Choose who is using the app (nicknames only).
    Picker,
    /// Quick exit: nothing is shown while the page is replaced.
    Hidden,
}

/// Everything the pages read through signals. Copy, so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The open journal document.
    pub doc: RwSignal<Document>,
    /// The last save failed: why (the change is still on screen).
    pub save_error: RwSignal<Option<store::StoreError>>,
    /// The stored journal could not be read: (recovery key, reason).
    pub recovery: RwSignal<Option<(String, DocumentError)>>,
    /// The screen shown.
    pub route: RwSignal<Route>,
    /// A new version of the app is installed and waiting for her tap.
    pub update_ready: RwSignal<bool>,
    /// The open profile.
    pub profile: StoredValue<String>,
    /// Open, locked, choosing a person, or hidden.
    pub gate: RwSignal<Gate>,
    /// The open profile has a passcode (its journal is stored encrypted).
    pub sealed: RwSignal<bool>,
    /// Changes every time a journal is opened or dropped, so every page is built anew and nothing
    /// of one person's journal stays on screen for another.
    pub generation: RwSignal<u64>,
    /// The device's people (nicknames only).
    pub profiles: RwSignal<Vec<Profile>>,
    /// The journal in `doc` is a real one (not the empty stand-in while locked or choosing).
    loaded: StoredValue<bool>,
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
            gate: RwSignal::new(Gate::Open),
            sealed: RwSignal::new(false),
            generation: RwSignal::new(0),
            profiles: RwSignal::new(Vec::new()),
            loaded: StoredValue::new(true),
        }
    }

    /// Open the journal of `profile` (its lock screen when it has a passcode). Whatever was open
    /// is dropped first.
    pub fn open_profile(&self, profile: &str) {
        self.drop_journal();
        self.profile.set_value(profile.to_owned());
        match store::load(profile) {
            Ok(Loaded::Locked) => {
                self.sealed.set(true);
                self.gate.set(Gate::Locked);
            }
            Ok(loaded) => self.show(loaded),
            Err(e) => {
                self.show(Loaded::Fresh(Document::new(store::now())));
                self.save_error.set(Some(e));
            }
        }
    }

    /// Show a journal just read (after unlocking, or from plain storage).
    pub fn show(&self, loaded: Loaded) {
        let (doc, recovery) = match loaded {
            Loaded::Fresh(doc) | Loaded::Existing(doc) => (doc, None),
            Loaded::Recovered {
                doc,
                recovery_key,
                reason,
            } => (doc, Some((recovery_key, reason))),
            Loaded::Locked => {
                self.gate.set(Gate::Locked);
                return;
            }
        };
        self.doc.set(doc);
        self.loaded.set_value(true);
        self.recovery.set(recovery);
        self.save_error.set(None);
        self.sealed
            .set(store::lock::is_unlocked(&self.profile.get_value()));
        self.generation.update(|g| *g += 1);
        self.gate.set(Gate::Open);
    }

    /// Forget the journal held in memory now: the key, the drafts, every record.
    pub fn drop_journal(&self) {
        store::lock::end_session();
        self.loaded.set_value(false);
        self.doc.set(Document::new(store::now()));
        self.recovery.set(None);
        self.save_error.set(None);
        self.generation.update(|g| *g += 1);
    }

    /// Leave the open journal for `gate`: the screen changes first (so a page being left can still
    /// save what she typed), then, a moment later, the journal is dropped from memory.
    fn leave(&self, gate: Gate) {
        self.gate.set(gate);
        let app = *self;
        let generation = self.generation.get_untracked();
        set_timeout(
            move || {
                // Unless a journal was opened meanwhile.
                if app.generation.get_untracked() == generation && app.gate.get_untracked() == gate
                {
                    app.drop_journal();
                }
            },
            Duration::from_millis(0),
        );
    }

    /// Lock a journal that has a passcode: the lock screen, and the key and journal dropped.
    pub fn lock(&self) {
        if self.sealed.get_untracked() && self.gate.get_untracked() == Gate::Open {
            self.leave(Gate::Locked);
        }
    }

    /// The stored journal was locked elsewhere (another tab): lock here too.
    pub fn lock_now(&self) {
        self.sealed.set(true);
        if self.gate.get_untracked() == Gate::Open {
            self.leave(Gate::Locked);
        }
    }

    /// Choose another person: the journal is dropped and the picker shown.
    pub fn switch_person(&self) {
        self.profiles.set(store::profiles());
        if self.gate.get_untracked() == Gate::Open {
            self.leave(Gate::Picker);
        } else {
            self.drop_journal();
            self.gate.set(Gate::Picker);
        }
    }

    /// Quick exit: hide everything at once, let a save in progress finish (briefly), drop the
    /// journal and key, and replace the page with a neutral one (Back does not return to it).
    pub fn quick_exit(&self) {
        self.leave(Gate::Hidden);
        leptos::task::spawn_local(async move {
            store::lock::sleep_ms(0).await;
            let _best_effort = store::lock::settled(400).await;
            store::lock::end_session();
            crate::ui::router::leave_for_neutral();
        });
    }

    /// Whether the open journal is readable now (not locked, not choosing a person).
    pub fn is_open(&self) -> bool {
        self.gate.get() == Gate::Open
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

    /// Save the journal as it is now: at once, or (with a passcode) encrypted in order, a later
    /// save never overwritten by an earlier one. The result shows when it is known.
    pub fn persist(&self) {
        if !self.loaded.get_value() {
            // The empty stand-in of a locked or closed journal is never saved.
            return;
        }
        let profile = self.profile.get_value();
        let app = *self;
        let for_profile = profile.clone();
        let done: store::lock::Done = Rc::new(move |result| {
            if app.profile.try_get_value().as_deref() != Some(for_profile.as_str()) {
                return;
            }
            match result {
                Ok(()) => app.save_error.set(None),
                Err(e) => app.save_error.set(Some(e)),
            }
        });
        self.doc
            .with_untracked(|d| store::lock::save_then(&profile, d, done));
    }

    /// Read the journal.
    pub fn with_journal<R>(&self, f: impl FnOnce(&Journal) -> R) -> R {
        self.doc.with(|d| f(&d.journal))
    }
}
