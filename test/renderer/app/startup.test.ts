import { describe, expect, it } from 'vitest';
import { startLocation, type StartupChecks } from '../../../renderer/src/app/startup';

const checks = (projects: string[], documents: Record<string, string>): StartupChecks => ({
  projectExists: async (id) => projects.includes(id),
  documentExists: async (projectId, documentId) => documents[documentId] === projectId,
});

describe('startLocation', () => {
  it('returns to the saved project, document and segment', async () => {
    expect(await startLocation({ projectId: 'p', documentId: 'd', segmentIndex: 41 }, checks(['p'], { d: 'p' }))).toEqual({ projectId: 'p', documentId: 'd', segmentIndex: 41 });
  });

  it('falls back to the project when the document is gone or belongs elsewhere', async () => {
    expect(await startLocation({ projectId: 'p', documentId: 'd', segmentIndex: 3 }, checks(['p'], {}))).toEqual({ projectId: 'p' });
    expect(await startLocation({ projectId: 'p', documentId: 'd', segmentIndex: 3 }, checks(['p', 'q'], { d: 'q' }))).toEqual({ projectId: 'p' });
    expect(await startLocation({ projectId: 'p', documentId: '', segmentIndex: 0 }, checks(['p'], {}))).toEqual({ projectId: 'p' });
  });

  it('opens the projects list when nothing was saved or the project is gone', async () => {
    expect(await startLocation(undefined, checks([], {}))).toEqual({});
    expect(await startLocation({ projectId: 'x', documentId: 'd', segmentIndex: 0 }, checks(['p'], { d: 'x' }))).toEqual({});
  });
});
