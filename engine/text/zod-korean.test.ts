import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { issueText, issueUnder, issueWithPrefix, notValidJsonKo } from './file-issue';
import { bilingual, koreanErrorMap, koreanTextsFor, zodFileIssues } from './zod-korean';

/** The Korean text of each problem of `value` against `schema`. */
function korean(schema: z.ZodType, value: unknown): (string | undefined)[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('valid');
  return koreanTextsFor(schema, value, parsed.error.issues);
}

describe('koreanErrorMap', () => {
  it("says zod's generic problems in Korean, with the value found", () => {
    expect(korean(z.number().min(1), 0)).toEqual(['1 이상이어야 합니다 (입력값: 0)']);
    expect(korean(z.number().positive(), 0)).toEqual(['0보다 커야 합니다 (입력값: 0)']);
    expect(korean(z.number().max(1_000_000), 2_000_000)).toEqual([
      '1,000,000 이하여야 합니다 (입력값: 2000000)',
    ]);
    expect(korean(z.number().lt(10), 10)).toEqual(['10보다 작아야 합니다 (입력값: 10)']);
    expect(korean(z.number().multipleOf(5), 7)).toEqual(['5의 배수여야 합니다 (입력값: 7)']);
    expect(korean(z.string().min(3), 'ab')).toEqual(['3자 이상이어야 합니다 (지금 2자)']);
    expect(korean(z.string().length(2), 'abc')).toEqual(['정확히 2자여야 합니다 (지금 3자)']);
    expect(korean(z.array(z.number()).min(2), [1])).toEqual(['2개 이상 있어야 합니다 (지금 1개)']);
    expect(korean(z.array(z.number()).max(1), [1, 2])).toEqual(['1개 이하여야 합니다 (지금 2개)']);
    expect(korean(z.boolean(), 'yes')).toEqual([
      '참/거짓 값(true/false)이 와야 하는데 문자열 "yes"가 들어 있습니다',
    ]);
    expect(korean(z.string(), [1])).toEqual(['문자열이 와야 하는데 배열이 들어 있습니다']);
    expect(korean(z.array(z.string()), undefined)).toEqual(['값이 없습니다: 배열이 필요합니다']);
    expect(korean(z.literal('USD'), 'KRW')).toEqual(['"KRW"는 쓸 수 없습니다: "USD"만 쓸 수 있습니다']);
    expect(korean(z.strictObject({}), { a: 1, b: 2 })).toEqual(['알 수 없는 키: "a", "b"']);
    expect(korean(z.string().startsWith('s'), 'x')).toEqual([
      '형식이 맞지 않습니다: "s"로 시작해야 합니다 (입력값: "x")',
    ]);
    expect(korean(z.iso.date(), '2026/01/01')).toEqual([
      '형식이 맞지 않습니다: "YYYY-MM-DD" 날짜 형식이어야 합니다 (입력값: "2026/01/01")',
    ]);
    expect(korean(z.union([z.number(), z.string()]), true)).toEqual(['어느 형식에도 맞지 않습니다']);
  });

  it('cuts long values and never writes a fallback particle', () => {
    const [long] = korean(z.number(), 'x'.repeat(60));
    expect(long).toBe(`숫자가 와야 하는데 문자열 "${'x'.repeat(40)}…"가 들어 있습니다`);
    expect(korean(z.enum(['a', 'b']), '東京')).toEqual([
      '쓸 수 없는 값입니다 (입력값: "東京"): "a", "b" 중 하나여야 합니다',
    ]);
    expect(korean(z.enum(['a', 'b']), '서울')).toEqual([
      '"서울"은 쓸 수 없습니다: "a", "b" 중 하나여야 합니다',
    ]);
  });

  it('names a list of more than ten values by its size', () => {
    const values = Array.from({ length: 12 }, (_, i) => `v${i}`) as [string, ...string[]];
    expect(korean(z.enum(values), 'x')).toEqual([
      '"x"는 쓸 수 없습니다: 쓸 수 있는 값 12가지 중 하나여야 합니다 (예: "v0", "v1", "v2")',
    ]);
  });

  it('is the error map of a single parse only', () => {
    const parsed = z.number().safeParse('a', { error: koreanErrorMap });
    expect(!parsed.success && parsed.error.issues[0]?.message).toBe(
      '숫자가 와야 하는데 문자열 "a"가 들어 있습니다',
    );
    expect(!z.number().safeParse('a').success && z.number().safeParse('a').error?.issues[0]?.message).toBe(
      'Invalid input: expected number, received string',
    );
  });
});

describe("a schema's own messages", () => {
  it('a fixed message has its Korean twin; a message built from the value carries it in params.ko', () => {
    const schema = z
      .strictObject({
        code: z
          .string()
          .regex(/^[a-z]+$/, bilingual('code: lower-case letters', '코드는 영문 소문자만 씁니다')),
        low: z.number(),
        high: z.number(),
      })
      .superRefine((v, ctx) => {
        if (v.high < v.low)
          ctx.addIssue({
            code: 'custom',
            path: ['high'],
            message: `high ${v.high} is below low ${v.low}`,
            params: { ko: `최댓값 ${v.high}이 최솟값 ${v.low}보다 작습니다` },
          });
      });
    const value = { code: 'A1', low: 1, high: 2 };
    const parsed = schema.safeParse(value);
    expect(!parsed.success && zodFileIssues(schema, value, parsed.error)).toEqual([
      { path: '$.code', message: 'code: lower-case letters', ko: '코드는 영문 소문자만 씁니다' },
    ]);
    const reversed = { code: 'a', low: 5, high: 3 };
    const again = schema.safeParse(reversed);
    expect(!again.success && zodFileIssues(schema, reversed, again.error)).toEqual([
      { path: '$.high', message: 'high 3 is below low 5', ko: '최댓값 3이 최솟값 5보다 작습니다' },
    ]);
  });

  it('a message with no Korean twin has no Korean text (the UI shows the English)', () => {
    const schema = z.string().regex(/^a/, 'must start with a');
    expect(korean(schema, 'b')).toEqual([undefined]);
  });

  it('refuses two Korean texts for one English message', () => {
    bilingual('test: same twice', '같은 번역');
    expect(bilingual('test: same twice', '같은 번역')).toBe('test: same twice');
    expect(() => bilingual('test: same twice', '다른 번역')).toThrow(/two Korean texts/);
  });

  it('leaves the Korean out where the second parse does not line up with the first', () => {
    const schema = z.number().min(1);
    const [issue] = z.number().min(1).safeParse(0).error?.issues ?? [];
    if (!issue) throw new Error('no issue');
    expect(koreanTextsFor(schema, 0, [{ ...issue, path: ['elsewhere'] }])).toEqual([undefined]);
    expect(koreanTextsFor(schema, 0, [issue, issue])).toEqual(['1 이상이어야 합니다 (입력값: 0)', undefined]);
  });
});

describe('file issues', () => {
  const issue = { path: '$.items[0].count', message: 'too small', ko: '너무 작습니다' };
  it('are shown in the UI language, Korean falling back to English', () => {
    expect(issueText(issue, 'ko')).toBe('너무 작습니다');
    expect(issueText(issue, 'en')).toBe('too small');
    expect(issueText({ path: '$', message: 'only English' }, 'ko')).toBe('only English');
  });

  it('keep their Korean when moved under a parent path or given a prefix', () => {
    expect(issueUnder('$.scenarios[1].scenario', issue)).toEqual({
      path: '$.scenarios[1].scenario.items[0].count',
      message: 'too small',
      ko: '너무 작습니다',
    });
    expect(issueWithPrefix('a.json: ', issue)).toEqual({
      path: '$.items[0].count',
      message: 'a.json: too small',
      ko: 'a.json: 너무 작습니다',
    });
  });

  it('a JSON syntax error: where, and why in Korean', () => {
    const say = (text: string) => {
      try {
        JSON.parse(text);
      } catch (error) {
        return notValidJsonKo(text, (error as Error).message);
      }
      throw new Error('valid JSON');
    };
    expect(say('{\n  "a": 1\n  "b": 2\n}')).toBe(
      '올바른 JSON이 아닙니다 (3번째 줄, 3번째 열): 속성 값 뒤에 쉼표(,)나 닫는 중괄호(})가 와야 합니다',
    );
    expect(say('[1, 2,]')).toBe(
      "올바른 JSON이 아닙니다 (1번째 줄, 7번째 열): 여기에 올 수 없는 문자가 있습니다: ']'",
    );
    expect(say('{"a": "x\ny"}')).toBe(
      '올바른 JSON이 아닙니다 (1번째 줄, 9번째 열): 문자열 안에 줄바꿈이나 탭 같은 제어 문자를 그대로 쓸 수 없습니다',
    );
    expect(say('{"a": 1} x')).toBe(
      '올바른 JSON이 아닙니다 (1번째 줄, 10번째 열): JSON 값이 끝난 뒤에 다른 내용이 더 있습니다',
    );
  });
});
