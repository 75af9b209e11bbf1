/**
 * Every route the app answers, read from the app's own routers: the list the security and
 * reliability suites cover, so a route added tomorrow fails their coverage checks until it is
 * covered, instead of being missed by a hand-kept list.
 *
 *   routeTable();   // [{ method: 'GET', path: '/api/v1/health' }, …], each once, sorted
 */
import type { Express } from 'express';
import { createApp, type AppDeps } from './app.ts';

export interface RouteEntry {
  method: string;
  /** The full path as mounted, with Express parameters (`/api/v1/keywords/jobs/:id`). */
  path: string;
}

interface Layer {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  rawPath?: unknown;
}

function walk(stack: readonly Layer[], prefix: string, out: Map<string, RouteEntry>): void {
  for (const layer of stack) {
    if (layer.route) {
      if (typeof layer.route.path !== 'string') throw new Error('a route path that is not a string');
      for (const [method, on] of Object.entries(layer.route.methods)) {
        const entry = { method: method.toUpperCase(), path: `${prefix}${layer.route.path}` };
        if (on && method !== '_all') out.set(`${entry.method} ${entry.path}`, entry);
      }
    } else if (layer.handle?.stack) {
      // A mounted router: its mount path is the layer's own (router 2's `rawPath`).
      if (typeof layer.rawPath !== 'string') throw new Error('cannot read a mounted router’s path');
      walk(layer.handle.stack, prefix + (layer.rawPath === '/' ? '' : layer.rawPath), out);
    }
  }
}

/** The routes of a built app, each method and path once, sorted. */
export function routesOf(app: Express): RouteEntry[] {
  const out = new Map<string, RouteEntry>();
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '', out);
  return [...out.values()].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/**
 * The routes of the app `serve` builds. Building wires handlers without calling them, so inert
 * dependencies do: a value read while building (not while answering) would throw here first.
 */
export function routeTable(): RouteEntry[] {
  const inert: unknown = new Proxy(() => inert, {
    get: (_target, key) => (key === Symbol.iterator ? undefined : inert),
  });
  const values: Partial<Record<keyof AppDeps, unknown>> = {
    apiToken: 'route-table',
    csrfToken: 'route-table',
    version: '0.0.0',
    extensionOrigins: [],
  };
  const deps = new Proxy({}, { get: (_target, key: string) => (key in values ? values[key as keyof AppDeps] : inert) });
  return routesOf(createApp(deps as AppDeps));
}
