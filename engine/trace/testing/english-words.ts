/**
 * Finds English words left in Korean text, for tests of the Korean UI, traces and CSV. Allowed: codes (any
 * word with a digit, "." or "_": m5.large, us-east-1, x86_64, P99.5), units and AWS / product names that the
 * Korean course keeps in English, and whole phrases passed as `properNames` (e.g. price-source titles).
 */
const ALLOWED = new Set(
  [
    // units and abbreviations
    'GB KB MB TB GiB IOPS vCPU CPU ms Mbps USD KRW RI AZ T s API GPU HPC NVMe ARM',
    // services, OSes and AWS names
    'AWS EC2 EBS S3 Lambda Linux Windows Graviton SkyPilot Savings Plans Compute Instance Spot Advisor',
    'Standard IA One Zone Intelligent Tiering Frequent Access Glacier Instant Flexible Retrieval Deep Archive',
    'PUT COPY POST LIST GET SELECT',
  ]
    .join(' ')
    .split(' '),
);

const WORD = /[A-Za-z][A-Za-z0-9._\-/]*/g;

export function englishWordsIn(text: string, properNames: readonly string[] = []): string[] {
  let rest = text;
  for (const name of [...properNames].sort((a, b) => b.length - a.length))
    if (name !== '') rest = rest.split(name).join(' ');
  const found: string[] = [];
  for (const [word] of rest.matchAll(WORD)) {
    if (/[\d._]/.test(word)) continue;
    const parts = word.split(/[-/]/).filter((p) => p !== '');
    if (parts.every((p) => ALLOWED.has(p))) continue;
    found.push(word);
  }
  return found;
}
