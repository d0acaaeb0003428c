import { describe, expect, it } from 'vitest';
import { ec2ItemSchema } from '../../../engine/scenario';
import { enterTags, tagProblem, TAGS_PER_LINE } from './tag-rules';

const tagSchemaCheck = (tags: string[]) =>
  ec2ItemSchema.safeParse({ service: 'ec2', id: 'x', instanceType: 'm5.large', count: 1, tags }).success;

describe('tag rules', () => {
  it('accepts what the schema accepts, minus spaces and repeats', () => {
    expect(tagProblem('prod', [])).toBeNull();
    expect(tagProblem('웹-서버_1', [])).toBeNull();
    expect(tagProblem('a'.repeat(64), [])).toBeNull();
    expect(tagProblem('a'.repeat(65), [])).toBe('tooLong');
    expect(tagProblem('web server', [])).toBe('space');
    expect(tagProblem('prod', ['prod'])).toBe('duplicate');
    const full = Array.from({ length: TAGS_PER_LINE }, (_, i) => `t${i}`);
    expect(tagProblem('one-more', full)).toBe('limit');
    // every tag the rules accept passes the engine's schema, and the first refused one would not
    expect(tagSchemaCheck([...full])).toBe(true);
    expect(tagSchemaCheck([...full, 'one-more'])).toBe(false);
    expect(tagSchemaCheck(['a'.repeat(65)])).toBe(false);
  });

  it('a comma ends a tag; the unfinished tail stays in the input', () => {
    expect(enterTags('prod,', [], false)).toEqual({ tags: ['prod'], rest: '', problem: null });
    expect(enterTags(' prod , web, da', ['x'], false)).toEqual({
      tags: ['x', 'prod', 'web'],
      rest: 'da',
      problem: null,
    });
    expect(enterTags('dev', [], false)).toEqual({ tags: [], rest: 'dev', problem: null });
  });

  it('Enter ends the last tag; empty parts are skipped', () => {
    expect(enterTags('  dev ', [], true)).toEqual({ tags: ['dev'], rest: '', problem: null });
    expect(enterTags(',,a,,', [], true)).toEqual({ tags: ['a'], rest: '', problem: null });
  });

  it('stops at the first refused tag and leaves it, and what follows, in the input', () => {
    expect(enterTags('ok,web server,later', [], true)).toEqual({
      tags: ['ok'],
      rest: 'web server,later',
      problem: 'space',
    });
    expect(enterTags('prod,', ['prod'], false)).toEqual({
      tags: ['prod'],
      rest: 'prod,',
      problem: 'duplicate',
    });
  });
});
