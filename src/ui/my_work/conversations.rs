//! Communication analysis: her conversations looked at closely, and a new one.

use leptos::prelude::*;

use crate::domain::worksheets::WorksheetKind;
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::my_work::decisions::WorksheetList;
use crate::ui::my_work::text;

/// `/my-work/conversations`: the conversations she went through, and a new one.
#[component]
pub fn ConversationsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="back"><a href="/my-work">{t!(i18n, work.home.title)}</a></p>
        <h1 tabindex="-1">{t!(i18n, work.home.conversations)}</h1>
        <p>{t!(i18n, work.conversations.intro)}</p>
        <WorksheetList kind=WorksheetKind::CommunicationAnalysis
            empty=text::words(move || t_string!(i18n, work.conversations.empty))
            new_label=text::words(move || t_string!(i18n, work.conversations.start))/>
    }
}
