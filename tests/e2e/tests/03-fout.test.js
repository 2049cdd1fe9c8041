// Flow 3, an error: a second organisation whose name differs only in case is refused with
// a Dutch message (role=alert); the field keeps what was typed and nothing is added.
// Two variants: letters A–Z in another case, and a letter outside ASCII (Ç/ç) in another
// case, which SQLite's lower() alone does not fold.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { checkScreen, freshDatabase, withApp } from '../lib/harness.js';
import { expectCurrentOrganisation, expectWelcome, navigate, organisationOptions, typeInto } from '../lib/app.js';

const ORG = 'Bakkerij Çelik & Zn.';

async function refusesDuplicate(label, duplicate, step) {
  await freshDatabase();
  await withApp(label, async (s) => {
    await expectWelcome(s);
    await typeInto(s, 'first-org-name-input', ORG);
    await (await s.byTestId('first-org-create-button')).click();
    await expectCurrentOrganisation(s, ORG);

    await navigate(s, 'nav-organisations');
    await s.waitForTestId('org-name-input');
    assert.equal((await s.allByTestId('error-message')).length, 0, 'no error message before the attempt');
    const input = await typeInto(s, 'org-name-input', duplicate);
    await (await s.byTestId('org-create-button')).click();

    // either the refusal shows, or (the bug this guards against) a second organisation appears
    await s.waitFor(async () => (await s.allByTestId('error-message')).length > 0 ||
      (await organisationOptions(s)).length > 1, { message: 'an error message or a second organisation' });
    const options = await organisationOptions(s);
    assert.deepEqual(options, [ORG],
      `"${duplicate}" was added next to "${ORG}" instead of being refused; the organisations are now ${JSON.stringify(options)}`);
    const alert = await s.waitForTestId('error-message');
    assert.equal(await alert.attribute('role'), 'alert', 'the error message has role=alert');
    const text = (await alert.text()).trim();
    assert.match(text, /Er is al een organisatie met deze naam/, `the message is the Dutch one, got "${text}"`);
    assert.doesNotMatch(text, /already|organisation_?name_?taken|conflict|error/i, `no English or codes in "${text}"`);
    assert.equal(await s.execute('return document.documentElement.lang'), 'nl');
    assert.equal(await input.property('value'), duplicate, 'the field keeps what was typed');
    assert.deepEqual(await organisationOptions(s), [ORG], 'no second organisation was added');
    await checkScreen(s, { shot: `fout-${step}`, axe: `organisaties-fout-${step.slice(0, 2)}` });
  });
}

test('fout: een tweede organisatie met dezelfde naam in andere hoofdletters (A–Z) wordt geweigerd', () =>
  refusesDuplicate('fout-hoofdletters', 'BAKKERIJ Çelik & ZN.', '01-dubbele-naam-hoofdletters'));

test('fout: ook Ç/ç telt als dezelfde letter in een dubbele naam', () =>
  refusesDuplicate('fout-c-cedille', 'bakkerij çelik & zn.', '02-dubbele-naam-c-cedille'));
