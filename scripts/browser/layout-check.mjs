// Each summary page in Debian's headless Chromium, driven by playwright-core,
// on screen and as printed: each side's reasons stay in one column under
// their own heading, so no reason for one option reads as one for the other.
// Offline: the page is a local file that loads nothing.
//
// Usage: node layout-check.mjs PAGE.html...
// Prints each reason out of place; exits 1 if there are any.

import path from 'node:path';
import { pagesFromArguments, withOfflineBrowser } from './offline.mjs';

const pages = pagesFromArguments('layout-check.mjs');

let total = 0;
await withOfflineBrowser({ viewport: { width: 1000, height: 1400 } }, async (context) => {
  for (const file of pages) {
    for (const media of ['screen', 'print']) {
      const page = await context.newPage();
      await page.emulateMedia({ media });
      await page.goto(`file://${path.resolve(file)}`);
      // Each reason's box against its side's heading: below it, and within
      // the heading's column.
      const wrong = await page.evaluate(() => {
        const out = [];
        for (const side of document.querySelectorAll('.reasons > div')) {
          const h = side.querySelector('h3').getBoundingClientRect();
          for (const li of side.querySelectorAll('li')) {
            const r = li.getBoundingClientRect();
            if (r.top < h.bottom - 1 || r.left < h.left - 1 || r.right > h.right + 1) {
              out.push(`"${li.textContent.slice(0, 50)}..." is not under "${side.querySelector('h3').textContent}"`);
            }
          }
        }
        return out;
      });
      const count = await page.locator('.reasons > div').count();
      if (count !== 2) {
        wrong.push(`${count} side(s) of reasons, not 2`);
      }
      console.log(`${path.basename(file)} (${media}): ${wrong.length} problem(s)`);
      for (const w of wrong) {
        total += 1;
        console.log(`  ${w}`);
      }
      await page.close();
    }
  }
});
process.exit(total === 0 ? 0 : 1);
