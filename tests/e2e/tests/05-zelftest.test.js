// The checks themselves must be able to fail: inside the real app (its CSP and frozen
// prototypes included), a planted accessibility fault and a planted overflow are caught.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { assertNoHorizontalScroll, checkA11y, withApp } from '../lib/harness.js';

test('zelftest: axe-core en de scroll-check vangen geplante fouten in de echte app', async () => {
  await withApp('zelftest', async (s) => {
    await s.waitFor(() => s.execute('return !!document.querySelector("main, h1")'), { message: 'a screen' });

    await s.execute(`
      const b = document.createElement('button');
      b.id = 'e2e-planted';
      b.style.cssText = 'color:#fff;background:#fff';
      document.body.appendChild(b);`); // no name, no contrast
    await assert.rejects(checkA11y(s, 'zelftest', { save: false }), (e) => {
      assert.match(e.message, /button-name \(critical\)/);
      assert.match(e.message, /#e2e-planted/);
      return true;
    });

    await s.execute(`
      const d = document.createElement('div');
      d.id = 'e2e-wide';
      d.style.cssText = 'width:3000px;height:4px';
      document.body.appendChild(d);`);
    await assert.rejects(assertNoHorizontalScroll(s, 'zelftest'), /horizontal scroll .*#e2e-wide right=3\d{3}/);

    await s.execute('document.getElementById("e2e-planted").remove(); document.getElementById("e2e-wide").remove();');
    await assertNoHorizontalScroll(s, 'zelftest na opruimen');
  });
});
