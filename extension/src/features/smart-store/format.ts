/** Times as the store writes them, shown in Seoul's time whatever this computer's zone. */
import { locale } from '../../ui/format.ts';

/** A time the store wrote (Korean time), as the seller reads it: month, day, hour and minute in Seoul. */
export function storeTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toLocaleString(locale(), {
    timeZone: 'Asia/Seoul',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
