// Measures InfoShare's load side by side with SurveyJS, the usual ready-made form engine, in
// one headless Chromium run with the CPU slowed down 4 times and a cold cache (a fresh
// browser context, no service worker, for every run), the median of 5:
//
// - InfoShare's Home, ready to use;
// - the Lincolnshire request for police disclosure opened at its first section by address
//   (the main module, the forms area's chunks, the packs file and its reader);
// - the same form rendered by SurveyJS (npm survey-core and survey-js-ui, its default theme),
//   from a model of the form made from the same pack (tools/surveyjs-model.mjs), until its
//   first page's questions are drawn.
//
// Reported, not asserted (the times depend on the machine). The aim (issue 16) is for
// InfoShare's form to take at most half of SurveyJS's time.
//
// Usage: node tools/measure-vs-surveyjs.mjs [dist]      (build first: trunk build --release)
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, median, ms } from './chromium.mjs';
import { startServer } from './serve.mjs';
import { surveyModel } from './surveyjs-model.mjs';

const RUNS = 5;
const CPU_SLOWDOWN = 4;
const FORM = { pack: 'packs/lincolnshire.toml', id: 'police-disclosure-request', first: 'reason' };

const SURVEY_FILES = ['survey-core/survey.core.min.js', 'survey-js-ui/survey-js-ui.min.js', 'survey-core/survey-core.min.css'];
const SURVEY_PAGE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:">
  <title>SurveyJS</title>
  <link rel="stylesheet" href="survey-core.min.css">
  <script src="survey.core.min.js" defer></script>
  <script src="survey-js-ui.min.js" defer></script>
  <script src="start.js" defer></script>
</head>
<body><div id="survey"></div></body>
</html>
`;

/** A folder serving the SurveyJS page with the form's model. */
function surveyFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'surveyjs-'));
  for (const file of SURVEY_FILES) copyFileSync(join('node_modules', file), join(dir, file.split('/').pop()));
  const model = JSON.stringify(surveyModel(FORM.pack, FORM.id));
  writeFileSync(join(dir, 'start.js'), `new Survey.Model(${model}).render(document.getElementById('survey'));\n`);
  writeFileSync(join(dir, 'index.html'), SURVEY_PAGE);
  return dir;
}

/** Milliseconds from navigation start until `ready` holds in the page, in a fresh, slowed context. */
async function timeUntil(browser, url, ready) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(`(${watchFor.toString()})(${ready.toString()})`);
    await page.goto(url);
    const at = await page.waitForFunction(() => window.__readyAt, null, { timeout: 60_000 });
    return at.jsonValue();
  } finally {
    await context.close();
  }
}

/** Runs in the page: records when `ready()` first holds. */
function watchFor(ready) {
  const observer = new MutationObserver(() => {
    if (ready()) {
      window.__readyAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

const homeReady = () => !document.getElementById('app-starting') && document.querySelector('main h1');
const sectionReady = () => document.querySelector('main h1')?.textContent.includes('Reason for the request') && document.querySelector('main input[type="radio"]');
const surveyReady = () => document.querySelectorAll('#survey input[type="radio"]').length >= 2;

const line = (label, runs) => `${label}: median ${ms(median(runs))} (runs: ${runs.map(ms).join(', ')})`;

const dist = process.argv[2] ?? 'dist';
const survey = surveyFolder();
const app = await startServer(dist, 0);
const other = await startServer(survey, 0);
const browser = await launchChromium();
try {
  const home = [];
  const form = [];
  const surveyjs = [];
  for (let run = 0; run < RUNS; run += 1) {
    home.push(await timeUntil(browser, `${app.url}#/`, homeReady));
    form.push(await timeUntil(browser, `${app.url}#/forms/lincolnshire/${FORM.id}/section/${FORM.first}`, sectionReady));
    surveyjs.push(await timeUntil(browser, other.url, surveyReady));
  }
  console.log(`Load to ready, ${CPU_SLOWDOWN}x CPU slowdown, cold cache, ${RUNS} runs, served from 127.0.0.1 (no network delay)`);
  console.log(line('  InfoShare Home', home));
  console.log(line('  InfoShare police disclosure request, first section by address', form));
  console.log(line('  SurveyJS, the same form, first page', surveyjs));
  console.log(`  InfoShare's form takes ${Math.round((100 * median(form)) / median(surveyjs))}% of SurveyJS's time (aim: at most 50%)`);
} finally {
  await browser.close();
  app.server.close();
  other.server.close();
  rmSync(survey, { recursive: true, force: true });
}
