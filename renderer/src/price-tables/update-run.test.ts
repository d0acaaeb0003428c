import { startingProgress } from '../../../electron/price-update-progress';
import { describe, expect, it } from 'vitest';
import type { PriceUpdateProgress } from '../../../electron/ipc-contract';
import { IDLE, isBusy, percentRead, updateReducer, type UpdateAction, type UpdateRun } from './update-run';

const event = (
  patch: Partial<PriceUpdateProgress> & Pick<PriceUpdateProgress, 'phase'>,
): PriceUpdateProgress => ({ ...startingProgress('update-1'), ...patch });
const progress = (e: PriceUpdateProgress): UpdateAction => ({ type: 'progress', event: e });
const replay = (actions: UpdateAction[], from: UpdateRun = IDLE) => actions.reduce(updateReducer, from);

/** The finished run of update-1 canceled while reading `file`, with snapshot s1 still active. */
const canceledWhileReading = (file: string) => ({
  kind: 'finished',
  result: {
    kind: 'canceled',
    jobId: 'update-1',
    message: 'm',
    activeId: 's1',
    detail: 'canceled by the user',
    file,
  },
});

describe('updateReducer', () => {
  it('keeps events that arrive before the start answer and applies the latest one of that job', () => {
    const reading = event({ phase: 'reading', bytes: 10, totalBytes: 100 });
    const run = replay([
      { type: 'start' },
      progress(event({ phase: 'starting' })),
      progress(reading),
      { type: 'started', jobId: 'update-1' },
    ]);
    expect(run).toEqual({
      kind: 'running',
      jobId: 'update-1',
      progress: reading,
      canceling: false,
      cancelError: null,
    });
  });

  it('finishes at once when the job ended before the start answer', () => {
    const run = replay([
      { type: 'start' },
      progress(event({ phase: 'error', message: 'offline', activeId: 'a', detail: 'offline' })),
      { type: 'started', jobId: 'update-1' },
    ]);
    expect(run).toEqual({
      kind: 'finished',
      result: {
        kind: 'error',
        jobId: 'update-1',
        message: 'offline',
        code: null,
        activeId: 'a',
        detail: 'offline',
      },
    });
  });

  it('ignores events of another job while running, and keeps the cancel flag across progress', () => {
    const running = replay([
      { type: 'start' },
      { type: 'started', jobId: 'update-2' },
      { type: 'cancelRequested' },
    ]);
    expect(updateReducer(running, progress(event({ jobId: 'update-1', phase: 'reading' })))).toBe(running);
    const next = updateReducer(running, progress(event({ jobId: 'update-2', phase: 'reading', bytes: 5 })));
    expect(next).toMatchObject({ kind: 'running', canceling: true, progress: { bytes: 5 } });
  });

  it('keeps the first final word: a cancel answer after the done event does not undo "done"', () => {
    const done = replay([
      { type: 'start' },
      { type: 'started', jobId: 'update-1' },
      { type: 'cancelRequested' },
      progress(event({ phase: 'done', snapshotId: 'aws-update-20261222-093000', report: ['x'] })),
      {
        type: 'cancelAnswered',
        outcome: {
          jobId: 'update-1',
          outcome: 'finished',
          snapshotId: 'aws-update-20261222-093000',
          activeId: 'aws-update-20261222-093000',
          message: 'too late',
          detail: null,
        },
      },
      progress(event({ phase: 'done', snapshotId: 'aws-update-20261222-093000' })),
    ]);
    expect(done).toEqual({
      kind: 'finished',
      result: { kind: 'done', jobId: 'update-1', snapshotId: 'aws-update-20261222-093000', report: ['x'] },
    });
  });

  it('maps every cancel outcome', () => {
    const running = replay([{ type: 'start' }, { type: 'started', jobId: 'update-1' }]);
    const answer = (outcome: 'finished' | 'failed' | 'canceled') =>
      updateReducer(running, {
        type: 'cancelAnswered',
        outcome: {
          jobId: 'update-1',
          outcome,
          snapshotId: outcome === 'finished' ? 'new' : null,
          activeId: 'a',
          message: 'm',
          detail: outcome === 'finished' ? null : 'd',
        },
      });
    expect(answer('canceled')).toEqual({
      kind: 'finished',
      result: { kind: 'canceled', jobId: 'update-1', message: 'm', activeId: 'a', detail: 'd', file: null },
    });
    expect(answer('failed')).toEqual({
      kind: 'finished',
      result: { kind: 'error', jobId: 'update-1', message: 'm', code: null, activeId: 'a', detail: 'd' },
    });
    expect(answer('finished')).toEqual({
      kind: 'finished',
      result: { kind: 'done', jobId: 'update-1', snapshotId: 'new', report: ['m'] },
    });
  });

  it('reports a refused start with its code, and a failed cancel without ending the run', () => {
    expect(
      replay([{ type: 'start' }, { type: 'startFailed', error: { code: 'not-permitted', message: 'busy' } }]),
    ).toEqual({
      kind: 'finished',
      result: {
        kind: 'error',
        jobId: null,
        message: 'busy',
        code: 'not-permitted',
        activeId: null,
        detail: 'busy',
      },
    });
    const run = replay([
      { type: 'start' },
      { type: 'started', jobId: 'update-1' },
      { type: 'cancelRequested' },
      { type: 'cancelFailed', error: { code: 'internal', message: 'ipc closed' } },
    ]);
    expect(run).toMatchObject({ kind: 'running', canceling: false, cancelError: 'ipc closed' });
    expect(isBusy(run)).toBe(true);
  });

  it('carries the still-active snapshot, the detail and the file being read from the final events', () => {
    const file = '/offers/v1.0/aws/AmazonEC2/current/ap-northeast-2/index.json';
    const running = replay([{ type: 'start' }, { type: 'started', jobId: 'update-1' }]);
    const failed = replay(
      [
        progress(event({ phase: 'reading', file })),
        progress(
          event({
            phase: 'error',
            file,
            message:
              'line 12, column "x", value "y": bad\nNothing was installed; the active snapshot is still s1.',
            activeId: 's1',
            detail: 'line 12, column "x", value "y": bad',
          }),
        ),
      ],
      running,
    );
    expect(failed).toEqual({
      kind: 'finished',
      result: {
        kind: 'error',
        jobId: 'update-1',
        message:
          'line 12, column "x", value "y": bad\nNothing was installed; the active snapshot is still s1.',
        code: null,
        activeId: 's1',
        detail: 'line 12, column "x", value "y": bad',
      },
    });

    const canceled = (last: PriceUpdateProgress) =>
      replay(
        [
          progress(
            event({
              ...last,
              phase: 'canceled',
              message: 'm',
              activeId: 's1',
              detail: 'canceled by the user',
            }),
          ),
        ],
        running,
      );
    expect(canceled(event({ phase: 'reading', file }))).toEqual(canceledWhileReading(file));
    // main clears `file` when it starts installing
    expect(canceled(event({ phase: 'installing' }))).toMatchObject({
      result: { kind: 'canceled', file: null },
    });
    // an event without the snapshot (main could not read it) leaves activeId null
    expect(replay([progress(event({ phase: 'error', message: 'x', detail: 'x' }))], running)).toMatchObject({
      result: { kind: 'error', activeId: null, detail: 'x' },
    });
  });

  it('takes the file of a canceled answer from the last event seen while reading', () => {
    const file = '/offers/v1.0/aws/AmazonS3/current/us-east-1/index.json';
    const outcome = {
      jobId: 'update-1',
      outcome: 'canceled' as const,
      snapshotId: null,
      activeId: 's1',
      message: 'm',
      detail: 'canceled by the user',
    };
    const cancelWhile = (events: UpdateAction[]) =>
      replay([
        { type: 'start' },
        { type: 'started', jobId: 'update-1' },
        ...events,
        { type: 'cancelRequested' },
        { type: 'cancelAnswered', outcome },
      ]);
    expect(cancelWhile([progress(event({ phase: 'reading', file, bytes: 9 }))])).toEqual(
      canceledWhileReading(file),
    );
    expect(
      cancelWhile([progress(event({ phase: 'reading', file })), progress(event({ phase: 'installing' }))]),
    ).toMatchObject({ result: { kind: 'canceled', file: null } });
    expect(cancelWhile([])).toMatchObject({ result: { kind: 'canceled', file: null, activeId: 's1' } });
  });

  it('follows a job it did not start, and does not let a late event of a finished job replace its result', () => {
    const adopted = replay([progress(event({ jobId: 'update-9', phase: 'installing' }))]);
    expect(adopted).toMatchObject({ kind: 'running', jobId: 'update-9' });
    const finished = replay(
      [progress(event({ jobId: 'update-9', phase: 'canceled', message: 'stopped' }))],
      adopted,
    );
    expect(replay([progress(event({ jobId: 'update-9', phase: 'reading' }))], finished)).toBe(finished);
    expect(replay([{ type: 'dismiss' }], finished)).toBe(IDLE);
  });
});

describe('percentRead', () => {
  it('is the floor of the share read, capped at 100, and null without a size', () => {
    expect(percentRead(event({ phase: 'reading', bytes: 50_000_000, totalBytes: 200_000_000 }))).toBe(25);
    expect(percentRead(event({ phase: 'reading', bytes: 199, totalBytes: 200 }))).toBe(99);
    expect(percentRead(event({ phase: 'reading', bytes: 300, totalBytes: 200 }))).toBe(100);
    expect(percentRead(event({ phase: 'reading', bytes: 5, totalBytes: null }))).toBeNull();
    expect(percentRead(event({ phase: 'reading', bytes: 0, totalBytes: 0 }))).toBeNull();
  });
});
