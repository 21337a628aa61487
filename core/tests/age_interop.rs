//! Sealed age files against the public `age` tool (Debian package `age`, 1.1): a file
//! InfoShare seals decrypts with `age -d` to a zip that `unzip` and Python's zipfile read, and
//! a record exported from the app and encrypted with `age -p` (binary or armored) opens in
//! InfoShare. With team keys: a file sealed for a team opens with `age -d -i <key file>`
//! (the key file's passphrase typed), a file the tool seals with `age -r <public key>` opens
//! with the team's key in InfoShare, and a key file made with `age-keygen` and `age -p`
//! unlocks in InfoShare.
//!
//! age reads passphrases only from a terminal, so `tools/age-tty.py` runs it in a
//! pseudo-terminal and types the passphrase. These tests fail, not skip, when `age`,
//! `python3` or `unzip` is missing: install them with `scripts/setup.sh`.

#![cfg(feature = "seal")]

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::*;
use infoshare_core::bundle::{
    self, Attachment, AttachmentInfo, Envelope, Format, Key, KeyError, OpenError, Payload, TeamIdentity,
};
use infoshare_core::form::{build, decision_record};

const PASSPHRASE: &str = "mantra-obtuse-gravel-kettle-yonder-fiscal";
/// Low, for speed (age accepts any factor up to 22 when decrypting).
const WORK_FACTOR: u8 = 10;

/// A fresh directory under the system temp directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!("infoshare-age-interop-{name}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch directory");
        Scratch(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The command as a failure shows it: its program and arguments, never its environment,
/// which carries the passphrase (`Command`'s `Debug` would print it).
fn shown(command: &Command) -> String {
    let parts = std::iter::once(command.get_program()).chain(command.get_args());
    parts.map(|part| part.to_string_lossy().into_owned()).collect::<Vec<_>>().join(" ")
}

/// Runs a command to completion with a time limit, killing it past the limit.
fn run(command: &mut Command, limit: Duration) -> Output {
    let shown = shown(command);
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|err| panic!("cannot run {shown}: {err}. Install it with scripts/setup.sh"));
    // Drain the pipes on threads so a chatty command cannot block on a full pipe.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        bytes
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stderr.read_to_end(&mut bytes);
        bytes
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{shown} ran for more than {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output { status, stdout: out.join().unwrap_or_default(), stderr: err.join().unwrap_or_default() }
}

fn succeed(command: &mut Command, limit: Duration) -> Output {
    let shown = shown(command);
    let output = run(command, limit);
    assert!(
        output.status.success(),
        "{shown} failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Fails with a clear message when a tool the tests need is missing.
fn require(tool: &str, version_flag: &str) -> String {
    let output = Command::new(tool).arg(version_flag).output().unwrap_or_else(|err| {
        panic!("`{tool}` is needed for the age interoperability tests and cannot be run ({err}). Install it with scripts/setup.sh (Debian packages: age, python3, unzip)")
    });
    let text = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    text.lines().next().unwrap_or_default().trim().to_owned()
}

fn age_tty() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tools/age-tty.py")
}

/// Runs the age CLI in a pseudo-terminal, typing the passphrase at each prompt.
fn age(passphrase: &str, args: &[&std::ffi::OsStr]) -> Output {
    require("age", "--version");
    require("python3", "--version");
    let mut command = Command::new("python3");
    command.arg(age_tty()).args(["--timeout", "60", "--", "age"]).args(args).env("AGE_TTY_PASSPHRASE", passphrase);
    run(&mut command, Duration::from_secs(90))
}

/// The work factor in an age file's scrypt stanza (`-> scrypt <salt> <log2 N>`).
fn work_factor_of(file: &[u8]) -> u8 {
    let head = String::from_utf8_lossy(&file[..file.len().min(200)]).into_owned();
    let line = head.lines().find(|line| line.starts_with("-> scrypt ")).expect("a scrypt stanza");
    line.rsplit(' ').next().and_then(|n| n.parse().ok()).expect("a number")
}

fn attachment(name: &str, media_type: &str, bytes: &[u8]) -> Attachment {
    Attachment {
        info: AttachmentInfo { name: name.into(), media_type: media_type.into(), size: 0, sha256: String::new() },
        bytes: bytes.to_vec(),
    }
}

fn police_envelope() -> Envelope {
    let library = library();
    let pack = library.pack("lincolnshire").expect("pack");
    let form = form(&library, "lincolnshire", "police-disclosure-request");
    let record = build(&library, pack, form, &police_request(), "ISR-7K3Q".into(), now()).expect("a record");
    Envelope::new(Payload::Form(record), now())
}

#[test]
fn a_sealed_file_decrypts_with_the_age_tool_to_a_zip_anyone_can_read() {
    let scratch = Scratch::new("seal");
    let attachments = [
        attachment("Zoë's chronology – 第一.pdf", "application/pdf", b"%PDF-1.4 chronology"),
        attachment("photo.jpg", "image/jpeg", &[0xff, 0xd8, 0xff, 0xe0, 0, 1, 2]),
        attachment("photo.jpg", "image/jpeg", b"second photo"),
        attachment("empty.txt", "text/plain", b""),
    ];
    let envelope = police_envelope();
    let sealed = bundle::seal_age(&envelope, &attachments, PASSPHRASE, WORK_FACTOR, &bundle::ScriptFonts::new())
        .expect("sealed (needs the PDF)");
    let file = scratch.path("ISR-7K3Q.age");
    std::fs::write(&file, &sealed).expect("written");

    let zip = scratch.path("out.zip");
    let output = age(PASSPHRASE, &["-d".as_ref(), "-o".as_ref(), zip.as_os_str(), file.as_os_str()]);
    assert!(output.status.success(), "age -d failed:\n{}", String::from_utf8_lossy(&output.stderr));

    let listing = succeed(Command::new("unzip").arg("-l").arg(&zip), Duration::from_secs(30));
    let listing = String::from_utf8_lossy(&listing.stdout);
    assert!(listing.contains("ISR-7K3Q.json") && listing.contains("ISR-7K3Q.pdf"), "{listing}");
    assert!(listing.contains("attachments/photo (2).jpg"), "{listing}");
    succeed(Command::new("unzip").arg("-tq").arg(&zip), Duration::from_secs(30));

    // Python's zipfile: the names (UTF-8 flagged), each entry's digest, the JSON parsed.
    let script = r#"
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None
    entries = [[i.filename, i.compress_type, hashlib.sha256(z.read(i)).hexdigest()] for i in z.infolist()]
    envelope = json.loads(z.read("ISR-7K3Q.json").decode("utf-8"))
print(json.dumps({"entries": entries, "format": envelope["format"], "reference": envelope["reference"],
                  "attachments": envelope["attachments"]}))
"#;
    let output = succeed(Command::new("python3").arg("-c").arg(script).arg(&zip), Duration::from_secs(30));
    let seen: serde_json::Value = serde_json::from_slice(&output.stdout).expect("python's JSON");
    assert_eq!(seen["format"], "infoshare-bundle");
    assert_eq!(seen["reference"], "ISR-7K3Q");
    let names: Vec<&str> = seen["entries"].as_array().expect("entries").iter().filter_map(|e| e[0].as_str()).collect();
    assert_eq!(
        names,
        [
            "ISR-7K3Q.json",
            "ISR-7K3Q.pdf",
            "attachments/Zoë's chronology – 第一.pdf",
            "attachments/photo.jpg",
            "attachments/photo (2).jpg",
            "attachments/empty.txt"
        ]
    );
    for entry in seen["entries"].as_array().expect("entries") {
        assert_eq!(entry[1], 0, "stored, not compressed: {entry}");
    }
    for (index, attachment) in attachments.iter().enumerate() {
        let listed = &seen["attachments"][index];
        assert_eq!(listed["name"], attachment.info.name.as_str(), "the envelope keeps the name as given");
        assert_eq!(listed["size"], attachment.bytes.len());
        assert_eq!(seen["entries"][index + 2][2], listed["sha256"], "entry digest matches the envelope");
    }

    // And the wrong passphrase is refused by age too.
    let wrong = age(
        "not the passphrase",
        &["-d".as_ref(), "-o".as_ref(), scratch.path("no.zip").as_os_str(), file.as_os_str()],
    );
    assert!(!wrong.status.success());
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("incorrect passphrase"));
}

#[test]
fn records_encrypted_with_the_age_tool_open_in_infoshare() {
    let scratch = Scratch::new("cli");
    let library = library();
    let pack = library.pack("north-east-lincolnshire").expect("pack");
    let form = form(&library, "north-east-lincolnshire", "sharing-decision-record");
    let decision = decision_record(&library, pack, form, &decision_record_answers(), "ISD-4M2P".into(), now())
        .expect("a decision-record form")
        .expect("complete");
    let envelope = police_envelope();
    let Payload::Form(form_record) = &envelope.payload else { panic!("a form record") };
    // Each open derives a key at the CLI's work factor (18), which is slow in a debug build:
    // the form record binary and armored, the decision record binary, one wrong passphrase.
    let cases = [
        ("ISR-7K3Q.json", form_record.to_json(), Payload::Form(form_record.clone()), false),
        ("ISR-7K3Q.json", form_record.to_json(), Payload::Form(form_record.clone()), true),
        ("ISD-4M2P.json", decision.to_json(), Payload::Decision(decision.clone()), false),
    ];
    for (index, (name, json, payload, armor)) in cases.into_iter().enumerate() {
        let plain = scratch.path(name);
        std::fs::write(&plain, &json).expect("written");
        let sealed = scratch.path(&format!("{index}.age"));
        let mut args: Vec<&std::ffi::OsStr> = vec!["-p".as_ref(), "-o".as_ref(), sealed.as_os_str()];
        if armor {
            args.push("-a".as_ref());
        }
        args.push(plain.as_os_str());
        let output = age(PASSPHRASE, &args);
        assert!(output.status.success(), "age -p failed:\n{}", String::from_utf8_lossy(&output.stderr));
        let bytes = std::fs::read(&sealed).expect("age wrote a file");
        if armor {
            assert!(bytes.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"));
        } else {
            // The age CLI picks its own work factor; InfoShare opens up to 20.
            let factor = work_factor_of(&bytes);
            assert!(factor <= bundle::MAX_WORK_FACTOR, "age -p chose work factor {factor}");
        }
        let opened = bundle::open(&bytes, PASSPHRASE).unwrap_or_else(|err| panic!("{name} armor={armor}: {err}"));
        assert_eq!(opened.format, Format::Age);
        assert_eq!(opened.envelope.payload, payload);
        assert_eq!(opened.envelope.reference, payload.reference());
        assert!(opened.attachments.is_empty());
        if index == 0 {
            assert_eq!(bundle::open(&bytes, "mantra-obtuse-gravel-kettle-yonder"), Err(OpenError::WrongPassphrase));
        }
    }
}

#[test]
fn the_age_tool_picks_a_work_factor_infoshare_opens() {
    let scratch = Scratch::new("factor");
    let plain = scratch.path("x.json");
    std::fs::write(&plain, "{}").expect("written");
    let sealed = scratch.path("x.age");
    let output = age(PASSPHRASE, &["-p".as_ref(), "-o".as_ref(), sealed.as_os_str(), plain.as_os_str()]);
    assert!(output.status.success(), "age -p failed:\n{}", String::from_utf8_lossy(&output.stderr));
    let factor = work_factor_of(&std::fs::read(&sealed).expect("age wrote a file"));
    println!("{} chose work factor {factor}", require("age", "--version"));
    assert!(factor <= bundle::MAX_WORK_FACTOR, "age -p chose {factor}, above InfoShare's {}", bundle::MAX_WORK_FACTOR);
}

/// The decision-record form's answers (named apart from `form::decision_record`).
fn decision_record_answers() -> infoshare_core::form::Answers {
    common::decision_record()
}

#[test]
fn a_failing_command_never_shows_the_passphrase() {
    require("python3", "--version");
    let secret = "lantern-mosaic-orbit-velvet";
    // Asks for a passphrase with the terminal echoing it, repeats it, and fails.
    let script = "printf 'Enter passphrase: '; read typed; echo \"typed $typed\"; exit 3";
    let mut command = Command::new("python3");
    command.arg(age_tty()).args(["--timeout", "20", "--", "sh", "-c", script]).env("AGE_TTY_PASSPHRASE", secret);
    let failed =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| succeed(&mut command, Duration::from_secs(30))));
    let message = failed.expect_err("the command fails").downcast_ref::<String>().cloned().unwrap_or_default();
    assert!(message.contains("exited with 3"), "{message}");
    assert!(!message.contains(secret), "the passphrase is shown: {message}");
}

/// A new team key and its key file, protected by [`PASSPHRASE`] at the test work factor.
fn team_key(scratch: &Scratch, name: &str) -> (TeamIdentity, PathBuf) {
    let identity = TeamIdentity::generate();
    let file = scratch.path(name);
    std::fs::write(&file, identity.key_file(PASSPHRASE, WORK_FACTOR, now()).expect("a key file")).expect("written");
    (identity, file)
}

#[test]
fn a_file_sealed_for_a_team_opens_with_the_age_tool_and_only_that_teams_key_file() {
    let scratch = Scratch::new("team");
    let (pado, pado_key) = team_key(&scratch, "team-key.age");
    let (_, other_key) = team_key(&scratch, "other-team-key.age");
    let envelope = police_envelope();
    let attachments = [attachment("chronology.txt", "text/plain", b"a chronology")];
    let sealed = bundle::seal_age_for_teams(&envelope, &attachments, &[pado.public_key()], &bundle::ScriptFonts::new())
        .expect("sealed (needs the PDF)");
    let file = scratch.path("ISR-7K3Q.age");
    std::fs::write(&file, &sealed).expect("written");

    let zip = scratch.path("out.zip");
    let output = age(
        PASSPHRASE,
        &["-d".as_ref(), "-i".as_ref(), pado_key.as_os_str(), "-o".as_ref(), zip.as_os_str(), file.as_os_str()],
    );
    assert!(output.status.success(), "age -d -i failed:\n{}", String::from_utf8_lossy(&output.stderr));
    let listing = succeed(Command::new("unzip").arg("-l").arg(&zip), Duration::from_secs(30));
    let listing = String::from_utf8_lossy(&listing.stdout);
    for entry in ["ISR-7K3Q.json", "ISR-7K3Q.pdf", "attachments/chronology.txt"] {
        assert!(listing.contains(entry), "{entry} in {listing}");
    }

    let wrong = age("not the passphrase", &["-d".as_ref(), "-i".as_ref(), pado_key.as_os_str(), file.as_os_str()]);
    assert!(!wrong.status.success());
    assert!(
        String::from_utf8_lossy(&wrong.stderr).contains("incorrect passphrase"),
        "{}",
        String::from_utf8_lossy(&wrong.stderr)
    );
    let other = age(PASSPHRASE, &["-d".as_ref(), "-i".as_ref(), other_key.as_os_str(), file.as_os_str()]);
    assert!(!other.status.success(), "another team's key file opened it");
    assert!(
        String::from_utf8_lossy(&other.stderr).contains("no identity matched"),
        "{}",
        String::from_utf8_lossy(&other.stderr)
    );
}

#[test]
fn files_the_age_tool_seals_for_a_teams_public_key_open_in_infoshare() {
    let scratch = Scratch::new("recipient");
    let (pado, key_file) = team_key(&scratch, "team-key.age");
    let unlocked = TeamIdentity::unlock(&std::fs::read(&key_file).expect("read"), PASSPHRASE).expect("unlocks");
    let (other, _) = team_key(&scratch, "other.age");
    let envelope = police_envelope();
    let Payload::Form(record) = &envelope.payload else { panic!("a form record") };
    let plain = scratch.path("ISR-7K3Q.json");
    std::fs::write(&plain, record.to_json()).expect("written");
    for armor in [false, true] {
        let sealed = scratch.path(if armor { "armored.age" } else { "binary.age" });
        let mut command = Command::new("age");
        command.arg("-r").arg(pado.public_key()).arg("-o").arg(&sealed);
        if armor {
            command.arg("-a");
        }
        succeed(command.arg(&plain), Duration::from_secs(30));
        let bytes = std::fs::read(&sealed).expect("age wrote a file");
        let opened =
            bundle::open_with(&bytes, Key::Team(&unlocked)).unwrap_or_else(|err| panic!("armor={armor}: {err}"));
        assert_eq!(opened.envelope.payload, Payload::Form(record.clone()));
        assert_eq!(bundle::open_with(&bytes, Key::Team(&other)), Err(OpenError::NotForThisKey));
        assert_eq!(bundle::open(&bytes, PASSPHRASE), Err(OpenError::ForTeamKey));
    }
}

#[test]
fn a_key_file_made_with_the_age_tool_unlocks_in_infoshare() {
    let scratch = Scratch::new("keygen");
    let identity = scratch.path("key.txt");
    succeed(Command::new("age-keygen").arg("-o").arg(&identity), Duration::from_secs(30));
    let public = succeed(Command::new("age-keygen").arg("-y").arg(&identity), Duration::from_secs(30));
    let public = String::from_utf8_lossy(&public.stdout).trim().to_owned();
    let plain = std::fs::read(&identity).expect("read");
    assert_eq!(TeamIdentity::unlock(&plain, PASSPHRASE).err(), Some(KeyError::Unprotected));
    for armor in [false, true] {
        let protected = scratch.path(if armor { "key.age.txt" } else { "key.age" });
        let mut args: Vec<&std::ffi::OsStr> = vec!["-p".as_ref(), "-o".as_ref(), protected.as_os_str()];
        if armor {
            args.push("-a".as_ref());
        }
        args.push(identity.as_os_str());
        let output = age(PASSPHRASE, &args);
        assert!(output.status.success(), "age -p failed:\n{}", String::from_utf8_lossy(&output.stderr));
        let bytes = std::fs::read(&protected).expect("age wrote a file");
        let unlocked = TeamIdentity::unlock(&bytes, PASSPHRASE).unwrap_or_else(|err| panic!("armor={armor}: {err:?}"));
        assert_eq!(unlocked.public_key(), public);
        assert_eq!(TeamIdentity::unlock(&bytes, "mantra-obtuse").err(), Some(KeyError::WrongPassphrase));
    }
}
