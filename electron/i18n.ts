import type { UiLanguage } from './ipc/contract';

/**
 * Strings of the native menus and dialogs shown by the main process. They live here rather than in
 * the renderer's i18next resources because the menu exists before the renderer has loaded.
 */
export interface MenuStrings {
  file: string;
  newProject: string;
  importDocument: string;
  importGlossary: string;
  export: string;
  exportGlossary: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  delete: string;
  selectAll: string;
  view: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  toggleFullScreen: string;
  reload: string;
  toggleDevTools: string;
  tools: string;
  runQa: string;
  window: string;
  minimize: string;
  close: string;
  help: string;
  about: string;
  aboutDetail: string;
  services: string;
  hide: string;
  hideOthers: string;
  unhide: string;
  ok: string;
}

export const MENU_STRINGS: Record<UiLanguage, MenuStrings> = {
  en: {
    file: '&File',
    newProject: 'New project',
    importDocument: 'Import document…',
    importGlossary: 'Import glossary…',
    export: 'Export…',
    exportGlossary: 'Export glossary…',
    quit: 'Quit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    delete: 'Delete',
    selectAll: 'Select all',
    view: '&View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    toggleFullScreen: 'Full screen',
    reload: 'Reload',
    toggleDevTools: 'Developer tools',
    tools: '&Tools',
    runQa: 'Run QA',
    window: '&Window',
    minimize: 'Minimize',
    close: 'Close window',
    help: '&Help',
    about: 'About Padanan',
    aboutDetail: 'Offline Indonesian-to-English translation workbench.\nVersion {{version}}. Licensed under the Apache License 2.0.',
    services: 'Services',
    hide: 'Hide Padanan',
    hideOthers: 'Hide others',
    unhide: 'Show all',
    ok: 'OK',
  },
  id: {
    file: '&Berkas',
    newProject: 'Proyek baru',
    importDocument: 'Impor dokumen…',
    importGlossary: 'Impor glosarium…',
    export: 'Ekspor…',
    exportGlossary: 'Ekspor glosarium…',
    quit: 'Keluar',
    edit: '&Sunting',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    delete: 'Hapus',
    selectAll: 'Pilih semua',
    view: '&Tampilan',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    resetZoom: 'Ukuran asli',
    toggleFullScreen: 'Layar penuh',
    reload: 'Muat ulang',
    toggleDevTools: 'Alat pengembang',
    tools: '&Alat',
    runQa: 'Jalankan QA',
    window: '&Jendela',
    minimize: 'Minimalkan',
    close: 'Tutup jendela',
    help: 'Bant&uan',
    about: 'Tentang Padanan',
    aboutDetail: 'Meja kerja penerjemahan bahasa Indonesia ke bahasa Inggris, tanpa internet.\nVersi {{version}}. Dilisensikan di bawah Apache License 2.0.',
    services: 'Layanan',
    hide: 'Sembunyikan Padanan',
    hideOthers: 'Sembunyikan yang lain',
    unhide: 'Tampilkan semua',
    ok: 'OK',
  },
};

/** Indonesian for an Indonesian system locale (`id`, `id-ID`, and the legacy `in`), English otherwise. */
export function languageFromLocale(locale: string): UiLanguage {
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return primary === 'id' || primary === 'in' ? 'id' : 'en';
}

export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => params[key] ?? whole);
}
