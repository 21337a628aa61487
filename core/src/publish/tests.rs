//! Publishing: the library kept, ordered and checked; the pages, service worker and zip
//! changed as a published copy needs; bad packs refused with their problems.

use super::*;
use crate::author::Draft;
use crate::library::Library;

fn shipped() -> Library {
    Library::shipped().unwrap_or_else(|error| panic!("{error}"))
}

fn settings(keep: &[&str], first: &str) -> Settings {
    Settings { keep: keep.iter().map(|id| (*id).to_owned()).collect(), first: first.to_owned(), idle_minutes: 7 }
}

#[test]
fn home_lists_the_national_guidance_the_kept_agreements_and_the_leads_pack_first() {
    let text = Draft::blank().text();
    let (library, page) = library(&shipped(), &text, &settings(&["lincolnshire"], "my-area")).unwrap();
    assert_eq!(page, Page { home: vec!["my-area".into(), "national".into(), "lincolnshire".into()], idle_minutes: 7 });
    assert!(library.pack("my-area").is_some() && library.pack("llr").is_some(), "every shipped pack stays");
    assert!(library.problems().is_empty());
}

#[test]
fn bad_packs_and_choices_are_refused_with_why() {
    let broken = Draft::blank().text().replace("title = \"My area's", "title = \"\"\nx = \"");
    let problems = library(&shipped(), &broken, &settings(&[], "national")).unwrap_err();
    assert!(problems.iter().any(|problem| problem.contains("Line")), "{problems:?}");
    let text = Draft::blank().text();
    assert!(library(&shipped(), &text, &settings(&["nowhere"], "national")).unwrap_err()[0].contains("'nowhere'"));
    assert!(library(&shipped(), &text, &settings(&[], "llr")).unwrap_err()[0].contains("'llr'"));
    let idle = Settings { idle_minutes: 0, ..settings(&[], "") };
    assert!(library(&shipped(), &text, &idle).unwrap_err()[0].contains("idle minutes"));
    let (_, page) = library(&shipped(), &text, &settings(&[], "")).unwrap();
    assert_eq!(page.home, ["my-area", "national"], "empty first is the lead's own");
}

fn files(packs: &[u8], training: &[u8]) -> LibraryFiles {
    LibraryFiles { packs: packs.to_vec(), training: training.to_vec() }
}

#[test]
fn the_leads_training_goes_in_the_training_file() {
    let text = format!("{}\n{}", Draft::blank().text(), QUIZ_QUESTION);
    let (library, _) = library(&shipped(), &text, &settings(&[], "")).unwrap();
    let files = LibraryFiles::of(library).unwrap();
    let packs = Library::from_compact(&files.packs).unwrap();
    let training = Library::from_compact(&files.training).unwrap();
    assert!(packs.packs.iter().all(|pack| pack.quiz.is_empty() && pack.scenarios.is_empty()));
    assert_eq!(training.pack("my-area").map(|pack| pack.quiz.len()), Some(1));
    assert!(
        training.packs.iter().any(|pack| pack.pack.id != "my-area" && !pack.scenarios.is_empty()),
        "the shipped training kept"
    );
}

const QUIZ_QUESTION: &str = r#"
[[quiz]]
id = "my-question"
statement = "You always need consent to share information about a child."
answer = "myth"
explanation = "Consent is one lawful basis among several."
cite = [{ source = "my-area-isa", at = "§1" }]
"#;

#[test]
fn pages_carry_the_settings_and_the_library() {
    let html = format!(
        "<head>\n  <meta name=\"infoshare-idle-minutes\" content=\"10\">\n</head><body>\
        <script type=\"text/plain\" data-asset=\"{PACKS_FILE}\">AAAA</script>\
        <script type=\"text/plain\" data-asset=\"{TRAINING_FILE}\">BBBB</script></body>"
    );
    let settings = Page { home: vec!["national".into(), "my-area".into()], idle_minutes: 7 };
    let page = page(&html, &settings).unwrap();
    assert!(
        page.contains("content=\"7\">\n  <meta name=\"infoshare-published\" content=\"national my-area\">"),
        "{page}"
    );
    assert_eq!(super::page(&page, &settings).unwrap(), page, "published again in place");
    let single = single_file(&html, &files(b"hi!?", b"a"), &settings).unwrap();
    assert!(single.contains(&format!("data-asset=\"{PACKS_FILE}\">aGkhPw==</script>")), "{single}");
    assert!(single.contains(&format!("data-asset=\"{TRAINING_FILE}\">YQ==</script>")), "{single}");
}

#[test]
fn the_site_is_every_file_the_service_worker_keeps_with_a_new_version() {
    let sw = format!("const VERSION = \"abc\";\nconst FILES = [\"./\",\"./index.html\",\"./app-1/x.wasm\",\"./{PACKS_FILE}\",\"./{TRAINING_FILE}\"];\nconst ON_USE = [\"./font.ttf\"];\n");
    let names = site_files(&sw).unwrap();
    assert_eq!(names, ["sw.js", "index.html", "app-1/x.wasm", PACKS_FILE, TRAINING_FILE, "font.ttf"]);
    assert!(site_files("const FILES = [];").is_err());
    let settings = Page { home: vec!["national".into()], idle_minutes: 7 };
    let changed = service_worker(&sw, &files(b"packs", b""), &settings).unwrap();
    assert!(
        changed.starts_with("const VERSION = \"abc-")
            && changed != service_worker(&sw, &files(b"packs", b"x"), &settings).unwrap()
    );
    let site_files = vec![
        ("index.html".to_owned(), b"<meta name=\"infoshare-idle-minutes\" content=\"10\">".to_vec()),
        ("sw.js".to_owned(), sw.as_bytes().to_vec()),
        (PACKS_FILE.to_owned(), b"old".to_vec()),
        (TRAINING_FILE.to_owned(), b"old".to_vec()),
    ];
    let zip = site(site_files, &files(b"new", b"newer"), &settings).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let mut read = |name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut archive.by_name(name).unwrap(), &mut text).unwrap();
        text
    };
    assert_eq!(read(PACKS_FILE), "new");
    assert_eq!(read(TRAINING_FILE), "newer");
    assert!(read("index.html").contains("infoshare-published"));
    assert!(read("sw.js").contains("abc-"));
}
