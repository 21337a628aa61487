// The engine the smoke suite runs in, named by $INFOSHARE_ENGINE: chromium (the default),
// firefox or webkit. Each driver gives pages with the same methods (lib/playwright.mjs,
// lib/webkit.mjs), so the suite is written once.
import { ENGINE } from '../../e2e/lib/browsers.mjs';
import { launchPlaywright } from './playwright.mjs';
import { launchWebKit } from './webkit.mjs';

export { ENGINE };

export const launchEngine = () => (ENGINE === 'webkit' ? launchWebKit() : launchPlaywright(ENGINE));
