// Lets playwright-core 1.65.1 drive Debian's Firefox ESR over WebDriver BiDi (npm install
// scripts are blocked here, so scripts/setup.sh runs this after npm ci):
// - it sends `emulation.setMediaFeaturesOverride` (for prefers-color-scheme) whenever a context
//   or page is made, and Firefox ESR 153 answers "unknown command", failing `newContext()`:
//   those two calls now ignore exactly that answer;
// - Firefox ESR 153 announces a download with neither a download id nor a navigation, so
//   playwright ignored it and `page.waitForEvent('download')` never fired: its (unique blob or
//   file) URL now stands in for the id;
// - `page.pdf()` sends the paper size and margins in inches where BiDi's `browsingContext.print`
//   takes centimetres (an A4 sheet came out 8.3 by 11.7 cm): they are now converted.
// Idempotent. Fails loudly when the text it patches is not there, as after an upgrade of
// playwright-core: then check whether each change is still needed.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BUNDLE = fileURLToPath(new URL('../node_modules/playwright-core/lib/coreBundle.js', import.meta.url));
const MARK = '/* infoshare patch */';
const IGNORE_UNKNOWN = `.catch((error) => { if (!/unknown command/.test(error.message)) throw error; })`;
const CM = '* 2.54';

/** Each change: the exact text in playwright-core 1.65.1, and what it becomes. */
const CHANGES = [
  [
    `contexts: [this._session.sessionId, ...this._session._browsingContexts]\n        });`,
    `contexts: [this._session.sessionId, ...this._session._browsingContexts]\n        })${IGNORE_UNKNOWN};${MARK}`,
  ],
  [
    `userContexts: [this._userContextId()]\n        });\n      }\n      async doExposePlaywrightBinding() {`,
    `userContexts: [this._userContextId()]\n        })${IGNORE_UNKNOWN};${MARK}\n      }\n      async doExposePlaywrightBinding() {`,
  ],
  ...['bottom', 'left', 'right', 'top'].map((side) => [
    `${side}: convertPrintParameterToInches2(margin.${side}) || 0`,
    `${side}: (convertPrintParameterToInches2(margin.${side}) || 0) ${CM}${MARK}`,
  ]),
  ...['_onDownloadWillBegin', '_onDownloadEnded'].map((handler) => [
    `${handler}(event) {\n        if (!event.download && !event.navigation)`,
    `${handler}(event) {\n        event = { ...event, download: event.download ?? event.navigation ?? event.url };${MARK}\n        if (!event.download && !event.navigation)`,
  ]),
  [
    `page: {\n            width: paperWidth,\n            height: paperHeight\n          },`,
    `page: {\n            width: paperWidth ${CM},${MARK}\n            height: paperHeight ${CM}\n          },`,
  ],
];

let text = readFileSync(BUNDLE, 'utf8');
const applied = text.split(MARK).length - 1;
if (applied === CHANGES.length) {
  console.log('playwright-core already patched for Firefox ESR');
} else if (applied !== 0) {
  throw new Error(`${BUNDLE}: ${applied} of ${CHANGES.length} changes found; reinstall playwright-core (npm ci)`);
} else {
  for (const [from, to] of CHANGES) {
    if (text.split(from).length !== 2) throw new Error(`${BUNDLE}: expected exactly one of this text to patch:\n${from}`);
    text = text.replace(from, to);
  }
  writeFileSync(BUNDLE, text);
  console.log('playwright-core patched for Firefox ESR');
}
