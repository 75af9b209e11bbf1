/** The saturation settings: read, and the rule changed (the formula in the reader's words either way). */
import type { RequestHandler } from 'express';
import { SaturationSettingsSchema, SettingsResponseSchema } from '@aigenc/shared/contract';
import type { SettingsService } from '../../services/settings.ts';
import { requestLanguage } from '../language.ts';
import { parseInput } from '../validate.ts';
import { reply } from './mount.ts';

export function settingsHandlers(settings: SettingsService) {
  return {
    read: ((req, res) =>
      reply(res, SettingsResponseSchema, settings.view(requestLanguage(req)))) satisfies RequestHandler,
    writeSaturation: ((req, res) => {
      const rule = parseInput(SaturationSettingsSchema, req.body);
      reply(res, SettingsResponseSchema, settings.setSaturation(rule, requestLanguage(req)));
    }) satisfies RequestHandler,
  };
}
