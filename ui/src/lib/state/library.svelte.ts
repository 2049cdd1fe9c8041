// The library screen's state: everything in the installed packs, a search over it, the item
// being read, and (when choosing for a procedure) that procedure's competencies.

import { api, ApiError, type CompetencyView, type Library, type ProcedureDetail, type RoleView } from '$lib/backend/api';

export type LibraryView = 'roles' | 'competencies';
export type Selection = { kind: 'role' | 'competency'; packId: string; id: string } | null;

/** Lower case without accents, so "creme" finds "crème" and "Celik" finds "Çelik". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every word of the query must occur somewhere in the item's text. */
export function matches(haystack: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = fold(haystack);
  return words.every((w) => text.includes(w));
}

function roleText(r: RoleView): string {
  return [r.title, r.summary, ...r.tasks].join(' ');
}

function competencyText(c: CompetencyView): string {
  return [c.name, c.definition, ...c.indicators, ...c.questions.map((q) => q.text)].join(' ');
}

export class LibraryController {
  readonly procedureId: string | undefined;
  library = $state<Library | null>(null);
  procedure = $state<ProcedureDetail | null>(null);
  loadError = $state<ApiError | null>(null);
  query = $state('');
  packId = $state('');
  view = $state<LibraryView>('roles');
  selection = $state<Selection>(null);

  constructor(procedureId?: string) {
    this.procedureId = procedureId;
  }

  async load(): Promise<void> {
    this.loadError = null;
    try {
      const [library, procedure] = await Promise.all([
        api.library(),
        this.procedureId ? api.openProcedure(this.procedureId) : Promise.resolve(null),
      ]);
      this.library = library;
      this.procedure = procedure;
    } catch (e) {
      this.loadError = e instanceof ApiError ? e : new ApiError({ code: 'INTERNAL', message: '' });
    }
  }

  #inPack = (packId: string) => this.packId === '' || packId === this.packId;

  readonly roles = $derived(
    (this.library?.roles ?? []).filter((r) => this.#inPack(r.packId) && matches(roleText(r), this.query)),
  );

  readonly competencies = $derived(
    (this.library?.competencies ?? []).filter(
      (c) => this.#inPack(c.packId ?? '') && matches(competencyText(c), this.query),
    ),
  );

  readonly selectedRole = $derived.by(() => {
    const s = this.selection;
    if (s?.kind !== 'role') return null;
    return this.library?.roles.find((r) => r.packId === s.packId && r.id === s.id) ?? null;
  });

  readonly selectedCompetency = $derived.by(() => {
    const s = this.selection;
    if (s?.kind !== 'competency') return null;
    return this.library?.competencies.find((c) => c.packId === s.packId && c.competencyId === s.id) ?? null;
  });

  pack(packId: string | null) {
    return this.library?.packs.find((p) => p.id === packId) ?? null;
  }

  packTitle(packId: string | null): string {
    return this.library?.packs.find((p) => p.id === packId)?.title ?? packId ?? '';
  }

  /** The library competency a role suggests, by its id in the role's pack. */
  competencyOf(role: RoleView, id: string): CompetencyView | undefined {
    return this.library?.competencies.find((c) => c.packId === role.packId && c.competencyId === id);
  }

  /** Whether the procedure being chosen for has this competency already. */
  chosen(packId: string | null, competencyId: string): boolean {
    return (this.procedure?.competencies ?? []).some((c) => c.packId === packId && c.competencyId === competencyId);
  }

  select(selection: Selection): void {
    this.selection = selection;
  }

  async add(c: CompetencyView): Promise<void> {
    if (!this.procedureId || !this.procedure || c.packId === null) return;
    const list = await api.addProcedureCompetency(this.procedureId, c.packId, c.competencyId);
    this.procedure = { ...this.procedure, competencies: list };
  }

  async takeRole(role: RoleView): Promise<number> {
    if (!this.procedureId || !this.procedure) return 0;
    const list = await api.addRoleCompetencies(this.procedureId, role.packId, role.id);
    this.procedure = { ...this.procedure, competencies: list };
    return list.length;
  }
}
