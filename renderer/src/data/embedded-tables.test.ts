// @vitest-environment jsdom
import { createHash, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { embeddedTables } from './embedded-tables';

const pricingData = join(dirname(fileURLToPath(import.meta.url)), '../../../pricing-data');
const manifest = readFileSync(join(pricingData, 'manifest.json'), 'utf8');
const ebs = readFileSync(join(pricingData, 'ebs.json'), 'utf8');

function pageWith(tables: Record<string, string>): Document {
  const page = document.implementation.createHTMLDocument('portable');
  for (const [file, text] of Object.entries(tables)) {
    const element = page.createElement('script');
    element.type = 'application/json';
    element.dataset.priceTable = file;
    element.textContent = text;
    page.body.append(element);
  }
  return page;
}

describe('price tables embedded in the portable page', () => {
  it('are read as their exact text and hashed to the digests the manifest lists', async () => {
    const read = await embeddedTables(
      pageWith({ 'manifest.json': manifest, 'ebs.json': ebs }),
      webcrypto.subtle,
    );
    expect(read?.texts['ebs.json']).toBe(ebs);
    const listed = (JSON.parse(manifest) as { tables: { file: string; sha256: string }[] }).tables;
    expect(read?.digests?.['ebs.json']).toBe(listed.find((t) => t.file === 'ebs.json')?.sha256);
    expect(read?.digests?.['manifest.json']).toBe(createHash('sha256').update(manifest).digest('hex'));
  });

  it('leave the hashing to the engine where Web Crypto is missing', async () => {
    expect(await embeddedTables(pageWith({ 'ebs.json': ebs }), undefined)).toEqual({
      texts: { 'ebs.json': ebs },
      digests: undefined,
    });
  });

  it('are absent from the normal build, which fetches them', () => {
    expect(embeddedTables(pageWith({}), webcrypto.subtle)).toBeNull();
    expect(embeddedTables(undefined, webcrypto.subtle)).toBeNull();
  });
});
