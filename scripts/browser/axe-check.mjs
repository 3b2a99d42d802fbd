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
import { pagesFromArguments, withOfflineBrowser } from './offline.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const pages = pagesFromArguments('axe-check.mjs');

let total = 0;
await withOfflineBrowser({}, async (context) => {
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
});
process.exit(total === 0 ? 0 : 1);
