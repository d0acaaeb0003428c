/**
 * Timestamps in utilization files. Accepted forms:
 * - ISO 8601 with an offset: `2026-07-01T09:05:00+09:00`, `2026-07-01 00:05:00Z`, `...+0900`;
 * - naive local time `2026-07-01 09:05[:00[.000]]` (also `T` or `/` separators), read in the import's time zone;
 * - Unix epoch seconds (10 digits) or milliseconds (13 digits), always UTC.
 * Time zones: `UTC`, a fixed offset `+09:00`, or an IANA name such as `Asia/Seoul` (DST honoured through Intl).
 * An ambiguous local time (DST fall-back) resolves to the earlier instant; a local time inside a DST gap is refused.
 */

export type TimestampResult = { ok: true; ms: number } | { ok: false; reason: string };

const ISO =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|z|UTC|[+-]\d{2}:?\d{2})?$/;
const EPOCH = /^\d{10}(\d{3})?$/;
const FIXED_OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

/** A time zone resolved once per import: converts a naive local wall-clock time (as UTC fields) to UTC ms. */
export interface TimeZone {
  readonly name: string;
  /** `localAsUtcMs` is the wall-clock time encoded as if it were UTC. Returns null inside a DST gap. */
  toUtc(localAsUtcMs: number): number | null;
}

export function resolveTimeZone(name: string): TimeZone | { error: string } {
  const trimmed = name.trim();
  if (trimmed === '' || /^(utc|z|gmt)$/i.test(trimmed)) return { name: 'UTC', toUtc: (ms) => ms };
  const fixed = FIXED_OFFSET.exec(trimmed);
  if (fixed) {
    const offset = offsetMs(fixed[1] ?? '+', fixed[2] ?? '0', fixed[3] ?? '0');
    if (offset === null) return { error: `time zone "${name}": offset out of range (±14:00 at most)` };
    return { name: trimmed, toUtc: (ms) => ms - offset };
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: trimmed,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return {
      error: `unknown time zone "${name}" (use UTC, an offset like +09:00, or an IANA name like Asia/Seoul)`,
    };
  }
  return ianaZone(format.resolvedOptions().timeZone, format);
}

function offsetMs(sign: string, hours: string, minutes: string): number | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 14 || m > 59) return null;
  return (sign === '-' ? -1 : 1) * (h * 60 + m) * 60_000;
}

function ianaZone(name: string, format: Intl.DateTimeFormat): TimeZone {
  const offsets = new Map<number, number>();
  const offsetAt = (utcMs: number): number => {
    const hourKey = Math.floor(utcMs / 3_600_000);
    const cached = offsets.get(hourKey);
    if (cached !== undefined) return cached;
    const fields: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(hourKey * 3_600_000))) {
      if (part.type !== 'literal') fields[part.type] = Number(part.value);
    }
    const wall = Date.UTC(
      fields.year ?? 1970,
      (fields.month ?? 1) - 1,
      fields.day ?? 1,
      fields.hour ?? 0,
      fields.minute ?? 0,
      fields.second ?? 0,
    );
    const offset = wall - hourKey * 3_600_000;
    offsets.set(hourKey, offset);
    return offset;
  };
  return {
    name,
    toUtc(localAsUtcMs) {
      // Try the offsets in force just before and just after; the earlier valid instant wins.
      const candidates = [offsetAt(localAsUtcMs - 86_400_000), offsetAt(localAsUtcMs + 86_400_000)]
        .map((offset) => localAsUtcMs - offset)
        .filter((utc) => utc + offsetAt(utc) === localAsUtcMs)
        .sort((a, b) => a - b);
      return candidates[0] ?? null;
    },
  };
}

export function parseTimestamp(text: string, zone: TimeZone): TimestampResult {
  const value = text.trim();
  if (EPOCH.test(value)) {
    const n = Number(value);
    return { ok: true, ms: value.length === 13 ? n : n * 1000 };
  }
  const m = ISO.exec(value);
  if (!m) {
    return {
      ok: false,
      reason: `"${text}" is not a timestamp (expected e.g. 2026-07-01T09:05:00+09:00, 2026-07-01 09:05 or epoch seconds)`,
    };
  }
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((s) =>
    s === undefined ? 0 : Number(s),
  ) as [number, number, number, number, number, number];
  const fraction = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: `"${text}" has a field out of range` };
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, fraction);
  if (new Date(wall).getUTCDate() !== day) return { ok: false, reason: `"${text}" is not a calendar date` };
  const designator = m[8];
  if (designator !== undefined) {
    if (/^(z|utc)$/i.test(designator)) return { ok: true, ms: wall };
    const off = FIXED_OFFSET.exec(designator);
    const offset = off ? offsetMs(off[1] ?? '+', off[2] ?? '0', off[3] ?? '0') : null;
    if (offset === null) return { ok: false, reason: `"${text}" has an offset out of range` };
    return { ok: true, ms: wall - offset };
  }
  const utc = zone.toUtc(wall);
  if (utc === null) {
    return {
      ok: false,
      reason: `"${text}" does not exist in ${zone.name} (clocks skipped it for daylight saving)`,
    };
  }
  return { ok: true, ms: utc };
}
