/** `GET /api/v1/health`: unauthenticated; tells the extension the companion is there. */
import { Router } from 'express';
import type { HealthResponse } from '@aigenc/shared/contract';

export function healthRoutes(version: string): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    const body: HealthResponse = { status: 'ok', version };
    res.json(body);
  });
  return router;
}
