import { describe, expect, it } from 'vitest';
import { runPadanan, REPO_ROOT } from '../support/cli';

describe('padanan --help', () => {
  it('lists every command with its summary and exits 0; no command at all is a usage error', () => {
    const help = runPadanan(['--help'], { cwd: REPO_ROOT });
    expect(help.code).toBe(0);
    for (const form of ['segment', 'convert', 'pretranslate', 'stats', 'terms', 'stem', 'glossary convert', 'glossary validate']) {
      expect(help.stdout).toMatch(new RegExp(`^  padanan ${form} `, 'm'));
    }
    expect(help.stdout).toMatch(/^ {6}the root of each Indonesian word/m);
    const bare = runPadanan([], { cwd: REPO_ROOT });
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe(help.stdout);
    const unknown = runPadanan(['translate'], { cwd: REPO_ROOT });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^padanan: unknown command "translate"/);
  });
});
