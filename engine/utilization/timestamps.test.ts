import { describe, expect, it } from 'vitest';
import { parseTimestamp, resolveTimeZone, type TimeZone } from './timestamps';

function zone(name: string): TimeZone {
  const z = resolveTimeZone(name);
  if ('error' in z) throw new Error(z.error);
  return z;
}

const utc = zone('UTC');

describe('parseTimestamp', () => {
  it('reads ISO timestamps with an offset regardless of the import zone', () => {
    const expected = Date.UTC(2026, 6, 1, 0, 5);
    expect(parseTimestamp('2026-07-01T00:05:00Z', zone('Asia/Seoul'))).toEqual({ ok: true, ms: expected });
    expect(parseTimestamp('2026-07-01T09:05:00+09:00', utc)).toEqual({ ok: true, ms: expected });
    expect(parseTimestamp('2026-07-01 09:05:00+0900', utc)).toEqual({ ok: true, ms: expected });
    expect(parseTimestamp('2026-06-30T20:05:00.000-04:00', utc)).toEqual({ ok: true, ms: expected });
  });

  it('reads naive local times in the import zone (Seoul = UTC+9, no DST)', () => {
    expect(parseTimestamp('2026-07-01 09:05', zone('Asia/Seoul'))).toEqual({
      ok: true,
      ms: Date.UTC(2026, 6, 1, 0, 5),
    });
    expect(parseTimestamp('2026/07/01 09:05:00', zone('+09:00'))).toEqual({
      ok: true,
      ms: Date.UTC(2026, 6, 1, 0, 5),
    });
    expect(parseTimestamp('2026-07-01 09:05', utc)).toEqual({ ok: true, ms: Date.UTC(2026, 6, 1, 9, 5) });
  });

  it('honours daylight saving in IANA zones (New York: EST −5 in January, EDT −4 in July)', () => {
    const ny = zone('America/New_York');
    expect(parseTimestamp('2026-01-15 12:00', ny)).toEqual({ ok: true, ms: Date.UTC(2026, 0, 15, 17, 0) });
    expect(parseTimestamp('2026-07-15 12:00', ny)).toEqual({ ok: true, ms: Date.UTC(2026, 6, 15, 16, 0) });
    // 2026-03-08 02:30 does not exist in New York (clocks jump 02:00 → 03:00)
    const gap = parseTimestamp('2026-03-08 02:30', ny);
    expect(gap.ok).toBe(false);
    // 2026-11-01 01:30 happens twice; the earlier instant (EDT, −4) is chosen
    expect(parseTimestamp('2026-11-01 01:30', ny)).toEqual({ ok: true, ms: Date.UTC(2026, 10, 1, 5, 30) });
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(parseTimestamp('1782864300', utc)).toEqual({ ok: true, ms: 1782864300000 });
    expect(parseTimestamp('1782864300000', utc)).toEqual({ ok: true, ms: 1782864300000 });
  });

  it('refuses what is not a timestamp, with the text in the reason', () => {
    const r = parseTimestamp('yesterday', utc);
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.reason).toContain('"yesterday"');
    expect(parseTimestamp('2026-02-30 10:00', utc).ok).toBe(false);
    expect(parseTimestamp('2026-07-01 24:00', utc).ok).toBe(false);
  });
});

describe('resolveTimeZone', () => {
  it('names what is wrong with an unknown zone', () => {
    expect(resolveTimeZone('Mars/Olympus')).toEqual({ error: expect.stringContaining('Mars/Olympus') });
    expect(resolveTimeZone('+15:00')).toEqual({ error: expect.stringContaining('out of range') });
  });
});
