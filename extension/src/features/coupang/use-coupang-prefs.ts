/** The Coupang preferences, live: read once, updated when options or another view change them. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_COUPANG_PREFS, coupangPrefsItem, type CoupangPrefs } from '../../platform/storage.ts';

export function useCoupangPrefs() {
  const [prefs, setPrefs] = useState<CoupangPrefs | null>(null);
  useEffect(() => {
    void coupangPrefsItem.getValue().then((value) => setPrefs({ ...DEFAULT_COUPANG_PREFS, ...value }));
    return coupangPrefsItem.watch((value) => setPrefs({ ...DEFAULT_COUPANG_PREFS, ...value }));
  }, []);
  const update = useCallback(async (patch: Partial<CoupangPrefs>) => {
    const next = { ...DEFAULT_COUPANG_PREFS, ...(await coupangPrefsItem.getValue()), ...patch };
    await coupangPrefsItem.setValue(next);
    setPrefs(next);
  }, []);
  return { prefs, update };
}
