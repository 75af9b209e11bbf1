/** `GET /api/v1/health`: unauthenticated; tells the extension the companion is there. */
import type { Router } from 'express';
import type { HealthResponse } from '@aigenc/shared/contract';

export function healthRoutes(router: Router, version: string): void {
  router.get('/health', (_req, res) => {
    const body: HealthResponse = { status: 'ok', version };
    res.json(body);
  });
}
