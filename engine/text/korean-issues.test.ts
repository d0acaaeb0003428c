/**
 * Problems in opened files, in Korean for the Korean UI: real broken scenario, workspace, exercise and
 * submission files give exact Korean texts, and every problem of the broken-file corpus has Korean text
 * without English words or fallback particles ("이(가)").
 */
import { describe, expect, it } from 'vitest';
import { parseExercise, parseExerciseText, parseSubmission, parseSubmissionText } from '../exercise/parse';
import { gradeSubmissionText } from '../exercise/grade';
import { prepareExercise } from '../exercise/prepare';
import { resultsCsv } from '../exercise/results-csv';
import { bundledPrices, bundledSnapshot } from '../rightsizing/testing/bundled-prices';
import { parseScenario, parseScenarioText, type ParseResult } from '../scenario/parse';
import { englishWordsIn } from '../trace/testing/english-words';
import { parseWorkspace, parseWorkspaceText } from '../workspace/workspace-file';
import type { FileIssue } from './file-issue';

const badScenarios = import.meta.glob<string>('../../tests/fixtures/bad-scenarios/*.cloudsizer.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const exerciseFiles = import.meta.glob<string>('../../examples/exercises/*.exercise.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const submissionFiles = import.meta.glob<string>('../../examples/exercises/submissions/*/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const catalogue = () => ({
  id: bundledSnapshot().manifest.snapshotId,
  instanceTypes: bundledSnapshot().index,
});

function exerciseText(id: string): string {
  const text = exerciseFiles[`../../examples/exercises/${id}.exercise.json`];
  if (text === undefined) throw new Error(`no exercise ${id}`);
  return text;
}

function exercise(id: string) {
  const parsed = parseExerciseText(exerciseText(id));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

function issuesOf(result: { ok: true } | { ok: false; issues: FileIssue[] }): FileIssue[] {
  if (result.ok) throw new Error('the file was accepted');
  return result.issues;
}

const scenarioIssues = (r: ParseResult) => issuesOf(r.ok ? { ok: true } : r);

const valid = {
  schemaVersion: 1,
  name: '서울 웹',
  region: 'ap-northeast-2',
  items: [{ service: 'ec2', id: 'web', instanceType: 'm5.large', count: 2 }],
};

describe('Korean text of file problems: exact messages for real broken files', () => {
  it('a submission with count 0 and no purchase option (examples s07-invalid)', () => {
    const text = submissionFiles['../../examples/exercises/submissions/web-nginx-rightsize/s07-invalid.json'];
    const issues = issuesOf(parseSubmissionText(text ?? '', exercise('web-nginx-rightsize')));
    expect(issues).toEqual([
      {
        path: '$.answers[0].count',
        message: 'Too small: expected number to be >=1',
        ko: '1 이상이어야 합니다 (입력값: 0)',
      },
      {
        path: '$.answers[0].purchase',
        message: 'Invalid input: expected object, received undefined',
        ko: '값이 없습니다: 객체가 필요합니다',
      },
    ]);
  });

  it('a string where a number belongs, an unknown key, an unknown region (scenario corpus)', () => {
    const first = (file: string) =>
      scenarioIssues(
        parseScenarioText(badScenarios[`../../tests/fixtures/bad-scenarios/${file}`] ?? '', {
          snapshot: catalogue(),
        }),
      )[0];
    expect(first('count-as-string.cloudsizer.json')?.ko).toBe(
      '숫자가 와야 하는데 문자열 "2"가 들어 있습니다',
    );
    expect(first('typo-unknown-key.cloudsizer.json')?.ko).toBe('알 수 없는 키: "cout"');
    expect(first('unknown-region.cloudsizer.json')?.ko).toBe(
      '알 수 없는 리전 "seoul": "ap-northeast-2"(서울)이나 "us-east-1" 같은 리전 코드를 쓰세요',
    );
    expect(first('unknown-service.cloudsizer.json')?.ko).toBe(
      '알 수 없는 서비스 "dynamodb": "ec2", "ebs", "s3", "data-transfer", "lambda" 중 하나여야 합니다',
    );
    expect(first('unknown-instance-type.cloudsizer.json')?.ko).toBe(
      `알 수 없는 인스턴스 유형 "m5.huge": 가격표 ${bundledSnapshot().manifest.snapshotId}에 없습니다`,
    );
    expect(first('empty.cloudsizer.json')?.ko).toBe('빈 파일입니다');
    expect(first('trailing-comma.cloudsizer.json')?.ko).toBe(
      '올바른 JSON이 아닙니다 (6번째 줄, 1번째 열): 마지막 항목 뒤에는 쉼표를 쓸 수 없습니다',
    );
  });

  it('an unknown enum value, a missing field, a whole number expected', () => {
    const r = parseScenario({
      ...valid,
      name: undefined,
      items: [
        { service: 'ebs', id: 'disk', volumeType: 'gp4', sizeGB: 10 },
        { service: 'ec2', id: 'half', instanceType: 'm5.large', count: 1.5 },
      ],
    });
    expect(scenarioIssues(r).map((i) => [i.path, i.ko])).toEqual([
      ['$.name', '값이 없습니다: 문자열이 필요합니다'],
      [
        '$.items[0].volumeType',
        '"gp4"는 쓸 수 없습니다: "gp2", "gp3", "io1", "io2", "st1", "sc1" 중 하나여야 합니다',
      ],
      ['$.items[1].count', '정수여야 합니다 (입력값: 1.5)'],
    ]);
    const noId = parseSubmission(
      { formatVersion: 1, student: { id: 's1' }, answers: [] },
      exercise('web-nginx-rightsize'),
    );
    expect(issuesOf(noId).map((i) => [i.path, i.ko])).toEqual([
      ['$.exerciseId', '값이 없습니다: 문자열이 필요합니다'],
      ['$.answers', '하나 이상 있어야 합니다 (지금 비어 있습니다)'],
    ]);
  });

  it('a JSON syntax error says the line and column in Korean', () => {
    const r = parseScenarioText('{\n  "schemaVersion": 1,\n  "name": "a",\n  "region" "us-east-1"\n}');
    expect(scenarioIssues(r)[0]).toMatchObject({
      path: '$',
      message: expect.stringMatching(/^not valid JSON at line 4, column 12: /),
      ko: '올바른 JSON이 아닙니다 (4번째 줄, 12번째 열): 여기에 값이 올 수 없습니다 (앞에 쉼표(,)나 콜론(:)이 빠졌을 수 있습니다)',
    });
    const submission = gradeSubmissionText(
      preparedExercise(),
      '{ "formatVersion": 1, "exerciseId": "web",\n',
    );
    expect(submission.status === 'invalid' && submission.issues[0]?.ko).toBe(
      '올바른 JSON이 아닙니다 (2번째 줄, 1번째 열): 파일이 중간에 끝났습니다 (닫는 괄호나 따옴표가 빠졌을 수 있습니다)',
    );
    const workspace = parseWorkspaceText('{\n  "workspaceVersion": 1,\n  "activeId": null,,\n}');
    expect(issuesOf(workspace)[0]?.ko).toBe(
      '올바른 JSON이 아닙니다 (3번째 줄, 20번째 열): 키 이름이 와야 합니다 (키 이름은 큰따옴표로 감쌉니다)',
    );
  });

  it('files from a newer CloudSizer', () => {
    expect(scenarioIssues(parseScenario({ ...valid, schemaVersion: 2 }))[0]?.ko).toBe(
      '더 새로운 CloudSizer에서 만든 파일입니다 (schemaVersion 2): 이 버전은 schemaVersion 1까지 읽을 수 있으니 CloudSizer를 업데이트하세요',
    );
    expect(issuesOf(parseSubmission({ formatVersion: 2 }, exercise('web-nginx-rightsize')))[0]?.ko).toBe(
      '더 새로운 CloudSizer에서 만든 제출 파일입니다 (formatVersion 2): 이 버전은 formatVersion 1까지 읽을 수 있으니 CloudSizer를 업데이트하세요',
    );
    expect(issuesOf(parseWorkspace({ workspaceVersion: 2 }))[0]?.ko).toBe(
      '더 새로운 CloudSizer에서 만든 작업 공간 파일입니다 (workspaceVersion 2): 이 버전은 workspaceVersion 1까지 읽을 수 있으니 CloudSizer를 업데이트하세요',
    );
  });

  it("the scenario's own rules: gp3 IOPS below 3000, a repeated line id, a weekly end before its start", () => {
    const r = parseScenario({
      ...valid,
      items: [
        ...valid.items,
        { service: 'ebs', id: 'disk', volumeType: 'gp3', sizeGB: 100, iops: 2000 },
        {
          service: 'ec2',
          id: 'batch',
          instanceType: 'm5.large',
          count: 1,
          usage: { pattern: 'weekly', days: ['mon', 'mon'], startHour: 18, endHour: 9 },
        },
      ],
    });
    expect(scenarioIssues(r)).toEqual([
      {
        path: '$.items[1].iops',
        message: 'gp3 iops start at 3000 (included)',
        ko: 'gp3의 IOPS는 3000 이상이어야 합니다 (3000까지는 기본 포함, 입력값: 2000)',
      },
      {
        path: '$.items[2].usage.endHour',
        message: 'endHour must be after startHour',
        ko: '끝나는 시각(endHour)은 시작 시각(startHour)보다 늦어야 합니다',
      },
      {
        path: '$.items[2].usage.days',
        message: 'days repeat',
        ko: '같은 요일이 두 번 이상 들어 있습니다',
      },
    ]);
    const repeated = parseScenario({
      ...valid,
      items: [...valid.items, { service: 'ec2', id: 'web', instanceType: 'm5.large', count: 1 }],
    });
    expect(scenarioIssues(repeated)).toEqual([
      {
        path: '$.items[1].id',
        message: 'duplicate id "web" (first used by items[0])',
        ko: 'ID "web"가 중복됩니다 (items[0]에서 이미 사용)',
      },
    ]);
  });

  it('an exercise: the rubric rule, a headroom outside its choices', () => {
    const doc = JSON.parse(exerciseText('web-nginx-rightsize')) as Record<string, unknown>;
    const r = parseExercise({
      ...doc,
      rubric: { points: 10, constraintPoints: 20 },
      rightsizing: { cpuHeadroomPct: 25 },
    });
    expect(issuesOf(r).map((i) => [i.path, i.ko])).toEqual([
      ['$.rightsizing.cpuHeadroomPct', '25는 쓸 수 없습니다: 30, 20, 0 중 하나여야 합니다'],
      ['$.rubric.constraintPoints', '제약 조건 점수는 만점보다 클 수 없습니다'],
    ]);
  });

  it('a workspace keeps the Korean text of its scenarios under their full path', () => {
    const r = parseWorkspace({
      workspaceVersion: 1,
      activeId: 's1',
      scenarios: [{ id: 's1', scenario: { ...valid, region: 'seoul' } }],
    });
    expect(issuesOf(r)).toEqual([
      {
        path: '$.scenarios[0].scenario.region',
        message: 'unknown region "seoul": use a region code such as "ap-northeast-2" (Seoul) or "us-east-1"',
        ko: '알 수 없는 리전 "seoul": "ap-northeast-2"(서울)이나 "us-east-1" 같은 리전 코드를 쓰세요',
      },
    ]);
  });

  it('a value whose ending cannot be read is worded without a particle', () => {
    const r = parseScenario({ ...valid, items: [{ ...valid.items[0], count: '東京' }] });
    expect(scenarioIssues(r)[0]?.ko).toBe('숫자가 와야 하는데 들어 있는 값은 문자열 "東京"입니다');
  });

  it('the Korean class CSV lists an invalid submission in Korean, the English one in English', () => {
    const text = submissionFiles['../../examples/exercises/submissions/web-nginx-rightsize/s07-invalid.json'];
    const result = gradeSubmissionText(preparedExercise(), text ?? '');
    expect(resultsCsv([result], 'ko')).toContain(
      '$.answers[0].count: 1 이상이어야 합니다 (입력값: 0); $.answers[0].purchase: 값이 없습니다: 객체가 필요합니다',
    );
    expect(resultsCsv([result], 'en')).toContain(
      '$.answers[0].count: Too small: expected number to be >=1; $.answers[0].purchase: Invalid input',
    );
  });
});

function preparedExercise() {
  const result = prepareExercise(
    exercise('web-nginx-rightsize'),
    bundledPrices(),
    bundledSnapshot().catalogue.types,
  );
  if (!result.ok) throw new Error(result.message);
  return result.prepared;
}

/** "이(가)", "은(는)", "(으)로" …: forms used when the word before cannot be read */
const FALLBACK_PARTICLE = /\((?:은|는|이|가|을|를|과|와|로)\)|\(으\)로/;
const HANGUL = /[\uac00-\ud7a3]/;

/**
 * English words of four or more letters left in a Korean text, not counting values in quotes, JSON paths
 * (items[0], settings.hoursPerMonth), the issue's own path keys, field names (camelCase), JSON literals and
 * the names the course keeps in English.
 */
function englishLeftIn(text: string, path: string): string[] {
  const keys = new Set(path.split(/[.[\]$"]+/).filter((k) => k !== ''));
  const rest = text
    .replace(/"(?:[^"\\]|\\.)*"/g, ' ')
    .replace(/'[^']*'/g, ' ')
    .replace(/\/\^\S*\$\//g, ' ')
    .replace(/\b\w+\[\d+\]/g, ' ')
    .replace(/\b(true|false|null)\b/g, ' ');
  return englishWordsIn(rest, ['JSON', 'CloudSizer']).filter(
    (word) => word.length >= 4 && !keys.has(word) && !/[a-z][A-Z]/.test(word),
  );
}

/** Broken documents beyond the corpus files: every kind of problem the parsers report. */
function brokenDocuments(): { name: string; issues: FileIssue[] }[] {
  const ex = exercise('web-nginx-rightsize');
  const exDoc = JSON.parse(exerciseText('web-nginx-rightsize')) as { workloads: unknown[] };
  const answer = { workloadId: 'web', instanceType: 'm5.large', count: 1, purchase: { option: 'on-demand' } };
  const submission = (over: Record<string, unknown>) =>
    parseSubmission(
      { formatVersion: 1, exerciseId: ex.id, student: { id: 's1' }, answers: [answer], ...over },
      ex,
    );
  const scenario = (over: Record<string, unknown>) => parseScenario({ ...valid, ...over });
  const documents: [string, { ok: true } | { ok: false; issues: FileIssue[] }][] = [
    [
      'submission: wrong exercise, twice, unknown workload',
      submission({
        exerciseId: 'other',
        answers: [answer, answer, { ...answer, workloadId: 'db' }],
      }),
    ],
    ['submission: no answer', submission({ answers: [{ ...answer, workloadId: 'db' }] })],
    [
      'submission: shapes',
      submission({
        student: { id: '', name: 'x'.repeat(120) },
        answers: [
          {
            ...answer,
            instanceType: 'M5',
            count: 'abc',
            purchase: { option: 'reserved', offeringClass: 'std' },
          },
        ],
        extra: 1,
      }),
    ],
    ['submission: not an object', parseSubmission([], ex)],
    ['submission: old format', submission({ formatVersion: 0, student: null })],
    ['submission: count too big', submission({ answers: [{ ...answer, count: 1000 }] })],
    [
      'exercise: shapes',
      parseExercise({
        ...exDoc,
        region: 'seoul',
        os: 'mac',
        horizonMonths: 100,
        rubric: { points: 10, constraintPoints: 20, tolerancePct: 50 },
        rightsizing: { cpuHeadroomPct: 25, cpuThreshold: 'p50' },
        constraints: { families: ['M7G'], architectures: [], budgetMonthly: '1,000' },
        workloads: [{ ...(exDoc.workloads[0] as object), utilization: { kind: 'x' } }],
        title: { ko: '' },
        purchaseOptions: [{ option: 'reserved' }, {}],
      }),
    ],
    [
      'exercise: repeated workload',
      parseExercise({ ...exDoc, workloads: [exDoc.workloads[0], exDoc.workloads[0]] }),
    ],
    ['exercise: newer', parseExercise({ ...exDoc, formatVersion: 5 })],
    ['exercise: not JSON', parseExerciseText('{"formatVersion": 1, // note\n}')],
    [
      'scenario: settings and usage',
      scenario({
        settings: { currency: { display: 'EUR' }, freeTier: 'yes', hoursPerMonth: 100 },
        groups: [{ id: 'g', name: '' }],
        items: [
          {
            service: 'ec2',
            id: 'a',
            instanceType: 'm5.large',
            count: 2,
            group: '웹',
            usage: { pattern: 'monthly-spike', peakCount: 1, spikeHoursPerMonth: 740 },
            purchase: { option: 'reserved', term: '2yr' },
            burstable: { averageCpuPercent: 120 },
          },
          { service: 'ec2', id: 'b', instanceType: 'm5.large', count: 1, usage: { pattern: 'teatime' } },
          { service: 'ec2', id: 'c', instanceType: 'm5.large', count: 1, usage: {} },
          { service: 'ebs', id: 'd', volumeType: 'gp2', sizeGB: 5, iops: 3000, throughputMBps: 200 },
          { service: 'ebs', id: 'e', volumeType: 'gp3', sizeGB: 5, throughputMBps: 10 },
          { service: 'ebs', id: 'f', volumeType: 'io2', sizeGB: 0 },
          { service: 'data-transfer', id: 'g', interRegionOutGB: 5, destinationRegion: 'mars' },
          { service: 's3', id: 'h', storageGB: 1, averageObjectKB: 1e12, retentionDays: 1e6, tags: [] },
          { service: 'lambda', id: 'i', requestsPerMonth: 1e20, averageDurationMs: 1e7, memoryMB: 64 },
          { id: 'j' },
          { service: 'ec2', id: '서버', instanceType: 'm5.large', count: 1 },
        ],
      }),
    ],
    [
      'scenario: currency',
      scenario({ settings: { currency: { display: 'KRW', krwPerUsd: 1385, rateDate: '2026/07/01' } } }),
    ],
    ['scenario: long name, no items', scenario({ name: 'x'.repeat(200), items: {}, description: 5 })],
    ['scenario: workspace file', scenario({ schemaVersion: undefined, workspaceVersion: 1 })],
    [
      'workspace: shell',
      parseWorkspace({
        workspaceVersion: 1,
        activeId: 's9',
        scenarios: [
          { id: 's1', scenario: valid },
          { id: 's1', scenario: valid },
          { id: 'x1', scenario: valid },
        ],
      }),
    ],
    [
      'workspace: nested',
      parseWorkspace({
        workspaceVersion: 1,
        activeId: 's1',
        scenarios: [{ id: 's1', scenario: { ...valid, name: '', items: [{ service: 'ec2' }] } }],
      }),
    ],
    ['workspace: not JSON', parseWorkspaceText('{"workspaceVersion": 1 "x": 2}')],
    ['workspace: binary', parseWorkspaceText('\u0000\u0001\u0002 binary')],
  ];
  return documents.map(([name, result]) => ({ name, issues: issuesOf(result) }));
}

describe('Korean text of file problems: every problem of every broken file', () => {
  const corpus = Object.entries(badScenarios)
    .map(([path, text]) => ({
      name: path.slice(path.lastIndexOf('/') + 1),
      result: parseScenarioText(text, { snapshot: catalogue() }),
    }))
    .filter((f) => !f.result.ok)
    .map((f) => ({ name: f.name, issues: scenarioIssues(f.result) }));
  const invalidSubmissions = Object.entries(submissionFiles).flatMap(([path, text]) => {
    const r = parseSubmissionText(text, exercise(path.split('/').at(-2) ?? ''));
    return r.ok ? [] : [{ name: path.slice(path.lastIndexOf('/') + 1), issues: r.issues }];
  });
  const all = [...corpus, ...invalidSubmissions, ...brokenDocuments()];

  it('covers the corpus and the sample invalid submissions', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(invalidSubmissions.map((s) => s.name)).toEqual(
      expect.arrayContaining(['s07-invalid.json', 's05-wrong-exercise.json']),
    );
    expect(all.flatMap((d) => d.issues).length).toBeGreaterThan(100);
  });

  it.each(all)('$name: Korean text, no English words, no fallback particles', ({ issues }) => {
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      const ko = issue.ko ?? '';
      const where = `${issue.path}: ${issue.message} → ${ko}`;
      expect(HANGUL.test(ko), where).toBe(true);
      expect(FALLBACK_PARTICLE.test(ko), where).toBe(false);
      expect(englishLeftIn(ko, issue.path), where).toEqual([]);
    }
  });
});
