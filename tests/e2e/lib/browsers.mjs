// The browsers that playwright-core drives here, all Debian's own (no browser is ever
// downloaded): Chromium, and Firefox ESR over WebDriver BiDi (playwright-core patched for it
// by tools/patch-playwright.mjs). The engine is $INFOSHARE_ENGINE: chromium (the default) or
// firefox. WebKit has no Playwright driver here: the smoke suite drives it through
// WebKitWebDriver (tests/smoke/lib/webkit.mjs).
import { chromium, firefox } from 'playwright-core';

export const ENGINE = process.env.INFOSHARE_ENGINE ?? 'chromium';

/**
 * Why a test that looks at the page in print media (`page.emulateMedia`) is skipped in this
 * engine, or false: Firefox ESR 153 answers WebDriver BiDi's media emulation with "unknown
 * command", so there the print view is checked only by printing to PDF.
 */
export const NO_PRINT_MEDIA = ENGINE === 'firefox' && 'Firefox ESR 153 cannot emulate print media over WebDriver BiDi (unknown command)';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// After a download Firefox opens its downloads panel, and a PDF in a tab of its own viewer,
// either of which takes focus from the page (a person's Firefox does the same: the help
// page says so), so the next key a test pressed would go there. Tests keep to the page.
const FIREFOX_PREFS = { 'browser.download.alwaysOpenPanel': false, 'pdfjs.disabled': true };

/** Starts `engine` headless; returns playwright's Browser. */
export function launchBrowser(engine = ENGINE) {
  switch (engine) {
    case 'chromium':
      return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    case 'firefox':
      return firefox.launch({ channel: 'moz-firefox', executablePath: FIREFOX, firefoxUserPrefs: FIREFOX_PREFS });
    default:
      throw new Error(`INFOSHARE_ENGINE=${engine}: playwright drives chromium or firefox here`);
  }
}
