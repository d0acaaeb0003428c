import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  documentKindOf,
  ensureExtension,
  fileNameOf,
  hasExtension,
  isAbsolutePath,
  isPlainFileName,
  utf8ByteLength,
} from './file-rules';

describe('utf8ByteLength', () => {
  it('counts Korean (3 bytes), emoji (4) and lone surrogates (3, as U+FFFD)', () => {
    expect(utf8ByteLength('가격')).toBe(6);
    expect(utf8ByteLength('💰')).toBe(4);
    expect(utf8ByteLength('\ud800x')).toBe(4);
    expect(utf8ByteLength('\uFEFF')).toBe(3);
  });

  it('equals Node’s Buffer.byteLength for any UTF-16 string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
        (text) => {
          expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
        },
      ),
    );
  });
});

describe('file names and extensions', () => {
  it('adds .cloudsizer.json, turning a plain .json into .cloudsizer.json', () => {
    expect(ensureExtension('/home/kim/plan', 'scenario')).toBe('/home/kim/plan.cloudsizer.json');
    expect(ensureExtension('/home/kim/plan.json', 'scenario')).toBe('/home/kim/plan.cloudsizer.json');
    expect(ensureExtension('C:\\Users\\kim\\Plan.CLOUDSIZER.JSON', 'scenario')).toBe(
      'C:\\Users\\kim\\Plan.CLOUDSIZER.JSON',
    );
    expect(ensureExtension('/tmp/견적', 'csv')).toBe('/tmp/견적.csv');
    expect(ensureExtension('/tmp/견적.csv', 'csv')).toBe('/tmp/견적.csv');
    expect(ensureExtension('/tmp/report', 'pdf')).toBe('/tmp/report.pdf');
  });

  it('keeps a workspace ending on a scenario save, and never adds .cloudsizer.json to it', () => {
    // the bug this guards: "작업 공간.cloudsizer-workspace.json" became "….cloudsizer-workspace.cloudsizer.json"
    expect(ensureExtension('/home/kim/작업 공간.cloudsizer-workspace.json', 'scenario')).toBe(
      '/home/kim/작업 공간.cloudsizer-workspace.json',
    );
    expect(ensureExtension('/home/kim/작업 공간.cloudsizer-workspace.json', 'workspace')).toBe(
      '/home/kim/작업 공간.cloudsizer-workspace.json',
    );
    expect(ensureExtension('C:\\w\\Class.CloudSizer-Workspace.JSON', 'workspace')).toBe(
      'C:\\w\\Class.CloudSizer-Workspace.JSON',
    );
    expect(ensureExtension('/home/kim/수업', 'workspace')).toBe('/home/kim/수업.cloudsizer-workspace.json');
    expect(ensureExtension('/home/kim/수업.json', 'workspace')).toBe(
      '/home/kim/수업.cloudsizer-workspace.json',
    );
    // a file chosen in the dialog keeps its document ending: the dialog confirmed overwriting that very file
    expect(ensureExtension('/home/kim/plan.cloudsizer.json', 'workspace')).toBe(
      '/home/kim/plan.cloudsizer.json',
    );
    expect(ensureExtension('/tmp/x.cloudsizer-workspace.json', 'csv')).toBe(
      '/tmp/x.cloudsizer-workspace.json.csv',
    );
  });

  it('adds exactly one document ending to any name (property)', () => {
    const endings = ['', '.json', '.JSON', '.cloudsizer.json', '.cloudsizer-workspace.json', '.txt', '.'];
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(...endings),
        fc.constantFrom('scenario' as const, 'workspace' as const),
        (stem, ending, kind) => {
          const out = ensureExtension(`/d/${stem}${ending}`, kind);
          expect(documentKindOf(out)).not.toBeNull();
          expect(ensureExtension(out, kind)).toBe(out);
          expect(ensureExtension(out, kind === 'scenario' ? 'workspace' : 'scenario')).toBe(out);
          expect(out.toLowerCase().endsWith('.cloudsizer.cloudsizer.json')).toBe(
            `${stem}${ending}`.toLowerCase().endsWith('.cloudsizer.cloudsizer.json'),
          );
          expect(/\.cloudsizer-workspace\.cloudsizer\.json$/i.test(out)).toBe(false);
        },
      ),
    );
  });

  it('tells the document kind by the ending', () => {
    expect(documentKindOf('/a/b.cloudsizer.json')).toBe('scenario');
    expect(documentKindOf('b.CLOUDSIZER-WORKSPACE.json')).toBe('workspace');
    expect(documentKindOf('/a/b.json')).toBeNull();
    expect(documentKindOf('/a/cloudsizer-workspace.json')).toBeNull();
  });

  it('recognises extensions case-insensitively', () => {
    expect(hasExtension('/a/b.CloudSizer.Json', 'scenario')).toBe(true);
    expect(hasExtension('/a/b.json', 'scenario')).toBe(false);
  });

  it('accepts POSIX and Windows absolute paths only', () => {
    expect(isAbsolutePath('/home/kim/a.cloudsizer.json')).toBe(true);
    expect(isAbsolutePath('C:\\Users\\kim\\a.cloudsizer.json')).toBe(true);
    expect(isAbsolutePath('d:/work/a.csv')).toBe(true);
    expect(isAbsolutePath('\\\\server\\share\\a.csv')).toBe(true);
    expect(isAbsolutePath('a.cloudsizer.json')).toBe(false);
    expect(isAbsolutePath('..\\a.csv')).toBe(false);
  });

  it('takes the file name from either separator', () => {
    expect(fileNameOf('C:\\Users\\kim\\서울.cloudsizer.json')).toBe('서울.cloudsizer.json');
    expect(fileNameOf('/home/kim/seoul.cloudsizer.json')).toBe('seoul.cloudsizer.json');
  });

  it('allows plain names and refuses folders, reserved characters and dot names', () => {
    expect(isPlainFileName('서울 견적 2026')).toBe(true);
    for (const bad of [
      '',
      '   ',
      '..',
      '.',
      'a/b',
      'a\\b',
      'a:b',
      'a*b',
      'a?b',
      'a\u0000b',
      'x'.repeat(201),
    ]) {
      expect(isPlainFileName(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
