// Chromium and Firefox for the smoke suite, through playwright-core (tests/e2e/lib/browsers.mjs).
// Each page offers the same methods as a WebKit page (lib/webkit.mjs): the part of
// Playwright's Page the shared helpers use, plus click, setFile, download, pdf and problems, with
// console errors, page errors and failed requests taken from playwright's events.
import { writeFileSync } from 'node:fs';
import { watch } from '../../e2e/lib/app.mjs';
import { launchBrowser } from '../../e2e/lib/browsers.mjs';
import { downloadOf } from '../../e2e/lib/seal.mjs';

class PlaywrightPage {
  constructor(context, page) {
    this.context = context;
    this.page = page;
    this.keyboard = page.keyboard;
    this.watched = watch(page);
  }

  evaluate(fn, arg) {
    return this.page.evaluate(fn, arg);
  }

  title() {
    return this.page.title();
  }

  url() {
    return this.page.url();
  }

  goto(url) {
    return this.page.goto(url);
  }

  waitForFunction(fn, arg, options) {
    return this.page.waitForFunction(fn, arg, options);
  }

  waitForSelector(selector, options) {
    return this.page.waitForSelector(selector, { state: 'attached', ...options });
  }

  click(selector) {
    return this.page.click(selector);
  }

  setFile(selector, file) {
    return this.page.setInputFiles(selector, file);
  }

  download(action) {
    return downloadOf(this.page, action);
  }

  /** Prints the page to `file` as PDF on A4 (or the page size the page's CSS asks for). */
  async pdf(file) {
    writeFileSync(file, await this.page.pdf({ format: 'A4', preferCSSPageSize: true }));
  }

  async problems() {
    return this.watched.problems();
  }

  close() {
    return this.context.close();
  }
}

export async function launchPlaywright(engine) {
  const browser = await launchBrowser(engine);
  return {
    name: engine,
    async newPage() {
      const context = await browser.newContext({ acceptDownloads: true });
      return new PlaywrightPage(context, await context.newPage());
    },
    close: () => browser.close(),
  };
}
