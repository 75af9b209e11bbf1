/**
 * What every command shares for talking to a person: the language (AIGENC_LANG, else the system's), error
 * lines in that language, a progress bar on a terminal, CSV and aligned tables.
 */
import { LOCALES, type Language, type Localized } from '@aigenc/shared/language';
import { CompanionError, UsageError } from '../errors/index.ts';
import { fill, say, type ParamsArg } from '../messages.ts';
import { CLI_MESSAGES } from './messages.ts';

/** The CLI's language: the product's two. */
export type CliLanguage = Language;

export function cliLanguage(env: NodeJS.ProcessEnv = process.env, systemLocale = defaultLocale()): CliLanguage {
  // AIGENC_LANG first, then the POSIX order (LC_ALL, LC_MESSAGES, LANG), then the system's locale
  // (Windows and macOS terminals often set none of them). Korean when it says Korean.
  const tag = [env['AIGENC_LANG'], env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v) ?? systemLocale;
  return tag.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

function defaultLocale(): string {
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

/** A time of day as this machine shows it, in the terminal's language (a code's expiry). */
export function cliTime(date: Date, language: CliLanguage): string {
  return date.toLocaleTimeString(LOCALES[language]);
}

/** One line a person can act on; never a stack, never a secret. */
export function describeError(error: unknown, language: CliLanguage): string {
  if (error instanceof CompanionError) {
    const detail = error.detail?.[language] ?? error.message;
    return `${detail} [${error.code}${'upstreamCode' in error && error.upstreamCode ? ` ${String(error.upstreamCode)}` : ''}]`;
  }
  return say(CLI_MESSAGES.unexpected, language);
}

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI). */
export function progressBar(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): { update(done: number, total: number): void; end(): void } {
  if (!stream.isTTY) return { update: () => undefined, end: () => undefined };
  return {
    update(done, total) {
      const width = 28;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`);
    },
    end() {
      stream.write('\n');
    },
  };
}

/** Width of a string in a terminal: Hangul and other wide characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return width;
}

export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return (
    rows
      .map((row) =>
        row
          .map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

/**
 * A closed stdout or stderr (`aigenc serve | head`, a parent that stopped reading) is not a reason
 * to stop: the companion keeps serving and its log file keeps the record. Other stream errors
 * still surface.
 */
export function tolerateClosedOutput(streams: readonly NodeJS.WritableStream[] = [process.stdout, process.stderr]) {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
      throw error;
    });
  }
}

/** A usage or configuration error (exit 2) in the terminal's language. */
export function usageError<M extends Localized>(message: M, ...params: ParamsArg<M>): UsageError {
  return new UsageError(fill(message, ...params));
}

/** What a command exits with for an error it caught: 2 for usage, configuration and the vault, else 1. */
export function exitCodeOf(error: unknown): 1 | 2 {
  return error instanceof CompanionError ? error.exitCode : 1;
}
