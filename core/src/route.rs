//! The app's pages and their addresses. Routes live in the URL fragment (`#/sources`) so the
//! app works from any static server, a file share or `file://` with no server rewrites, and
//! no route ever carries anything the user typed.

use crate::library::Library;

/// One page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Checklist { pack: String, id: String },
    Sources,
    Privacy,
    Accessibility,
    NotFound,
}

const SERVICE: &str = "InfoShare";

impl Route {
    /// Reads a route from `location.hash`. Returns `None` for a fragment that is not a route,
    /// such as the skip link's `#main-content`, so the current page stays put.
    pub fn from_hash(hash: &str) -> Option<Route> {
        let fragment = hash.strip_prefix('#').unwrap_or(hash);
        if fragment.is_empty() {
            return Some(Route::Home);
        }
        let path = fragment.strip_prefix('/')?;
        let segments: Vec<&str> = path.split('/').filter(|segment| !segment.is_empty()).collect();
        Some(match segments.as_slice() {
            [] => Route::Home,
            ["sources"] => Route::Sources,
            ["privacy"] => Route::Privacy,
            ["accessibility"] => Route::Accessibility,
            ["checklists", pack, id] => Route::Checklist { pack: (*pack).to_owned(), id: (*id).to_owned() },
            _ => Route::NotFound,
        })
    }

    /// The fragment that leads to this route, for `href`s.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Checklist { pack, id } => format!("#/checklists/{pack}/{id}"),
            Route::Sources => "#/sources".to_owned(),
            Route::Privacy => "#/privacy".to_owned(),
            Route::Accessibility => "#/accessibility".to_owned(),
            Route::NotFound => "#/not-found".to_owned(),
        }
    }

    /// The route as it will be shown: an unknown checklist is a Not found page.
    pub fn resolve(self, library: &Library) -> Route {
        match &self {
            Route::Checklist { pack, id } if library.checklist(pack, id).is_none() => Route::NotFound,
            _ => self,
        }
    }

    /// The page heading, which is also the first part of the document title.
    pub fn heading(&self, library: &Library) -> String {
        match self {
            Route::Home => "Share information safely and lawfully".to_owned(),
            Route::Checklist { pack, id } => {
                library.checklist(pack, id).map_or_else(|| "Page not found".to_owned(), |c| c.title.clone())
            }
            Route::Sources => "Sources and law as at".to_owned(),
            Route::Privacy => "Privacy: what you type stays in this browser".to_owned(),
            Route::Accessibility => "Accessibility statement for InfoShare".to_owned(),
            Route::NotFound => "Page not found".to_owned(),
        }
    }

    /// The document title: unique per page, and never holding anything the user typed.
    pub fn title(&self, library: &Library) -> String {
        match self {
            Route::Home => SERVICE.to_owned(),
            _ => format!("{} – {SERVICE}", self.heading(library)),
        }
    }

    /// Whether the page can hold case details, and so carries the OFFICIAL-SENSITIVE marking.
    pub fn holds_case_data(&self) -> bool {
        matches!(self, Route::Checklist { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashSet;

    fn library() -> Library {
        Library::shipped().expect("packs parse")
    }

    fn every_route(library: &Library) -> Vec<Route> {
        let mut routes = vec![Route::Home, Route::Sources, Route::Privacy, Route::Accessibility, Route::NotFound];
        routes
            .extend(library.checklists().map(|(pack, c)| Route::Checklist { pack: pack.to_owned(), id: c.id.clone() }));
        routes
    }

    #[test]
    fn fragments_parse_to_routes() {
        assert_eq!(Route::from_hash(""), Some(Route::Home));
        assert_eq!(Route::from_hash("#"), Some(Route::Home));
        assert_eq!(Route::from_hash("#/"), Some(Route::Home));
        assert_eq!(Route::from_hash("#/sources"), Some(Route::Sources));
        assert_eq!(Route::from_hash("#/privacy/"), Some(Route::Privacy));
        assert_eq!(Route::from_hash("#/nope"), Some(Route::NotFound));
        assert_eq!(
            Route::from_hash("#/checklists/national/golden-rules-2024"),
            Some(Route::Checklist { pack: "national".into(), id: "golden-rules-2024".into() })
        );
        assert_eq!(Route::from_hash("#main-content"), None);
    }

    #[test]
    fn every_route_round_trips_through_its_href() {
        let library = library();
        for route in every_route(&library) {
            assert_eq!(Route::from_hash(&route.href()), Some(route.clone()), "{route:?}");
        }
    }

    #[test]
    fn titles_are_unique() {
        let library = library();
        let routes = every_route(&library);
        let titles: HashSet<String> = routes.iter().map(|route| route.title(&library)).collect();
        assert_eq!(titles.len(), routes.len());
    }

    #[test]
    fn unknown_checklists_resolve_to_not_found() {
        let library = library();
        let route = Route::Checklist { pack: "national".into(), id: "missing".into() };
        assert_eq!(route.resolve(&library), Route::NotFound);
    }

    proptest! {
        #[test]
        fn any_fragment_parses_without_panicking(hash in "\\PC{0,80}") {
            let _ = Route::from_hash(&hash);
        }
    }
}
