// Development only: when the UI runs in a plain browser (no Tauri shell), answer the IPC
// from the in-memory fake backend. main.ts imports this module only under
// `import.meta.env.DEV` or `--mode mock`, so it never reaches the production bundle.
//
// Query parameters (for looking at screens): `?scenario=empty|demo|full|dberror`,
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
    return { language, currentOrganisationId: 'org-1', organisations: orgs, procedures: procs, audit };
  }
  return { language };
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
