// Flow 9, the vacancy wizard: a new organisation and procedure; the wizard's seven steps from
// choosing a built-in role to a text; on the way the owner types trait words ("stressbestendig"
// in an own competency, "flexibel" in the text), the editor marks them and one click applies a
// behavioural rewrite. The text is saved as PDF and DOCX (through the same command the save
// dialog uses; a native dialog cannot be driven over WebDriver), checked with pdftotext,
// pdffonts and a look inside the Word file, and rendered to PNG for a person to look at.
// Finally the app is closed and started again: the wizard is where the owner left it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { SCREENSHOTS, SIZE_LARGE, SIZE_SMALL, checkScreen, freshDatabase, setSize, withApp } from '../lib/harness.js';
import { createProcedure, expectCurrentOrganisation, expectWelcome, openProcedure, typeInto } from '../lib/app.js';

const ORG = 'Bakkerij Çelik & Zonen';
const TITLE = 'Verkoper bakkerij';

/** Calls a Tauri command as the UI does (through the IPC bridge) and returns its result. */
function invoke(s, command, args) {
  return s.executeAsync(`
    const done = arguments[arguments.length - 1];
    window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
      .then((value) => done({ ok: true, value }), (error) => done({ ok: false, error }));`, [command, args]);
}

async function click(s, testid) {
  const e = await s.waitForTestId(testid);
  await e.click();
  return e;
}

function texts(s, selector) {
  return s.execute(`return [...document.querySelectorAll(arguments[0])].map((e) => e.innerText.trim().replace(/\\s+/g, ' '));`, [selector]);
}

/** The heading of the current step. */
function stepHeading(s) {
  return s.execute(`return document.querySelector('#wizard-step-heading')?.innerText.trim() ?? null;`);
}

async function next(s, expected) {
  await click(s, 'wizard-next');
  await s.waitFor(async () => (await stepHeading(s)) === expected, { message: `the step "${expected}"` });
}

/** The remarks of the editor whose text field has this id. */
function remarks(s, inputId) {
  return s.execute(`
    const editor = document.getElementById(arguments[0])?.closest('.checked-editor');
    if (!editor) return null;
    return {
      count: editor.querySelector('[data-testid="checker-count"]')?.innerText.trim() ?? null,
      findings: [...editor.querySelectorAll('[data-testid="checker-finding"]')].map((e) => e.innerText.trim().replace(/\\s+/g, ' ')),
      marks: [...editor.querySelectorAll('[data-testid="checker-mark"]')].map((e) => e.textContent),
      rewrites: [...editor.querySelectorAll('[data-testid="checker-rewrite"]')].map((e) => e.innerText.trim()),
    };`, [inputId]);
}

async function value(s, inputId) {
  return s.execute('return document.getElementById(arguments[0])?.value ?? null;', [inputId]);
}

/** Waits until the editor marks `word`, then applies its first behavioural rewrite. */
async function correctTrait(s, inputId, word, shot) {
  await s.waitFor(async () => {
    const r = await remarks(s, inputId);
    return r && r.marks.some((m) => m.toLowerCase().includes(word)) && r.rewrites.length > 0;
  }, { message: `"${word}" underlined with a rewrite offered`, timeout: 10_000 });
  const r = await remarks(s, inputId);
  const finding = r.findings.find((f) => f.toLowerCase().includes(word));
  assert.ok(finding, `a remark about "${word}": ${JSON.stringify(r.findings)}`);
  assert.match(finding, /eigenschap|gedrag/i, `the remark explains why: ${finding}`);
  if (shot) await checkScreen(s, shot);
  const before = await value(s, inputId);
  const clicked = await s.execute(`
    const editor = document.getElementById(arguments[0]).closest('.checked-editor');
    const finding = [...editor.querySelectorAll('[data-testid="checker-finding"]')]
      .find((e) => e.innerText.toLowerCase().includes(arguments[1]));
    const button = finding && finding.querySelector('[data-testid="checker-rewrite"]');
    if (button) button.click();
    return button ? button.innerText.trim() : null;`, [inputId, word]);
  assert.ok(clicked, 'a rewrite button in the remark');
  await s.waitFor(async () => !(await value(s, inputId)).toLowerCase().includes(word),
    { message: `"${word}" replaced by behaviour` });
  const after = await value(s, inputId);
  assert.notEqual(after, before);
  await s.waitFor(async () => {
    const now = await remarks(s, inputId);
    return !now.findings.some((f) => f.toLowerCase().includes(word));
  }, { message: `the remark about "${word}" gone` });
  return { before, after, rewrite: clicked };
}

function pdfText(file) {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('vacature: van ingebouwde functie tot pdf en docx, met een eigenschap verbeterd', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'werfwijzer-e2e-vacature-'));
  try {
    await freshDatabase();
    await withApp('vacature', async (s) => {
      await expectWelcome(s);
      await typeInto(s, 'first-org-name-input', ORG);
      await click(s, 'first-org-create-button');
      await expectCurrentOrganisation(s, ORG);
      await createProcedure(s, TITLE);

      // Into the wizard from the procedure page.
      await click(s, 'procedure-open-wizard');
      const h1 = await s.waitForTestId('wizard-title');
      assert.match(await h1.text(), new RegExp(TITLE));
      const steps = await texts(s, '[data-testid="wizard-steps"] button');
      assert.deepEqual(steps.map((x) => x.replace(/\d/g, '').trim()),
        ['Soort', 'Functie', 'Competenties', 'Eisen', 'Praktisch', 'Tekst', 'Klaar']);

      // 1 Soort: a vacancy, in Dutch and English.
      assert.equal(await stepHeading(s), 'Soort');
      assert.equal(await (await s.waitForTestId('wizard-kind-vacature')).selected(), true);
      const en = await s.waitForTestId('wizard-lang-en');
      if (!(await en.selected())) await en.click();
      const why = await s.waitForTestId('wizard-why');
      await (await why.find('summary')).click();
      assert.match(await why.text(), /\w{3,}.*\w{3,}/s, 'the step explains why');
      await checkScreen(s, { shot: 'vacature-01-soort', axe: 'wizard-soort' });

      // 2 Functie: a built-in role, found by searching.
      await next(s, 'Functie');
      await typeInto(s, 'wizard-role-search', 'verkoop bakkerij');
      await s.waitFor(async () => (await texts(s, '[data-testid="wizard-role"]')).length >= 1, { message: 'roles that match' });
      const roleTitle = (await texts(s, '[data-testid="wizard-role"] strong'))[0];
      await click(s, 'wizard-role-choose');
      await s.waitForTestId('wizard-role-chosen');
      await s.waitFor(async () => (await value(s, 'wizard-job-title')) !== '', { message: 'the job title from the role' });
      assert.ok((await value(s, 'wizard-tasks')).split('\n').length >= 3, 'the role brings its tasks');
      await checkScreen(s, { shot: 'vacature-02-functie', axe: 'wizard-functie' });

      // 3 Competenties: the role's suggestions, plus one written by the owner with a trait word.
      await next(s, 'Competenties');
      await s.waitFor(async () => (await texts(s, '[data-testid="wizard-competency-name"]')).length >= 4,
        { message: `the competencies of "${roleTitle}"` });
      const fromRole = (await texts(s, '[data-testid="wizard-competency-name"]')).length;
      assert.ok(fromRole >= 4 && fromRole <= 6, `about five competencies: ${fromRole}`);
      await typeInto(s, 'wizard-own-name', 'Rustig blijven');
      const own = await s.waitForTestId('wizard-own-form');
      const ownInput = await own.find('textarea');
      await ownInput.sendKeys('Je bent stressbestendig.');
      const fixed = await correctTrait(s, 'wizard-own-definition', 'stressbestendig',
        { shot: 'vacature-03-competenties-eigenschap', axe: 'wizard-competenties-eigenschap' });
      assert.doesNotMatch(fixed.after, /stressbestendig/i);
      await click(s, 'wizard-own-add');
      await s.waitFor(async () => (await texts(s, '[data-testid="wizard-competency-name"]')).includes('Rustig blijven'),
        { message: 'the own competency in the list' });
      const count = (await texts(s, '[data-testid="wizard-competency-name"]')).length;
      assert.equal(count, fromRole + 1);
      if (count >= 6) await s.waitForTestId('wizard-competencies-many');
      await checkScreen(s, { shot: 'vacature-04-competenties', axe: 'wizard-competenties' });
      // Back to about five: the owner removes one of the role's.
      if (count >= 6) {
        await click(s, 'wizard-competency-remove');
        await s.waitFor(async () => (await texts(s, '[data-testid="wizard-competency-name"]')).length === count - 1,
          { message: 'one competency removed' });
      }

      // 4 Eisen: each with its reason; a diploma gets "or equivalent experience".
      await next(s, 'Eisen');
      const requirements = await s.execute(`
        return [...document.querySelectorAll('[data-testid="wizard-requirement"]')].map((li) => ({
          text: li.querySelector('[data-testid="wizard-requirement-text"]')?.value ?? '',
          reason: li.querySelector('[data-testid="wizard-requirement-reason"]')?.value ?? '',
        }));`);
      assert.ok(requirements.length >= 1, 'the role brings its requirements');
      for (const r of requirements) assert.ok(r.reason.trim().length > 0, `a reason for "${r.text}"`);
      await checkScreen(s, { shot: 'vacature-05-eisen', axe: 'wizard-eisen' });

      // 5 Praktisch: the pay range is required.
      await next(s, 'Praktisch');
      // Emptied as a user would with select-all and delete (an input event with an empty value).
      await s.execute(`for (const id of ['wizard-pay-min', 'wizard-pay-max']) {
        const e = document.querySelector('[data-testid="' + id + '"]');
        e.value = '';
        e.dispatchEvent(new Event('input', { bubbles: true }));
      }`);
      const payInvalid = () => s.execute(`return document.querySelector('[data-testid="wizard-pay-min"]').getAttribute('aria-invalid') === 'true'
        && document.querySelector('[data-testid="wizard-pay-problem"]').classList.contains('warning');`);
      await s.waitFor(payInvalid, { message: 'a warning that the pay range is missing' });
      assert.match(await (await s.waitForTestId('wizard-pay-problem')).text(), /salaris|bedrag/i);
      await typeInto(s, 'wizard-pay-min', '2400');
      await typeInto(s, 'wizard-pay-max', '2850');
      await typeInto(s, 'wizard-hours-min', '20');
      await typeInto(s, 'wizard-hours-max', '28');
      await typeInto(s, 'wizard-place', 'Deventer');
      await typeInto(s, 'wizard-apply-to', 'werk@celik.example');
      await typeInto(s, 'wizard-contact-name', 'Ayşe Çelik');
      await s.waitFor(async () => !(await payInvalid()), { message: 'the pay range accepted' });
      await checkScreen(s, { shot: 'vacature-06-praktisch', axe: 'wizard-praktisch' });

      // 6 Tekst: Werfwijzer writes it; the draft has no remarks; a trait typed in is corrected.
      await next(s, 'Tekst');
      await click(s, 'wizard-text-make');
      await s.waitFor(async () => (await value(s, 'wizard-text-nl')) !== null && (await value(s, 'wizard-text-nl')).length > 500,
        { message: 'the drafted text', timeout: 15_000 });
      const drafted = await value(s, 'wizard-text-nl');
      for (const part of ['€ 2.400', '€ 2.850', 'Deventer', 'Rustig blijven', 'werk@celik.example']) {
        assert.ok(drafted.includes(part), `the draft names ${part}`);
      }
      await s.waitFor(async () => /geen opmerkingen/i.test((await remarks(s, 'wizard-text-nl')).count ?? ''),
        { message: 'no remarks on the draft' });
      const footer = await texts(s, '[data-testid="checker-footer"]');
      assert.match(footer.join(' '), /woorden/);
      assert.match(footer.join(' '), /leesbaar/i, `a readability reading: ${footer}`);
      await checkScreen(s, { shot: 'vacature-07-tekst', axe: 'wizard-tekst' });
      const textInput = await s.find('#wizard-text-nl');
      await textInput.sendKeys('\nWe zoeken iemand die flexibel is.');
      await correctTrait(s, 'wizard-text-nl', 'flexibel',
        { shot: 'vacature-08-tekst-eigenschap', axe: 'wizard-tekst-eigenschap' });
      await setSize(s, SIZE_SMALL);
      await checkScreen(s, { shot: 'vacature-09-tekst-1024x600', axe: 'wizard-tekst-1024x600' });
      await setSize(s, SIZE_LARGE);
      // The English text too.
      await click(s, 'wizard-text-lang-en');
      await click(s, 'wizard-text-make');
      await s.waitFor(async () => /What we offer/.test((await s.execute("return document.getElementById('wizard-text-en')?.value ?? ''"))),
        { message: 'the English draft', timeout: 15_000 });

      // 7 Klaar: the preview, and the text saved in each format.
      await next(s, 'Klaar');
      const preview = await (await s.waitForTestId('wizard-preview')).text();
      assert.match(preview, /Wat je kunt|Wat je gaat doen/);
      assert.doesNotMatch(preview, /flexibel/);
      await checkScreen(s, { shot: 'vacature-10-klaar', axe: 'wizard-klaar' });

      const procedureId = await s.execute("return decodeURIComponent(location.hash.split('/')[2])");
      const out = {};
      for (const [lang, format] of [['nl', 'pdf'], ['nl', 'docx'], ['en', 'pdf'], ['nl', 'txt'], ['nl', 'html']]) {
        const path = join(dir, `vacature-${lang}.${format}`);
        const r = await invoke(s, 'export_vacancy', { procedureId, lang, format, path });
        assert.ok(r.ok, `export ${lang} ${format}: ${JSON.stringify(r.error)}`);
        assert.ok(statSync(path).size > 500, `${path} has content`);
        out[`${lang}.${format}`] = path;
      }
      // A path that cannot be written gets a message in Dutch; nothing is left behind.
      const bad = await invoke(s, 'export_vacancy', { procedureId, lang: 'nl', format: 'pdf', path: join(dir, 'geen-map', 'x.pdf') });
      assert.equal(bad.ok, false);
      assert.match(bad.error.message, /kan het bestand daar niet opslaan/, JSON.stringify(bad.error));

      const nlPdf = pdfText(out['nl.pdf']);
      assert.match(nlPdf, /Bakkerij Çelik & Zonen/);
      assert.match(nlPdf, /Rustig blijven/);
      assert.match(nlPdf, /€ 2\.400/);
      assert.doesNotMatch(nlPdf, /flexibel/);
      assert.match(pdfText(out['en.pdf']), /What we offer/);
      const fonts = execFileSync('pdffonts', [out['nl.pdf']], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
      assert.ok(fonts.length >= 1, 'the PDF names its fonts');
      for (const line of fonts) assert.match(line, /\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/, `embedded subset: ${line}`);
      const size = execFileSync('pdfinfo', [out['nl.pdf']], { encoding: 'utf8' });
      assert.match(size, /595\.\d* x 841\.\d* pts \(A4\)|595\.\d* x 842\.\d* pts/, 'A4');

      const xml = execFileSync('unzip', ['-p', out['nl.docx'], 'word/document.xml'], { encoding: 'utf8' });
      assert.match(xml, /w:pStyle w:val="Heading1"/);
      assert.match(xml, /w:numPr/, 'lists are Word lists');
      assert.match(xml, /Rustig blijven/);
      assert.ok(readFileSync(out['nl.txt'], 'utf8').includes('Rustig blijven'));
      assert.match(readFileSync(out['nl.html'], 'utf8'), /<h1>/);

      // The files and pictures of the PDF, for a person to look at.
      const exportsDir = join(SCREENSHOTS, '..', 'exports');
      mkdirSync(exportsDir, { recursive: true });
      for (const [key, path] of Object.entries(out)) copyFileSync(path, join(exportsDir, `vacature-${key}`));
      mkdirSync(SCREENSHOTS, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '60', out['nl.pdf'], join(SCREENSHOTS, 'vacature-11-pdf-nl')]);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', out['en.pdf'], join(SCREENSHOTS, 'vacature-12-pdf-en')]);
    });

    // Closed and started again: the wizard opens where the owner left it, with the edited text.
    await withApp('vacature-opnieuw', async (s) => {
      await openProcedure(s, TITLE);
      await click(s, 'procedure-open-wizard');
      await s.waitFor(async () => (await stepHeading(s)) === 'Klaar', { message: 'the wizard at the step where it was left' });
      const preview = await (await s.waitForTestId('wizard-preview')).text();
      assert.match(preview, /Rustig blijven/);
      assert.doesNotMatch(preview, /flexibel/);
      await s.execute("document.querySelector('[data-testid=\"wizard-step-praktisch\"]')?.click()");
      await s.waitFor(async () => (await stepHeading(s)) === 'Praktisch', { message: 'back to Praktisch' });
      assert.equal(await (await s.waitForTestId('wizard-place')).property('value'), 'Deventer');
      assert.equal(await (await s.waitForTestId('wizard-pay-min')).property('value'), '2400');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
