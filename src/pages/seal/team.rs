//! Sealing for a team's key. Where the team a form is routed to has a key in the packs (or,
//! for a reply, the team the request's sender added), the seal page offers "Seal for <team>:
//! no passphrase needed" first, shows the key's fingerprint for checking by phone, and lets
//! the sender add their own team's key so their side can open the copy they keep.

use infoshare_core::bundle::Envelope;
use infoshare_core::library::Library;
use infoshare_core::passphrase::Wordlist;
use infoshare_core::team::{fingerprint, Team, TeamRef};
use infoshare_core::text::long_date;
use leptos::prelude::*;

use crate::components::form::{RadioOption, Radios};
use crate::state::session;

/// The format choice's value for sealing for the team's key.
pub const VALUE: &str = "team";

/// The own-team choice's value for adding no other team.
const ONLY_THEM: &str = "only";

/// The team the file can be sealed for: the team at the address the form is routed to, or,
/// for a reply to the file open this visit, the sender's own team if they added it.
pub fn team_for(library: &'static Library, envelope: &Envelope) -> Option<&'static Team> {
    library.routed_team(envelope).or_else(|| {
        let request = envelope.in_reply_to.as_ref()?;
        let sender = session().opened.with_untracked(|opened| {
            opened.as_ref().filter(|file| file.reference == *request).and_then(|file| file.sender_team.clone())
        })?;
        library.team(&sender)
    })
}

/// The format option that seals for the team's key.
pub fn option(team: &Team) -> RadioOption {
    RadioOption {
        value: VALUE.to_owned(),
        label: format!("Seal for {}: no passphrase needed", team.name),
        hint: Some(format!("An age file that only {}'s team key opens, so there is no passphrase to phone through. Opens in InfoShare or with the age tool. Can carry attachments up to 50 MB.", team.name)),
    }
}

/// The team sealed for and the sender's own team, if they add theirs.
#[derive(Clone, Copy)]
pub struct TeamChoice {
    pub team: &'static Team,
    own: RwSignal<Option<String>>,
}

impl TeamChoice {
    pub fn new(team: &'static Team) -> TeamChoice {
        TeamChoice { team, own: RwSignal::new(None) }
    }

    /// The sender's own team, if they chose one.
    fn own_team(self, library: &'static Library) -> Option<&'static Team> {
        self.own.with_untracked(|own| own.as_deref().and_then(|id| library.team(id)))
    }

    /// The keys to seal for: the team's, then the sender's own team's.
    pub fn keys(self, library: &'static Library) -> Vec<String> {
        std::iter::once(self.team).chain(self.own_team(library)).map(|team| team.key.clone()).collect()
    }

    /// Names both teams in the envelope, and returns their names for the sending page.
    pub fn mark(self, library: &'static Library, envelope: &mut Envelope) -> (String, Option<String>) {
        let own = self.own_team(library);
        envelope.sealed_for = Some(TeamRef::from(self.team));
        envelope.sender_team = own.map(TeamRef::from);
        (self.team.name.clone(), own.map(|team| team.name.clone()))
    }
}

/// The key's fingerprint to check by phone, and the choice of the sender's own team.
pub fn details(
    choice: TeamChoice,
    library: &'static Library,
    list: Signal<Option<&'static Wordlist>>,
) -> impl IntoView {
    let team = choice.team;
    let words = move || {
        let words = list.get().and_then(|list| fingerprint(&team.key, list))?;
        Some(view! { <strong>{words.join(" ")}</strong> })
    };
    let mut options =
        vec![RadioOption { value: ONLY_THEM.to_owned(), label: format!("No, only {}", team.name), hint: None }];
    options.extend(library.distinct_teams().into_iter().filter(|other| other.id != team.id).map(|other| RadioOption {
        value: other.id.clone(),
        label: format!("Yes: {}", other.name),
        hint: None,
    }));
    let own = (options.len() > 1).then(|| {
        let legend = view! { <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">"Can your own team open the copy you keep?"</legend> };
        view! {
            <Radios
                name="own-team".to_owned()
                legend=legend.into_any()
                hint=Some(format!("Add your team's key if your pack publishes it, so your side can open this file later. Otherwise only {} can open it.", team.name))
                options=options
                selected=Signal::derive(move || choice.own.get().or_else(|| Some(ONLY_THEM.to_owned())))
                on_select=Callback::new(move |value: String| choice.own.set((value != ONLY_THEM).then_some(value)))
                error=Signal::stored(None)
            />
        }
    });
    view! {
        <h2 class="govuk-heading-m">"The team's key"</h2>
        <p class="govuk-body">{format!("{}'s key, as your agreement pack publishes it (published {}), has this fingerprint: ", team.name, long_date(&team.published))}{words}"."</p>
        <p class="govuk-body">"If you have not sealed for this team before, phone them and ask them to read their key's fingerprint: it should be these six words."</p>
        {own}
    }
}
