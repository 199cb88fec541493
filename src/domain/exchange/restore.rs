//! Restoring a backup, step by step: she chooses a file, sees what restoring it would do, and
//! only then confirms. The screens render a [`Flow`] and send [`Step`]s; every rule of the order
//! lives here: a file is read and checked completely before any preview, a locked backup asks for
//! its passphrase first, only a preview can be confirmed (so a damaged file never reaches
//! "Restore"), and nothing is said to be restored until storage has it. Applying a step never
//! changes her journal: confirming gives the merged copy to save.

use super::backup::{is_encrypted, merge_backup, read_backup, read_encrypted, ImportError};
use crate::domain::journal::{Journal, MergeReport};
use crate::domain::record::Timestamp;

/// Where a restore is.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Flow {
    /// Nothing chosen (or cancelled).
    #[default]
    Idle,
    /// A passphrase-protected backup: waiting for the store to open it with her passphrase.
    /// `error` is why the last try did not open it.
    Locked {
        text: String,
        error: Option<ImportError>,
    },
    /// Read and checked: what restoring would do, and when the backup was made.
    Preview {
        plain: String,
        made: Timestamp,
        report: MergeReport,
    },
    /// Confirmed: the merged journal to save. Nothing is stored yet.
    Confirmed {
        journal: Box<Journal>,
        report: MergeReport,
    },
    /// Storage has the restored journal.
    Restored { report: MergeReport },
}

/// What she (or the store, for her) did.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// She chose a file: its text.
    Choose(String),
    /// The store opened the locked backup with her passphrase: the backup's plain text.
    Opened(String),
    /// The store could not open the locked backup (a wrong passphrase, a damaged lock).
    NotOpened(ImportError),
    /// "Restore", on a preview.
    Confirm,
    /// Storage has the confirmed journal.
    Saved,
    /// "Cancel": back to the start; nothing was changed.
    Cancel,
}

/// Why a step was refused. Nothing changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// The file cannot be restored (why).
    Import(ImportError),
    /// A step that does not follow from where the restore is (a confirm without a preview, a
    /// passphrase for no locked backup, a save of nothing confirmed).
    OutOfOrder,
}

impl From<ImportError> for RestoreError {
    fn from(e: ImportError) -> Self {
        RestoreError::Import(e)
    }
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RestoreError::Import(e) => write!(f, "{e}"),
            RestoreError::OutOfOrder => f.write_str(
                "Choose the backup file again: this restore was not ready for that step. Nothing was changed.",
            ),
        }
    }
}

impl std::error::Error for RestoreError {}

/// Read and check a backup's plain text against `ours`: the preview, or why not.
fn preview(ours: &Journal, plain: String, now: Timestamp) -> Result<Flow, RestoreError> {
    let doc = read_backup(&plain, now)?;
    let report = merge_backup(ours, &doc).1;
    Ok(Flow::Preview {
        made: doc.updated_at,
        report,
        plain,
    })
}

impl Flow {
    /// The restore after `step`, given her journal as it is now (`ours`, only read) and the time
    /// (nothing in a backup may be dated after it). On a refusal nothing changed; the screen says
    /// why and starts again from [`Flow::Idle`].
    pub fn apply(self, ours: &Journal, step: Step, now: Timestamp) -> Result<Flow, RestoreError> {
        match (self, step) {
            (_, Step::Cancel) => Ok(Flow::Idle),
            // A save is under way: what she confirmed is what is saved.
            (Flow::Confirmed { .. }, Step::Choose(_)) => Err(RestoreError::OutOfOrder),
            (_, Step::Choose(text)) => {
                if is_encrypted(&text) {
                    // A damaged or newer lock is reported before asking for the passphrase.
                    read_encrypted(&text)?;
                    Ok(Flow::Locked { text, error: None })
                } else {
                    preview(ours, text, now)
                }
            }
            (Flow::Locked { .. }, Step::Opened(plain)) => preview(ours, plain, now),
            (Flow::Locked { text, .. }, Step::NotOpened(e)) => Ok(Flow::Locked {
                text,
                error: Some(e),
            }),
            // Checked again against her journal as it is now: it may have changed since the
            // preview (another tab), and the file is merged into that.
            (Flow::Preview { plain, .. }, Step::Confirm) => {
                let doc = read_backup(&plain, now)?;
                let (journal, report) = merge_backup(ours, &doc);
                Ok(Flow::Confirmed {
                    journal: Box::new(journal),
                    report,
                })
            }
            (Flow::Confirmed { report, .. }, Step::Saved) => Ok(Flow::Restored { report }),
            (_, Step::Opened(_) | Step::NotOpened(_) | Step::Confirm | Step::Saved) => {
                Err(RestoreError::OutOfOrder)
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::exchange::backup::{make_backup, EncryptedBackup};
    use crate::domain::exchange::sample::sample_journal;
    use crate::domain::journal::Document;
    use crate::domain::record::tests::at;

    fn now() -> Timestamp {
        at("2026-12-01T09:00:00+03:00")
    }

    fn made() -> Timestamp {
        at("2026-04-01T20:00:00+03:00")
    }

    /// A backup of the sample journal, made on 1 April.
    fn backup() -> String {
        let mut d = Document::new(at("2026-03-01T08:00:00+03:00"));
        d.journal = sample_journal();
        make_backup(&d, made()).1
    }

    fn locked() -> String {
        EncryptedBackup {
            kind: crate::domain::exchange::sealed::Kind::Backup,
            iterations: 600_000,
            salt: vec![1; 16],
            iv: vec![2; 12],
            ciphertext: vec![3; 40],
        }
        .to_json()
    }

    #[test]
    fn choosing_a_backup_previews_its_counts_and_date_without_changing_her_journal() {
        let ours = Journal::default();
        let flow = Flow::Idle
            .apply(&ours, Step::Choose(backup()), now())
            .unwrap();
        let Flow::Preview {
            made: m, report, ..
        } = &flow
        else {
            panic!("{flow:?}")
        };
        assert_eq!(*m, made());
        assert_eq!(report.conflicts, 0);
        assert_eq!(report.updated, 4, "the four single plans/settings");
        assert!(report.added >= 10, "{report:?}");
        assert_eq!(ours, Journal::default());
    }

    #[test]
    fn confirm_comes_only_from_a_preview_and_restored_only_once_saved() {
        let ours = Journal::default();
        for before in [
            Flow::Idle,
            Flow::Locked {
                text: locked(),
                error: None,
            },
            Flow::Restored {
                report: MergeReport::default(),
            },
        ] {
            assert_eq!(
                before.clone().apply(&ours, Step::Confirm, now()),
                Err(RestoreError::OutOfOrder),
                "{before:?}"
            );
            assert_eq!(
                before.clone().apply(&ours, Step::Saved, now()),
                Err(RestoreError::OutOfOrder),
                "{before:?}"
            );
        }
        let preview = Flow::Idle
            .apply(&ours, Step::Choose(backup()), now())
            .unwrap();
        assert_eq!(
            preview.clone().apply(&ours, Step::Saved, now()),
            Err(RestoreError::OutOfOrder),
            "a preview is not restored until confirmed and saved"
        );
        let confirmed = preview.apply(&ours, Step::Confirm, now()).unwrap();
        let Flow::Confirmed { journal, report } = &confirmed else {
            panic!("{confirmed:?}")
        };
        let mut expected = sample_journal();
        expected.last_backup_at = Some(made());
        assert_eq!(**journal, expected, "the merged journal to save");
        let report = report.clone();
        assert_eq!(
            confirmed
                .clone()
                .apply(&ours, Step::Choose(backup()), now()),
            Err(RestoreError::OutOfOrder),
            "no other file while one is being saved"
        );
        assert_eq!(
            confirmed.apply(&ours, Step::Saved, now()),
            Ok(Flow::Restored { report })
        );
    }

    #[test]
    fn a_damaged_file_never_reaches_confirm() {
        let ours = sample_journal();
        let text = backup();
        let cut = &text[..text.len() - 10];
        assert_eq!(
            Flow::Idle.apply(&ours, Step::Choose(cut.to_owned()), now()),
            Err(RestoreError::Import(ImportError::Truncated))
        );
        assert_eq!(
            Flow::Idle.apply(&ours, Step::Choose("not json".into()), now()),
            Err(RestoreError::Import(ImportError::NotJson))
        );
        // After a refusal the screen starts again from Idle, where Restore is refused too.
        assert_eq!(
            Flow::Idle.apply(&ours, Step::Confirm, now()),
            Err(RestoreError::OutOfOrder)
        );
        // A file dated after now is refused before any preview.
        let early = at("2026-03-02T08:00:00+03:00");
        assert!(matches!(
            Flow::Idle.apply(&ours, Step::Choose(text), early),
            Err(RestoreError::Import(ImportError::Invalid(_)))
        ));
    }

    #[test]
    fn a_locked_backup_asks_for_its_passphrase_and_a_wrong_one_keeps_asking() {
        let ours = Journal::default();
        let flow = Flow::Idle
            .apply(&ours, Step::Choose(locked()), now())
            .unwrap();
        assert_eq!(
            flow,
            Flow::Locked {
                text: locked(),
                error: None
            }
        );
        let flow = flow
            .apply(&ours, Step::NotOpened(ImportError::WrongPassphrase), now())
            .unwrap();
        assert_eq!(
            flow,
            Flow::Locked {
                text: locked(),
                error: Some(ImportError::WrongPassphrase)
            }
        );
        let flow = flow.apply(&ours, Step::Opened(backup()), now()).unwrap();
        assert!(matches!(flow, Flow::Preview { .. }), "{flow:?}");
        // A damaged lock is said at once, without asking for a passphrase.
        let damaged = locked().replace("\"iterations\":600000", "\"iterations\":1");
        assert_ne!(damaged, locked());
        assert!(matches!(
            Flow::Idle.apply(&ours, Step::Choose(damaged), now()),
            Err(RestoreError::Import(_))
        ));
        // A passphrase for no locked backup is out of order.
        assert_eq!(
            Flow::Idle.apply(&ours, Step::Opened(backup()), now()),
            Err(RestoreError::OutOfOrder)
        );
    }

    #[test]
    fn cancel_goes_back_to_the_start_from_anywhere_and_her_journal_stays_as_saved() {
        let ours = sample_journal();
        let before = ours.clone();
        let preview = Flow::Idle
            .apply(&ours, Step::Choose(backup()), now())
            .unwrap();
        let confirmed = preview.clone().apply(&ours, Step::Confirm, now()).unwrap();
        for flow in [
            preview,
            confirmed,
            Flow::Locked {
                text: locked(),
                error: None,
            },
        ] {
            assert_eq!(flow.apply(&ours, Step::Cancel, now()), Ok(Flow::Idle));
        }
        assert_eq!(ours, before);
    }

    #[test]
    fn confirm_merges_into_her_journal_as_it_is_at_confirm_time() {
        let mut ours = Journal::default();
        let preview = Flow::Idle
            .apply(&ours, Step::Choose(backup()), now())
            .unwrap();
        // Between preview and confirm, another tab adds a person.
        use crate::domain::record::CollectionExt;
        let id = ours
            .people
            .add(Default::default(), at("2026-11-30T08:00:00+03:00"));
        let Ok(Flow::Confirmed { journal, .. }) = preview.apply(&ours, Step::Confirm, now()) else {
            panic!("not confirmed")
        };
        assert!(journal.people.contains_key(&id), "her newer record is kept");
    }
}
