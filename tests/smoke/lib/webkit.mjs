// WebKit for the smoke suite: WebKitGTK's MiniBrowser, driven by selenium-webdriver through
// Debian's WebKitWebDriver, under a private Xvfb display (MiniBrowser needs one, even when
// automated). WebDriver classic only: WebKitWebDriver refuses BiDi, so there are no console or
// download events. Instead an error hook is injected into each new document (console.error,
// uncaught errors and rejections), and a download is the new file in MiniBrowser's download
// folder, which is the session's own $HOME.
//
// Each page is the small part of Playwright's Page that the shared helpers use (evaluate,
// keyboard, title, url, goto, waitForFunction, waitForSelector), so the flows and the keyboard
// helpers in tests/e2e/lib are written once for every engine.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Builder, By, Key } from 'selenium-webdriver';
import { REPO } from '../../e2e/lib/app.mjs';

const run = promisify(execFile);
const PRINT = join(REPO, 'tools/webkit-print.py');
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Playwright's key names, as WebDriver keys. */
const KEYS = {
  Tab: Key.TAB, Enter: Key.ENTER, Space: Key.SPACE, Delete: Key.DELETE, Backspace: Key.BACK_SPACE, Escape: Key.ESCAPE,
  ArrowDown: Key.ARROW_DOWN, ArrowUp: Key.ARROW_UP, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT,
  Shift: Key.SHIFT, ControlOrMeta: Key.CONTROL, Control: Key.CONTROL,
};

/** Records what would reach the console as an error: run in every new document. */
function errorHook() {
  if (window.__smokeProblems) return;
  const problems = (window.__smokeProblems = []);
  const error = console.error.bind(console);
  console.error = (...args) => {
    problems.push(`console error: ${args.map(String).join(' ')}`);
    error(...args);
  };
  addEventListener('error', (event) => problems.push(`page error: ${event.message} ${event.filename}:${event.lineno}`));
  addEventListener('unhandledrejection', (event) => problems.push(`page error: unhandled rejection ${event.reason}`));
}

/** Calls `fn(arg)` in the page and returns its (awaited) result, as Playwright's evaluate. */
const call = (fn, arg) => [`return (${fn})(arguments[0]);`, arg];

const pause = (ms) => new Promise((done) => setTimeout(done, ms));

/** Polls `check` until it returns something truthy, or fails after `timeout` ms with `what`. */
async function poll(check, timeout, what) {
  let failure = '';
  for (const deadline = Date.now() + timeout; ; await pause(50)) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      // WebKitWebDriver can fail a script call while the page is changing ("Could not parse
      // script result"); the next poll asks again.
      failure = `; last error: ${error.message}`;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}${failure}`);
  }
}

class WebKitPage {
  constructor(driver, downloads, display) {
    this.driver = driver;
    this.downloads = downloads;
    this.display = display;
    this.keyboard = {
      press: (combo) => {
        const keys = combo.split('+').map((k) => KEYS[k] ?? k.toLowerCase());
        const actions = this.driver.actions();
        for (const key of keys) actions.keyDown(key);
        for (const key of keys.reverse()) actions.keyUp(key);
        return actions.perform();
      },
      type: (text) => this.driver.actions().sendKeys(text).perform(),
    };
  }

  evaluate(fn, arg) {
    return this.driver.executeScript(...call(fn, arg));
  }

  title() {
    return this.driver.getTitle();
  }

  url() {
    return this.driver.getCurrentUrl();
  }

  async goto(url) {
    await this.driver.get(url);
    await this.driver.executeScript(`(${errorHook})()`);
  }

  waitForFunction(fn, arg, { timeout = 30_000 } = {}) {
    return poll(() => this.evaluate(fn, arg), timeout, `${fn}`);
  }

  waitForSelector(selector, { timeout = 30_000 } = {}) {
    return poll(() => this.evaluate((s) => document.querySelector(s) !== null, selector), timeout, selector);
  }

  /** A mouse click on the element, as WebDriver does it (scrolled into view, at its centre). */
  async click(selector) {
    await this.driver.findElement(By.css(selector)).click();
  }

  /** Chooses `file` in the file input, as the file picker would. */
  async setFile(selector, file) {
    await this.driver.findElement(By.css(selector)).sendKeys(file);
  }

  /** Runs `action`, which starts a download, and returns the saved file: { name, file }. */
  async download(action) {
    const before = new Set(readdirSync(this.downloads));
    await action();
    const name = await poll(
      () => readdirSync(this.downloads).find((f) => !before.has(f) && !f.startsWith('.') && !f.endsWith('.wkdownload')),
      30_000,
      `a download in ${this.downloads}`,
    );
    return { name, file: join(this.downloads, name) };
  }

  /**
   * Prints the page at this address to `file` as PDF on A4, through tools/webkit-print.py:
   * WebKitWebDriver has no print command, so WebKit loads the address anew to print it, and
   * what the page held only in memory is not printed.
   */
  async pdf(file) {
    await run('/usr/bin/python3', [PRINT, await this.url(), file], { env: { ...process.env, DISPLAY: this.display }, timeout: 60_000 });
  }

  async problems() {
    return this.evaluate(() => window.__smokeProblems ?? ['the error hook is missing: was the page loaded with goto()?']);
  }

  close() {
    return this.driver.quit();
  }
}

/** Starts Xvfb on a free display; resolves with the process and the display (":N"). */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    xvfb.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.endsWith('\n')) resolve({ xvfb, display: `:${output.trim()}` });
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
}

export async function launchWebKit() {
  const home = mkdtempSync(join(tmpdir(), 'infoshare-webkit-'));
  const { xvfb, display } = await startXvfb();
  const port = 4400 + Math.floor(Math.random() * 1000);
  const server = spawn('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: display, HOME: home }, stdio: 'ignore' });
  const capabilities = { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } };
  return {
    name: 'webkit',
    async newPage() {
      // A session that has not started in 20 s is given up and asked for again (once in
      // about 40 sessions here, WebKitWebDriver never answered and the suite hung).
      const session = new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities);
      const connect = () => Promise.race([session.build().catch(() => null), pause(20_000).then(() => null)]);
      return new WebKitPage(await poll(connect, 60_000, 'WebKitWebDriver to start a session'), home, display);
    },
    async close() {
      server.kill();
      xvfb.kill();
    },
  };
}
