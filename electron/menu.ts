import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { MenuCommandPayload, UiLanguage } from './ipc/contract';
import { MENU_STRINGS, type MenuStrings } from './i18n';

/**
 * The native menu bar. Commands that belong to the workbench (new project, import, export, QA) are
 * not performed here: they are forwarded to the renderer, which runs the same code as its buttons.
 */
export interface MenuOptions {
  language: UiLanguage;
  platform: NodeJS.Platform;
  isDev: boolean;
  send(command: MenuCommandPayload): void;
  showAbout(): void;
}

/** Accelerators are listed here once so the renderer's keyboard map can avoid them. */
export const MENU_ACCELERATORS: Partial<Record<MenuCommandPayload, string>> = {
  'new-project': 'CmdOrCtrl+N',
  'import-document': 'CmdOrCtrl+O',
  export: 'CmdOrCtrl+Shift+E',
  'run-qa': 'F7',
};

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const s = stripMnemonics(MENU_STRINGS[options.language], mac);
  const command = (label: string, id: MenuCommandPayload): MenuItemConstructorOptions => ({
    id,
    label,
    ...(MENU_ACCELERATORS[id] ? { accelerator: MENU_ACCELERATORS[id] } : {}),
    click: () => options.send(id),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Padanan',
          submenu: [
            { label: s.about, click: options.showAbout },
            separator,
            { role: 'services', label: s.services },
            separator,
            { role: 'hide', label: s.hide },
            { role: 'hideOthers', label: s.hideOthers },
            { role: 'unhide', label: s.unhide },
            separator,
            { role: 'quit', label: s.quit },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: s.file,
    submenu: [
      command(s.newProject, 'new-project'),
      separator,
      command(s.importDocument, 'import-document'),
      command(s.importGlossary, 'import-glossary'),
      separator,
      command(s.export, 'export'),
      command(s.exportGlossary, 'export-glossary'),
      ...(mac ? [] : [separator, { role: 'quit', label: s.quit } satisfies MenuItemConstructorOptions]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: s.edit,
    submenu: [
      { role: 'undo', label: s.undo },
      { role: 'redo', label: s.redo },
      separator,
      { role: 'cut', label: s.cut },
      { role: 'copy', label: s.copy },
      { role: 'paste', label: s.paste },
      { role: 'delete', label: s.delete },
      separator,
      { role: 'selectAll', label: s.selectAll },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: s.view,
    submenu: [
      { role: 'zoomIn', label: s.zoomIn },
      { role: 'zoomOut', label: s.zoomOut },
      { role: 'resetZoom', label: s.resetZoom },
      separator,
      { role: 'togglefullscreen', label: s.toggleFullScreen },
      ...(options.isDev
        ? [
            separator,
            { role: 'reload', label: s.reload } satisfies MenuItemConstructorOptions,
            { role: 'toggleDevTools', label: s.toggleDevTools } satisfies MenuItemConstructorOptions,
          ]
        : []),
    ],
  };

  const tools: MenuItemConstructorOptions = { label: s.tools, submenu: [command(s.runQa, 'run-qa')] };

  const windowMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: s.window,
          role: 'windowMenu',
          submenu: [
            { role: 'minimize', label: s.minimize },
            { role: 'close', label: s.close },
          ],
        },
      ]
    : [];

  // On macOS "About" lives in the application menu, which leaves Help empty.
  const help: MenuItemConstructorOptions[] = mac
    ? []
    : [{ label: s.help, role: 'help', submenu: [{ label: s.about, click: options.showAbout }] }];

  return [...appMenu, file, edit, view, tools, ...windowMenu, ...help];
}

export interface MenuDeps {
  Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
}

export function installMenu(deps: MenuDeps, options: MenuOptions): void {
  deps.Menu.setApplicationMenu(deps.Menu.buildFromTemplate(buildMenuTemplate(options)));
}

/** `&` marks a mnemonic on Windows and Linux; macOS would show it literally. */
function stripMnemonics(strings: MenuStrings, mac: boolean): MenuStrings {
  if (!mac) return strings;
  return Object.fromEntries(
    Object.entries(strings).map(([key, value]) => [key, value.replace(/&(?!&)/g, '')]),
  ) as unknown as MenuStrings;
}
