// Prints one line "N passed, N failed" from vitest's and playwright's JSON reports.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const notes = [];

const vitestFile = 'reports/vitest.json';
if (existsSync(vitestFile)) {
  const report = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
} else notes.push('no vitest report');

const playwrightFile = 'reports/playwright.json';
if (existsSync(playwrightFile)) {
  const report = JSON.parse(readFileSync(playwrightFile, 'utf8'));
  passed += report.stats?.expected ?? 0;
  failed += (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0);
} else notes.push('no playwright report');

if (passed === 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${notes.length ? ` (${notes.join('; ')})` : ''}`);
