import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp } from './open-app';

const screenshots = new URL('./screenshots/', import.meta.url).pathname;

/** The shell's navigation to a page: a tab, button or link with this name. */
function nav(page: Page, name: string): Locator {
  return page
    .getByRole('tab', { name, exact: true })
    .or(page.getByRole('button', { name, exact: true }))
    .or(page.getByRole('link', { name, exact: true }))
    .first();
}

async function answer(
  page: Page,
  labels: { studentId: string; workload: RegExp; type: string; count: string },
) {
  await page.getByLabel(labels.studentId, { exact: true }).fill('2026001');
  const group = page.getByRole('group', { name: labels.workload });
  await group.getByRole('combobox').or(group.getByRole('textbox')).first().fill('m6g.medium');
  await group.getByLabel(labels.count, { exact: true }).fill('2');
}

test('a student solves a bundled exercise and sees the grade, in Korean and English', async ({ page }) => {
  await openApp(page);
  await nav(page, '연습 문제').click();
  await expect(page.getByRole('heading', { name: '연습 문제', level: 2 })).toBeVisible();
  await expect(page.getByLabel('문제 선택')).toHaveValue('web-nginx-rightsize.exercise.json');
  await expect(page.getByRole('article')).toContainText('m5.2xlarge 1대에서 실행 중입니다');

  await answer(page, {
    studentId: '학번',
    workload: /nginx 웹 서버/,
    type: 'm6g.medium',
    count: '인스턴스 수',
  });
  await page.getByRole('button', { name: '제출하고 채점' }).click();
  await expect(page.getByTestId('exercise-score')).toHaveText('100 / 100점');
  const report = page.getByRole('region', { name: 'nginx 웹 서버' });
  await expect(report.getByRole('row', { name: /^최적 답/ })).toContainText('2 × m6g.medium');
  await expect(report.getByRole('row', { name: /^최적 답/ })).toContainText('$823.44');
  await expect(report).toContainText('메모리가 크기를 정합니다');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '결과 CSV 내보내기' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('web-nginx-rightsize-2026001-results.csv');
  await page.screenshot({ path: `${screenshots}exercise-ko.png`, fullPage: true });

  await page.getByLabel(/^(언어|Language)$/).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Exercises', level: 2 })).toBeVisible();
  await answer(page, {
    studentId: 'Student ID',
    workload: /nginx web server/,
    type: 'm6g.medium',
    count: 'Instances',
  });
  await page.getByRole('button', { name: 'Submit and grade' }).click();
  await expect(page.getByTestId('exercise-score')).toHaveText('100 / 100 points');
  await expect(page.getByRole('region', { name: 'nginx web server' })).toContainText('Memory binds');
  await page.screenshot({ path: `${screenshots}exercise-en.png`, fullPage: true });
});

test('a wrong answer is graded with the reason and the best answer', async ({ page }) => {
  await openApp(page);
  await nav(page, '연습 문제').click();
  await page.getByLabel('문제 선택').selectOption('nightly-batch-spot.exercise.json');
  await page.getByLabel('학번', { exact: true }).fill('s03');
  const group = page.getByRole('group', { name: /야간 로그 집계/ });
  await group.getByRole('combobox').or(group.getByRole('textbox')).first().fill('c6g.medium');
  await group.getByLabel('인스턴스 수', { exact: true }).fill('2');
  await page.getByRole('button', { name: '제출하고 채점' }).click();
  const report = page.getByRole('region', { name: '야간 로그 집계' });
  await expect(report).toContainText('✗ 미충족');
  await expect(report.getByRole('row', { name: /^최적 답/ })).toContainText('10 × c6gd.medium');
  await expect(report.getByRole('row', { name: /^최적 답/ })).toContainText('스팟 인스턴스');
});

test('a student saves a submission file; the instructor grades it with the class and exports the results', async ({
  page,
}) => {
  await openApp(page);
  await nav(page, '연습 문제').click();
  await answer(page, {
    studentId: '학번',
    workload: /nginx 웹 서버/,
    type: 'm6g.medium',
    count: '인스턴스 수',
  });
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '제출 파일 저장' }).click(),
  ]);
  expect(saved.suggestedFilename()).toBe('web-nginx-rightsize-2026001.submission.json');
  const submission = readFileSync(await saved.path(), 'utf8');

  await page.getByRole('button', { name: '강사' }).click();
  const folder = new URL('../../examples/exercises/submissions/web-nginx-rightsize/', import.meta.url)
    .pathname;
  const classmates = readdirSync(folder).filter((name) => name.endsWith('.json'));
  await page.getByTestId('class-files-input').setInputFiles([
    { name: saved.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(submission) },
    ...classmates.map((name) => ({
      name,
      mimeType: 'application/json',
      buffer: readFileSync(join(folder, name)),
    })),
  ]);
  const table = page.getByTestId('class-results');
  await expect(table.getByRole('row')).toHaveCount(classmates.length + 2);
  await expect(
    table.getByRole('row', { name: /web-nginx-rightsize-2026001\.submission\.json/ }),
  ).toContainText('100 / 100');
  await expect(page.getByTestId('class-summary')).toContainText('잘못된 파일');
  const region = page.getByRole('region', { name: '반 전체 채점' });
  await region.scrollIntoViewIfNeeded();
  await region.screenshot({ path: `${screenshots}exercise-class-ko.png` });
  const [results] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '반 결과 CSV 내보내기' }).click(),
  ]);
  expect(results.suggestedFilename()).toBe('web-nginx-rightsize-class-results.csv');
  expect(readFileSync(await results.path(), 'utf8').startsWith('\uFEFF학생_ID,')).toBe(true);
});
