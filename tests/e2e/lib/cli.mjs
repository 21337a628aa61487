// The public tools a recipient without InfoShare would use on a sealed file: qpdf and
// poppler's pdftotext for the PDF, Debian's age CLI (driven through tools/age-tty.py, since
// age reads passphrases only from a terminal) for the age file, with a passphrase or a team's
// key file; and age and age-keygen as a sender without InfoShare would seal for a team's key.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './app.mjs';

export const scratch = () => mkdtempSync(join(tmpdir(), 'infoshare-e2e-'));

/** Decrypts a sealed PDF with qpdf and returns its text as pdftotext reads it. */
export function pdfText(file, passphrase) {
  const plain = join(scratch(), 'plain.pdf');
  execFileSync('qpdf', [`--password=${passphrase}`, '--decrypt', file, plain], { stdio: ['ignore', 'pipe', 'pipe'] });
  return execFileSync('pdftotext', ['-layout', plain, '-'], { encoding: 'utf8' });
}

/** qpdf's account of a file's encryption (poppler's tools refuse passwords over 32 characters). */
export function pdfEncryption(file, passphrase) {
  return execFileSync('qpdf', [`--password=${passphrase}`, '--show-encryption', file], { encoding: 'utf8' });
}

/** Decrypts an age file with the age CLI; returns the plaintext bytes. */
export const ageDecrypt = (file, passphrase) => ageTty(['-d'], file, passphrase);

/** Decrypts an age file sealed for a team with the age CLI and the team's key file (`-i`),
 * typing the key file's passphrase; returns the plaintext bytes. */
export const ageDecryptWithKey = (file, keyFile, passphrase) => ageTty(['-d', '-i', keyFile], file, passphrase);

/** Runs `age <args> -o <out> <file>` in a pseudo-terminal that types `passphrase`. */
function ageTty(args, file, passphrase) {
  const out = join(scratch(), 'plain');
  execFileSync('python3', [join(REPO, 'tools/age-tty.py'), '--', 'age', ...args, '-o', out, file], {
    env: { ...process.env, AGE_TTY_PASSPHRASE: passphrase },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return readFileSync(out);
}

/** Seals a file for these public keys with the age CLI (`age -r`); returns the sealed file. */
export function ageEncryptFor(file, publicKeys) {
  const out = join(scratch(), 'ISR-0000.age');
  execFileSync('age', [...publicKeys.flatMap((key) => ['-r', key]), '-o', out, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  return out;
}

/** A new key made by age-keygen, unprotected as age-keygen writes it; returns its public key. */
export function ageKeygen() {
  const file = join(scratch(), 'key.txt');
  execFileSync('age-keygen', ['-o', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  return execFileSync('age-keygen', ['-y', file], { encoding: 'utf8' }).trim();
}

/** The names of the entries in a zip, by `unzip -Z1`. */
export function zipEntries(file) {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
}

/** One entry of a zip, by `unzip -p`. */
export function zipEntry(file, name) {
  return execFileSync('unzip', ['-p', file, name]);
}
