import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenColors } from '@aigenc/shared/ui/tokens';
import { BADGE_TONES } from './background-capabilities.ts';

describe('the badge tones', () => {
  it('are each a colour of the design tokens', () => {
    const css = readFileSync(new URL('../../../shared/src/ui/tokens.css', import.meta.url), 'utf8');
    const colors = tokenColors(css);
    for (const tone of BADGE_TONES) expect(colors[tone], tone).toMatch(/^#[0-9a-f]{6}$/i);
  });
});
