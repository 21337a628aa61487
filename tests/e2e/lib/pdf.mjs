// Reading a sealed PDF as a recipient's tools do: qpdf decrypts it, pdftotext reads its text.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { scratch } from './cli.mjs';

/** pdftotext's reading of a sealed PDF (decrypted by qpdf: poppler refuses passwords over 32
 * characters), line by line, without the marks it puts around right-to-left text. */
export function pdfLines(file, passphrase) {
  const plain = join(scratch(), 'plain.pdf');
  execFileSync('qpdf', [`--password=${passphrase}`, '--decrypt', file, plain]);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', plain, '-'], { encoding: 'utf8' });
  return text.replace(/[\u202b\u202c]/g, '').split('\n').map((line) => line.trim());
}
