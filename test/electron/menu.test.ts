import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { fill, languageFromLocale, MENU_STRINGS } from '../../electron/i18n';
import { MENU_COMMANDS, type MenuCommandPayload, type UiLanguage } from '../../electron/ipc/contract';
import { buildMenuTemplate, installMenu } from '../../electron/menu';

function build(language: UiLanguage, platform: NodeJS.Platform = 'linux', isDev = false) {
  const sent: MenuCommandPayload[] = [];
  let about = 0;
  const template = buildMenuTemplate({
    language,
    platform,
    isDev,
    send: (command) => sent.push(command),
    showAbout: () => void about++,
  });
  return { template, sent, about: () => about };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as unknown as () => void)();
}

describe('native menu', () => {
  it('has File, Edit, View, Tools and Help with translated labels in English and Indonesian', () => {
    expect(build('en').template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Tools', '&Help']);
    expect(build('id').template.map((m) => m.label)).toEqual(['&Berkas', '&Sunting', '&Tampilan', '&Alat', 'Bant&uan']);
    const fileEn = (build('en').template[0]!.submenu as MenuItemConstructorOptions[]).map((i) => i.label ?? i.type);
    expect(fileEn).toEqual([
      'New project',
      'separator',
      'Import document…',
      'Import glossary…',
      'separator',
      'Export…',
      'Export glossary…',
      'separator',
      'Quit',
    ]);
    const fileId = (build('id').template[0]!.submenu as MenuItemConstructorOptions[]).map((i) => i.label ?? i.type);
    expect(fileId).toContain('Impor dokumen…');
    expect(fileId).toContain('Keluar');
  });

  it('labels every item in both languages (no role falls back to an untranslated default)', () => {
    for (const language of ['en', 'id'] as const) {
      for (const platform of ['linux', 'win32', 'darwin'] as const) {
        for (const item of flatten(build(language, platform, true).template)) {
          if (item.type === 'separator') continue;
          expect(item.label, `${language}/${platform}/${item.role ?? item.id}`).toBeTruthy();
        }
      }
    }
  });

  it('forwards every workbench command to the renderer', () => {
    const { template, sent } = build('en');
    const commands = flatten(template).filter((item) => item.id);
    expect(commands.map((item) => item.id).sort()).toEqual([...MENU_COMMANDS].sort());
    for (const item of commands) click(item);
    expect(sent.sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('uses the standard roles for editing and zoom', () => {
    const roles = flatten(build('id').template).map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'quit']),
    );
  });

  it('shows reload and devtools only in development', () => {
    const prodRoles = flatten(build('en', 'linux', false).template).map((item) => item.role);
    expect(prodRoles).not.toContain('toggleDevTools');
    expect(prodRoles).not.toContain('reload');
    const devRoles = flatten(build('en', 'linux', true).template).map((item) => item.role);
    expect(devRoles).toContain('toggleDevTools');
  });

  it('follows macOS conventions: app menu first, quit there, no mnemonic ampersands', () => {
    const { template, about } = build('id', 'darwin');
    expect(template.map((m) => m.label)).toEqual(['Padanan', 'Berkas', 'Sunting', 'Tampilan', 'Alat', 'Jendela']);
    const appItems = template[0]!.submenu as MenuItemConstructorOptions[];
    expect(appItems.map((i) => i.role).filter(Boolean)).toContain('quit');
    expect(flatten(template).every((item) => !item.label?.includes('&'))).toBe(true);
    click(appItems[0]!);
    expect(about()).toBe(1);
  });

  it('installs the built menu as the application menu', () => {
    const built: unknown[] = [];
    const fakeMenu = { items: [] };
    installMenu(
      {
        Menu: {
          buildFromTemplate: (template) => {
            built.push(template);
            return fakeMenu as never;
          },
          setApplicationMenu: (menu) => built.push(menu),
        },
      },
      { language: 'en', platform: 'win32', isDev: false, send: () => {}, showAbout: () => {} },
    );
    expect(built).toHaveLength(2);
    expect(built[1]).toBe(fakeMenu);
  });
});

describe('menu language', () => {
  it('follows the system locale: Indonesian for id and in, English otherwise', () => {
    expect(languageFromLocale('id')).toBe('id');
    expect(languageFromLocale('id-ID')).toBe('id');
    expect(languageFromLocale('in_ID')).toBe('id');
    expect(languageFromLocale('en-US')).toBe('en');
    expect(languageFromLocale('ms-MY')).toBe('en');
    expect(languageFromLocale('')).toBe('en');
  });

  it('has every string in both languages, really translated', () => {
    const en = MENU_STRINGS.en;
    const id = MENU_STRINGS.id;
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    const sameInBoth = Object.keys(en).filter((key) => en[key as keyof typeof en] === id[key as keyof typeof id]);
    expect(sameInBoth).toEqual(['ok']);
  });

  it('fills the version into the about text', () => {
    expect(fill(MENU_STRINGS.id.aboutDetail, { version: '0.1.0' })).toContain('Versi 0.1.0');
    expect(fill('{{missing}}', {})).toBe('{{missing}}');
  });
});
