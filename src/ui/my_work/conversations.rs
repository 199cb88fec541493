//! Communication analysis: her conversations looked at closely, and a new one.

use leptos::prelude::*;

use crate::domain::worksheets::WorksheetKind;
use crate::ui::my_work::decisions::WorksheetList;

/// `/my-work/conversations`: the conversations she went through, and a new one.
#[component]
pub fn ConversationsPage() -> impl IntoView {
    view! {
        <p class="back"><a href="/my-work">"My work"</a></p>
        <h1 tabindex="-1">"Conversations"</h1>
        <p>"Pick one recent conversation that stirred strong feelings, in person or in writing. Going through it slowly shows what you meant, what they heard, and what you might say next time."</p>
        <WorksheetList kind=WorksheetKind::CommunicationAnalysis empty="No conversations yet." new_label="Look at a conversation"/>
    }
}
