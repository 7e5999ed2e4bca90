import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PadananError } from '../../../core/errors';
import { createFileHandlers, safeFileName, type FileDeps, type FileSystem } from '../../../electron/ipc/files';

interface DialogLog {
  open: OpenDialogOptions[];
  save: SaveDialogOptions[];
  parents: unknown[];
}

function fakeDialog(answers: { open?: string[] | null; save?: string | null }, log: DialogLog): Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'> {
  const open = async (...args: unknown[]) => {
    const options = args.at(-1) as OpenDialogOptions;
    log.open.push(options);
    if (args.length === 2) log.parents.push(args[0]);
    return answers.open ? { canceled: false, filePaths: answers.open } : { canceled: true, filePaths: [] };
  };
  const save = async (...args: unknown[]) => {
    const options = args.at(-1) as SaveDialogOptions;
    log.save.push(options);
    if (args.length === 2) log.parents.push(args[0]);
    return answers.save ? { canceled: false, filePath: answers.save } : { canceled: true, filePath: '' };
  };
  return { showOpenDialog: open, showSaveDialog: save } as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
}

/** An in-memory file system that records what was touched. */
function memoryFs(files: Record<string, Uint8Array | 'dir'>) {
  const touched: string[] = [];
  const fs: FileSystem = {
    async stat(p) {
      touched.push(`stat ${p}`);
      const entry = files[p];
      if (entry === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return { size: entry === 'dir' ? 0 : entry.byteLength, isFile: () => entry !== 'dir' };
    },
    async readFile(p) {
      touched.push(`read ${p}`);
      const entry = files[p];
      if (entry === undefined || entry === 'dir') throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return entry;
    },
    async writeFile(p, bytes) {
      touched.push(`write ${p}`);
      files[p] = bytes;
    },
    async rename(from, to) {
      touched.push(`rename ${from} ${to}`);
      files[to] = files[from]!;
      delete files[from];
    },
    async rm(p) {
      touched.push(`rm ${p}`);
      delete files[p];
    },
  };
  return { fs, files, touched };
}

function setup(answers: { open?: string[] | null; save?: string | null }, files: Record<string, Uint8Array | 'dir'> = {}, overrides: Partial<FileDeps> = {}) {
  const log: DialogLog = { open: [], save: [], parents: [] };
  const memory = memoryFs(files);
  const handlers = createFileHandlers({
    dialog: fakeDialog(answers, log),
    fs: memory.fs,
    path: path.posix,
    parentWindow: () => undefined,
    defaultDirectory: () => '/home/ana/Documents',
    maxReadBytes: 100,
    randomSuffix: () => 'r4nd',
    ...overrides,
  });
  return { handlers, log, ...memory };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const openRequest = { title: 'Import document', filters: [{ name: 'Documents', extensions: ['txt', 'md'] }] };
const saveRequest = (content = 'Hello') => ({
  title: 'Export',
  suggestedName: 'berita.en.txt',
  bytes: bytes(content),
  filters: [{ name: 'Text', extensions: ['txt'] }],
});

async function rejection(promise: Promise<unknown>): Promise<PadananError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PadananError);
  return error as PadananError;
}

describe('openFiles', () => {
  it('returns [] and reads nothing when the user cancels', async () => {
    const { handlers, touched, log } = setup({ open: null });
    expect(await handlers.openFiles(openRequest)).toEqual([]);
    expect(touched).toEqual([]);
    expect(log.open[0]).toMatchObject({
      title: 'Import document',
      defaultPath: '/home/ana/Documents',
      filters: openRequest.filters,
      properties: ['openFile'],
    });
  });

  it('reads only the picked file and returns its name and bytes', async () => {
    const { handlers, touched } = setup(
      { open: ['/home/ana/in/berita.txt'] },
      { '/home/ana/in/berita.txt': bytes('Presiden tiba.'), '/home/ana/in/other.txt': bytes('x') },
    );
    expect(await handlers.openFiles(openRequest)).toEqual([{ name: 'berita.txt', bytes: bytes('Presiden tiba.') }]);
    expect(touched).toEqual(['stat /home/ana/in/berita.txt', 'read /home/ana/in/berita.txt']);
  });

  it('opens the next dialog in the folder of the last pick, modal to the window', async () => {
    const window = { id: 1 } as unknown as BaseWindow;
    const { handlers, log } = setup({ open: ['/data/a.txt'] }, { '/data/a.txt': bytes('a') }, { parentWindow: () => window });
    await handlers.openFiles(openRequest);
    await handlers.openFiles(openRequest);
    expect(log.open[1]?.defaultPath).toBe('/data');
    expect(log.parents).toEqual([window, window]);
  });

  it('reads several files only when asked for several', async () => {
    const files = { '/d/a.txt': bytes('a'), '/d/b.txt': bytes('b') };
    const single = setup({ open: ['/d/a.txt', '/d/b.txt'] }, { ...files });
    expect((await single.handlers.openFiles(openRequest)).map((f) => f.name)).toEqual(['a.txt']);
    const multi = setup({ open: ['/d/a.txt', '/d/b.txt'] }, { ...files });
    expect((await multi.handlers.openFiles({ ...openRequest, multiple: true })).map((f) => f.name)).toEqual(['a.txt', 'b.txt']);
    expect(multi.log.open[0]?.properties).toEqual(['openFile', 'multiSelections']);
  });

  it('refuses a file over the cap without reading it', async () => {
    const { handlers, touched } = setup({ open: ['/d/big.txt'] }, { '/d/big.txt': new Uint8Array(101) });
    const error = await rejection(handlers.openFiles(openRequest));
    expect(error.code).toBe('desktop.fileTooLarge');
    expect(error.params).toMatchObject({ file: 'big.txt' });
    expect(touched).toEqual(['stat /d/big.txt']);
  });

  it('caps all picked files together', async () => {
    const { handlers } = setup({ open: ['/d/a.txt', '/d/b.txt'] }, { '/d/a.txt': new Uint8Array(60), '/d/b.txt': new Uint8Array(60) });
    expect((await rejection(handlers.openFiles({ ...openRequest, multiple: true }))).code).toBe('desktop.fileTooLarge');
  });

  it('refuses a file that grew past the cap between stat and read', async () => {
    const { handlers, fs } = setup({ open: ['/d/a.txt'] }, { '/d/a.txt': new Uint8Array(10) });
    fs.readFile = async () => new Uint8Array(500);
    expect((await rejection(handlers.openFiles(openRequest))).code).toBe('desktop.fileTooLarge');
  });

  it('reports unreadable files and folders by name', async () => {
    const missing = setup({ open: ['/d/gone.txt'] });
    const error = await rejection(missing.handlers.openFiles(openRequest));
    expect(error.code).toBe('desktop.readFailed');
    expect(error.params).toEqual({ file: 'gone.txt', reason: 'ENOENT' });
    const folder = setup({ open: ['/d/folder'] }, { '/d/folder': 'dir' });
    expect((await rejection(folder.handlers.openFiles(openRequest))).code).toBe('desktop.notAFile');
  });
});

describe('saveFile', () => {
  it('returns false and writes nothing when the user cancels', async () => {
    const { handlers, touched, log } = setup({ save: null });
    expect(await handlers.saveFile(saveRequest())).toBe(false);
    expect(touched).toEqual([]);
    expect(log.save[0]).toMatchObject({ title: 'Export', defaultPath: '/home/ana/Documents/berita.en.txt' });
  });

  it('writes to a temporary file beside the target, then renames it over the target', async () => {
    const { handlers, touched, files } = setup({ save: '/out/berita.en.txt' }, { '/out/berita.en.txt': bytes('old') });
    expect(await handlers.saveFile(saveRequest('new'))).toBe(true);
    expect(touched).toEqual(['write /out/.berita.en.txt.r4nd.tmp', 'rename /out/.berita.en.txt.r4nd.tmp /out/berita.en.txt']);
    expect(files).toEqual({ '/out/berita.en.txt': bytes('new') });
  });

  it('keeps the old file and removes the temporary one when writing fails', async () => {
    const { handlers, fs, files } = setup({ save: '/out/a.txt' }, { '/out/a.txt': bytes('old') });
    const write = fs.writeFile;
    fs.writeFile = async (p, b) => {
      await write(p, b.subarray(0, 1));
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    };
    const error = await rejection(handlers.saveFile(saveRequest('new')));
    expect(error.code).toBe('desktop.writeFailed');
    expect(error.params).toEqual({ file: 'a.txt', reason: 'ENOSPC' });
    expect(files).toEqual({ '/out/a.txt': bytes('old') });
  });

  it('proposes a bare, safe file name in the last folder used', async () => {
    const { handlers, log } = setup({ save: '/exports/x.txt' });
    await handlers.saveFile(saveRequest());
    await handlers.saveFile({ ...saveRequest(), suggestedName: '../../etc/passwd' });
    expect(log.save[1]?.defaultPath).toBe('/exports/_.._etc_passwd');
  });
});

describe('safeFileName', () => {
  it('keeps ordinary names and neutralises folders, reserved characters and leading dots', () => {
    expect(safeFileName('Berita Utama (final).en.txt')).toBe('Berita Utama (final).en.txt');
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('a\\b:c*d?e"f<g>h|i')).toBe('a_b_c_d_e_f_g_h_i');
    expect(safeFileName('.hidden')).toBe('hidden');
    expect(safeFileName('name.\u0000.txt')).toBe('name._.txt');
    expect(safeFileName('...')).toBe('untitled');
    expect(safeFileName('x'.repeat(400))).toHaveLength(200);
  });
});

describe('with the real file system', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('saves atomically, reads back, and refuses a file over the cap', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'padanan-files-'));
    const target = path.join(dir, 'out.txt');
    const log: DialogLog = { open: [], save: [], parents: [] };
    const handlers = createFileHandlers({
      dialog: fakeDialog({ save: target, open: [target] }, log),
      fs: { stat, readFile, writeFile, rename, rm },
      path,
      parentWindow: () => undefined,
      defaultDirectory: () => dir!,
      maxReadBytes: 1024,
      randomSuffix: () => 'abc',
    });
    expect(await handlers.saveFile(saveRequest('Hello, world'))).toBe(true);
    expect(await readdir(dir)).toEqual(['out.txt']);
    const [picked] = await handlers.openFiles(openRequest);
    expect(new TextDecoder().decode(picked!.bytes)).toBe('Hello, world');

    await writeFile(target, new Uint8Array(2048));
    expect((await rejection(handlers.openFiles(openRequest))).code).toBe('desktop.fileTooLarge');
  });
});
