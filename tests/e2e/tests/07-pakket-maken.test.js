// Flow 7, making a pack (for associations and advisors): make an own key, start a pack, add
// four competencies and a role by typing in the editor, see the preview in Dutch and
// English, "Controleren" finds the one empty field and then nothing, export the signed pack,
// check it with the real werfwijzer-cli (trusting the exported public key), and install it
// back through the Packs screen, where it shows as published by the association, verified.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { SIZE_LARGE, SIZE_SMALL, checkScreen, freshDatabase, screenshot, setSize, waitForText, withApp } from '../lib/harness.js';
import { navigate, typeInto } from '../lib/app.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = join(ROOT, 'target/release/werfwijzer-cli');

const COMPETENCIES = [
  ['Klanten helpen', 'Helping customers'],
  ['Samenwerken', 'Working together'],
  ['Netjes werken', 'Working neatly'],
  ['Op tijd zijn', 'Being on time'],
];

async function click(s, testid) {
  const e = await s.waitForTestId(testid);
  await e.click();
  return e;
}

/** Types the Dutch and the English text of one pack text field. */
async function both(s, testid, nl, en) {
  await typeInto(s, `${testid}-nl`, nl);
  await typeInto(s, `${testid}-en`, en);
}

async function fillCompetency(s, [nl, en]) {
  await both(s, 'author-competency-name', nl, en);
  await both(s, 'author-competency-definition', `Je kunt dit: ${nl.toLowerCase()}.`, `You can do this: ${en.toLowerCase()}.`);
  for (const i of [0, 1, 2]) await both(s, `author-indicator-${i}`, `Gedrag ${i + 1} bij ${nl}`, `Behaviour ${i + 1} for ${en}`);
  await both(s, 'author-question-0-text', `Vertel over een keer dat je dit deed: ${nl}.`, `Tell me about a time you did this: ${en}.`);
  await both(s, 'author-question-0-followup-0', 'Wat deed je precies?', 'What exactly did you do?');
  await both(s, 'author-question-1-text', `Wat doe je als het druk is? (${nl})`, `What do you do when it is busy? (${en})`);
  await both(s, 'author-question-1-followup-0', 'Waarom zo?', 'Why like that?');
  for (const p of [1, 3, 5]) {
    await both(s, `author-interview-anchor-${p}`, `Gesprek, ${p} punten`, `Interview, ${p} points`);
    await both(s, `author-letter-anchor-${p}`, `Brief, ${p} punten`, `Letter, ${p} points`);
  }
}

function texts(s, testid) {
  return s.execute(`return [...document.querySelectorAll('[data-testid="${testid}"]')].map((e) => e.innerText.trim().replace(/\\s+/g, ' '));`);
}

async function waitSaved(s) {
  await s.waitFor(async () => (await (await s.waitForTestId('author-save-state')).attribute('data-state')) === 'saved',
    { message: 'the draft to be saved' });
}

/** Calls a Tauri command as the UI does (through the IPC bridge) and returns its result. */
function invoke(s, command, args) {
  return s.executeAsync(`
    const done = arguments[arguments.length - 1];
    window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
      .then((value) => done({ ok: true, value }), (error) => done({ ok: false, error }));`, [command, args]);
}

test('pakket maken: sleutel, concept, voorbeeld, controle, export, installeren', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'werfwijzer-e2e-author-'));
  try {
    await freshDatabase();
    await withApp('pakket-maken', async (s) => {
      await navigate(s, 'nav-packs');
      await click(s, 'author-link');
      await s.waitForTestId('author-key-make');
      await checkScreen(s, { shot: 'pakket-maken-01-leeg', axe: 'pakket-maken-leeg' });

      // An own key.
      await click(s, 'author-key-make');
      await typeInto(s, 'author-key-publisher-id', 'nl.bakkersbond');
      await typeInto(s, 'author-key-publisher-name', 'Bakkersbond');
      await click(s, 'author-key-submit');
      await s.waitFor(async () => (await texts(s, 'author-key-item')).length === 1, { message: 'the key in the list' });
      assert.match((await texts(s, 'author-key-item'))[0], /Bakkersbond/);

      // A new pack, published under that key.
      await click(s, 'author-new-draft');
      await typeInto(s, 'author-new-pack-id', 'nl.bakkersbond.winkel');
      await typeInto(s, 'author-new-title-nl', 'Winkel van de bond');
      await typeInto(s, 'author-new-title-en', 'Guild shop');
      await screenshot(s, 'pakket-maken-02-nieuw');
      await click(s, 'author-new-submit');
      const heading = await s.waitForTestId('author-draft-title');
      await s.waitFor(async () => (await heading.text()) === 'Winkel van de bond', { message: 'the editor with the pack title' });

      // Four competencies, typed in field by field.
      for (const c of COMPETENCIES) {
        await click(s, 'author-add-competency');
        await fillCompetency(s, c);
      }
      assert.deepEqual(await texts(s, 'author-part-competency'), COMPETENCIES.map((c) => c[0]));

      // The preview of the selected competency, in Dutch and then English.
      const preview = async () => (await texts(s, 'author-preview'))[0] ?? '';
      await s.waitFor(async () => (await preview()).includes('Je kunt dit: op tijd zijn.'), { message: 'the Dutch preview' });
      const nl = await preview();
      assert.match(nl, /Wat je kunt/);
      assert.match(nl, /elk deel van je leven/);
      assert.match(nl, /Doorvraag: Wat deed je precies\?/);
      await waitSaved(s);
      await checkScreen(s, { shot: 'pakket-maken-03-competentie', axe: 'pakket-maken-competentie' });
      await click(s, 'author-preview-en');
      await s.waitFor(async () => (await preview()).includes('You can do this: being on time.'), { message: 'the English preview' });
      assert.match(await preview(), /any part of your life/);

      // A role with all four competencies; the English pay hint is left empty on purpose.
      await click(s, 'author-add-role');
      await typeInto(s, 'author-role-sector', 'detailhandel');
      await both(s, 'author-role-title', 'Verkoper', 'Sales assistant');
      await both(s, 'author-role-summary', 'Je helpt klanten in de winkel.', 'You help customers in the shop.');
      for (const i of [0, 1, 2]) await both(s, `author-task-${i}`, `Taak ${i + 1}`, `Task ${i + 1}`);
      for (const box of await s.allByTestId('author-role-competency')) await box.click();
      await both(s, 'author-role-hours', '24 uur per week', '24 hours a week');
      await both(s, 'author-role-cao', 'Cao Retail', 'Retail CAO');
      await typeInto(s, 'author-role-pay-nl', 'Functiegroep C');
      await s.waitFor(async () => (await preview()).includes('What we offer'), { message: 'the role preview' });
      assert.match(await preview(), /Order of the interview/);
      await click(s, 'author-preview-nl');
      await s.waitFor(async () => (await preview()).includes('Wat wij bieden'), { message: 'the Dutch role preview' });
      await waitSaved(s);
      await checkScreen(s, { shot: 'pakket-maken-04-functie', axe: 'pakket-maken-functie' });
      await setSize(s, SIZE_SMALL);
      await checkScreen(s, { shot: 'pakket-maken-05-functie-1024x600', axe: 'pakket-maken-1024x600' });
      await s.execute('window.scrollTo(0, 0)');
      await screenshot(s, 'pakket-maken-05b-boven-1024x600');
      await setSize(s, SIZE_LARGE);

      // "Controleren": one problem, which leads to the field's part; fixed, none.
      await click(s, 'author-part-header');
      await click(s, 'author-check');
      await s.waitFor(async () => (await texts(s, 'author-problem')).length > 0, { message: 'the problems' });
      const problems = await texts(s, 'author-problem');
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.match(problems[0], /Salaris \(Engels\): Hier ontbreekt tekst/, "the field in words, no JSON path");
      assert.match(problems[0], /ontbreekt tekst/);
      await checkScreen(s, { shot: 'pakket-maken-06-controle', axe: 'pakket-maken-controle' });
      await click(s, 'author-problem');
      await typeInto(s, 'author-role-pay-en', 'Pay grade C');
      await click(s, 'author-check');
      await s.waitForTestId('author-check-ok');
      assert.deepEqual(await texts(s, 'author-problem'), []);

      // Export: the dialog picks the key. The native save dialog cannot be driven over
      // WebDriver, so the test calls the same command the dialog's path goes to, through the
      // app's own IPC bridge, with a path of its own.
      await click(s, 'author-export');
      const keySelect = await s.waitForTestId('author-export-key');
      await s.waitFor(async () => (await keySelect.property('value')) !== '', { message: 'a key chosen' });
      const publicKey = await keySelect.property('value');
      await checkScreen(s, { shot: 'pakket-maken-07-exporteren', axe: 'pakket-maken-exporteren' });
      const draftId = decodeURIComponent((await s.execute('return location.hash')).replace('#/author/', ''));
      const packFile = join(dir, 'winkel.werfpack.json');
      const exported = await invoke(s, 'export_draft', { id: draftId, publicKey, path: packFile });
      assert.ok(exported.ok, JSON.stringify(exported));
      assert.equal(exported.value, packFile);
      const keyFile = join(dir, 'bond.public.json');
      const keyOut = await invoke(s, 'export_public_key', { publicKey, path: keyFile });
      assert.ok(keyOut.ok, JSON.stringify(keyOut));
      assert.ok(existsSync(packFile) && existsSync(keyFile));

      // The real CLI: valid, and verified with the exported public key.
      const out = execFileSync(CLI, ['pack', 'validate', packFile, '--trust', keyFile], { encoding: 'utf8' });
      assert.match(out, /geldig; uitgegeven door Bakkersbond, geverifieerd \(nl\.bakkersbond\.winkel 1\.0\.0, 4 competenties, 1 functie\)/);

      // Installed back through the Packs screen: published by the association, verified
      // (the own key's public half is trusted on this machine).
      await (await s.waitForTestId('author-export-dialog')).find('button[data-autofocus]').then((b) => b.click());
      await navigate(s, 'nav-packs');
      const input = await s.waitForTestId('pack-file-input');
      await input.sendKeys(packFile);
      await s.waitFor(async () => (await texts(s, 'pack-item')).some((t) => t.includes('Winkel van de bond')),
        { message: 'the exported pack installed' });
      const item = (await texts(s, 'pack-item')).find((t) => t.includes('Winkel van de bond'));
      assert.match(item, /Uitgegeven door Bakkersbond, geverifieerd/);
      assert.match(item, /4 competenties, 1 functie/);
      await waitForText(s, 'Geïnstalleerd: Winkel van de bond 1.0.0');
      await checkScreen(s, { shot: 'pakket-maken-08-geinstalleerd', axe: 'pakket-maken-geinstalleerd' });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
