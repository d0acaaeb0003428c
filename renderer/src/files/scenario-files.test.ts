import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../app/default-scenario';
import { readDocumentText } from './document-files';
import { fileNameFor, scenarioText } from './scenario-files';

describe('scenario files', () => {
  it('round-trips the workspace through text', () => {
    const scenario = defaultScenario('ko');
    const read = readDocumentText(scenarioText(scenario), 'a.cloudsizer.json');
    expect(read).toMatchObject({ ok: true, scenario });
  });

  it('lists every problem with its JSON path', () => {
    const read = readDocumentText(
      JSON.stringify({
        schemaVersion: 1,
        name: '',
        region: 'mars-1',
        items: [{ service: 'ec2', id: 'a', instanceType: 'M5', count: 0 }],
      }),
      'bad.json',
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.fileName).toBe('bad.json');
    expect(read.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['$.name', '$.region', '$.items[0].instanceType', '$.items[0].count']),
    );
  });

  it('says where a JSON syntax error is', () => {
    const read = readDocumentText('{\n  "schemaVersion": 1,\n  oops\n}', 'broken.json');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]?.message).toMatch(/not valid JSON at line 3/);
  });

  it('makes a file name any system accepts', () => {
    expect(fileNameFor('서울 웹 서비스', '.cloudsizer.json')).toBe('서울 웹 서비스.cloudsizer.json');
    expect(fileNameFor('a/b:c*?', '.csv')).toBe('a-b-c-.csv');
    expect(fileNameFor('...', '.csv')).toBe('cloudsizer.csv');
  });
});
