import { describe, expect, it } from 'vitest';
import { APP_I18N_REGISTRARS } from './app-registrars';
import { createI18n } from './index';

/** Every string of a resource tree with its dotted key. */
function strings(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => strings(value, prefix ? `${prefix}.${key}` : key));
}

const en = createI18n('en', APP_I18N_REGISTRARS);
const ko = createI18n('ko', APP_I18N_REGISTRARS);
const namespaces = Object.keys(en.store.data.en ?? {});

/** [namespace, key, other parameters, English for count 1, English for count 2] */
const CASES: [string, string, Record<string, string>, string, string][] = [
  ['common', 'coverage.onDemand', {}, 'On-Demand 1 type', 'On-Demand 2 types'],
  ['common', 'lines.lineCount', {}, '1 line', '2 lines'],
  ['common', 'groups.lineCount', {}, '1 line', '2 lines'],
  [
    'common',
    'groups.confirmRemove',
    { name: 'Web' },
    'Group "Web" has 1 line. Deleting the group leaves it without a group; the line is kept.',
    'Group "Web" has 2 lines. Deleting the group leaves these lines without a group; the lines are kept.',
  ],
  ['common', 'totals.incomplete', {}, 'Incomplete: 1 unpriced line', 'Incomplete: 2 unpriced lines'],
  ['common', 'totals.invalid', {}, '1 line with invalid input', '2 lines with invalid input'],
  [
    'common',
    'files.invalidIntro',
    { file: 'a.cloudsizer.json' },
    'a.cloudsizer.json: 1 problem. Your current work is unchanged.',
    'a.cloudsizer.json: 2 problems. Your current work is unchanged.',
  ],
  ['priceTables', 'update.reportTitle', {}, 'Update report (1 line)', 'Update report (2 lines)'],
  // the count picks the noun; {{shown}} is the count as the page formats it
  ['priceTables', 'update.filesRead', { shown: '1,234' }, '1,234 file read', '1,234 files read'],
  [
    'priceTables',
    'diff.loaded',
    { id: 's1', date: '2026-11-01' },
    'Loaded s1 (2026-11-01): 1 file.',
    'Loaded s1 (2026-11-01): 2 files.',
  ],
  ['priceTables', 'diff.typesRemoved', {}, '1 type removed', '2 types removed'],
  [
    'exercise',
    'invalid.intro',
    {},
    'Found 1 problem. The exercise open now is unchanged.',
    'Found 2 problems. The exercise open now is unchanged.',
  ],
  ['exercise', 'task.months', {}, '1 month', '2 months'],
  ['exercise', 'editor.issues', {}, '1 thing to fix', '2 things to fix'],
  ['exercise', 'result.score', { score: '1' }, '1 / 1 point', '1 / 2 points'],
  [
    'rightsizing',
    'problems.intro',
    { good: '3 good rows' },
    'Found 1 problem. You can import the 3 good rows or cancel. Cancel keeps the data loaded before unchanged.',
    'Found 2 problems. You can import the 3 good rows or cancel. Cancel keeps the data loaded before unchanged.',
  ],
  ['rightsizing', 'problems.importGood', {}, 'Import the 1 good row', 'Import the 2 good rows'],
  ['rightsizing', 'fleet.totals', {}, 'Totals (1 instance)', 'Totals (2 instances)'],
];

describe('counts in English and Korean', () => {
  it('English says a count of 1 in the singular and 2 in the plural', () => {
    for (const [ns, key, params, one, two] of CASES) {
      expect(en.t(key, { ns, ...params, count: 1 }), `${ns}:${key}`).toBe(one);
      expect(en.t(key, { ns, ...params, count: 2 }), `${ns}:${key}`).toBe(two);
    }
  });

  it('every English plural key has both forms, and Korean has the plain key for every count', () => {
    let plurals = 0;
    for (const ns of namespaces) {
      const keys = new Set(strings(en.getResourceBundle('en', ns)).map(([key]) => key));
      for (const key of keys) {
        const base = /^(.*)_(one|other)$/.exec(key)?.[1];
        if (base === undefined) continue;
        plurals++;
        expect(keys.has(`${base}_one`) && keys.has(`${base}_other`), `${ns}:${key}`).toBe(true);
        expect(keys.has(base), `${ns}:${base} is also plain`).toBe(false);
        expect(typeof ko.getResource('ko', ns, base), `${ns}:${base} in Korean`).toBe('string');
        for (const count of [1, 2]) {
          const korean = ko.t(base, { ns, count, shown: String(count) });
          expect(korean, `${ns}:${base}`).not.toBe(base);
          expect(korean, `${ns}:${base}`).toMatch(/[가-힣]/);
        }
      }
    }
    expect(plurals).toBeGreaterThanOrEqual(2 * CASES.length);
  });

  it('no English text writes "(s)", or a plural noun after {{count}} outside an `_other` key', () => {
    for (const ns of namespaces)
      for (const [key, text] of strings(en.getResourceBundle('en', ns))) {
        expect(text, `${ns}:${key}`).not.toContain('(s)');
        if (/\{\{(count|shown)\}\} (?:[\w-]+ ){0,2}[a-z]+s\b/.test(text))
          expect(`${ns}:${key}`).toMatch(/_other$/);
      }
  });
});
