/** The audience view's preferences, live: read once, updated when another view changes them. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_AUDIENCE_PREFS, audiencePrefsItem, type AudiencePrefs } from '../../platform/storage.ts';

export type UpdateAudiencePrefs = (patch: Partial<AudiencePrefs>) => Promise<void>;

export function useAudiencePrefs(): { prefs: AudiencePrefs | null; update: UpdateAudiencePrefs } {
  const [prefs, setPrefs] = useState<AudiencePrefs | null>(null);
  useEffect(() => {
    void audiencePrefsItem.getValue().then((value) => setPrefs({ ...DEFAULT_AUDIENCE_PREFS, ...value }));
    return audiencePrefsItem.watch((value) => setPrefs({ ...DEFAULT_AUDIENCE_PREFS, ...value }));
  }, []);
  const update = useCallback<UpdateAudiencePrefs>(async (patch) => {
    const next = { ...DEFAULT_AUDIENCE_PREFS, ...(await audiencePrefsItem.getValue()), ...patch };
    await audiencePrefsItem.setValue(next);
    setPrefs(next);
  }, []);
  return { prefs, update };
}
