/** The saturation rule, edited in the extension's options and on the setup page: one setting, both places. */
import { runAigenc } from '../support/companion.ts';
import { artifact, expect, test } from './fixtures.ts';

test('options and the setup page edit the same saturation rule', async ({
  context,
  companion,
  openPopup,
  extensionId,
}) => {
  const popup = await openPopup();
  const { code } = JSON.parse(runAigenc(['pair', '--json'], companion.home).stdout) as { code: string };
  await popup.getByLabel('페어링 코드').fill(code);
  await popup.getByRole('button', { name: '페어링' }).click();
  await expect(popup.getByRole('searchbox', { name: '키워드' })).toBeVisible();

  const options = await context.newPage();
  await options.setViewportSize({ width: 700, height: 700 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: '황금키워드(포화도) 기준' })).toBeVisible();
  await expect(options.getByLabel('문서 수')).toHaveValue('blog');
  await options.getByLabel('문서 수').selectOption('all');
  await options.getByLabel('황금 <').fill('0.2');
  await options.getByRole('button', { name: '저장' }).nth(1).click();
  await expect(options.getByText('저장했습니다.')).toBeVisible();
  await expect(options.getByText(/블로그\+카페\+웹\+뉴스 문서 수/)).toBeVisible();
  await options.screenshot({ path: artifact('options-ko.png'), fullPage: true });

  const setup = await context.newPage();
  await setup.setViewportSize({ width: 1000, height: 900 });
  await setup.goto(`${companion.url}/setup`);
  const form = setup.locator('#saturation-form');
  await expect(form.locator('select[name=source]')).toHaveValue('all');
  await expect(form.locator('input[name=gold]')).toHaveValue('0.2');
  await form.locator('select[name=source]').selectOption('blog+cafe');
  await form.getByRole('button', { name: '저장' }).click();
  await expect(setup.locator('#saturation-status')).toHaveText('저장했습니다.');
  await expect(setup.locator('#saturation-formula')).toContainText('블로그+카페 문서 수');
  await setup.screenshot({ path: artifact('setup-settings-ko.png'), fullPage: true });

  // A rule that does not rise is refused, in words, and nothing changes.
  await form.locator('input[name=gold]').fill('5');
  await form.getByRole('button', { name: '저장' }).click();
  await expect(setup.locator('#saturation-status')).not.toHaveText('저장했습니다.');
  await options.reload();
  await expect(options.getByLabel('문서 수')).toHaveValue('blog+cafe');
  await expect(options.getByLabel('황금 <')).toHaveValue('0.2');
});
