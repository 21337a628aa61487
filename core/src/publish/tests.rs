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

#[test]
fn pages_carry_the_settings_and_the_packs() {
    let html = "<head>\n  <meta name=\"infoshare-idle-minutes\" content=\"10\">\n</head><body>\
        <script type=\"text/plain\" data-asset=\"packs-0123456789abcdef.bin\">AAAA</script></body>";
    let settings = Page { home: vec!["national".into(), "my-area".into()], idle_minutes: 7 };
    let page = page(html, &settings).unwrap();
    assert!(
        page.contains("content=\"7\">\n  <meta name=\"infoshare-published\" content=\"national my-area\">"),
        "{page}"
    );
    assert_eq!(super::page(&page, &settings).unwrap(), page, "published again in place");
    let single = single_file(html, b"hi!?", &settings).unwrap();
    assert!(single.contains("data-asset=\"packs-0123456789abcdef.bin\">aGkhPw==</script>"), "{single}");
    assert_eq!(base64(b"a"), "YQ==");
    assert_eq!(base64(b"ab"), "YWI=");
}

#[test]
fn the_site_is_every_file_the_service_worker_keeps_with_a_new_version() {
    let sw = "const VERSION = \"abc\";\nconst FILES = [\"./\",\"./index.html\",\"./app-1/x.wasm\",\"./packs-0123456789abcdef.bin\"];\nconst ON_USE = [\"./font.ttf\"];\n";
    let names = site_files(sw).unwrap();
    assert_eq!(names, ["sw.js", "index.html", "app-1/x.wasm", "packs-0123456789abcdef.bin", "font.ttf"]);
    assert!(site_files("const FILES = [];").is_err());
    let settings = Page { home: vec!["national".into()], idle_minutes: 7 };
    let changed = service_worker(sw, b"packs", &settings).unwrap();
    assert!(
        changed.starts_with("const VERSION = \"abc-") && changed != service_worker(sw, b"other", &settings).unwrap()
    );
    let files = vec![
        ("index.html".to_owned(), b"<meta name=\"infoshare-idle-minutes\" content=\"10\">".to_vec()),
        ("sw.js".to_owned(), sw.as_bytes().to_vec()),
        ("packs-0123456789abcdef.bin".to_owned(), b"old".to_vec()),
    ];
    let zip = site(files, b"new", &settings).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let mut read = |name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut archive.by_name(name).unwrap(), &mut text).unwrap();
        text
    };
    assert_eq!(read("packs-0123456789abcdef.bin"), "new");
    assert!(read("index.html").contains("infoshare-published"));
    assert!(read("sw.js").contains("abc-"));
}
