// Each summary page through axe-core (the accessibility engine) in Debian's
// headless Chromium, driven by playwright-core: WCAG 2.1 A and AA rules and
// best practice. Offline: the page is a local file that loads nothing, and
// any request it makes is refused.
//
// Usage: node axe-check.mjs PAGE.html...
// Prints each violation with the elements it found; exits 1 if there are any.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const pages = process.argv.slice(2);
if (pages.length === 0) {
  console.error('usage: node axe-check.mjs PAGE.html...');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let total = 0;
try {
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort());
  for (const file of pages) {
    const page = await context.newPage();
    await page.goto(`file://${path.resolve(file)}`);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
      TAGS,
    );
    const name = path.basename(file);
    console.log(`${name}: ${result.violations.length} violation(s), ${result.passes.length} rule(s) passed`);
    for (const v of result.violations) {
      total += 1;
      console.log(`  ${v.id} (${v.impact}): ${v.help}`);
      for (const node of v.nodes.slice(0, 5)) {
        console.log(`    ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(total === 0 ? 0 : 1);
