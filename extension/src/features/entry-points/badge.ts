/** The toolbar badge at a glance: not paired, companion off, ready, or cooling down (minutes left). */
import type { Badge } from '../../platform/background-capabilities.ts';
import type { LensStatus } from '../../platform/storage.ts';

export type { Badge } from '../../platform/background-capabilities.ts';

export function badgeFor(status: LensStatus, now: number): Badge {
  switch (status.kind) {
    case 'unpaired':
      return { text: '!', tone: 'danger', titleKey: 'badgeUnpaired' };
    case 'offline':
      return { text: 'off', tone: 'muted', titleKey: 'badgeOffline' };
    case 'cooling': {
      const minutes = Math.ceil((status.until - now) / 60_000);
      if (minutes <= 0) return { text: '', tone: 'accent-strong', titleKey: 'badgeReady' };
      return { text: `${minutes}m`, tone: 'warning', titleKey: 'badgeCooling', minutes };
    }
    case 'ready':
      return { text: '', tone: 'accent-strong', titleKey: 'badgeReady' };
    case 'unknown':
      return { text: '', tone: 'muted', titleKey: 'extName' };
  }
}
