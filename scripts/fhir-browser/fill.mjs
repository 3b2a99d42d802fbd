// Each example filled in LHC-Forms as a person would: by clicking its radio
// buttons and check boxes and typing into its fields, in the order the form
// shows them, never by loading a response. The response LHC-Forms makes
// (LForms.Util.getFormFHIRData) is written to DIR/filled-NAME.json and
// weighed by `therapy-choice run --fhir-response`; its record must give the
// same fit, barriers and flags (and the same answers and box for the
// clinician) as `run --answers` on the example, saved in DIR/NAME/.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/// The bank's questions by id (for each option's LOINC code, the PHQ-9's).
function questionsOf(bank) {
  const out = new Map();
  for (const section of bank.sections) for (const q of section.questions) out.set(q.id, q);
  return out;
}

/// The Questionnaire's items in the order a form shows them.
function* inOrder(items) {
  for (const item of items || []) {
    yield item;
    yield* inOrder(item.item);
  }
}

const css = (linkId) => `[id^="item-${linkId}/"]`;

/// What a person does to give one answer: each step a click on an option,
/// a Yes or No, a tick, or typing.
function stepsFor(item, question, value, linkIds) {
  const code = (id) => {
    const option = (question.options || []).find((o) => o.id === id);
    return option?.loinc || id;
  };
  const option = (id) => {
    const wanted = code(id);
    const found = (item.answerOption || []).find((o) => o.valueCoding?.code === wanted);
    if (!found) throw new Error(`${item.linkId}: no option ${id} (${wanted}) in the form`);
    return { linkId: item.linkId, click: found.valueCoding };
  };
  if (value === 'dont_know' && linkIds.has(`${item.linkId}.dont_know`)) {
    return [{ linkId: `${item.linkId}.dont_know`, tick: true }];
  }
  switch (question.kind) {
    case 'single': return [option(value)];
    case 'multi': return value.map(option);
    case 'yes_no': return [{ linkId: item.linkId, yesNo: value }];
    case 'number': case 'scale': case 'text': return [{ linkId: item.linkId, type: String(value) }];
    default: throw new Error(`${item.linkId}: no way to answer a ${question.kind} question`);
  }
}

/// Do one step in the page, once its item is shown.
async function act(page, step) {
  const item = page.locator(css(step.linkId)).first();
  await item.waitFor({ state: 'visible', timeout: 5000 });
  if (step.click) {
    const { system, code } = step.click;
    await item.locator('label').and(page.locator(`[id$="|${system}|${code}"]`)).first().click();
  } else if (step.yesNo !== undefined) {
    const words = new RegExp(`^\\s*${step.yesNo ? 'Yes' : 'No'}\\s*$`);
    await item.locator('label').filter({ hasText: words }).first().click();
  } else if (step.tick) {
    await item.locator('input[type="checkbox"]').first().click();
  } else {
    const field = item.locator('textarea, input').first();
    await field.click();
    await field.pressSequentially(step.type);
    await field.press('Tab');
  }
  await page.waitForTimeout(150);
}

/// The parts of a record that say what the weighing found.
function parts(record) {
  const a = record.assessment;
  return {
    fit: `${a.band} (${a.score})`,
    barriers: (a.barriers || []).map((b) => b.id || b.option || JSON.stringify(b)),
    safety: record.safety_flag ? record.safety_flag.said || 'raised' : 'none',
    scores: (record.scores || []).map((s) => `${s.id} ${s.points}/${s.out_of}${s.flag ? ' flagged' : ''}`),
    phq9: record.phq9 ? `${record.phq9.total}` : 'not answered',
  };
}

/// A record without what a form never carries: the label (kept out of the
/// Questionnaire on purpose), its line in the box, and the time.
function comparable(record) {
  const copy = structuredClone(record);
  delete copy.label;
  delete copy.created;
  if (copy.clinician?.lines) copy.clinician.lines = copy.clinician.lines.filter((l) => l.id !== 'label');
  return copy;
}

/// The first place two JSON values differ, as a path.
function firstDifference(a, b, at = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(a[key], b[key], `${at}/${key}`);
      if (found) return found;
    }
  }
  return `${at || '/'}: ${JSON.stringify(a)?.slice(0, 120)} against ${JSON.stringify(b)?.slice(0, 120)}`;
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const recordIn = (folder) => {
  const [file] = fs.readdirSync(folder).filter((f) => f.endsWith('.json'));
  return readJson(path.join(folder, file));
};

/// Fill, take the response, weigh it, compare. `examples` are [name, answers file].
export async function fillEach({ render, questionnaire, bank, examples, dir, bin, check }) {
  const questions = questionsOf(bank);
  const linkIds = new Set([...inOrder(questionnaire.item)].map((i) => i.linkId));
  for (const [name, file] of examples) {
    const { answers } = readJson(file);
    const { page, errors } = await render(questionnaire);
    let steps = 0;
    let failed = null;
    try {
      for (const item of inOrder(questionnaire.item)) {
        if (!(item.linkId in answers)) continue;
        for (const step of stepsFor(item, questions.get(item.linkId), answers[item.linkId], linkIds)) {
          await act(page, step);
          steps += 1;
        }
      }
    } catch (e) {
      failed = e.message.split('\n')[0];
    }
    const left = Object.keys(answers).filter((id) => !linkIds.has(id));
    check(!failed && errors.length === 0, `${name}: filled through the form's own controls (${steps} clicks and typed answers; not in the form, by design: ${left.join(', ') || 'none'})`,
      [failed, ...errors].filter(Boolean).join('\n     '));
    const response = await page.evaluate(() => LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4'));
    await page.close();
    const filled = path.join(dir, `filled-${name}.json`);
    fs.writeFileSync(filled, JSON.stringify(response, null, 2));
    const out = path.join(dir, `filled-${name}`);
    // Never compare with a summary left from an earlier run.
    fs.rmSync(out, { recursive: true, force: true });
    let said = '';
    try {
      said = execFileSync(bin, ['run', '--fhir-response', filled, '--out', out],
        { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    } catch (e) {
      check(false, `${name}: run --fhir-response takes the response LHC-Forms made`, `${e.stderr || e.message}`.trim());
      continue;
    }
    const before = recordIn(path.join(dir, name));
    const after = recordIn(out);
    const [was, now] = [parts(before), parts(after)];
    const differ = Object.keys(was).filter((k) => JSON.stringify(was[k]) !== JSON.stringify(now[k]))
      .map((k) => `${k}: run --answers ${JSON.stringify(was[k])}, run --fhir-response ${JSON.stringify(now[k])}`);
    check(differ.length === 0,
      `${name}: run --fhir-response on it gives the same fit ${now.fit}, barriers [${now.barriers.join(', ')}], safety flag (${now.safety}), scores [${now.scores.join('; ')}], PHQ-9 ${now.phq9}`,
      differ.join('\n     '));
    if (before.safety_flag) {
      check(said.trimStart().startsWith('IMPORTANT'), `${name}: its safety answers print the crisis lines first`, said.slice(0, 200));
    }
    // The record is dated when the form was filled in (to the second).
    const authored = Math.floor(Date.parse(response.authored) / 1000);
    check(Date.parse(after.created) / 1000 === authored,
      `${name}: the record is dated ${after.created}, when LHC-Forms says it was filled in (${response.authored})`);
    const whole = firstDifference(comparable(before), comparable(after));
    check(whole === null, `${name}: the whole record is the same as run --answers makes (answers, reasons, box for the clinician)`, whole || '');
  }
}
