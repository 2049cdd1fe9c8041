// Development only: when the UI runs in a plain browser (no Tauri shell), answer the IPC
// from the in-memory fake backend. main.ts imports this module only under
// `import.meta.env.DEV` or `--mode mock`, so it never reaches the production bundle.
//
// Query parameters (for looking at screens): `?scenario=empty|demo|full|packs|dberror`,
// `?lang=nl|en`.

import { mockIPC } from '@tauri-apps/api/mocks';
import { createFakeBackend, type FakeState } from './fake';
import type { Language, Phase, ProcedureKind, ProcedureSummary } from './bindings';

function seed(scenario: string, language: Language): Partial<FakeState> {
  const at = (day: number, hour: number) => new Date(Date.UTC(2026, 10, day, hour, 5)).toISOString().replace('.000', '');
  if (scenario === 'demo' || scenario === 'full') {
    const orgs = [
      { id: 'org-1', name: language === 'en' ? 'De Korenschoof Bakery (example)' : 'Bakkerij De Korenschoof (voorbeeld)', isDemo: true, createdAt: at(2, 9) },
    ];
    const procs: ProcedureSummary[] = [
      p('proc-1', 'org-1', language === 'en' ? 'Bakery sales assistant (24 hours)' : 'Verkoopmedewerker bakkerij (24 uur)', 'vacature', 'opstellen', at(2, 9)),
    ];
    if (scenario === 'full') {
      orgs.push(
        { id: 'org-2', name: 'Installatiebedrijf Van der Meer & Zonen', isDemo: false, createdAt: at(5, 10) },
        { id: 'org-3', name: 'Kapsalon Knip', isDemo: false, createdAt: at(7, 11) },
      );
      procs.push(
        p('proc-2', 'org-1', 'Bakker (38 uur), ervaren in brood en banket', 'vacature', 'gesprekken', at(12, 13)),
        p('proc-3', 'org-1', 'Stagiair bakkerij, mbo niveau 2', 'stage', 'brievenBeoordelen', at(18, 8)),
        p('proc-4', 'org-1', 'Teamleider winkel', 'promotie', 'afgesloten', at(20, 15)),
        p('proc-5', 'org-2', 'Monteur installatietechniek', 'vacature', 'gepubliceerd', at(21, 9)),
      );
    }
    const audit = procs.flatMap((x, i) => [
      { seq: i * 2 + 1, at: x.createdAt, action: 'procedureCreated' as const, detail: x.title, organisationId: x.organisationId, procedureId: x.id },
      { seq: i * 2 + 2, at: x.createdAt, action: 'demoCreated' as const, detail: '', organisationId: x.organisationId, procedureId: x.id },
    ]);
    return { language, currentOrganisationId: 'org-1', organisations: orgs, procedures: procs, audit, ...packs(scenario, language, at) };
  }
  if (scenario === 'packs') return { language, ...packs(scenario, language, at) };
  return { language };
}

/** Three packs, one of each trust state, and the key that verifies the first. */
function packs(scenario: string, language: Language, at: (day: number, hour: number) => string): Partial<FakeState> {
  if (scenario !== 'full' && scenario !== 'packs') return {};
  const en = language === 'en';
  return {
    packs: [
      { id: 'nl.bakkersbond-voorbeeld.bakkerij', version: '2.1.0', title: en ? 'Bakery and food craft' : 'Bakkerij en ambachtelijk voedsel', publisherName: 'Bakkersbond Voorbeeld', trust: 'verified', builtin: false, competencyCount: 8, roleCount: 4, installedAt: at(3, 10), updatedAt: at(14, 9) },
      { id: 'nl.kappers.haar', version: '1.0.0', title: en ? 'Hair and beauty' : 'Kappers en schoonheidsverzorging', publisherName: 'Kappersvereniging Voorbeeld', trust: 'signedUnknownKey', builtin: false, competencyCount: 6, roleCount: 1, installedAt: at(9, 15), updatedAt: at(9, 15) },
      { id: 'nl.werfwijzer.detailhandel', version: '1.0.0', title: en ? 'Retail' : 'Detailhandel', publisherName: 'Werfwijzer', trust: 'unsigned', builtin: true, competencyCount: 1, roleCount: 3, installedAt: at(1, 8), updatedAt: at(1, 8) },
    ],
    trustedKeys: [
      { publicKey: 'q3Xv9mB0sQe1L7tYcF2wZkP8hN4rJ6uD5aG0iE3oT1s=', publisherId: 'nl.bakkersbond-voorbeeld', publisherName: 'Bakkersbond Voorbeeld', addedAt: at(3, 10) },
    ],
  };
}

function p(id: string, organisationId: string, title: string, kind: ProcedureKind, phase: Phase, at: string): ProcedureSummary {
  return { id, organisationId, title, kind, phase, createdAt: at, updatedAt: at };
}

export function installDevMock(): void {
  const params = new URLSearchParams(window.location.search);
  const scenario = params.get('scenario') ?? 'empty';
  const language: Language = params.get('lang') === 'en' ? 'en' : 'nl';
  const backend = createFakeBackend(seed(scenario, language));
  if (scenario === 'dberror') {
    backend.failNext('get_settings', {
      code: 'DATABASE',
      message:
        language === 'en'
          ? 'The data file is damaged. Restore a backup or contact your advisor.'
          : 'Het gegevensbestand is beschadigd. Zet een reservekopie terug of neem contact op met uw adviseur.',
    });
  }
  mockIPC((cmd, args) => backend.handle(cmd, args as Record<string, unknown> | undefined));
  console.info(`[werfwijzer] fake backend active (scenario ${scenario})`);
}
