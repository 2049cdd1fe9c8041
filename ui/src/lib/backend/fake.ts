// An in-memory stand-in for the Rust backend, for the unit tests and for looking at the UI
// in a browser (`npm run dev` outside Tauri, `npm run build:mock`). It follows the façade in
// src-tauri/crates/core closely enough to exercise the UI; it is never part of `dist/`.

import type {
  AppError,
  AuditAction,
  AuditEntry,
  ErrorCode,
  Language,
  NewProcedure,
  Organisation,
  Phase,
  ProcedureDetail,
  ProcedureSummary,
  Settings,
} from './bindings';

const PHASES: Phase[] = [
  'opstellen',
  'gepubliceerd',
  'brievenBeoordelen',
  'gesprekken',
  'besluit',
  'afgesloten',
  'opgeschoond',
];

const MAX_NAME_CHARS = 120;

type StoredOrg = { id: string; name: string; isDemo: boolean; createdAt: string };
type StoredAudit = AuditEntry & { organisationId: string | null; procedureId: string | null };

export type FakeState = {
  language: Language;
  currentOrganisationId: string | null;
  organisations: StoredOrg[];
  procedures: ProcedureSummary[];
  audit: StoredAudit[];
};

/** Makes the next call of `command` fail with this error (once). */
export type FailNext = (command: string, error: AppError) => void;

export type FakeBackend = {
  state: FakeState;
  handle: (cmd: string, args: Record<string, unknown> | undefined) => Promise<unknown>;
  failNext: FailNext;
  calls: { cmd: string; args: Record<string, unknown> | undefined }[];
};

const messages: Record<string, Record<Language, string>> = {
  orgNotFound: {
    nl: 'Deze organisatie bestaat niet meer. Kies een andere organisatie.',
    en: 'This organisation no longer exists. Choose another organisation.',
  },
  procNotFound: {
    nl: 'Deze procedure bestaat niet meer. Ga terug naar de lijst met procedures.',
    en: 'This procedure no longer exists. Go back to the list of procedures.',
  },
  nameEmpty: { nl: 'Vul een naam in.', en: 'Please enter a name.' },
  nameTooLong: {
    nl: `De naam is te lang. Gebruik hoogstens ${MAX_NAME_CHARS} tekens.`,
    en: `The name is too long. Use at most ${MAX_NAME_CHARS} characters.`,
  },
  nameTaken: {
    nl: 'Er is al een organisatie met deze naam. Kies een andere naam.',
    en: 'There is already an organisation with this name. Choose another name.',
  },
};

export function createFakeBackend(initial?: Partial<FakeState>): FakeBackend {
  const state: FakeState = {
    language: 'nl',
    currentOrganisationId: null,
    organisations: [],
    procedures: [],
    audit: [],
    ...initial,
  };
  const failures = new Map<string, AppError>();
  const calls: FakeBackend['calls'] = [];
  let counter = 0;

  const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const newId = () => {
    counter += 1;
    return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  };
  const fail = (code: ErrorCode, key: string): never => {
    throw { code, message: messages[key][state.language] } satisfies AppError;
  };
  const cleanName = (raw: unknown): string => {
    const name = String(raw ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .join(' ');
    if (name === '') fail('INVALID_INPUT', 'nameEmpty');
    if ([...name].length > MAX_NAME_CHARS) fail('INVALID_INPUT', 'nameTooLong');
    return name;
  };
  const org = (id: unknown): StoredOrg =>
    state.organisations.find((o) => o.id === id) ?? fail('NOT_FOUND', 'orgNotFound');
  const proc = (id: unknown): ProcedureSummary =>
    state.procedures.find((p) => p.id === id) ?? fail('NOT_FOUND', 'procNotFound');
  const nameTaken = (name: string, except?: string) =>
    state.organisations.some((o) => o.id !== except && o.name.toLowerCase() === name.toLowerCase());
  const audit = (
    action: AuditAction,
    detail: string,
    organisationId: string | null = null,
    procedureId: string | null = null,
  ) => {
    state.audit.push({ seq: state.audit.length + 1, at: now(), action, detail, organisationId, procedureId });
  };
  const orgDto = (o: StoredOrg): Organisation => ({
    id: o.id,
    name: o.name,
    isDemo: o.isDemo,
    procedureCount: state.procedures.filter((p) => p.organisationId === o.id).length,
    createdAt: o.createdAt,
  });
  const sortedOrgs = () => [...state.organisations].sort((a, b) => a.name.localeCompare(b.name));
  const settings = (): Settings => {
    const current = state.organisations.some((o) => o.id === state.currentOrganisationId)
      ? state.currentOrganisationId
      : (sortedOrgs()[0]?.id ?? null);
    return { language: state.language, currentOrganisationId: current };
  };
  const createOrg = (name: string, isDemo: boolean): Organisation => {
    if (nameTaken(name)) fail('CONFLICT', 'nameTaken');
    const o: StoredOrg = { id: newId(), name, isDemo, createdAt: now() };
    state.organisations.push(o);
    state.currentOrganisationId = o.id;
    audit('organisationCreated', name, o.id);
    return orgDto(o);
  };
  const createProc = (organisationId: string, title: string, kind: NewProcedure['kind']) => {
    org(organisationId);
    const at = now();
    const p: ProcedureSummary = {
      id: newId(),
      organisationId,
      title,
      kind,
      phase: 'opstellen',
      createdAt: at,
      updatedAt: at,
    };
    state.procedures.push(p);
    audit('procedureCreated', title, organisationId, p.id);
    return p;
  };

  const handlers: Record<string, (a: Record<string, unknown>) => unknown> = {
    get_settings: () => settings(),
    set_language: (a) => {
      state.language = a.language as Language;
      audit('languageChanged', state.language);
      return settings();
    },
    select_organisation: (a) => {
      org(a.id);
      state.currentOrganisationId = a.id as string;
      return settings();
    },
    list_organisations: () => sortedOrgs().map(orgDto),
    create_organisation: (a) => createOrg(cleanName(a.name), false),
    rename_organisation: (a) => {
      const name = cleanName(a.name);
      if (nameTaken(name, a.id as string)) fail('CONFLICT', 'nameTaken');
      const o = org(a.id);
      o.name = name;
      audit('organisationRenamed', name, o.id);
      return orgDto(o);
    },
    delete_organisation: (a) => {
      const o = org(a.id);
      state.organisations = state.organisations.filter((x) => x.id !== o.id);
      state.procedures = state.procedures.filter((p) => p.organisationId !== o.id);
      audit('organisationDeleted', o.name, o.id);
      if (state.currentOrganisationId === o.id) state.currentOrganisationId = sortedOrgs()[0]?.id ?? null;
      return settings();
    },
    list_procedures: (a) => {
      org(a.organisationId);
      return state.procedures
        .filter((p) => p.organisationId === a.organisationId)
        .sort((x, y) => y.updatedAt.localeCompare(x.updatedAt));
    },
    create_procedure: (a) => {
      const n = a.procedure as NewProcedure;
      return createProc(n.organisationId, cleanName(n.title), n.kind);
    },
    open_procedure: (a): ProcedureDetail => {
      const p = proc(a.id);
      const current = PHASES.indexOf(p.phase);
      return {
        procedure: p,
        organisationName: org(p.organisationId).name,
        phases: PHASES.map((phase, i) => ({
          phase,
          state: i < current ? 'done' : i === current ? 'current' : 'upcoming',
          available: false,
        })),
        log: state.audit
          .filter((e) => e.procedureId === p.id)
          .map(({ seq, at, action, detail }) => ({ seq, at, action, detail })),
      };
    },
    rename_procedure: (a) => {
      const title = cleanName(a.title);
      const p = proc(a.id);
      p.title = title;
      p.updatedAt = now();
      audit('procedureRenamed', title, p.organisationId, p.id);
      return p;
    },
    delete_procedure: (a) => {
      const p = proc(a.id);
      state.procedures = state.procedures.filter((x) => x.id !== p.id);
      audit('procedureDeleted', p.title, p.organisationId, p.id);
      return null;
    },
    create_demo: () => {
      const base = state.language === 'en' ? 'De Korenschoof Bakery (example)' : 'Bakkerij De Korenschoof (voorbeeld)';
      let name = base;
      for (let n = 2; nameTaken(name); n += 1) name = `${base} ${n}`;
      const o = createOrg(name, true);
      const title =
        state.language === 'en' ? 'Bakery sales assistant (24 hours)' : 'Verkoopmedewerker bakkerij (24 uur)';
      const p = createProc(o.id, title, 'vacature');
      audit('demoCreated', '', o.id, p.id);
      return { organisationId: o.id, procedureId: p.id };
    },
    ui_ready: () => null,
  };

  return {
    state,
    calls,
    failNext: (command, error) => failures.set(command, error),
    handle: async (cmd, args) => {
      calls.push({ cmd, args });
      const failure = failures.get(cmd);
      if (failure) {
        failures.delete(cmd);
        throw failure;
      }
      const handler = handlers[cmd];
      if (!handler) throw { code: 'INTERNAL', message: `unknown command ${cmd}` } satisfies AppError;
      // Copy the answer, as the real IPC does (JSON over the wire).
      return structuredClone(handler(args ?? {}));
    },
  };
}
