/**
 * A request's path, read from the raw request the way Express reads `req.path`: the guards run
 * on requests Express has not seen yet (the front door's), so they cannot ask Express for it.
 */
import type { IncomingMessage } from 'node:http';
import parseurl from 'parseurl';

export function requestPath(req: IncomingMessage): string {
  return parseurl(req)?.pathname ?? '';
}
