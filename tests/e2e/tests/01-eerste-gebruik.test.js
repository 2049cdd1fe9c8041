// Flow 1, first use: an empty database → welcome screen → an organisation → a procedure →
// English; then the app is closed and started again on the same database file, and
// everything is still there, in English.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  SIZE_LARGE, SIZE_SMALL, assertReachable, checkScreen, freshDatabase, setSize, withApp,
} from '../lib/harness.js';
import {
  expectCurrentOrganisation, expectProcedurePage, expectWelcome, navigate, organisationOptions,
  expectOnlyProcedure, typeInto,
} from '../lib/app.js';

const ORG = 'Bakkerij Çelik & Zn.';
const TITLE = 'Verkoopmedewerker';

let firstRunDone = false;

test('eerste gebruik: welkom → organisatie → procedure → Engels', async () => {
  await freshDatabase();
  await withApp('eerste-gebruik', async (s) => {
    // the welcome screen of an empty database
    await expectWelcome(s);
    await checkScreen(s, { shot: 'eerste-gebruik-01-welkom', axe: 'welkom' });
    await setSize(s, SIZE_SMALL);
    await checkScreen(s, { shot: 'eerste-gebruik-02-welkom-1024x600', axe: 'welkom-1024x600' });
    await assertReachable(s, 'first-org-create-button');
    await setSize(s, SIZE_LARGE);

    // the first organisation, with a name that needs more than ASCII
    await typeInto(s, 'first-org-name-input', ORG);
    await (await s.byTestId('first-org-create-button')).click();
    await expectCurrentOrganisation(s, ORG);
    assert.deepEqual(await organisationOptions(s), [ORG], 'the switcher lists exactly the new organisation');
    await s.waitForTestId('new-procedure-button');
    await checkScreen(s, { shot: 'eerste-gebruik-03-organisatie-aangemaakt', axe: 'procedures-leeg' });

    // a new procedure: title and kind
    await (await s.byTestId('new-procedure-button')).click();
    await typeInto(s, 'procedure-title-input', TITLE);
    const vacature = await s.waitForTestId('procedure-kind-vacature');
    await vacature.click();
    assert.equal(await vacature.selected(), true, 'the kind "vacature" is chosen');
    for (const other of ['procedure-kind-stage', 'procedure-kind-promotie']) {
      assert.equal(await (await s.byTestId(other)).selected(), false, `${other} is not chosen`);
    }
    await checkScreen(s, { shot: 'eerste-gebruik-04-nieuwe-procedure', axe: 'procedure-nieuw' });
    // the dialog at the smallest supported window: everything in it can still be reached
    await setSize(s, SIZE_SMALL);
    await checkScreen(s, { shot: 'eerste-gebruik-05-nieuwe-procedure-1024x600', axe: 'procedure-nieuw-1024x600' });
    await assertReachable(s, 'procedure-title-input');
    await assertReachable(s, 'procedure-kind-promotie');
    await assertReachable(s, 'procedure-create-button');
    await setSize(s, SIZE_LARGE);
    await (await s.byTestId('procedure-create-button')).click();

    // the procedure page: seven phases, the first one current
    await expectProcedurePage(s, TITLE);
    await checkScreen(s, { shot: 'eerste-gebruik-06-procedure', axe: 'procedure' });
    await setSize(s, SIZE_SMALL);
    await checkScreen(s, { shot: 'eerste-gebruik-07-procedure-1024x600', axe: 'procedure-1024x600' });
    await setSize(s, SIZE_LARGE);

    // the list of procedures
    await expectOnlyProcedure(s, TITLE);
    await checkScreen(s, { shot: 'eerste-gebruik-08-procedures', axe: 'procedures' });

    // organisations
    await navigate(s, 'nav-organisations');
    await s.waitForTestId('org-name-input');
    await checkScreen(s, { shot: 'eerste-gebruik-09-organisaties', axe: 'organisaties' });
    await setSize(s, SIZE_SMALL);
    await checkScreen(s, { shot: 'eerste-gebruik-10-organisaties-1024x600', axe: 'organisaties-1024x600' });
    await setSize(s, SIZE_LARGE);

    // settings: Dutch now, then English
    await navigate(s, 'nav-settings');
    const nl = await s.waitForTestId('language-nl');
    const en = await s.waitForTestId('language-en');
    assert.equal(await nl.selected(), true, 'Dutch is the chosen language');
    assert.equal(await en.selected(), false, 'English is not chosen yet');
    assert.equal(await (await s.byTestId('nav-settings')).text(), 'Instellingen');
    assert.equal(await (await s.byTestId('nav-organisations')).text(), 'Organisaties');
    await checkScreen(s, { shot: 'eerste-gebruik-11-instellingen', axe: 'instellingen' });

    await en.click();
    await s.waitFor(() => s.execute('return document.documentElement.lang === "en"'),
      { message: 'html lang="en" after choosing English' });
    await s.waitFor(async () => (await (await s.byTestId('nav-settings')).text()) === 'Settings',
      { message: 'the navigation to read "Settings"' });
    assert.equal(await (await s.byTestId('nav-organisations')).text(), 'Organisations');
    assert.equal(await (await s.byTestId('nav-procedures')).text(), 'Procedures');
    assert.equal(await (await s.byTestId('language-en')).selected(), true, 'English is now chosen');
    await checkScreen(s, { shot: 'eerste-gebruik-12-settings-english', axe: 'settings-en' });
  });
  firstRunDone = true;
});

test('eerste gebruik: na herstart staan organisatie, procedure en Engels er nog', async () => {
  // Not skipped when the first part failed: the restart check did not run, which is a failure.
  assert.ok(firstRunDone, 'the first part of this flow failed, so the restart could not be checked');
  // no freshDatabase(): the app starts again on the same file
  await withApp('eerste-gebruik-herstart', async (s) => {
    await expectCurrentOrganisation(s, ORG, 20_000);
    assert.equal(await s.execute('return document.documentElement.lang'), 'en', 'the UI is still in English');
    assert.equal(await (await s.waitForTestId('nav-settings')).text(), 'Settings');
    assert.equal(await (await s.byTestId('nav-organisations')).text(), 'Organisations');

    await expectOnlyProcedure(s, TITLE);
    await checkScreen(s, { shot: 'eerste-gebruik-13-after-restart-procedures', axe: 'procedures-en' });

    // open it again from the list
    const item = await s.byTestId('procedure-item');
    const [link] = await item.findAll('a, button');
    await (link ?? item).click();
    await expectProcedurePage(s, TITLE, { phaseNames: null });
    await checkScreen(s, { shot: 'eerste-gebruik-14-after-restart-procedure', axe: 'procedure-en' });
  });
});
