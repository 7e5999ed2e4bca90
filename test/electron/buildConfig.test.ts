import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UserConfig } from 'electron-vite';
import config from '../../electron.vite.config';
import webConfig from '../../vite.web.config';

/** The build settings the app depends on at run time (main.ts computes these paths). */
describe('electron-vite build config', () => {
  const resolved = config as UserConfig;
  const output = (part: 'main' | 'preload') => {
    const out = resolved[part]?.build?.rolldownOptions?.output;
    return Array.isArray(out) ? out[0] : out;
  };

  it('emits the preload as CommonJS preload.cjs (a sandboxed preload cannot be an ES module)', () => {
    expect(output('preload')).toMatchObject({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(resolved.preload?.build?.outDir).toMatch(/out[/\\]preload$/);
    expect(resolved.preload?.build?.rolldownOptions?.input).toEqual({ preload: expect.stringMatching(/electron[/\\]preload\.ts$/) });
  });

  it('emits main as out/main/main.js, the package.json "main"', () => {
    expect(output('main')).toMatchObject({ format: 'es', entryFileNames: '[name].js' });
    expect(resolved.main?.build?.outDir).toMatch(/out[/\\]main$/);
    expect(resolved.main?.build?.rolldownOptions?.input).toEqual({ main: expect.stringMatching(/electron[/\\]main\.ts$/) });
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { main: string; type: string };
    expect(pkg.main).toBe('out/main/main.js');
    expect(pkg.type).toBe('module');
  });

  it('builds the renderer from renderer/ into out/renderer without inlined assets (CSP)', () => {
    expect(resolved.renderer?.root).toMatch(/renderer$/);
    expect(resolved.renderer?.build?.outDir).toMatch(/out[/\\]renderer$/);
    expect(resolved.renderer?.build?.assetsInlineLimit).toBe(0);
    expect(resolved.renderer?.worker?.format).toBe('es');
  });

  it('shares plugins, aliases and worker settings with the web build', () => {
    expect(resolved.renderer?.plugins).toBe(webConfig.plugins);
    expect(resolved.renderer?.resolve).toBe(webConfig.resolve);
    expect(resolved.renderer?.worker).toBe(webConfig.worker);
  });
});
