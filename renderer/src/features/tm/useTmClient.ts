import { useEffect, useState } from 'react';
import type { TmIndexClient } from '../../workers/tmIndex';
import type { TmLoadInfo } from '../../workers/tmIndexService';
import { acquireTmClient } from './tmClients';

export type TmClientState = { client: TmIndexClient; info?: TmLoadInfo; error?: unknown } | undefined;

/** The project's TM worker while the calling component is mounted, with its load state. */
export function useTmClient(dbName: string, projectId: string): TmClientState {
  const [state, setState] = useState<TmClientState>();
  useEffect(() => {
    const { client, release } = acquireTmClient(dbName, projectId);
    let live = true;
    setState({ client });
    client.ready.then(
      (info) => live && setState({ client, info }),
      (error) => live && setState({ client, error }),
    );
    return () => {
      live = false;
      release();
    };
  }, [dbName, projectId]);
  return state;
}
