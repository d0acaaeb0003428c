/**
 * Test-only: finds English prose left in the Korean UI — runs of 4 or more English words in a row. Codes
 * and numbers (m5.large, us-east-1, $0.096, 2026-07-20, --regions) neither count nor break a run; Korean
 * text and the allowed names (products, source names) break it. One English word among Korean is fine.
 */
const PRODUCT_NAMES = [
  'EC2 Instance Savings Plans',
  'Compute Savings Plans',
  'Savings Plans',
  'EC2 Instance',
  'Spot Instance Advisor',
  'AWS Price List',
  'AWS Pricing API',
  'AWS Pricing Calculator',
  'AWS Skill Builder',
  'S3 User Guide',
  'S3 Glacier Deep Archive',
  'S3 Glacier Flexible Retrieval',
  'S3 Glacier Instant Retrieval',
  'S3 Intelligent-Tiering',
  'Frequent Access',
  'S3 One Zone-IA',
  'S3 Standard-IA',
  'PUT, COPY, POST, LIST',
  'GET, SELECT',
  'Amazon Linux',
];

export const MIN_RUN = 4;

const BREAK = '\u0000';
const KOREAN = /\p{Script=Hangul}|\p{Script=Han}/u;
const WORD = /^[A-Za-z]+(?:['’-][A-Za-z]+)*$/;
const EDGE_PUNCTUATION = /^[("'“‘[{]+|[)"'”’\]},.;:!?]+$/g;

/** Runs of ≥ MIN_RUN English words in `text`, as the words joined by spaces. */
export function englishRuns(text: string, allowed: readonly string[] = []): string[] {
  let rest = text;
  for (const name of [...PRODUCT_NAMES, ...allowed].sort((a, b) => b.length - a.length))
    if (name !== '') rest = rest.split(name).join(` ${BREAK} `);
  const runs: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length >= MIN_RUN) runs.push(run.join(' '));
    run = [];
  };
  for (const token of rest.split(/\s+/)) {
    const word = token.replace(EDGE_PUNCTUATION, '');
    if (WORD.test(word)) run.push(word);
    else if (token.includes(BREAK) || KOREAN.test(token)) close();
  }
  close();
  return runs;
}

/**
 * Every text a user can meet in `root`: each element's own text (its direct text nodes joined, as they
 * render), and its title, aria-label, placeholder and alt. Closed <details> count: they open on a click.
 */
export function shownTexts(root: Element): string[] {
  const texts: string[] = [];
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const own = [...element.childNodes]
      .filter((node) => node.nodeType === node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join('');
    if (own.trim() !== '') texts.push(own);
    for (const attribute of ['title', 'aria-label', 'placeholder', 'alt']) {
      const value = element.getAttribute(attribute);
      if (value) texts.push(value);
    }
  }
  return texts;
}

/** Distinct English runs in everything `root` shows. */
export function englishRunsIn(root: Element, allowed: readonly string[] = []): string[] {
  return [...new Set(shownTexts(root).flatMap((text) => englishRuns(text, allowed)))];
}
