// What the measuring and screenshot tools share: Debian's headless Chromium, launched the same
// way each time (no sandbox in a container, nothing in the background), and the median and
// millisecond formatting their reports use.
import { chromium } from 'playwright-core';

/** Launches /usr/bin/chromium headless, with nothing running in the background. */
export const launchChromium = () =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

/** The middle value (the upper middle of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** "1,234 ms". */
export const ms = (value) => `${Math.round(value).toLocaleString('en-GB')} ms`;
