/**
 * The saturation settings, written once and mounted twice: `GET /api/v1/settings` and
 * `PUT /api/v1/settings/saturation` for the extension, `GET|PUT /setup/api/settings/saturation`
 * for the setup page (each under its own router's guards).
 */
import type { Request, RequestHandler, Router } from 'express';
import { SaturationSettingsSchema, type SettingsResponse } from '@aigenc/shared/contract';
import { describeFormula } from '@aigenc/shared/domain';
import type { Logger } from '../../logger.ts';
import type { SettingsStore } from '../../store/settings.ts';
import { requestLanguage } from '../language.ts';
import { parseInput } from '../validate.ts';

export interface SettingsHandlers {
  read: RequestHandler;
  writeSaturation: RequestHandler;
}

export function settingsHandlers(settings: SettingsStore, logger: Logger): SettingsHandlers {
  const answer = (req: Request): SettingsResponse => {
    const saturation = settings.saturation();
    return { saturation, saturationFormula: describeFormula(saturation, requestLanguage(req)) };
  };
  return {
    read: (req, res) => {
      res.json(answer(req));
    },
    writeSaturation: (req, res) => {
      settings.setSaturation(parseInput(SaturationSettingsSchema, req.body));
      logger.info({ event: 'SETTINGS_CHANGED', setting: 'saturation' }, 'settings changed');
      res.json(answer(req));
    },
  };
}

export function settingsRoutes(router: Router, handlers: SettingsHandlers): void {
  router.get('/settings', handlers.read);
  router.put('/settings/saturation', handlers.writeSaturation);
}
