import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from './App.svelte';
import { createFakeBackend, type FakeBackend, type FakeState } from '$lib/backend/fake';
import type { PackSummary } from '$lib/backend/bindings';
import { i18n } from '$lib/i18n/i18n.svelte';

let backend: FakeBackend;

function start(initial?: Partial<FakeState>) {
  backend = createFakeBackend(initial);
  mockIPC((cmd, args) => backend.handle(cmd, args as Record<string, unknown> | undefined));
  const user = userEvent.setup();
  render(App);
  return { user };
}

const byTestId = (id: string) => screen.getByTestId(id);

function pack(id: string, title: string, trust: PackSummary['trust'], competencyCount: number, roleCount: number): PackSummary {
  const at = '2026-11-10T09:00:00Z';
  return { id, version: '1.0.0', title, publisherName: 'Bakkersbond Voorbeeld', trust, builtin: false, competencyCount, roleCount, installedAt: at, updatedAt: at };
}

const packJson = (version: string) =>
  JSON.stringify({
    format: 'werfwijzer-pack',
    formatVersion: 1,
    id: 'nl.test.bakkerij',
    version,
    publisher: { id: 'nl.test', name: 'Test Bakkers' },
    title: { nl: 'Bakkerij', en: 'Bakery' },
    competencies: [{}, {}],
    roles: [{}],
  });

const bytesOf = (text: string) => Array.from(new TextEncoder().encode(text));

beforeEach(() => {
  history.replaceState(null, '', '#/packs');
  i18n.setLanguage('nl');
});

afterEach(() => {
  clearMocks();
});

describe('template packs', () => {
  it('lists packs with their trust state in words, without an organisation', async () => {
    start({
      packs: [
        pack('a', 'Bakkerij', 'verified', 8, 4),
        pack('b', 'Kappers', 'signedUnknownKey', 1, 1),
        pack('c', 'Detailhandel', 'unsigned', 0, 2),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pakketten' })).toBeTruthy();
    expect(byTestId('nav-packs').getAttribute('aria-current')).toBe('page');
    const items = await screen.findAllByTestId('pack-item');
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByText('Uitgegeven door Bakkersbond Voorbeeld, geverifieerd')).toBeTruthy();
    expect(within(items[0]).getByText('8 competenties, 4 functies')).toBeTruthy();
    // Sorted by title: Bakkerij, Detailhandel, Kappers.
    expect(within(items[1]).getByText('Niet geverifieerd: niet ondertekend')).toBeTruthy();
    expect(within(items[2]).getByText('Niet geverifieerd: de sleutel van de uitgever is niet bekend')).toBeTruthy();
    expect(within(items[2]).getByText('1 competentie, 1 functie')).toBeTruthy();
  });

  it('says what to do when there are no packs', async () => {
    start();
    expect(await screen.findByText('Nog geen pakketten')).toBeTruthy();
    expect(screen.queryByTestId('pack-list')).toBeNull();
  });

  it('installs a chosen file, then updates it', async () => {
    const { user } = start();
    await screen.findByText('Nog geen pakketten');
    const input = byTestId('pack-file-input') as HTMLInputElement;

    await user.upload(input, new File([packJson('1.0.0')], 'bakkerij.werfpack.json', { type: 'application/json' }));
    await waitFor(() => expect(byTestId('pack-status').textContent).toContain('Geïnstalleerd: Bakkerij 1.0.0'));
    expect(byTestId('pack-status').getAttribute('role')).toBe('status');
    const call = backend.calls.find((c) => c.cmd === 'install_pack');
    expect(call?.args?.bytes).toEqual(bytesOf(packJson('1.0.0')));
    const items = await screen.findAllByTestId('pack-item');
    expect(within(items[0]).getByText('2 competenties, 1 functie')).toBeTruthy();
    expect(within(items[0]).getByText('Niet geverifieerd: niet ondertekend')).toBeTruthy();

    await user.upload(input, new File([packJson('1.1.0')], 'bakkerij-2.werfpack.json'));
    await waitFor(() =>
      expect(byTestId('pack-status').textContent).toContain('Bijgewerkt van versie 1.0.0 naar 1.1.0: Bakkerij'),
    );
  });

  it('reports each of several files, and shows an invalid one in role=alert', async () => {
    const { user } = start();
    await screen.findByText('Nog geen pakketten');
    await user.upload(byTestId('pack-file-input') as HTMLInputElement, [
      new File(['{"format":"iets anders"}'], 'kapot.werfpack.json'),
      new File([packJson('1.0.0')], 'goed.werfpack.json'),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-testid')).toBe('error-message');
    expect(alert.textContent).toContain('kapot.werfpack.json: Dit is geen geldig pakket voor Werfwijzer.');
    await waitFor(() => expect(byTestId('pack-status').textContent).toContain('Geïnstalleerd: Bakkerij 1.0.0'));
    expect(backend.calls.filter((c) => c.cmd === 'install_pack')).toHaveLength(2);
  });

  it('refuses a file over 5 MB without sending it', async () => {
    const { user } = start();
    await screen.findByText('Nog geen pakketten');
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'groot.werfpack.json');
    await user.upload(byTestId('pack-file-input') as HTMLInputElement, big);
    expect((await screen.findByRole('alert')).textContent).toContain('groot.werfpack.json: dit bestand is groter dan 5 MB');
    expect(backend.calls.some((c) => c.cmd === 'install_pack')).toBe(false);
  });

  it('installs a dropped file', async () => {
    start();
    await screen.findByText('Nog geen pakketten');
    const file = new File([packJson('1.0.0')], 'bakkerij.werfpack.json');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file], types: ['Files'] } });
    byTestId('pack-drop-zone').dispatchEvent(drop);
    await waitFor(() => expect(byTestId('pack-status').textContent).toContain('Geïnstalleerd: Bakkerij 1.0.0'));
  });

  it('removes a pack after confirmation, saying procedures keep their copy', async () => {
    const { user } = start({ packs: [pack('a', 'Bakkerij', 'verified', 8, 4)] });
    await user.click(await screen.findByTestId('pack-remove-button'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Procedures die dit pakket al gebruiken, houden hun eigen kopie/)).toBeTruthy();
    await user.click(byTestId('confirm-delete-button'));
    expect(await screen.findByText('Nog geen pakketten')).toBeTruthy();
    expect(backend.state.packs).toHaveLength(0);
    expect(byTestId('pack-status').textContent).toContain('‘Bakkerij’ is verwijderd.');
  });

  it('adds and removes a trusted publisher key', async () => {
    const { user } = start();
    await screen.findByText(/Je hebt nog geen sleutels toegevoegd/);
    const keyFile = JSON.stringify({
      format: 'werfwijzer-public-key',
      publisherId: 'nl.bakkersbond-voorbeeld',
      publisherName: 'Bakkersbond Voorbeeld',
      publicKey: 'q3Xv9mB0sQe1L7tYcF2wZkP8hN4rJ6uD5aG0iE3oT1s=',
    });
    await user.upload(byTestId('key-file-input') as HTMLInputElement, new File([keyFile], 'nbov.public.json'));
    const item = await screen.findByTestId('key-item');
    expect(within(item).getByText('Bakkersbond Voorbeeld')).toBeTruthy();
    expect(within(item).getByText('nl.bakkersbond-voorbeeld')).toBeTruthy();
    expect(within(item).getByText('q3Xv9mB0…iE3oT1s=')).toBeTruthy();
    expect(byTestId('key-status').textContent).toContain('De sleutel van Bakkersbond Voorbeeld is toegevoegd.');
    expect(backend.calls.find((c) => c.cmd === 'trust_key')?.args?.bytes).toEqual(bytesOf(keyFile));

    await user.click(byTestId('key-remove-button'));
    await user.click(byTestId('confirm-delete-button'));
    await waitFor(() => expect(screen.queryByTestId('key-item')).toBeNull());
    expect(backend.state.trustedKeys).toHaveLength(0);
  });

  it('shows a wrong key file in role=alert', async () => {
    const { user } = start();
    await screen.findByText(/Je hebt nog geen sleutels toegevoegd/);
    await user.upload(byTestId('key-file-input') as HTMLInputElement, new File(['{}'], 'iets.json'));
    expect((await screen.findByRole('alert')).textContent).toContain('iets.json: Dit is geen geldige sleutel');
  });
});
