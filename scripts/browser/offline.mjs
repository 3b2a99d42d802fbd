// What the browser checks share: the pages named on the command line, and
// Debian's headless Chromium, driven by playwright-core, that loads nothing
// but local files (any other request is refused).

import { chromium } from 'playwright-core';

/** The pages to check, or a usage line and exit 2 when none are named. */
export function pagesFromArguments(script) {
  const pages = process.argv.slice(2);
  if (pages.length === 0) {
    console.error(`usage: node ${script} PAGE.html...`);
    process.exit(2);
  }
  return pages;
}

/** Run `check(context)` in an offline browser; the browser is closed after. */
export async function withOfflineBrowser(contextOptions, check) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext(contextOptions);
    await context.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort());
    return await check(context);
  } finally {
    await browser.close();
  }
}
