import { describe, expect, it } from 'vitest';
import { APP_I18N_REGISTRARS } from './app-registrars';
import { createI18n } from './index';
import { formatJosa } from './josa-format';

/** Strings still written with a fallback particle form, to be rewritten with the josa format. */
const PENDING = new Set<string>();

/** Every string of a resource tree with its dotted key. */
function strings(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => strings(value, prefix ? `${prefix}.${key}` : key));
}

describe('the josa format', () => {
  it('adds the particle that fits the value', () => {
    const t = createI18n('ko').t;
    expect(t('prices.switched', { id: '2026-11-snapshot-1' })).toBe(
      '가격 스냅샷이 2026-11-snapshot-1로 바뀌었습니다.',
    );
    expect(t('prices.switched', { id: 'aws-update-20261222-093000' })).toBe(
      '가격 스냅샷이 aws-update-20261222-093000으로 바뀌었습니다.',
    );
    expect(t('prices.loadFailed', { id: 'aws-update-1', current: '2026-11-snapshot-3', message: 'x' })).toBe(
      '새 가격 스냅샷 aws-update-1을 불러오지 못해 2026-11-snapshot-3으로 계속 계산합니다: x',
    );
    expect(t('prices.bundledKept', { id: '2026-11-snapshot-2', message: 'x' })).toBe(
      '설치된 가격 스냅샷을 쓸 수 없어 내장 스냅샷 2026-11-snapshot-2로 계산합니다: x',
    );
  });

  it('reads either form of a particle and rejects anything else', () => {
    expect(formatJosa('서울', { particle: '으로' })).toBe('서울로');
    expect(formatJosa('m5.large', { particle: '는' })).toBe('m5.large는');
    expect(formatJosa(12, { particle: '이' })).toBe('12가');
    expect(() => formatJosa('서울', { particle: '의' })).toThrow(/unknown particle/);
    expect(() => formatJosa('서울', {})).toThrow(/unknown particle/);
  });

  it('the Korean resources name known particles and no fallback forms; English keeps its placeholders', () => {
    const i18n = createI18n('ko', APP_I18N_REGISTRARS);
    let uses = 0;
    for (const ns of Object.keys(i18n.store.data.ko ?? {})) {
      const en = new Map(strings(i18n.getResourceBundle('en', ns)));
      for (const [key, ko] of strings(i18n.getResourceBundle('ko', ns))) {
        for (const [, particle] of ko.matchAll(/\{\{\s*\w+\s*,\s*josa\(particle:\s*([^)]*)\)\s*\}\}/g)) {
          uses++;
          expect(() => formatJosa('서울', { particle }), `${ns}:${key}`).not.toThrow();
        }
        if (PENDING.has(`${ns}:${key}`)) continue;
        expect(ko, `${ns}:${key}`).not.toMatch(/\}\}(은\(는\)|이\(가\)|을\(를\)|과\(와\)|\(으\)로)/);
        const names = (s: string) => [...s.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();
        const english = en.get(key);
        if (english !== undefined && /josa\(/.test(ko))
          expect(names(ko), `${ns}:${key}`).toEqual(names(english));
      }
    }
    expect(uses).toBeGreaterThanOrEqual(6);
  });
});
