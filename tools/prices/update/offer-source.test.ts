/**
 * Paths read from a downloaded index are untrusted: a folder source must never leave the chosen folder
 * and the network source must never leave the Price List host. Both refuse before touching anything.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AWS_PRICE_LIST,
  candidateFiles,
  directorySource,
  httpSource,
  UnsafeOfferPathError,
} from './offer-source';

const INDEX = '/downloads/prices/AmazonEC2_region_index.json';

let root: string;
let dir: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'cloudsizer-offer-source-'));
  dir = join(root, 'chosen');
  mkdirSync(join(dir, 'offers/v1.0/aws'), { recursive: true });
  writeFileSync(join(dir, 'offers/v1.0/aws/index.json'), '{"offers":{}}');
  writeFileSync(join(dir, 'AmazonEC2_eu-west-1_index.csv'), 'csv');
  // what an escaping path would reach
  mkdirSync(join(root, 'secret'), { recursive: true });
  writeFileSync(join(root, 'secret/index.json'), '{"secret":true}');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function textOf(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe('directorySource', () => {
  it('opens mirrored and flat files inside the folder', async () => {
    const source = directorySource(dir);
    const index = await source.open('/offers/v1.0/aws/index.json');
    expect(index.location).toBe(join(dir, 'offers/v1.0/aws/index.json'));
    expect(await textOf(index.chunks)).toBe('{"offers":{}}');
    const flat = await source.open('/offers/v1.0/aws/AmazonEC2/20260701/eu-west-1/index.json', INDEX);
    expect(flat.location).toBe(join(dir, 'AmazonEC2_eu-west-1_index.csv'));
    expect(flat.format).toBe('csv');
    expect(await textOf(flat.chunks)).toBe('csv');
    expect(source.urlFor('/offers/v1.0/aws/index.json')).toBe(`${AWS_PRICE_LIST}/offers/v1.0/aws/index.json`);
  });

  it.each([
    [
      '/offers/../../secret/index.json',
      'it contains a "." or ".." segment, which could leave the chosen folder',
    ],
    ['../secret/index.json', 'it contains a "." or ".." segment, which could leave the chosen folder'],
    [
      '/offers/v1.0/./aws/index.json',
      'it contains a "." or ".." segment, which could leave the chosen folder',
    ],
    [
      'https://evil.example/offers/v1.0/aws/index.json',
      'an absolute URL or drive path; a folder of downloaded files takes only Price List paths such as /offers/v1.0/aws/index.json',
    ],
    [
      'C:/Windows/win.ini',
      'an absolute URL or drive path; a folder of downloaded files takes only Price List paths such as /offers/v1.0/aws/index.json',
    ],
    ['//fileserver/share/index.json', 'a network path (//host/…)'],
    ['\\offers\\..\\..\\secret\\index.json', 'it contains a backslash'],
    ['/offers/v1.0/aws/index.json\u0000.csv', 'it contains a control character'],
  ])('refuses %j, naming the index file and the value', async (path, why) => {
    const refused = directorySource(dir).open(path, INDEX);
    await expect(refused).rejects.toBeInstanceOf(UnsafeOfferPathError);
    await expect(refused).rejects.toThrow(
      `${INDEX}: refused ${JSON.stringify(path)}: ${why}; nothing was read from it`,
    );
  });

  it('says "offer path" when no index named the path', () => {
    expect(() => candidateFiles(dir, '/a/../../b')).toThrow(/^offer path: refused "\/a\/\.\.\/\.\.\/b": /);
  });

  it('property: any path of arbitrary segments is refused or stays inside the folder', () => {
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '',
        'offers',
        'AmazonEC2',
        'index.json',
        'region_index.json',
        'eu-west-1',
        '..x',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), fc.boolean(), (segments, leadingSlash) => {
        const path = `${leadingSlash ? '/' : ''}${segments.join('/')}`;
        let files: string[];
        try {
          files = candidateFiles(dir, path);
        } catch (error) {
          return error instanceof UnsafeOfferPathError;
        }
        return files.every((file) => {
          const inside = relative(dir, file);
          return inside !== '..' && !inside.startsWith(`..${sep}`) && !inside.startsWith(sep);
        });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('httpSource', () => {
  const fetched: string[] = [];
  const recordingFetch = (url: string) => {
    fetched.push(url);
    return Promise.resolve(new Response('{"offers":{}}'));
  };
  const source = httpSource(AWS_PRICE_LIST, recordingFetch);
  const OFFER_INDEX = `${AWS_PRICE_LIST}/offers/v1.0/aws/index.json`;

  it('fetches Price List paths and absolute URLs on the pricing host', async () => {
    fetched.length = 0;
    await source.open('/offers/v1.0/aws/AmazonEC2/current/region_index.json', OFFER_INDEX);
    await source.open(`${AWS_PRICE_LIST}/offers/v1.0/aws/AmazonS3/current/region_index.json`, OFFER_INDEX);
    expect(fetched).toEqual([
      `${AWS_PRICE_LIST}/offers/v1.0/aws/AmazonEC2/current/region_index.json`,
      `${AWS_PRICE_LIST}/offers/v1.0/aws/AmazonS3/current/region_index.json`,
    ]);
  });

  it.each([
    ['https://evil.example/offers/v1.0/aws/index.json', 'https://evil.example'],
    ['//evil.example/offers/v1.0/aws/index.json', 'https://evil.example'],
    ['\\\\evil.example\\offers\\index.json', 'https://evil.example'],
    [
      'http://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/index.json',
      'http://pricing.us-east-1.amazonaws.com',
    ],
    [
      'https://pricing.us-east-1.amazonaws.com.evil.example/offers/v1.0/aws/index.json',
      'https://pricing.us-east-1.amazonaws.com.evil.example',
    ],
    ['https://pricing.us-east-1.amazonaws.com@evil.example/x.json', 'https://evil.example'],
    ['https://pricing.us-east-1.amazonaws.com:8443/x.json', 'https://pricing.us-east-1.amazonaws.com:8443'],
  ])('refuses %j before any request, naming the index and the value', async (url, origin) => {
    fetched.length = 0;
    const refused = source.open(url, OFFER_INDEX);
    await expect(refused).rejects.toBeInstanceOf(UnsafeOfferPathError);
    await expect(refused).rejects.toThrow(
      `${OFFER_INDEX}: refused ${JSON.stringify(url)}: it points to ${origin}, not the Price List host ${AWS_PRICE_LIST}; nothing was read from it`,
    );
    expect(fetched).toEqual([]);
  });

  it('checks against the configured host, not a fixed one', async () => {
    const test = httpSource('https://pricing.example', recordingFetch);
    await expect(test.open(`${AWS_PRICE_LIST}/offers/v1.0/aws/index.json`, 'index.json')).rejects.toThrow(
      `index.json: refused "${AWS_PRICE_LIST}/offers/v1.0/aws/index.json": it points to ${AWS_PRICE_LIST}, not the Price List host https://pricing.example`,
    );
    expect(() => test.urlFor('https://evil.example/a.json')).toThrow(UnsafeOfferPathError);
  });
});
