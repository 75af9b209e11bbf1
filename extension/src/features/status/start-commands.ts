/**
 * The commands that start the companion, as the first-run guide and the popup's "not running"
 * state show them: the same words everywhere, the terminal named for the person's system.
 */
export const DESKTOP_SYSTEMS = ['win', 'mac', 'linux'] as const;
export type DesktopSystem = (typeof DESKTOP_SYSTEMS)[number];

/** Chrome's `os` (win, mac, linux, cros, openbsd, …) as one of the three systems we write for. */
export function desktopSystem(os: string): DesktopSystem {
  return os === 'win' || os === 'mac' ? os : 'linux';
}

export interface StartCommands {
  /**
   * Once: puts `aigenc` on the PATH from the packed file shipped with this version. npm 11 asks
   * which packages may run install scripts, and better-sqlite3 builds its SQLite binding in one;
   * npm 10 takes the flag silently.
   */
  install: string;
  /** Starts the companion now and at every login. */
  service: string;
  /** Starts it once, in this terminal, until it is closed. */
  once: string;
  /** Says what is wrong, with the fix. */
  doctor: string;
}

/** The one package of the companion's that has an install script (its native SQLite binding). */
export const ALLOW_SCRIPTS = '--allow-scripts=better-sqlite3';

export function startCommands(version: string): StartCommands {
  return {
    install: `npm install -g ${ALLOW_SCRIPTS} aigenc-lens-companion-${version}.tgz`,
    service: 'aigenc service install',
    once: 'aigenc serve',
    doctor: 'aigenc doctor',
  };
}
