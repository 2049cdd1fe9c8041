// A small W3C WebDriver client over fetch: just what the end-to-end tests use.
// tauri-driver (port 4444) proxies to WebKitWebDriver, which drives the app's webview.

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf'; // the W3C web element identifier
const COMMAND_TIMEOUT_MS = 30_000;

export const Key = Object.freeze({
  TAB: '\uE004',
  ENTER: '\uE007',
  SHIFT: '\uE008',
  ESCAPE: '\uE00C',
  SPACE: '\uE00D',
  ARROW_DOWN: '\uE015',
  ARROW_UP: '\uE013',
});

export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    const detail = value && typeof value === 'object' ? `${value.error}: ${value.message}` : String(value);
    super(`WebDriver ${method} ${path} failed (HTTP ${status}): ${detail}`);
    this.status = status;
    this.error = value?.error;
  }
}

async function request(base, method, path, body, timeoutMs = COMMAND_TIMEOUT_MS) {
  const init = {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    signal: AbortSignal.timeout(timeoutMs),
  };
  if (body !== undefined) init.body = JSON.stringify(body);
  let res;
  try {
    res = await fetch(base + path, init);
  } catch (e) {
    throw new Error(`WebDriver ${method} ${path}: no answer from ${base} (${e.name}: ${e.message})`);
  }
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    throw new WebDriverError(method, path, res.status, text.slice(0, 500));
  }
  if (!res.ok) throw new WebDriverError(method, path, res.status, json.value);
  return json.value;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A found element: a thin handle that forwards to its session. */
export class Element {
  constructor(session, id, description) {
    this.session = session;
    this.id = id;
    this.description = description;
  }
  #cmd(method, sub, body) {
    return this.session.cmd(method, `/element/${this.id}${sub}`, body);
  }
  click() { return this.#cmd('POST', '/click', {}); }
  clear() { return this.#cmd('POST', '/clear', {}); }
  /** Types text (may contain Key.* characters) into the element after focusing it. */
  sendKeys(text) { return this.#cmd('POST', '/value', { text }); }
  text() { return this.#cmd('GET', '/text'); }
  attribute(name) { return this.#cmd('GET', `/attribute/${encodeURIComponent(name)}`); }
  property(name) { return this.#cmd('GET', `/property/${encodeURIComponent(name)}`); }
  selected() { return this.#cmd('GET', '/selected'); }
  enabled() { return this.#cmd('GET', '/enabled'); }
  tagName() { return this.#cmd('GET', '/name'); }
  find(css) { return this.session.find(css, this); }
  findAll(css) { return this.session.findAll(css, this); }
  toJSON() { return { [ELEMENT_KEY]: this.id }; }
}

export class Session {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  /**
   * Starts the app under test. `application` is the absolute path of the binary.
   * @returns {Promise<Session>}
   */
  static async create({ base = 'http://127.0.0.1:4444', application, args = [], browserName = 'wry' }) {
    const caps = { 'tauri:options': { application, args } };
    if (browserName) caps.browserName = browserName;
    const value = await request(base, 'POST', '/session', { capabilities: { alwaysMatch: caps } }, 90_000);
    const session = new Session(base, value.sessionId, value.capabilities);
    await session.cmd('POST', '/timeouts', { script: 60_000, pageLoad: 60_000, implicit: 0 });
    return session;
  }

  cmd(method, path, body, timeoutMs) {
    return request(this.base, method, `/session/${this.id}${path}`, body, timeoutMs);
  }

  /** Ends the session; WebKitWebDriver then closes the app. Never throws. */
  async delete() {
    try {
      await request(this.base, 'DELETE', `/session/${this.id}`, undefined, 30_000);
    } catch (e) {
      console.error(`could not delete the WebDriver session: ${e.message}`);
    }
  }

  async find(css, from) {
    const path = from ? `/element/${from.id}/element` : '/element';
    const v = await this.cmd('POST', path, { using: 'css selector', value: css });
    return new Element(this, v[ELEMENT_KEY], css);
  }

  async findAll(css, from) {
    const path = from ? `/element/${from.id}/elements` : '/elements';
    const list = await this.cmd('POST', path, { using: 'css selector', value: css });
    return list.map((v) => new Element(this, v[ELEMENT_KEY], css));
  }

  /** The element with data-testid=`id` (the first one). */
  byTestId(id) { return this.find(`[data-testid="${id}"]`); }
  allByTestId(id) { return this.findAll(`[data-testid="${id}"]`); }

  /** Waits until an element with the testid exists and is visible, then returns it. */
  async waitForTestId(id, { timeout = 10_000 } = {}) {
    const css = `[data-testid="${id}"]`;
    await this.waitFor(
      () => this.execute(
        `const e = document.querySelector(arguments[0]);
         if (!e) return false;
         const r = e.getBoundingClientRect();
         return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';`,
        [css]),
      { timeout, message: `element ${css} did not appear` },
    );
    return this.find(css);
  }

  /** Polls `fn` until it returns a truthy value; returns that value. */
  async waitFor(fn, { timeout = 10_000, interval = 100, message = 'condition' } = {}) {
    const end = Date.now() + timeout;
    let last;
    let lastError;
    for (;;) {
      try {
        last = await fn();
        if (last) return last;
      } catch (e) {
        lastError = e;
      }
      if (Date.now() > end) {
        throw new Error(`Timed out after ${timeout} ms waiting for: ${message}` +
          (lastError ? ` (last error: ${lastError.message})` : ''));
      }
      await sleep(interval);
    }
  }

  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** Runs an async script: the last argument is the callback to call with the result. */
  executeAsync(script, args = [], timeoutMs = 90_000) {
    return this.cmd('POST', '/execute/async', { script, args }, timeoutMs);
  }

  /** PNG bytes of the webview. */
  async screenshot() {
    const b64 = await this.cmd('GET', '/screenshot', undefined, 60_000);
    return Buffer.from(b64, 'base64');
  }

  getWindowRect() { return this.cmd('GET', '/window/rect'); }
  setWindowRect(rect) { return this.cmd('POST', '/window/rect', rect); }

  /** Presses keys one after another on whatever has focus (W3C actions). */
  async pressKeys(...keys) {
    const actions = [];
    for (const k of keys) {
      for (const ch of [...k]) {
        actions.push({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
      }
    }
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  /** Facts about document.activeElement, for keyboard tests. */
  activeElementInfo() {
    return this.execute(`
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const cs = getComputedStyle(e);
      return {
        testid: e.getAttribute('data-testid'),
        tag: e.tagName.toLowerCase(),
        type: e.getAttribute('type'),
        text: (e.innerText || e.value || '').trim().slice(0, 80),
        outlineStyle: cs.outlineStyle,
        outlineWidth: cs.outlineWidth,
        boxShadow: cs.boxShadow,
        focusVisible: e.matches(':focus-visible'),
      };`);
  }
}
