// The engine the smoke suite runs in, named by $INFOSHARE_ENGINE: chromium (the default),
// firefox or webkit. Each driver gives pages with the same methods (lib/playwright.mjs,
// lib/webkit.mjs), so the suite is written once.
import { after, before } from 'node:test';
import { DIST } from '../../e2e/lib/app.mjs';
import { ENGINE } from '../../e2e/lib/browsers.mjs';
import { startServer } from '../../../tools/serve.mjs';
import { launchPlaywright } from './playwright.mjs';
import { launchWebKit } from './webkit.mjs';

export { ENGINE };

export const launchEngine = () => (ENGINE === 'webkit' ? launchWebKit() : launchPlaywright(ENGINE));

/**
 * Serves the release build and launches the engine before the file's tests, and stops both
 * after. Returns an object the `before` hook fills in: { url, engine }.
 */
export function useEngine() {
  const use = {};
  let server;
  before(async () => {
    ({ server, url: use.url } = await startServer(DIST, 0));
    use.engine = await launchEngine();
  });
  after(async () => {
    await use.engine?.close();
    await new Promise((done) => server?.close(done) ?? done());
  });
  return use;
}
