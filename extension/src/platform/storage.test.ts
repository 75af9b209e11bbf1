import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_COMPANION_PORT } from '@aigenc/shared/identity';
import { companionPortItem, companionTokenItem } from './storage.ts';

beforeEach(() => fakeBrowser.reset());

describe('extension storage', () => {
  it('defaults to the companion’s default port and no token', async () => {
    expect(await companionPortItem.getValue()).toBe(DEFAULT_COMPANION_PORT);
    expect(await companionTokenItem.getValue()).toBeNull();
  });

  it('keeps the token in storage.local only', async () => {
    await companionTokenItem.setValue('aigenc_abc');
    expect(await fakeBrowser.storage.local.get('companionToken')).toEqual({ companionToken: 'aigenc_abc' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
