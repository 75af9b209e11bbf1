/**
 * The 대량 분석 page against `aigenc demo`: a pasted list counted (repeats and blanks left out),
 * the job's progress, the table filling in, filtered and sorted, the CSV download; a dropped file;
 * cancel and resume; the popup's line for a running job; in Korean and English, light and dark.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { artifact, expect, openPopup, test, useDemoCompanion } from './fixtures.ts';

const TOKEN = 'e2e-bulk-token-0123456789abcdefghijklmnopq';
const demo = useDemoCompanion(TOKEN);

const LIST = [
  '키워드',
  '캠핑의자',
  '캠핑 테이블',
  '캠핑의자',
  '',
  '차박 매트',
  '캠핑 랜턴',
  '경량 텐트',
  '원터치 텐트',
  '캠핑 코펠',
  '화로대',
  '타프',
  '캠핑 침낭',
  '아이스박스',
  '폴딩 카트',
].join('\n');

/** Two thousand plausible keywords: a job that runs long enough to be watched and cancelled. */
const LONG = Array.from(
  { length: 2000 },
  (_, i) => `${['캠핑', '차박', '등산', '낚시', '캠핑카'][i % 5]} ${['의자', '매트', '랜턴', '가방'][i % 4]} ${i + 1}`,
);

function open(language: 'ko' | 'en', theme: 'light' | 'dark', path = 'bulk.html') {
  return openPopup({
    port: demo().port,
    token: TOKEN,
    language,
    theme,
    page: '',
    path,
    viewport: { width: 1280, height: 800 },
  });
}

async function finished(page: Page, label: string) {
  await expect(page.locator('.bulk-job .panel-head .job-status')).toHaveText(label, { timeout: 60_000 });
}

test('a pasted list: counted, run, filtered, sorted and downloaded, in Korean', async () => {
  const { browser, popup: page } = await open('ko', 'light');
  try {
    await page.getByRole('textbox', { name: '조회할 키워드 목록' }).fill(LIST);
    await expect(page.locator('.bulk-count')).toHaveText('조회할 키워드 12개 · 중복 1개, 빈 줄 1개 제외');
    await page.getByRole('textbox', { name: '작업 이름 (선택)' }).fill('캠핑 용품');
    await page.getByRole('button', { name: '분석 시작 (12개)' }).click();
    // The list is cleared once the companion has the job; its progress shows at once.
    await expect(page.locator('.bulk-count')).toHaveText('조회할 키워드 0개');
    await expect(page.locator('.bulk-job h2')).toHaveText('캠핑 용품');
    await expect(page.locator('.bulk-job progress')).toBeVisible();
    await finished(page, '완료');
    await expect(page.locator('.bulk-progress strong')).toHaveText('12 / 12 (100%)');
    const rows = page.locator('.bulk-table tbody tr');
    await expect(rows).toHaveCount(12);
    // The job's order, repeats out: 캠핑의자 first, 캠핑 테이블 second.
    await expect(rows.nth(0).locator('th')).toHaveText('캠핑의자');
    await expect(rows.nth(1).locator('th')).toHaveText('캠핑 테이블');
    await expect(rows.nth(0).locator('td').nth(1)).toHaveText(/^[\d,]+$|^< 10$/);
    await expect(page.locator('.bulk-jobs li')).toHaveCount(1);

    // Sorted by monthly searches, largest first.
    await page.locator('.bulk-table').getByRole('button', { name: '월간 검색수' }).click();
    const totals = (await rows.locator('td:nth-child(3)').allTextContents()).map((text) =>
      Number(text.replace(/[^\d]/g, '') || 0),
    );
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    await page.screenshot({ path: artifact('bulk-ko.png'), fullPage: true });

    // A volume filter leaves only the keywords searched at least that often.
    await page.locator('.bulk-filters select').nth(1).selectOption('1000');
    const kept = totals.filter((total) => total >= 1000).length;
    await expect(rows).toHaveCount(kept);
    await page.locator('.bulk-filters select').nth(1).selectOption('0');

    // The CSV, with its BOM for Excel, one line a keyword after the header.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV 내려받기' }).click();
    const file = await download;
    // The name (aigenc-캠핑-용품.csv) is checked in the unit tests: headless Chromium here reports a
    // Hangul download name as "download".
    expect(file.suggestedFilename()).toMatch(/^(aigenc-캠핑-용품\.csv|download)$/);
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(13);
    expect(lines[1]).toContain('캠핑의자');

    // Removing the finished job takes two clicks; then it and its results are gone.
    await page.getByRole('button', { name: '지우기' }).click();
    const confirm = page.getByRole('button', { name: '다시 누르면 이 작업과 결과를 지웁니다' });
    await expect(confirm).toBeVisible();
    await page.screenshot({ path: artifact('bulk-ko-remove-armed.png') });
    await confirm.click();
    await expect(page.locator('.bulk-jobs li')).toHaveCount(0);
    await expect(page.locator('.bulk-table')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('a dropped file in English and dark; cancel, resume, and the popup line', async () => {
  const { browser, popup: page } = await open('en', 'dark');
  try {
    // A file dragged onto the list and dropped: the page's own drag and drop events, with the file.
    const csv = `keyword,memo\n${LONG.map((k) => `"${k}",x`).join('\n')}\n`;
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'outdoor.csv', { type: 'text/csv' }));
      return transfer;
    }, csv);
    const list = page.getByRole('textbox', { name: 'Keywords to look up' });
    await list.dispatchEvent('dragenter', { dataTransfer });
    await list.dispatchEvent('dragover', { dataTransfer });
    await expect(list).toHaveClass(/dropping/);
    await list.dispatchEvent('drop', { dataTransfer });
    await expect(list).not.toHaveClass(/dropping/);
    await expect(page.locator('.bulk-count')).toHaveText('2,000 keywords to look up');
    await expect(page.getByRole('textbox', { name: 'Job name (optional)' })).toHaveValue('outdoor');
    await page.getByRole('button', { name: 'Start (2,000 keywords)' }).click();
    await expect(page.locator('.bulk-job .panel-head .job-status')).toHaveText(/Running|Queued/);
    await expect(page.locator('.bulk-table tbody tr').first()).toBeVisible({ timeout: 20_000 });

    // The popup, opened while the job runs, shows how far it is.
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 700 });
    await popup.goto(page.url().replace(/bulk\.html.*$/, 'popup.html?q=' + encodeURIComponent('캠핑의자')));
    await expect(popup.locator('.job-line')).toContainText(/Bulk “outdoor” [\d,]+\/2,000/);
    await popup.screenshot({ path: artifact('popup-bulk-line-en-dark.png') });
    await popup.close();

    await page.getByRole('button', { name: 'Cancel' }).click();
    await finished(page, 'Cancelled');
    const kept = await page.locator('.bulk-table tbody tr').count();
    expect(kept).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('bulk-en-dark-cancelled.png'), fullPage: true });
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(page.locator('.bulk-job .panel-head .job-status')).toHaveText(/Running|Done/);
    await expect(page.locator('.bulk-results [role=status]')).not.toContainText(` ${kept} of 2,000`, {
      timeout: 20_000,
    });
    await page.screenshot({ path: artifact('bulk-en-dark.png') });
  } finally {
    await browser.close();
  }
});

test('too long a list is refused before anything is sent, and the text stays', async () => {
  const { browser, popup: page } = await open('ko', 'dark');
  try {
    const many = Array.from({ length: 10_001 }, (_, i) => `키워드 ${i}`).join('\n');
    await page.locator('.file-pick input').setInputFiles({
      name: 'too-many.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(many, 'utf8'),
    });
    await expect(page.getByRole('alert')).toContainText('한 작업은 키워드 10,000개까지입니다');
    await expect(page.getByRole('button', { name: /분석 시작/ })).toBeDisabled();
    await expect(page.locator('.bulk-jobs')).toContainText('아직 작업이 없습니다.');
    await page.screenshot({ path: artifact('bulk-ko-dark-too-many.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});
