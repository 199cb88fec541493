//! On the People page: her own story for the inventory (the perinatal topics and the people of
//! her past, each a text that saves as she types), and, until someone in her circle is her
//! baby, an offer to add the baby. The rules are `domain::people::story`'s.

use leptos::prelude::*;

use crate::domain::people::story::{self, Topic};
use crate::domain::record::Id;
use crate::i18n::{t, t_string, use_i18n, I18n};
use crate::ui::my_work::inputs::AutoText;
use crate::ui::my_work::Refused;
use crate::ui::state::use_app;

fn label(i18n: I18n, topic: Topic) -> &'static str {
    match topic {
        Topic::Baby => t_string!(i18n, people.prompts.baby),
        Topic::Pregnancy => t_string!(i18n, people.prompts.pregnancy),
        Topic::Birth => t_string!(i18n, people.prompts.birth),
        Topic::RaisedBy => t_string!(i18n, people.prompts.raised),
        Topic::PastRelationships => t_string!(i18n, people.story.past),
    }
}

fn hint(i18n: I18n, topic: Topic) -> &'static str {
    match topic {
        Topic::Baby => t_string!(i18n, people.story.baby_hint),
        Topic::Pregnancy => t_string!(i18n, people.story.pregnancy_hint),
        Topic::Birth => t_string!(i18n, people.story.birth_hint),
        Topic::RaisedBy => t_string!(i18n, people.story.raised_hint),
        Topic::PastRelationships => t_string!(i18n, people.story.past_hint),
    }
}

fn key(topic: Topic) -> &'static str {
    match topic {
        Topic::Baby => "story-baby",
        Topic::Pregnancy => "story-pregnancy",
        Topic::Birth => "story-birth",
        Topic::RaisedBy => "story-raised",
        Topic::PastRelationships => "story-past",
    }
}

/// "My story": five texts that save as she types.
#[component]
pub fn MyStory() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let saved = app
        .journal
        .doc
        .with_untracked(|d| story::story(&d.journal.my_story));
    let field = move |topic: Topic| {
        let save = Callback::new(move |text: String| {
            app.try_edit(|j, now| story::write(&mut j.my_story, topic, &text, now))
                .map_err(Refused::from)
        });
        view! {
            <AutoText id=key(topic).to_owned()
                label=Signal::derive(move || label(i18n, topic).to_owned())
                hint=Signal::derive(move || hint(i18n, topic).to_owned())
                multiline=true value=topic.get(&saved).to_owned() save=save/>
        }
    };
    view! {
        <section class="card my-story" aria-labelledby="my-story-title">
            <h2 id="my-story-title">{t!(i18n, people.story.title)}</h2>
            <p class="small">{t!(i18n, people.story.intro)}</p>
            <h3>{t!(i18n, people.story.perinatal_title)}</h3>
            {[Topic::Baby, Topic::Pregnancy, Topic::Birth].into_iter().map(field.clone()).collect_view()}
            <h3>{t!(i18n, people.story.past_title)}</h3>
            {[Topic::RaisedBy, Topic::PastRelationships].into_iter().map(field).collect_view()}
        </section>
    }
}

/// "Your baby is one of your people too", with a button that adds the baby to the innermost
/// circle; gone once anyone in her circle has "baby" as their relationship.
#[component]
pub fn BabyOffer() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let added = RwSignal::new(None::<Id>);
    let error = RwSignal::new(None::<String>);
    let words = move || [t_string!(i18n, people.story.baby_relationship), "baby"];
    let show = move || {
        added.get().is_none() && !app.with_journal(|j| story::has_baby(&j.people, &words()))
    };
    let add = move |_| {
        let name = t_string!(i18n, people.story.baby_name);
        let relationship = t_string!(i18n, people.story.baby_relationship);
        match app.try_edit(|j, now| story::add_baby(&mut j.people, name, relationship, now)) {
            Ok(id) => {
                error.set(None);
                added.set(Some(id));
            }
            Err(e) => error.set(Some(crate::ui::people::text::error(i18n, &e))),
        }
    };
    view! {
        <Show when=show>
            <section class="card baby-offer" aria-labelledby="baby-offer-title">
                <h2 id="baby-offer-title">{t!(i18n, people.story.baby_offer_title)}</h2>
                <p>{t!(i18n, people.story.baby_offer)}</p>
                <button type="button" class="button" on:click=add>{t!(i18n, people.story.add_baby)}</button>
                {move || error.get().map(|m| view! { <p class="pp-form-error" role="alert">{m}</p> })}
            </section>
        </Show>
        <div role="status">
            {move || added.get().map(|id| view! {
                <p class="banner info">{t!(i18n, people.story.baby_added)}" "
                    <a href=format!("/people/{id}")>{t!(i18n, people.story.baby_name_it)}</a>
                </p>
            })}
        </div>
    }
}
