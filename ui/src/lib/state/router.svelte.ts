// Client-side routing without a library: the route lives in the URL's hash (so the
// webview's back and forward, and Alt+Left, work) and in a rune the screens read.

export type Route =
  | { name: 'procedures' }
  | { name: 'procedure'; id: string }
  /** The vacancy wizard of a procedure. */
  | { name: 'wizard'; id: string }
  | { name: 'organisations' }
  | { name: 'packs' }
  /** With `procedureId`: choosing competencies for that procedure. */
  | { name: 'library'; procedureId?: string }
  | { name: 'settings' }
  | { name: 'author' }
  | { name: 'authorDraft'; id: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  switch (parts[0]) {
    case 'procedure':
      if (!parts[1]) return { name: 'procedures' };
      return parts[2] === 'vacature'
        ? { name: 'wizard', id: decodeURIComponent(parts[1]) }
        : { name: 'procedure', id: decodeURIComponent(parts[1]) };
    case 'organisations':
      return { name: 'organisations' };
    case 'packs':
      return { name: 'packs' };
    case 'library':
      return parts[1] === 'for' && parts[2]
        ? { name: 'library', procedureId: decodeURIComponent(parts[2]) }
        : { name: 'library' };
    case 'settings':
      return { name: 'settings' };
    case 'author':
      return parts[1] ? { name: 'authorDraft', id: decodeURIComponent(parts[1]) } : { name: 'author' };
    default:
      return { name: 'procedures' };
  }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'procedure':
      return `#/procedure/${encodeURIComponent(route.id)}`;
    case 'wizard':
      return `#/procedure/${encodeURIComponent(route.id)}/vacature`;
    case 'organisations':
      return '#/organisations';
    case 'packs':
      return '#/packs';
    case 'library':
      return route.procedureId ? `#/library/for/${encodeURIComponent(route.procedureId)}` : '#/library';
    case 'settings':
      return '#/settings';
    case 'author':
      return '#/author';
    case 'authorDraft':
      return `#/author/${encodeURIComponent(route.id)}`;
    default:
      return '#/procedures';
  }
}

class Router {
  route = $state<Route>({ name: 'procedures' });
  /** Set by a navigation; the next screen heading that appears takes the focus. */
  focusPending = false;
  #started = false;

  /** Reads the current URL and follows back/forward from then on. */
  start(): void {
    this.route = parseRoute(window.location.hash);
    if (this.#started) return;
    this.#started = true;
    const sync = () => {
      const next = parseRoute(window.location.hash);
      if (routeHref(next) !== routeHref(this.route)) {
        this.route = next;
        this.focusPending = true;
      }
    };
    window.addEventListener('popstate', sync);
    window.addEventListener('hashchange', sync);
  }

  /** Goes to `route`; `replace` leaves no history entry (after a delete, say). */
  navigate(route: Route, options: { replace?: boolean } = {}): void {
    const href = routeHref(route);
    if (href === routeHref(this.route) && href === window.location.hash) return;
    if (href !== window.location.hash) {
      if (options.replace) history.replaceState(null, '', href);
      else history.pushState(null, '', href);
    }
    this.route = route;
    this.focusPending = true;
  }

  /** Gives the focus to the heading of the screen that appears next (same route, new content). */
  focusNextHeading(): void {
    this.focusPending = true;
  }

  /** For `onclick` on links: navigates without a page load. */
  link(route: Route) {
    return (event: MouseEvent) => {
      event.preventDefault();
      this.navigate(route);
    };
  }
}

export const router = new Router();

/**
 * An attachment for a screen's h1: takes the focus when the screen was reached by a
 * navigation, so keyboard and screen-reader users start at the new screen's title.
 */
export function focusOnNavigate(node: HTMLElement): void {
  if (!router.focusPending) return;
  router.focusPending = false;
  node.focus({ preventScroll: false });
}
