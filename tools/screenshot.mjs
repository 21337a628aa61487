// Takes full-page screenshots of the built app, for README.md and for looking at changes.
// Usage: [FULL_PAGE=0] node tools/screenshot.mjs <out-dir> [route ...]   (routes are fragments like #/sources)
import { launchChromium } from './chromium.mjs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './serve.mjs';

const [outDir = 'screenshots', ...routes] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const { server, url } = await startServer('dist', 0);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  page.on('console', (message) => console.log(`console ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  for (const route of routes.length ? routes : ['#/']) {
    await page.goto(`${url}${route}`);
    await page.waitForSelector('h1');
    const file = join(outDir, `${route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.png`);
    await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE !== '0' });
    console.log(`${route} -> ${file} (${await page.title()})`);
  }
} finally {
  await browser.close();
  server.close();
}
