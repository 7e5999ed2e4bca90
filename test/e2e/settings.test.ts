import { describe, expect, it } from 'vitest';
import {
  chooseInterfaceLanguage,
  fixtureFile,
  importButton,
  languageSelect,
  openApp,
  startWithDocument,
  translationBox,
  useE2EApp,
  waitForAppReady,
} from './harness';

describe('settings: interface language and font size, remembered', () => {
  const app = useE2EApp();

  it('switches the interface to Bahasa Indonesia and back, and remembers the choice after a reload', async () => {
    const { page } = app;
    await openApp(app);
    const select = languageSelect(page);
    await select.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const englishButtons = await page.getByRole('button').allTextContents();

    await chooseInterfaceLanguage(select, 'Bahasa Indonesia');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('id');
    // The English names are gone: every visible string came from the id resources.
    await expect.poll(() => languageSelect(page).count()).toBe(0);
    expect(await page.getByRole('button').allTextContents()).not.toEqual(englishButtons);

    await page.reload();
    await waitForAppReady(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(await languageSelect(page).count()).toBe(0);

    // Found again by what it offers, since its own name is now Indonesian.
    const indonesianSelect = page.getByRole('combobox').filter({ has: page.getByRole('option', { name: 'English' }) });
    await chooseInterfaceLanguage(indonesianSelect.first(), 'English');
    await languageSelect(page).waitFor({ state: 'visible' });
    await page.reload();
    await waitForAppReady(page);
    await languageSelect(page).waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(app.pageErrors).toEqual([]);
  });

  it('names the editor in Indonesian when the interface is Indonesian', async () => {
    const { page } = app;
    await startWithDocument(app, 'Cuaca', await fixtureFile('cuaca.txt'));
    await chooseInterfaceLanguage(languageSelect(page), 'Bahasa Indonesia');
    await expect.poll(() => importButton(page).count()).toBe(0);
    await expect.poll(() => translationBox(page, 1).count()).toBe(0);
    // Still one textbox per segment, now with an Indonesian name.
    expect(await page.getByRole('textbox', { name: /1/ }).count()).toBeGreaterThan(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('explains a bad file in Indonesian when the interface is Indonesian', async () => {
    const { page } = app;
    await startWithDocument(app, 'Cuaca', await fixtureFile('cuaca.txt'));
    await chooseInterfaceLanguage(languageSelect(page), 'Bahasa Indonesia');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('id');
    // The import button now has an Indonesian name; it is the one that opens a file chooser.
    const importIndonesian = page.getByRole('navigation').getByRole('button', { name: /impor/i }).first();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importIndonesian.click()]);
    await chooser.setFiles({ name: 'kosong.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
    await alert.waitFor({ state: 'visible', timeout: 15_000 });
    const message = (await alert.textContent()) ?? '';
    expect(message).toContain('kosong.txt');
    expect(message).not.toMatch(/\bis empty\b|\bfile\b/i);
    expect(message).toMatch(/kosong|berkas/i);
  });

  it('makes the editor font larger and smaller, and remembers the size after a reload', async () => {
    const { page } = app;
    await startWithDocument(app, 'Cuaca', await fixtureFile('cuaca.txt'));
    const fontSize = async (): Promise<number> =>
      translationBox(page, 1).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    const initial = await fontSize();

    const larger = page.getByRole('button', { name: /(larger|increase|bigger).*(font|text)|(font|text).*(larger|increase|bigger)/i });
    const smaller = page.getByRole('button', { name: /(smaller|decrease).*(font|text)|(font|text).*(smaller|decrease)/i });
    await larger.first().click();
    await larger.first().click();
    await expect.poll(fontSize).toBeGreaterThan(initial);
    const enlarged = await fontSize();

    await page.reload();
    await waitForAppReady(page);
    await translationBox(page, 1).waitFor({ state: 'visible', timeout: 20_000 });
    expect(await fontSize()).toBe(enlarged);

    await smaller.first().click();
    await expect.poll(fontSize).toBeLessThan(enlarged);
    const reduced = await fontSize();
    await page.reload();
    await waitForAppReady(page);
    await translationBox(page, 1).waitFor({ state: 'visible', timeout: 20_000 });
    expect(await fontSize()).toBe(reduced);
    expect(app.pageErrors).toEqual([]);
  });
});
