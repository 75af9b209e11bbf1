/**
 * The guards every request passes, run as one step of the app: each in turn, synchronously when
 * it answers at once, without a router layer between two of them. A guard that refuses (`next`
 * with an error) or answers (a preflight) ends the pass there, as it would in the app.
 *
 *   app.use(gate([baseHeaders, hostGuard(), originGuard(origins), jsonOnlyGuard(), jsonBody()]));
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export function gate(guards: readonly RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    let index = 0;
    const step = (error?: unknown): void => {
      if (error !== undefined && error !== null) return next(error);
      const guard = guards[index++];
      if (!guard) return next();
      try {
        void guard(req, res, step);
      } catch (thrown) {
        next(thrown);
      }
    };
    step();
  };
}
