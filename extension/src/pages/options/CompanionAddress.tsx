/** The companion's port (it always listens on 127.0.0.1). */
import { useEffect, useState } from 'preact/hooks';
import { COMPANION_HOST } from '@aigenc/shared/identity';
import { t } from '../../platform/browser.ts';
import { companionPortItem } from '../../platform/storage.ts';

export function CompanionAddress() {
  const [port, setPort] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => void companionPortItem.getValue().then((value) => setPort(String(value))), []);

  async function save(event: Event) {
    event.preventDefault();
    const value = Number(port);
    if (!Number.isInteger(value) || value < 1 || value > 65_535) {
      setStatus(t('portInvalid'));
      return;
    }
    await companionPortItem.setValue(value);
    setStatus(t('saved'));
  }

  return (
    <section class="panel" aria-labelledby="address-heading">
      <h2 id="address-heading">{t('companionAddress')}</h2>
      <form onSubmit={(event) => void save(event)}>
        <label for="port">{t('companionPort', COMPANION_HOST)}</label>
        <div class="row">
          <input id="port" inputMode="numeric" value={port} onInput={(event) => setPort(event.currentTarget.value)} />
          <button type="submit">{t('save')}</button>
          <output aria-live="polite">{status}</output>
        </div>
      </form>
    </section>
  );
}
