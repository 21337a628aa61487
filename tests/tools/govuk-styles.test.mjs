// Every GOV.UK Frontend class the app's views use has a rule in the built stylesheet, which
// imports only the components the app uses (style/main.scss): a component added to a view but
// not to the stylesheet fails here. Run after the release build (reads dist/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const sourceFiles = (dir) => readdirSync(dir, { recursive: true }).filter((name) => name.endsWith('.rs')).map((name) => join(dir, name));

/** Structural classes GOV.UK Frontend puts in its markup but gives no style of their own. */
const UNSTYLED_BY_DESIGN = ['govuk-table__body', 'govuk-table__row', 'govuk-frontend-supported'];

/** Class names starting govuk- in the Rust views. */
function usedClasses() {
  const used = new Set();
  for (const file of sourceFiles('src')) {
    for (const [name] of readFileSync(file, 'utf8').matchAll(/govuk-[a-z0-9]+(?:[-_]{1,2}[a-z0-9]+)*/g)) used.add(name);
  }
  return [...used].filter((name) => !UNSTYLED_BY_DESIGN.includes(name)).sort();
}

test('every govuk- class in the views is styled by the built stylesheet', () => {
  const cssName = readdirSync('dist').find((name) => /^main-[0-9a-f]+\.css$/.test(name));
  assert.ok(cssName, 'dist has the stylesheet (build first: trunk build --release)');
  const css = readFileSync(join('dist', cssName), 'utf8');
  const unstyled = usedClasses().filter((name) => !css.includes(`.${name}`));
  assert.deepEqual(unstyled, []);
});
