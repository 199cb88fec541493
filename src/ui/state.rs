//! App state, shared through context: the open journal, save status, the current screen, and
//! the privacy gate (which person's journal is open, and whether it is locked).

use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::domain::exchange::migrate::DocumentError;
use crate::domain::journal::{Document, Journal};
use crate::domain::lock::Profile;
use crate::domain::people::references::Removal;
use crate::domain::record::Id;
use crate::domain::record::Timestamp;
use crate::domain::worker::WorkerSettings;
use crate::routes::Route;
use crate::store::{self, Loaded};

/// Why an edit through [`AppState::try_edit`] was not made. Nothing changed.
#[derive(Clone, Debug, PartialEq)]
pub enum Unsaved<E> {
    /// The domain refused the change (its enum, said by the room's translator).
    Refused(E),
    /// The stored journal was saved by a newer version of the app: nothing is saved over it.
    Newer,
}

impl<E> Unsaved<E> {
    /// In her language: the domain's refusal by the room's translator `refused`, and a newer
    /// journal by the one translator of storage errors.
    pub fn words(&self, i18n: crate::i18n::I18n, refused: impl FnOnce(&E) -> String) -> String {
        match self {
            Unsaved::Refused(e) => refused(e),
            Unsaved::Newer => crate::ui::store_error_text(i18n, &store::StoreError::Newer),
        }
    }
}

/// A refusal a translator can say, whether it comes straight from the domain or back from
/// [`AppState::try_edit`] (which may add [`Unsaved::Newer`]): one translator per error type
/// serves both.
pub trait Said<E> {
    /// The domain's refusal; `None` when the journal is newer.
    fn refusal(&self) -> Option<&E>;
}

impl<E> Said<E> for E {
    fn refusal(&self) -> Option<&E> {
        Some(self)
    }
}

impl<E> Said<E> for Unsaved<E> {
    fn refusal(&self) -> Option<&E> {
        match self {
            Unsaved::Refused(e) => Some(e),
            Unsaved::Newer => None,
        }
    }
}

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
    /// Worker mode: the worker's passcode is asked before the caseload (no journal open).
    Worker,
    /// Worker mode: the caseload (no journal open).
    Caseload,
}

/// Everything of the open journal, and of nothing else: the document, its saving, what could not
/// be read, and the deletes that "Undo" can still bring back. It is replaced as a whole when a
/// journal is opened and emptied as a whole when it is dropped (switch person, lock, quick exit),
/// so nothing of one person's journal is left in memory for the next. Copy: closures capture it.
#[derive(Clone, Copy)]
pub struct JournalState {
    /// The open journal document.
    pub doc: RwSignal<Document>,
    /// The last save failed: why (the change is still on screen).
    pub save_error: RwSignal<Option<store::StoreError>>,
    /// The stored journal could not be read: (recovery key, reason).
    pub recovery: RwSignal<Option<(String, DocumentError)>>,
    /// Deletes that can still be undone.
    pub undo: RwSignal<Undo>,
    /// The journal in `doc` is a real one (not the empty stand-in while locked or choosing).
    loaded: StoredValue<bool>,
}

/// The deletes of the open journal that "Undo" can still bring back.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Undo {
    /// The last person removed, and their name for the message.
    pub person: Option<(Removal, String)>,
    /// The check-in just deleted, and its name for the message.
    pub checkin: Option<(Id, String)>,
}

impl JournalState {
    fn new(doc: Document) -> Self {
        JournalState {
            doc: RwSignal::new(doc),
            save_error: RwSignal::new(None),
            recovery: RwSignal::new(None),
            undo: RwSignal::new(Undo::default()),
            loaded: StoredValue::new(true),
        }
    }

    /// Hold `doc` (with what could not be read of it) as the open journal, or with `None` the
    /// empty stand-in. Every field is set here: the destructuring below names them all, so a new
    /// field does not build until it is given its fresh value too.
    fn replace(&self, opened: Option<(Document, Option<(String, DocumentError)>)>) {
        let JournalState {
            doc,
            save_error,
            recovery,
            undo,
            loaded,
        } = *self;
        let is_open = opened.is_some();
        let (new_doc, new_recovery) = opened.unwrap_or_else(|| (Document::new(store::now()), None));
        loaded.set_value(is_open);
        undo.set(Undo::default());
        doc.set(new_doc);
        recovery.set(new_recovery);
        save_error.set(None);
    }

    /// Whether `doc` is a real journal that may be saved.
    fn is_loaded(&self) -> bool {
        self.loaded.get_value()
    }
}

/// Who is using the app and whether her journal may be shown: the profile, the lock, the picker.
#[derive(Clone, Copy)]
pub struct SessionGate {
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
    /// A country chosen on the safety page while no journal is open (locked, or choosing a
    /// person): held in memory only, never stored, so the lock screen reveals nothing of her.
    pub locked_country: RwSignal<String>,
    /// Fired when what the static help page may show changes (the lock-screen opt-in).
    pub help_changed: Trigger,
    /// This device's worker mode (a lay health worker's phone, used with several clients).
    pub worker: RwSignal<WorkerSettings>,
}

/// The app's parts, shared through context. Copy, so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The open journal and everything that belongs to it.
    pub journal: JournalState,
    /// The profile and the lock.
    pub session: SessionGate,
    /// The screen shown (set by the router).
    pub route: RwSignal<Route>,
    /// The router's: the tab-history position of the entry shown (see `router`).
    pub shown_entry: StoredValue<i32>,
    /// A new version of the app is installed and waiting for her tap.
    pub update_ready: RwSignal<bool>,
}

/// The app state from context. Panics only if called outside `<App/>`, a programming error.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    pub fn new(doc: Document, profile: &str) -> Self {
        AppState {
            journal: JournalState::new(doc),
            session: SessionGate {
                profile: StoredValue::new(profile.to_owned()),
                gate: RwSignal::new(Gate::Open),
                sealed: RwSignal::new(false),
                generation: RwSignal::new(0),
                profiles: RwSignal::new(Vec::new()),
                locked_country: RwSignal::new(String::new()),
                help_changed: Trigger::new(),
                worker: RwSignal::new(store::worker()),
            },
            route: RwSignal::new(Route::Home),
            shown_entry: StoredValue::new(0),
            update_ready: RwSignal::new(false),
        }
    }

    /// Open the journal of `profile` (its lock screen when it has a passcode). Whatever was open
    /// is dropped first.
    pub fn open_profile(&self, profile: &str) {
        self.drop_journal();
        self.session.profile.set_value(profile.to_owned());
        match store::load(profile) {
            Ok(Loaded::Locked) => {
                self.session.sealed.set(true);
                self.session.gate.set(Gate::Locked);
            }
            Ok(loaded) => self.show(loaded),
            Err(e) => {
                self.show(Loaded::Fresh(Document::new(store::now())));
                self.journal.save_error.set(Some(e));
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
                self.session.gate.set(Gate::Locked);
                return;
            }
        };
        self.journal.replace(Some((doc, recovery)));
        self.session
            .sealed
            .set(store::lock::is_unlocked(&self.session.profile.get_value()));
        self.session.generation.update(|g| *g += 1);
        self.session.gate.set(Gate::Open);
    }

    /// Forget the journal held in memory now: the key, the drafts, every record.
    pub fn drop_journal(&self) {
        store::lock::end_session();
        self.journal.replace(None);
        self.session.generation.update(|g| *g += 1);
    }

    /// Leave the open journal for `gate`: the screen changes first (so a page being left can still
    /// save what she typed), then, a moment later, the journal is dropped from memory.
    fn leave(&self, gate: Gate) {
        self.session.gate.set(gate);
        let app = *self;
        let generation = self.session.generation.get_untracked();
        set_timeout(
            move || {
                // Unless a journal was opened meanwhile.
                if app.session.generation.get_untracked() == generation
                    && app.session.gate.get_untracked() == gate
                {
                    app.drop_journal();
                }
            },
            Duration::from_millis(0),
        );
    }

    /// Lock a journal that has a passcode: the lock screen, and the key and journal dropped (and
    /// the worker's key: her passcode is asked again).
    pub fn lock(&self) {
        if self.session.sealed.get_untracked() && self.session.gate.get_untracked() == Gate::Open {
            store::caseload::end_session();
            self.leave(Gate::Locked);
        }
    }

    /// The stored journal was locked elsewhere (another tab): lock here too.
    pub fn lock_now(&self) {
        self.session.sealed.set(true);
        if self.session.gate.get_untracked() == Gate::Open {
            store::caseload::end_session();
            self.leave(Gate::Locked);
        }
    }

    /// Choose another person: the journal is dropped and the picker shown. In worker mode the
    /// worker's passcode is asked instead (her key is dropped), so a client holding the phone
    /// reaches neither the caseload nor another client.
    pub fn switch_person(&self) {
        self.session.profiles.set(store::profiles());
        let next = if self.session.worker.get_untracked().enabled {
            store::caseload::end_session();
            Gate::Worker
        } else {
            Gate::Picker
        };
        if self.session.gate.get_untracked() == Gate::Open {
            self.leave(next);
        } else {
            self.drop_journal();
            self.session.gate.set(next);
        }
    }

    /// Quick exit: hide everything at once, let a save in progress finish (briefly), drop the
    /// journal and key, and replace the page with a neutral one (Back does not return to it).
    pub fn quick_exit(&self) {
        store::caseload::end_session();
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
        self.session.gate.get() == Gate::Open
    }

    /// Change the journal through a domain function, then save. On a failed save the change stays
    /// in memory and on screen, and the error is shown with a way to try again.
    pub fn edit(&self, f: impl FnOnce(&mut Journal, Timestamp)) {
        if self.is_newer() {
            // Nothing changes: the page is drawn again from what is stored, so no control shows
            // a change that was not saved.
            self.session.generation.update(|g| *g += 1);
            return;
        }
        let now = store::now();
        self.journal.doc.update(|d| {
            f(&mut d.journal, now);
            d.touch(now);
        });
        self.persist();
    }

    /// Like [`edit`](Self::edit), for domain functions that can refuse. Nothing changes on
    /// error; the refusal is returned for the form to say: the domain's own, or
    /// [`Unsaved::Newer`] when nothing can be saved over the stored journal (a newer version of
    /// the app saved it). Either way the page is not drawn again, so what she typed stays.
    pub fn try_edit<T, E>(
        &self,
        f: impl FnOnce(&mut Journal, Timestamp) -> Result<T, E>,
    ) -> Result<T, Unsaved<E>> {
        let now = store::now();
        let mut journal = self.journal.doc.with_untracked(|d| d.journal.clone());
        let out = f(&mut journal, now).map_err(Unsaved::Refused)?;
        if self.is_newer() {
            // The domain's refusal, if any, is said first; then why nothing was saved.
            return Err(Unsaved::Newer);
        }
        self.journal.doc.update(|d| {
            d.journal = journal;
            d.touch(now);
        });
        self.persist();
        Ok(out)
    }

    /// [`try_edit`](Self::try_edit) for a choice (a radio, a chip, a select) rather than typed
    /// text: when nothing can be saved over a newer journal the page is drawn again from what is
    /// stored, so no control shows a change that was not saved (nothing typed is lost).
    pub fn try_choose<T, E>(
        &self,
        f: impl FnOnce(&mut Journal, Timestamp) -> Result<T, E>,
    ) -> Result<T, Unsaved<E>> {
        let out = self.try_edit(f);
        if matches!(out, Err(Unsaved::Newer)) {
            self.show_stored();
        }
        out
    }

    /// Draw the page again from what is stored (the banner of a newer journal says why).
    pub fn show_stored(&self) {
        self.session.generation.update(|g| *g += 1);
    }

    /// Save the journal as it is now: at once, or (with a passcode) encrypted in order, a later
    /// save never overwritten by an earlier one. The result shows when it is known.
    pub fn persist(&self) {
        if !self.journal.is_loaded() {
            // The empty stand-in of a locked or closed journal is never saved.
            return;
        }
        let profile = self.session.profile.get_value();
        let app = *self;
        let for_profile = profile.clone();
        let done: store::lock::Done = Rc::new(move |result| {
            if app.session.profile.try_get_value().as_deref() != Some(for_profile.as_str()) {
                return;
            }
            match result {
                Ok(()) => app.journal.save_error.set(None),
                Err(e) => app.journal.save_error.set(Some(e)),
            }
        });
        self.journal
            .doc
            .with_untracked(|d| store::lock::save_then(&profile, d, done));
    }

    /// The stored journal was saved by a newer version of the app: nothing can be changed (see
    /// `store::is_newer`).
    pub fn is_newer(&self) -> bool {
        self.session
            .profile
            .try_with_value(|p| store::is_newer(p))
            .unwrap_or(false)
    }

    /// Read the journal.
    pub fn with_journal<R>(&self, f: impl FnOnce(&Journal) -> R) -> R {
        self.journal.doc.with(|d| f(&d.journal))
    }
}
