import { describe, expect, it } from 'vitest';
import {
  captureDownload,
  chooseInterfaceLanguage,
  fixtureFile,
  isFocused,
  languageSelect,
  openApp,
  startWithDocument,
  translationBox,
  useE2EApp,
} from './harness';

const CONTROL_ROLES = [
  'button',
  'textbox',
  'searchbox',
  'combobox',
  'checkbox',
  'radio',
  'switch',
  'link',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'tab',
  'slider',
  'spinbutton',
  'progressbar',
  'grid',
];

/** Lines of Playwright's ARIA snapshot for controls that have no accessible name. */
async function unnamedControls(page: import('playwright-core').Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  const unnamed = new RegExp(`^\\s*- (${CONTROL_ROLES.join('|')})(\\s*\\[[^\\]]*\\])*:?$`);
  return snapshot.split('\n').filter((line) => unnamed.test(line));
}

describe('accessibility: names and keyboard', () => {
  const app = useE2EApp();

  it('gives every control an accessible name, in English and in Indonesian', async () => {
    const { page } = app;
    await openApp(app);
    expect(await unnamedControls(page)).toEqual([]);
    await startWithDocument(app, 'Cuaca', await fixtureFile('cuaca.txt'));
    await translationBox(page, 1).click();
    expect(await unnamedControls(page)).toEqual([]);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem').first().waitFor({ state: 'visible' });
    expect(await unnamedControls(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await chooseInterfaceLanguage(languageSelect(page), 'Bahasa Indonesia');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(await unnamedControls(page)).toEqual([]);
  });

  it('exports with the keyboard alone: Export opens a menu with focus on its first item', async () => {
    const { page } = app;
    await startWithDocument(app, 'Cuaca', await fixtureFile('cuaca.txt'));
    await translationBox(page, 1).click();
    await page.keyboard.type('The weather is sunny today.');
    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    const item = page.getByRole('menuitem', { name: 'English document (TXT)', exact: true });
    await item.waitFor({ state: 'visible' });
    await expect.poll(() => isFocused(page.getByRole('menuitem').first())).toBe(true);
    await item.focus();
    const file = await captureDownload(page, () => page.keyboard.press('Enter'));
    expect(file.text).toContain('The weather is sunny today.');
  });

  it('closes the Export menu with Escape and gives focus back to the Export button', async () => {
    const { page } = app;
    await startWithDocument(app, 'Cuaca', await fixtureFile('cuaca.txt'));
    const exportButton = page.getByRole('button', { name: 'Export', exact: true });
    await exportButton.click();
    await page.getByRole('menuitem').first().waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menuitem').count()).toBe(0);
    expect(await isFocused(exportButton)).toBe(true);
  });

  it('moves between segments with Ctrl+ArrowDown and Ctrl+ArrowUp without confirming', async () => {
    const { page } = app;
    await startWithDocument(app, 'Cuaca', await fixtureFile('cuaca.txt'));
    await translationBox(page, 1).click();
    await page.keyboard.press('Control+ArrowDown');
    await expect.poll(() => isFocused(translationBox(page, 2))).toBe(true);
    await page.keyboard.press('Control+ArrowUp');
    await expect.poll(() => isFocused(translationBox(page, 1))).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Status of segment 1' }).inputValue()).toBe('new');
  });
});
