import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml settings that matter for security and for what ships. Plain text checks (no
 * YAML parser is a declared dependency); the packaging run itself is `electron-builder --linux dir`.
 */
const yml = readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8');

function section(name: string): string {
  const match = new RegExp(`^${name}:\\n((?:[ ]{2}.*\\n?)+)`, 'm').exec(yml);
  return match?.[1] ?? '';
}

describe('electron-builder.yml', () => {
  it('ships only the build output and package.json, in an asar', () => {
    expect(section('files').trim().split('\n').map((l) => l.trim())).toEqual([
      '- out/**/*',
      '- package.json',
      '- "!out/**/*.map"',
      '- "!**/node_modules/**/*"',
    ]);
    expect(yml).toMatch(/^asar: true$/m);
    expect(yml).toMatch(/^productName: Padanan$/m);
  });

  it('flips the Electron fuses that close run-as-node, inspector and NODE_OPTIONS and lock the asar', () => {
    const fuses = section('electronFuses');
    expect(fuses).toMatch(/runAsNode: false/);
    expect(fuses).toMatch(/enableNodeOptionsEnvironmentVariable: false/);
    expect(fuses).toMatch(/enableNodeCliInspectArguments: false/);
    expect(fuses).toMatch(/enableEmbeddedAsarIntegrityValidation: true/);
    expect(fuses).toMatch(/onlyLoadAppFromAsar: true/);
    expect(fuses).toMatch(/enableCookieEncryption: true/);
    expect(fuses).toMatch(/grantFileProtocolExtraPrivileges: false/);
  });

  it('targets AppImage and deb, NSIS and dmg', () => {
    expect(section('linux')).toMatch(/- AppImage\n\s+- deb/);
    expect(section('win')).toMatch(/- nsis/);
    expect(section('mac')).toMatch(/- dmg/);
  });
});
