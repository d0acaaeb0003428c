import { describe, expect, it } from 'vitest';
import { bundledFiles } from '../data/bundled-snapshot';
import { renderFirstScreen } from './render-first-screen';

describe('renderFirstScreen', () => {
  it('renders the starting Seoul estimate with its totals, in Korean, from the bundled tables', () => {
    const { html, language } = renderFirstScreen(bundledFiles());
    expect(language).toBe('ko');
    // the same figures the e2e test reads after the app has taken over (and the CLI gives for the example)
    expect(html).toMatch(/data-testid="total-monthly"[^>]*>\$1,069\.97</);
    expect(html).toContain('견적 항목');
    // the chart arrives after mounting: only its placeholder is prerendered
    expect(html).not.toContain('recharts');
  });

  it('fails, naming the file, when a table is damaged', () => {
    const files = bundledFiles();
    files['ebs.json'] = files['ebs.json']!.replace('gp3', 'gp9');
    expect(() => renderFirstScreen(files)).toThrow(/ebs\.json/);
  });
});
