import { describe, expect, it } from 'vitest';
import { createProject, fixtureFile, importThroughButton, openApp, storeCounts, translationBox, useE2EApp } from './harness';

describe('projects: create, list, rename, delete with confirmation', () => {
  const app = useE2EApp();

  it('lists created projects, renames one and deletes one only after confirmation', async () => {
    const { page } = app;
    await openApp(app);
    await createProject(page, 'Berita ekonomi');
    await importThroughButton(page, await fixtureFile('cuaca.txt'));
    await translationBox(page, 1).waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Projects', exact: true }).click();
    await createProject(page, 'Laporan tahunan');
    await page.getByRole('button', { name: 'Projects', exact: true }).click();

    const list = page.getByRole('list', { name: 'Your projects' });
    await list.waitFor({ state: 'visible' });
    const names = async () => list.getByRole('listitem').allTextContents();
    await expect.poll(async () => (await names()).join('|')).toMatch(/Berita ekonomi.*\|.*Laporan tahunan|Laporan tahunan.*\|.*Berita ekonomi/);

    await page.getByRole('button', { name: 'Rename project Laporan tahunan', exact: true }).click();
    const nameBox = page.getByRole('textbox', { name: 'New name for project Laporan tahunan', exact: true });
    await nameBox.fill('Laporan tahunan 2024');
    await nameBox.press('Enter');
    await expect.poll(async () => (await names()).join('|')).toContain('Laporan tahunan 2024');

    // Cancel keeps the project; Delete removes it together with its documents.
    await page.getByRole('button', { name: 'Delete project Berita ekonomi', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await names()).join('|')).toContain('Berita ekonomi');
    expect((await storeCounts(page)).documents).toBe(1);

    await page.getByRole('button', { name: 'Delete project Berita ekonomi', exact: true }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(async () => (await names()).join('|')).not.toContain('Berita ekonomi');
    expect((await names()).join('|')).toContain('Laporan tahunan 2024');
    await expect.poll(async () => (await storeCounts(page)).documents).toBe(0);
    await expect.poll(async () => (await storeCounts(page)).segmentBlocks).toBe(0);

    // A reload returns to the last project opened; the list is one step away.
    await page.reload();
    await page.getByRole('button', { name: 'Projects', exact: true }).click();
    await list.waitFor({ state: 'visible' });
    expect((await names()).join('|')).not.toContain('Berita ekonomi');
    expect((await names()).join('|')).toContain('Laporan tahunan 2024');
    expect(app.pageErrors).toEqual([]);
  });
});
