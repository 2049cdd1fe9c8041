import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './router.svelte';

describe('routes', () => {
  it('round-trips every route through the URL hash', () => {
    const routes: Route[] = [
      { name: 'procedures' },
      { name: 'procedure', id: 'a b/c' },
      { name: 'organisations' },
      { name: 'packs' },
      { name: 'library' },
      { name: 'library', procedureId: 'p 1/2' },
      { name: 'settings' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('falls back to the procedures for anything unknown', () => {
    expect(parseRoute('')).toEqual({ name: 'procedures' });
    expect(parseRoute('#/nonsense')).toEqual({ name: 'procedures' });
    expect(parseRoute('#/procedure')).toEqual({ name: 'procedures' });
  });
});
