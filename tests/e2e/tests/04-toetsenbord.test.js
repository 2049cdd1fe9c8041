// Flow 4, keyboard only: from the welcome screen, reach the create-organisation form with
// Tab, type a name, submit with Enter; then reach the settings with Tab and Enter.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { checkScreen, freshDatabase, screenshot, withApp } from '../lib/harness.js';
import { Key } from '../lib/webdriver.js';
import { expectCurrentOrganisation, expectWelcome } from '../lib/app.js';

const ORG = 'Kapsalon Noor';
const MAX_TABS = 20;
const shot = (s, step) => screenshot(s, `toetsenbord-${step}`);

/** Presses Tab until the element with `testid` has focus; returns the focus path. */
async function tabTo(s, testid) {
  const path = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await s.pressKeys(Key.TAB);
    const info = await s.activeElementInfo();
    const name = info ? (info.testid || `${info.tag}${info.text ? ` "${info.text}"` : ''}`) : 'body';
    path.push(name);
    if (info) {
      // WCAG 2.4.7: whatever Tab reaches shows where the focus is
      const outline = info.outlineStyle !== 'none' && parseFloat(info.outlineWidth) > 0;
      const shadow = info.boxShadow && info.boxShadow !== 'none';
      assert.ok(info.focusVisible && (outline || shadow),
        `${name} has the keyboard focus but shows no focus indicator ` +
        `(:focus-visible ${info.focusVisible}, outline ${info.outlineStyle} ${info.outlineWidth}, box-shadow ${info.boxShadow})`);
    }
    if (info?.testid === testid) return path;
  }
  assert.fail(`${testid} was not reached with ${MAX_TABS} presses of Tab; focus went: ${path.join(' → ')}`);
}

test('toetsenbord: organisatie aanmaken en naar instellingen met alleen Tab en Enter', async () => {
  await freshDatabase();
  await withApp('toetsenbord', async (s) => {
    await expectWelcome(s);
    // start from the top of the page, as a user who just opened the app
    await s.execute('if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();');

    const toInput = await tabTo(s, 'first-org-name-input');
    console.log(`Tab order to the name field: ${toInput.join(' → ')}`);
    await s.pressKeys(...ORG);
    const value = await s.execute('return document.activeElement.value');
    assert.equal(value, ORG, 'typing lands in the name field');
    await shot(s, '01-naam-getypt');

    const toButton = await tabTo(s, 'first-org-create-button');
    assert.ok(toButton.length <= 3, `the create button follows the name field closely: ${toButton.join(' → ')}`);
    await s.pressKeys(Key.ENTER);
    await expectCurrentOrganisation(s, ORG);
    await s.waitForTestId('new-procedure-button');
    await shot(s, '02-organisatie-aangemaakt');

    // on to the navigation, still with Tab only
    const toSettings = await tabTo(s, 'nav-settings');
    console.log(`Tab order to the settings: ${toSettings.join(' → ')}`);
    await s.pressKeys(Key.ENTER);
    const nl = await s.waitForTestId('language-nl');
    assert.equal(await nl.selected(), true, 'the settings opened with Enter; Dutch is chosen');
    await checkScreen(s, { shot: 'toetsenbord-03-instellingen', axe: 'instellingen-toetsenbord' });
  });
});
