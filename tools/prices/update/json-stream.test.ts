import { describe, expect, it } from 'vitest';
import { streamJson, type JsonPath, type JsonValue } from './json-stream';

async function* pieces(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function pick(text: string, size: number, depth: number, want: (p: JsonPath) => boolean) {
  const got: [string, JsonValue][] = [];
  await streamJson(pieces(text, size), {
    maxSelectDepth: depth,
    select: want,
    onValue: (path, value) => got.push([path.join('.'), value]),
  });
  return got;
}

describe('streamJson', () => {
  const doc =
    '\ufeff{"v":"1","products":{"A":{"x":[1,{"y":2.50}]},"B":{}},"terms":{"T":{"A":{"p":"0.1"}}},"tail":[true,null]}';

  it('hands over selected values assembled (numbers as strings) whatever the chunk size', async () => {
    for (const size of [1, 3, 7, 1000]) {
      const got = await pick(
        doc,
        size,
        3,
        (p) =>
          (p[0] === 'products' && p.length === 2) || (p[0] === 'terms' && p.length === 3) || p[0] === 'v',
      );
      expect(got).toEqual([
        ['v', '1'],
        ['products.A', { x: ['1', { y: '2.50' }] }],
        ['products.B', {}],
        ['terms.T.A', { p: '0.1' }],
      ]);
    }
  });

  it('numbers array elements in paths', async () => {
    expect(await pick(doc, 5, 2, (p) => p[0] === 'tail' && p.length === 2)).toEqual([
      ['tail.0', true],
      ['tail.1', null],
    ]);
  });

  it('says when the document ends early (partial download) or is not JSON', async () => {
    await expect(pick(doc.slice(0, 40), 8, 3, () => false)).rejects.toThrow(
      'the JSON document ends early after 39 characters',
    );
    await expect(pick('{"a": @}', 4, 3, () => false)).rejects.toThrow('not valid JSON near character');
  });
});
