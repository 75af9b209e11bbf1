/**
 * What the suites that claim "every route" and "every command" cover, read from the companion
 * itself: its router (`routeTable`) and the CLI's command table (`COMMAND_NAMES`). A route or a
 * command added tomorrow is uncovered until a suite exercises it, and the coverage checks say so.
 *
 *   const seen = new RouteLog();
 *   seen.add('GET', '/api/v1/keywords/jobs/abc123456');
 *   expect(seen.uncovered()).toEqual([]);
 */
import { COMMAND_NAMES, routeTable, type RouteEntry } from '@aigenc/companion';

export const ROUTES: readonly RouteEntry[] = routeTable();
export const COMMANDS: readonly string[] = COMMAND_NAMES;

export const routeKey = (route: RouteEntry): string => `${route.method} ${route.path}`;

/** A route's path as a pattern: each `:param` is one path segment. */
function pattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

/** The route a request reaches, or null. */
export function routeOf(method: string, url: string): RouteEntry | null {
  const path = url.split('?')[0]!;
  return ROUTES.find((r) => r.method === method.toUpperCase() && pattern(r.path).test(path)) ?? null;
}

/** Which routes a suite's requests reached. */
export class RouteLog {
  private readonly reached = new Set<string>();

  add(method: string, url: string): void {
    const route = routeOf(method, url);
    if (route) this.reached.add(routeKey(route));
  }

  uncovered(): string[] {
    return ROUTES.map(routeKey).filter((key) => !this.reached.has(key));
  }
}

/** The routes a guard protects: the API under /api/v1 (but health and pairing), and the setup API. */
export function audienceOf(route: RouteEntry): 'api' | 'setup' | 'open' {
  if (route.path.startsWith('/setup/api/')) return 'setup';
  if (route.path.startsWith('/api/v1/') && route.path !== '/api/v1/health' && route.path !== '/api/v1/pair')
    return 'api';
  return 'open';
}
