import type { GlossaryPack } from '../../../../core/model';
import type { TermMatch } from '../../../../glossary/match/index';
import { watchGlossaryPacks } from '../../db/glossary';
import type { PadananDb } from '../../db/schema';
import type { GlossaryLoadInfo } from '../../workers/glossaryProtocol';
import { GlossaryWorkerClient, type GlossaryWorkerFactory } from '../../workers/glossaryWorker';

/** Matched sources kept; the editor shows a few dozen at a time, so this is generous. */
const CACHE_LIMIT = 20_000;

export interface GlossaryMatchState {
  /** Changes whenever anything readable here changes (matcher rebuilt, results arrived). */
  version: number;
  /** The loaded matcher, once the first load finished. */
  info?: GlossaryLoadInfo;
  error?: unknown;
}

/**
 * A project's glossary matches for the editor. The matcher lives in a worker (building it for
 * 50,000 terms takes longer than a frame); the UI thread asks for the sources it shows and gets
 * them back in batches. It watches the project's packs (enable, priority, every term edit moves
 * a pack's updatedAt) and rebuilds the matcher when they change; results made by an older
 * matcher are dropped.
 *
 * `get()` is synchronous and cheap, to be called while rendering rows: it answers from the cache,
 * or queues the source and answers undefined; subscribers hear when answers arrive.
 */
export class GlossaryMatches {
  private readonly client: GlossaryWorkerClient;
  private readonly cache = new Map<string, TermMatch[]>();
  /** Sources asked for and not answered yet, with the generation they were asked of. */
  private readonly inflight = new Set<string>();
  private queued = new Set<string>();
  private flushScheduled = false;
  private readonly listeners = new Set<() => void>();
  private state: GlossaryMatchState = { version: 0 };
  private signature: string | undefined;
  private loading: Promise<void> | undefined;
  private reloadAgain = false;
  private readonly stopWatching: () => void;
  private disposed = false;

  constructor(
    private readonly db: PadananDb,
    private readonly projectId: string,
    createWorker?: GlossaryWorkerFactory,
  ) {
    this.client = new GlossaryWorkerClient(createWorker);
    this.stopWatching = watchGlossaryPacks(
      db,
      projectId,
      (packs) => {
        const signature = packsSignature(packs);
        if (signature === this.signature) return;
        this.signature = signature;
        this.reload();
      },
      (error) => this.setState({ error }),
    );
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): GlossaryMatchState => this.state;

  /** Matches of a source, or undefined while they are being looked for (then subscribers hear). */
  get(source: string): TermMatch[] | undefined {
    const found = this.cache.get(source);
    if (found || this.disposed) return found;
    if (!this.inflight.has(source) && !this.queued.has(source)) {
      this.queued.add(source);
      this.scheduleFlush();
    }
    return undefined;
  }

  /** Matches of a source, looked up now if needed. */
  async match(source: string): Promise<TermMatch[]> {
    const found = this.get(source);
    if (found) return found;
    return new Promise((resolve, reject) => {
      const check = () => {
        const state = this.state;
        const result = this.cache.get(source);
        if (result) {
          stop();
          resolve(result);
        } else if (state.error) {
          stop();
          reject(state.error);
        } else this.get(source);
      };
      const stop = this.subscribe(check);
    });
  }

  /** Builds the matcher again from storage (also called on every change of the packs). */
  reload(): void {
    if (this.loading) {
      this.reloadAgain = true;
      return;
    }
    this.loading = this.client.call({ type: 'load', dbName: this.db.name, projectId: this.projectId }).then(
      (info) => {
        this.loading = undefined;
        // Older answers are of an older matcher: ask again for what is shown.
        this.cache.clear();
        this.inflight.clear();
        this.setState({ info, error: undefined });
        if (this.reloadAgain) {
          this.reloadAgain = false;
          this.reload();
        } else this.scheduleFlush();
      },
      (error) => {
        this.loading = undefined;
        this.setState({ error });
      },
    );
  }

  dispose(): void {
    this.disposed = true;
    this.stopWatching();
    this.client.dispose();
    this.listeners.clear();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // Rows render in one go: gather their sources into one message.
    setTimeout(() => {
      this.flushScheduled = false;
      this.flush();
    }, 0);
  }

  private flush(): void {
    // Nothing to match with until the first load; the load's end flushes again.
    if (!this.state.info || this.loading || this.disposed || !this.queued.size) return;
    const texts = [...this.queued];
    this.queued = new Set();
    for (const text of texts) this.inflight.add(text);
    const generation = this.state.info.generation;
    this.client.call({ type: 'match', texts }).then(
      (reply) => {
        if (reply.generation !== generation || this.state.info?.generation !== generation) return;
        if (this.cache.size + texts.length > CACHE_LIMIT) this.cache.clear();
        texts.forEach((text, i) => {
          this.inflight.delete(text);
          this.cache.set(text, reply.results[i] ?? []);
        });
        this.setState({});
      },
      (error) => {
        for (const text of texts) this.inflight.delete(text);
        this.setState({ error });
      },
    );
  }

  private setState(change: Partial<Omit<GlossaryMatchState, 'version'>>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...change, version: this.state.version + 1 };
    for (const listener of [...this.listeners]) listener();
  }
}

/** What the matcher depends on: which packs, in which order, enabled, and their last change. */
export function packsSignature(packs: readonly GlossaryPack[]): string {
  return packs.map((p) => `${p.id}:${p.enabled ? 1 : 0}:${p.priority}:${p.updatedAt}`).join('|');
}
