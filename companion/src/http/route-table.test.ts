import { describe, expect, it } from 'vitest';
import { routeTable } from './route-table.ts';

describe('routeTable', () => {
  const routes = routeTable();

  it('reads every route from the routers, mounted paths included, each once', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of [
      'GET /api/v1/health',
      'POST /api/v1/keywords/jobs',
      'DELETE /api/v1/keywords/jobs/:id',
      'GET /setup',
      'PUT /setup/api/connections/:provider/capabilities/:name',
      'GET /',
    ])
      expect(keys).toContain(key);
  });

  it('names methods and absolute paths only', () => {
    for (const route of routes) {
      expect(route.method).toMatch(/^(GET|POST|PUT|DELETE|PATCH)$/);
      expect(route.path).toMatch(/^\/[\w\-./:]*$/);
    }
  });
});
