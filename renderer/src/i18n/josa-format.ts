import type { i18n as I18n } from 'i18next';
import { particleNamed, withJosa } from '../../../engine/text/josa';

/** The i18next format that adds a Korean particle: `{{file, josa(particle: 을)}}` → "mine.exercise.json을". */
export const JOSA_FORMAT = 'josa';

/**
 * The value followed by the form of the particle that fits it (은/는, 이/가, 을/를, 과/와, 으로/로; see
 * engine/text/josa.ts). `particle` may be either form or the fallback ("는", "은(는)"); the particle is part of
 * the sentence, so it is added whatever the language (only Korean strings use this format).
 */
export function formatJosa(value: unknown, options: { particle?: unknown } | undefined): string {
  const text = String(value);
  const name = options?.particle;
  const particle = typeof name === 'string' ? particleNamed(name) : undefined;
  if (particle === undefined) throw new Error(`josa format: unknown particle ${String(name)}`);
  return withJosa(text, particle);
}

/** Adds the `josa` format to an initialized i18next instance. */
export function addJosaFormat(i18n: I18n): void {
  i18n.services.formatter?.add(JOSA_FORMAT, (value, _lng, options: { particle?: unknown } | undefined) =>
    formatJosa(value, options),
  );
}
