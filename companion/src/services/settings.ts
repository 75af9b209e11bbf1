/**
 * The user's settings as the routes see them: the saturation rule and the formula in the reader's
 * words. The store keeps the values; the words are rendered here, when they are read.
 */
import type { SettingsResponse } from '@aigenc/shared/contract';
import type { SaturationSettings } from '@aigenc/shared/domain';
import type { Language } from '@aigenc/shared/language';
import type { Logger } from '../logger.ts';
import { say } from '../messages.ts';
import type { SettingsStore } from '../store/settings.ts';
import { SATURATION_MESSAGES } from './messages.ts';

/** The formula in force, in one language (tooltips, the setup page, reports). */
export function formulaWords(settings: SaturationSettings, language: Language): string {
  const { gold, silver, bronze } = settings.thresholds;
  const documents = SATURATION_MESSAGES[settings.source][language];
  return say(SATURATION_MESSAGES.formula, language, { documents, gold, silver, bronze });
}

export class SettingsService {
  constructor(
    private readonly store: SettingsStore,
    private readonly logger: Logger,
  ) {}

  /** The rule the keyword service grades with. */
  saturation(): SaturationSettings {
    return this.store.saturation();
  }

  view(language: Language): SettingsResponse {
    const saturation = this.store.saturation();
    return { saturation, saturationFormula: formulaWords(saturation, language) };
  }

  setSaturation(settings: SaturationSettings, language: Language): SettingsResponse {
    this.store.setSaturation(settings);
    this.logger.info({ event: 'SETTINGS_CHANGED', setting: 'saturation' }, 'settings changed');
    return this.view(language);
  }
}
