import { describe, expect, it } from 'vitest';
import { parseExercise, parseExerciseText, parseSubmission } from './parse';
import type { ExerciseInput } from './schema';

const minimal: ExerciseInput = {
  formatVersion: 1,
  id: 'ex-1',
  title: { ko: '문제', en: 'Exercise' },
  text: { ko: '본문', en: 'Text' },
  region: 'ap-northeast-2',
  workloads: [
    {
      id: 'w1',
      name: { ko: '웹', en: 'web' },
      utilization: {
        kind: 'summary',
        currentType: 'm5.large',
        cpuP99: 40,
        cpuMax: 60,
        cpuAvg: 10,
        memoryMaxPct: 50,
      },
    },
  ],
  purchaseOptions: [{ option: 'on-demand' }],
  horizonMonths: 12,
};

describe('parseExercise', () => {
  it('fills the documented defaults', () => {
    const r = parseExercise(minimal);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.constraints).toEqual({
      architectures: ['x86_64', 'arm64'],
      burstableAllowed: true,
      availabilityZones: 1,
      minInstances: 1,
    });
    expect(r.value.rubric).toMatchObject({ points: 100, constraintPoints: 40, tolerancePct: 5 });
    expect(r.value.workloads[0]).toMatchObject({
      hoursPerMonth: 730,
      scaling: 'single',
      interruptible: false,
    });
    expect(r.value.rightsizing).toEqual({ cpuHeadroomPct: 20, memoryHeadroomPct: 20, cpuThreshold: 'p99.5' });
  });

  it('names each problem by its JSON path', () => {
    const r = parseExercise({
      ...minimal,
      region: 'seoul',
      title: { ko: '문제' },
      workloads: [minimal.workloads[0], minimal.workloads[0]],
      rubric: { constraintPoints: 120 },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(['$.title.en', '$.region', '$.rubric.constraintPoints']);
  });

  it('refuses duplicate workload ids, with where', () => {
    const r = parseExercise({ ...minimal, workloads: [minimal.workloads[0], minimal.workloads[0]] });
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          path: '$.workloads[1].id',
          message: 'workload id "w1" is used twice',
          ko: '워크로드 ID "w1"이 두 번 쓰였습니다',
        },
      ],
    });
  });

  it('says when a file comes from a newer CloudSizer', () => {
    const r = parseExercise({ ...minimal, formatVersion: 3 });
    expect(!r.ok && r.issues[0]?.message).toContain('format 3, made by a newer CloudSizer');
  });

  it('reports JSON syntax errors with line and column', () => {
    const r = parseExerciseText('{\n  "formatVersion": 1,\n  oops\n}');
    expect(!r.ok && r.issues[0]?.message).toMatch(/^not valid JSON at line 3, column 3/);
  });
});

describe('parseSubmission', () => {
  const exercise = parseExercise(minimal);
  if (!exercise.ok) throw new Error('fixture');
  it('checks the answers against the exercise: unknown, repeated and missing workloads', () => {
    const answer = { instanceType: 'm5.large', count: 1, purchase: { option: 'on-demand' } };
    const r = parseSubmission(
      {
        formatVersion: 1,
        exerciseId: 'ex-1',
        student: { id: 's1' },
        answers: [{ ...answer, workloadId: 'w9' }],
      },
      exercise.value,
    );
    expect(!r.ok && r.issues).toEqual([
      {
        path: '$.answers[0].workloadId',
        message: 'no workload "w9" in the exercise (it has w1)',
        ko: '이 문제에는 워크로드 "w9"가 없습니다 (있는 워크로드: w1)',
      },
      { path: '$.answers', message: 'no answer for workload "w1"', ko: '워크로드 "w1"에 대한 답이 없습니다' },
    ]);
  });
});
