/**
 * `GET /api/v1/settings` and `PUT /api/v1/settings/saturation`: the saturation formula's document
 * source and grade thresholds, with the formula in words for tooltips.
 */
import type { Request, Router } from 'express';
import { SaturationSettingsSchema, type SettingsResponse } from '@aigenc/shared/contract';
import { describeFormula } from '@aigenc/shared/domain';
import type { SettingsStore } from '../../store/settings.ts';
import { requestLanguage } from '../language.ts';
import { parseInput } from '../validate.ts';

function answer(settings: SettingsStore, req: Request): SettingsResponse {
  const saturation = settings.saturation();
  return { saturation, saturationFormula: describeFormula(saturation, requestLanguage(req)) };
}

export function settingsRoutes(router: Router, settings: SettingsStore): void {
  router.get('/settings', (req, res) => {
    res.json(answer(settings, req));
  });
  router.put('/settings/saturation', (req, res) => {
    settings.setSaturation(parseInput(SaturationSettingsSchema, req.body));
    res.json(answer(settings, req));
  });
}
