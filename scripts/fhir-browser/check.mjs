// The FHIR exports in a real form renderer: NLM's LHC-Forms (npm "lforms")
// in Debian's headless Chromium, driven by playwright-core, fully offline
// (every request is answered from node_modules or refused).
//
// Usage: node check.mjs DIR [BIN]
//   DIR holds questionnaire.json and response-NAME.json files, as written by
//   scripts/fhir-check.sh, and for each example its answers (answers-NAME.json)
//   and the summary `run --answers` made of them (NAME/). A screenshot of the
//   form after a "yes" to the safety question is written to DIR/safety-yes.png.
//   BIN is the therapy-choice binary that weighs each form filled in (fill.mjs).
//
// Checks: the Questionnaire renders with no console errors; every item
// appears; a "yes" (and every other answer that raises the safety flag, and
// "right now: yes") shows the crisis lines, and another answer hides them;
// each "I'm not sure" box has words of its own, and ticking then unticking it
// brings the number back; the rating end labels show;
// each QuestionnaireResponse loads and reads back with the same answers
// ("don't know" included); each example is complete; each example filled in
// through the form's own controls, weighed by `run --fhir-response`, gives
// the same record as `run --answers` (fill.mjs).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { fillEach } from './fill.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'node_modules/lforms/dist/lforms');
const [dir, bin] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node check.mjs DIR [BIN] (DIR with questionnaire.json and response-*.json)');
  process.exit(2);
}
const ORIGIN = 'http://forms.test';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>therapy-choice in LHC-Forms</title>
<link href="/lforms/webcomponent/styles.css" rel="stylesheet"></head>
<body><div id="form"></div>
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/runtime.js" type="module"></script>
<script src="/lforms/webcomponent/polyfills.js" type="module"></script>
<script src="/lforms/webcomponent/main.js" type="module"></script>
<script src="/lforms/fhir/R4/lformsFHIR.min.js" defer></script></body></html>`;
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.ico': 'image/x-icon', '.map': 'application/json' };

const failures = [];
function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? `\n     ${detail}` : ''}`);
  if (!ok) failures.push(what);
}

const read = (name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
const questionnaire = read('questionnaire.json');
// The same bank with one 0-10 rating added (scripts/fhir-check.sh), so that the
// rating's end labels are checked while the built-in bank has no rating.
const withRating = fs.existsSync(path.join(dir, 'questionnaire-with-rating.json'))
  ? read('questionnaire-with-rating.json') : null;
const responses = fs.readdirSync(dir)
  .filter((f) => /^response-.*\.json$/.test(f))
  .sort()
  .map((f) => [f.slice('response-'.length, -'.json'.length), read(f)]);

function* walk(items, parents = []) {
  for (const item of items || []) {
    yield [item, parents];
    yield* walk(item.item, [...parents, item]);
  }
}
const control = (item) => (item.extension || [])
  .filter((e) => e.url.endsWith('/questionnaire-itemControl'))
  .map((e) => e.valueCodeableConcept.coding[0].code)[0];
const css = (linkId) => `[id^="item-${linkId}/"]`;
const squash = (text) => text.replace(/\s+/g, ' ').trim();

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fhir-browser-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1000, height: 1400 },
  offline: false,
});
const refused = [];
await context.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (url.origin !== ORIGIN) {
    refused.push(url.href);
    return route.abort();
  }
  if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
  const file = path.join(dist, decodeURIComponent(url.pathname).replace(/^\/lforms\//, ''));
  if (url.pathname.startsWith('/lforms/') && file.startsWith(dist) && fs.existsSync(file)) {
    return route.fulfill({ contentType: TYPES[path.extname(file)] || 'application/octet-stream', body: fs.readFileSync(file) });
  }
  refused.push(url.href);
  return route.fulfill({ status: 404, body: '' });
});

/// A fresh page with the form rendered; console errors collected.
async function render(q, response) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.LForms?.Util && window.LForms?.FHIR?.R4);
  await page.evaluate(async ([q, r]) => {
    const options = { allowHTML: true };
    if (r) options.questionnaireResponse = r;
    await LForms.Util.addFormToPage(q, 'form', options);
  }, [q, response]);
  await page.waitForSelector('lhc-item');
  return { page, errors };
}

const visible = async (page, linkId) => {
  const el = page.locator(css(linkId)).first();
  return (await el.count()) > 0 && el.isVisible();
};

// 1. The questionnaire as it is.
{
  const { page, errors } = await render(questionnaire);
  check(errors.length === 0, 'the Questionnaire renders with no console errors', errors.join('\n     '));
  const missing = [];
  for (const [item, parents] of walk(questionnaire.item)) {
    const always = [item, ...parents].every((i) => !i.enableWhen);
    if (item.type === 'display' || !always) continue;
    if (!(await visible(page, item.linkId))) missing.push(item.linkId);
  }
  check(missing.length === 0, 'every item with no condition is shown at once', `missing: ${missing.join(', ')}`);

  // The crisis lines after the safety question (and after any other question
  // whose answers raise the safety flag, such as PHQ-9 item 9).
  const crisisItems = [...walk(questionnaire.item)].filter(([i]) => i.linkId.endsWith('.crisis'));
  check(crisisItems.length >= 1, `crisis display items in the Questionnaire: ${crisisItems.length}`);
  // An answer to click: a coding by its option's id (LHC-Forms adds the
  // points to the words of a scored option), a yes or no by its words.
  const label = (when) => when.answerCoding ? when.answerCoding.display : (when.answerBoolean ? 'Yes' : 'No');
  const pick = (linkId, when) => {
    const labels = page.locator(`${css(linkId)} label`);
    if (when.answerCoding) {
      const { system, code } = when.answerCoding;
      return labels.and(page.locator(`[id$="|${system}|${code}"]`)).first().click();
    }
    return labels.filter({ hasText: new RegExp(`^\\s*${label(when)}\\s*$`) }).first().click();
  };
  let shot = false;
  for (const [crisis] of crisisItems) {
    const safetyId = crisis.enableWhen[0].question;
    const [safety] = [...walk(questionnaire.item)].find(([i]) => i.linkId === safetyId);
    // A question shown only after another answer: give that answer first.
    for (const when of safety.enableWhen || []) await pick(when.question, when);
    await page.waitForTimeout(300);
    check(!(await visible(page, crisis.linkId)), `${safetyId}: the crisis lines are hidden before it is answered`);
    const lines = crisis.text.split('\n').map((l) => squash(l.replace(/^- /, ''))).filter(Boolean);
    for (const when of crisis.enableWhen) {
      await pick(safetyId, when);
      await page.waitForTimeout(300);
      const on = await visible(page, crisis.linkId);
      const text = on ? squash(await page.locator(css(crisis.linkId)).first().innerText()) : '';
      const lost = lines.filter((l) => !text.includes(l));
      check(on && lost.length === 0, `${safetyId}: "${label(when)}" shows the crisis lines, every line of them`,
        on ? `not shown: ${lost.join(' | ')}` : 'the crisis item is not shown');
      if (!shot) {
        shot = true;
        await page.locator(css(safetyId)).first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(dir, 'safety-yes.png') });
      }
    }
    const others = safety.type === 'boolean' ? [{ answerBoolean: false }]
      : safety.answerOption.map((o) => ({ answerCoding: o.valueCoding }))
        .filter((o) => !crisis.enableWhen.some((w) => w.answerCoding?.code === o.answerCoding.code));
    for (const other of others) {
      await pick(safetyId, other);
      await page.waitForTimeout(300);
      check(!(await visible(page, crisis.linkId)), `${safetyId}: "${label(other)}" hides the crisis lines`);
    }
  }
  await page.close();
}

// 2. The rating end labels. LHC-Forms has no slider and drops lower/upper
// display items (its r4-support.md lists them as unsupported); it shows the
// entryFormat, which holds both ends, in the empty field instead.
{
  const ends = (item) => (item.item || []).filter((c) => ['lower', 'upper'].includes(control(c)));
  const rated = (q) => [...walk(q.item)].some(([i]) => ends(i).length > 0);
  let ratings = 0;
  const unlabelled = [];
  for (const q of [questionnaire, withRating].filter((q) => q && rated(q))) {
    const { page, errors } = await render(q);
    check(errors.length === 0, `the Questionnaire ${q === withRating ? 'with a rating added ' : ''}renders with no console errors`, errors.join('\n     '));
    for (const [item] of walk(q.item)) {
      if (ends(item).length === 0) continue;
      ratings += 1;
      const input = page.locator(`${css(item.linkId)} input`).first();
      const shown = (await input.isVisible()) ? await input.getAttribute('placeholder') : '';
      for (const end of ends(item)) {
        if (!(shown || '').includes(end.text)) unlabelled.push(`${item.linkId}: "${end.text}" (the field shows "${shown}")`);
      }
    }
    await page.close();
  }
  check(ratings > 0 && unlabelled.length === 0, `the end labels of every rating show (${ratings})`, unlabelled.join('\n     '));
}

// 3. Every item, with every condition taken away, so that each one is shown.
{
  const open = JSON.parse(JSON.stringify(questionnaire));
  for (const [item] of walk(open.item)) { delete item.enableWhen; delete item.enableBehavior; }
  const { page, errors } = await render(open);
  const missing = [];
  let count = 0;
  for (const [item, parents] of walk(questionnaire.item)) {
    const kind = control(item);
    if (['lower', 'upper'].includes(kind)) continue;
    count += 1;
    if (kind === 'help') {
      const parent = parents[parents.length - 1];
      if ((await page.locator(`${css(parent.linkId)} .lhc-help-button`).count()) === 0) missing.push(`${item.linkId} (help button)`);
      continue;
    }
    if (!(await visible(page, item.linkId))) { missing.push(item.linkId); continue; }
    const text = item.text || (item.answerOption || []).map((o) => o.valueCoding?.display).join(' ');
    const shown = squash(await page.locator(css(item.linkId)).first().innerText());
    if (!shown.includes(squash(text.split('\n')[0]))) missing.push(`${item.linkId} (its words)`);
  }
  check(errors.length === 0 && missing.length === 0, `every one of the ${count} items appears, with its words`,
    [...errors, `missing: ${missing.join(', ')}`].join('\n     '));
  await page.close();
}

// 3b. Each "I'm not sure" box: its own words (its question's, so a screen
// reader names it and the words stay while the number is hidden); ticked,
// the number goes; unticked, the number comes back with its help button.
{
  const { page, errors } = await render(questionnaire);
  const unsure = [...walk(questionnaire.item)].filter(([i]) => i.linkId.endsWith('.dont_know'));
  const wrong = [];
  for (const [box] of unsure) {
    const number = box.linkId.slice(0, -'.dont_know'.length);
    const [asked] = [...walk(questionnaire.item)].find(([i]) => i.linkId === number);
    const always = !(box.enableWhen || []).length;
    if (!always) continue;
    const label = squash(await page.locator(`${css(box.linkId)} .lhc-question`).first().innerText());
    if (!box.text || label !== squash(box.text)) wrong.push(`${box.linkId}: its label reads "${label}"`);
    const tick = page.locator(`${css(box.linkId)} input[type="checkbox"]`).first();
    const helped = (asked.item || []).some((c) => control(c) === 'help');
    const helpShown = async () => (await page.locator(`${css(number)} .lhc-help-button`).count()) > 0;
    await tick.click();
    await page.waitForTimeout(300);
    if (await visible(page, number)) wrong.push(`${number}: still shown with "I'm not sure" ticked`);
    if (!(await visible(page, box.linkId))) wrong.push(`${box.linkId}: the box went away once ticked`);
    await tick.click();
    await page.waitForTimeout(300);
    if (!(await visible(page, number))) wrong.push(`${number}: not back after "I'm not sure" is unticked`);
    else if (helped && !(await helpShown())) wrong.push(`${number}: back, but without its help button`);
  }
  check(errors.length === 0 && unsure.length > 0 && wrong.length === 0,
    `each of the ${unsure.length} "I'm not sure" boxes has its question's words; tick hides the number, untick brings it back with its help`,
    [...errors, ...wrong].join('\n     '));
  await page.close();
}

// 4. Each example's response, loaded and read back.
function answers(items, prefix = '', out = {}) {
  for (const item of items || []) {
    const at = `${prefix}/${item.linkId}`;
    if (item.answer?.length) {
      out[at] = item.answer.map((a) => {
        const [key] = Object.keys(a).filter((k) => k.startsWith('value'));
        const v = a[key];
        return key === 'valueCoding' ? { system: v.system, code: v.code, display: v.display } : { [key]: v };
      });
      for (const a of item.answer) answers(a.item, at, out);
    }
    answers(item.item, at, out);
  }
  return out;
}
for (const [name, response] of responses) {
  const { page, errors } = await render(questionnaire, response);
  const back = await page.evaluate(() => LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4'));
  const want = answers(response.item);
  const got = answers(back.item);
  const keys = [...new Set([...Object.keys(want), ...Object.keys(got)])].sort();
  const differ = keys.filter((k) => JSON.stringify(want[k]) !== JSON.stringify(got[k]))
    .map((k) => `${k}: sent ${JSON.stringify(want[k])}, read back ${JSON.stringify(got[k])}`);
  const unsure = Object.keys(want).filter((k) => k.endsWith('.dont_know')).length;
  check(errors.length === 0 && differ.length === 0,
    `${name}: all ${Object.keys(want).length} answers (${unsure} "don't know") read back unchanged`,
    [...errors, ...differ].join('\n     '));
  const problems = await page.evaluate(() => LForms.Util.checkValidity());
  check(problems === null, `${name}: the form finds the response complete`, (problems || []).join('\n     '));
  await page.close();
}
check(responses.some(([n]) => n.startsWith('unsure')), 'the unsure example is among those checked');

// 5. Each example filled in by hand, as a person would, and weighed.
if (bin) {
  const examples = fs.readdirSync(dir)
    .filter((f) => /^answers-.*\.json$/.test(f))
    .sort()
    .map((f) => [f.slice('answers-'.length, -'.json'.length), path.join(dir, f)]);
  check(examples.length === responses.length, `every example is filled in by hand (${examples.length})`);
  const bank = JSON.parse(fs.readFileSync(path.join(here, '../../questions/bank.json'), 'utf8'));
  await fillEach({ render, questionnaire, bank, examples, dir, bin, check });
}

check(refused.length === 0, 'nothing was fetched from outside (offline)', refused.join('\n     '));
await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
console.log(`fhir-browser: ${failures.length === 0 ? 'passed' : `FAILED (${failures.length})`}`);
process.exit(failures.length === 0 ? 0 : 1);
