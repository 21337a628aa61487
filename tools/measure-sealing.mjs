// Measures sealing and opening in headless Chromium, through the release build's own sealing
// worker: a full request (200 answers, some 10,000 characters) sealed as a PDF, and the same
// request with a 20 MB attachment sealed as an age file (scrypt work factor 18 included) and
// opened again; then the same with a team key (issue 21): making the key and its key file,
// unlocking the key file (once a visit), and sealing for the key and opening with it, where
// no scrypt runs. Prints the median of 5 runs of each, the worker's start-up time, and each
// worker's peak memory (its WebAssembly memory after the job, which never shrinks). (Here the
// measuring page passes the key to the opening worker itself; the app's page never does:
// its keyholder worker does.)
//
// Usage: node tools/measure-sealing.mjs [dist]      (build first: trunk build --release)
import { launchChromium, median, ms } from './chromium.mjs';
import { startServer } from './serve.mjs';

const RUNS = 5;
const ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** A form record with 20 subjects of 10 answers each, as the app would seal it. */
function fullRequest() {
  const summary = [];
  for (let subject = 1; subject <= 20; subject += 1) {
    for (let row = 1; row <= 10; row += 1) {
      const long = row === 10 ? 'Planned placement with a family friend. '.repeat(250) : `O'Neill-Łukasz Nguyễn ${subject}.${row}`;
      summary.push({ section: 'People you want checked', path: `subjects[${subject - 1}].f${row}`, context: `Subject ${subject}`, label: `Answer ${row}`, value: long });
    }
  }
  const record = {
    format: 'infoshare-form-record', version: 1, reference: 'ISR-BENC', created: '2026-03-02T10:15:00',
    form: { pack: 'lincolnshire', pack_version: '1.0.0', law_as_at: '2026-11-01', id: 'police-disclosure-request', title: 'Request for police disclosure' },
    answers: {}, summary, routing: [], warnings: [],
  };
  return JSON.stringify({ format: 'infoshare-bundle', version: 1, reference: 'ISR-BENC', sealed: '2026-03-02T10:15:00', training: false, payload: record, attachments: [] });
}

/** Runs one job in a fresh worker in the page; returns its timings and answer. */
function runJob(page, job) {
  return page.evaluate(async ({ job, attachmentBytes }) => {
    const url = document.querySelector('meta[name="infoshare-sealer"]').content;
    const started = performance.now();
    const worker = new Worker(url);
    const answer = (kind) => new Promise((done) => {
      worker.onmessage = (event) => { if (event.data.kind === kind || event.data.kind === 'failed') done(event.data); };
      worker.onerror = (event) => done({ kind: 'failed', message: `the worker did not start: ${event.message ?? url}` });
      setTimeout(() => done({ kind: 'failed', message: `no "${kind}" from the worker in 120 s` }), 120_000);
    });
    const hello = await answer('ready');
    if (hello.kind === 'failed') throw new Error(hello.message);
    const ready = performance.now();
    const { open, keep, withKey, forKey, unlock, ...message } = job;
    const transfer = [];
    if (job.attachment) {
      const bytes = new Uint8Array(attachmentBytes);
      for (let at = 0; at < bytes.length; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536));
      message.attachments = [{ name: 'scan.pdf', media_type: 'application/pdf', bytes }];
    }
    if (open) message.file = window[open];
    if (forKey) message.keys = [window.__publicKey];
    if (unlock) message.key_file = window.__keyFile;
    let secret;
    if (withKey || unlock) {
      const channel = new MessageChannel();
      if (withKey) channel.port1.postMessage(window.__secret.slice());
      else secret = new Promise((done) => { channel.port1.onmessage = (event) => done(event.data); });
      message.port = channel.port2;
      transfer.push(channel.port2);
    }
    const kinds = { open: 'opened', seal: 'sealed', keygen: 'key-made', unlock: 'unlocked', hold: 'holding' };
    const replied = answer(kinds[job.job]);
    const posted = performance.now();
    worker.postMessage(message, transfer);
    const reply = await replied;
    const finished = performance.now();
    worker.terminate();
    if (reply.kind === 'failed') throw new Error(reply.message);
    if (keep) window[keep] = reply.bytes;
    if (reply.public_key && job.job === 'keygen') window.__publicKey = reply.public_key;
    if (secret) window.__secret = await secret;
    return { startup: ready - started, job: finished - posted, memory: reply.memory ?? 0, size: reply.bytes?.length ?? 0 };
  }, { job, attachmentBytes: ATTACHMENT_BYTES });
}

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function measure(page, label, job) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await runJob(page, job));
  const first = runs[0];
  console.log(`${label}: median ${ms(median(runs.map((r) => r.job)))} (runs: ${runs.map((r) => ms(r.job)).join(', ')}); ` +
    `worker start median ${ms(median(runs.map((r) => r.startup)))} (first ${ms(first.startup)}); peak memory ${mib(Math.max(...runs.map((r) => r.memory)))}` +
    (first.size ? `; file ${first.size.toLocaleString('en-GB')} bytes` : ''));
}

const dist = process.argv[2] ?? 'dist';
const { server, url } = await startServer(dist, 0);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${url}#/`);
  await page.waitForSelector('h1');
  const envelope = fullRequest();
  const passphrase = 'qualifier alive unplowed race detached humorist';
  await measure(page, 'PDF, full request', { job: 'seal', format: 'pdf', envelope, passphrase });
  await measure(page, 'age, full request + 20 MB attachment (scrypt 2^18)', { job: 'seal', format: 'age', envelope, passphrase, attachment: true, keep: '__sealed' });
  await measure(page, 'open that age file', { job: 'open', open: '__sealed', passphrase });
  await measure(page, 'make a team key and its key file (scrypt 2^18)', { job: 'keygen', passphrase, created: '2026-03-02T10:15:00', keep: '__keyFile' });
  await measure(page, 'unlock the key file (scrypt 2^18, once a visit)', { job: 'unlock', unlock: true, passphrase });
  await measure(page, 'age for a team key, full request + 20 MB attachment (no scrypt)', { job: 'seal', format: 'age', envelope, forKey: true, attachment: true, keep: '__sealedForTeam' });
  await measure(page, 'open that file with the team key', { job: 'open', open: '__sealedForTeam', withKey: true });
  await measure(page, 'the keyholder taking the key (its memory is kept for the visit)', { job: 'hold', withKey: true });
} finally {
  await browser.close();
  server.close();
}
