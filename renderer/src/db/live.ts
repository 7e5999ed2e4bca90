/**
 * Components re-render from storage through this hook (Dexie's liveQuery): its query function
 * calls db/ functions, and it re-runs when what they read changes, in any tab or worker.
 */
export { useLiveQuery } from 'dexie-react-hooks';
