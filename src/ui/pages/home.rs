use leptos::prelude::*;

use crate::ui::state::use_app;

/// "This week": what is due, and a welcome for a new user.
#[component]
pub fn Home() -> impl IntoView {
    let app = use_app();
    let welcome_open = move || !app.with_journal(|j| j.settings().welcome_dismissed);
    let dismiss = move |_| {
        app.edit(|j, now| {
            let mut s = j.settings();
            s.welcome_dismissed = true;
            j.set_settings(s, now);
        })
    };
    view! {
        <h1 tabindex="-1">"This week"</h1>
        <p class="promise">"Your notes stay on this phone."</p>
        <Show when=welcome_open>
            <section class="card welcome" aria-labelledby="welcome-title">
                <h2 id="welcome-title">"Welcome"</h2>
                <p>"This is a quiet place for the work you do between your therapy sessions: how your week went, the people around you, and the small steps you agree on with your therapist."</p>
                <p>"Everything you write stays on this phone. Nobody else sees it unless you choose to share it."</p>
                <p><strong>"No one watches this app."</strong>" If you are in danger or thinking about hurting yourself, help is one tap away: "
                    <a href="/safety">"Get help now"</a>", at the top of every page."</p>
                <button type="button" class="button" on:click=dismiss>"Got it"</button>
            </section>
        </Show>
        <crate::ui::checkin::CheckinDueCard/>
        <crate::ui::share::nudge::BackupNudge/>
        <crate::ui::people::SelfCareCard/>
        <crate::ui::my_work::home_card::NextExperimentCard/>
    }
}
