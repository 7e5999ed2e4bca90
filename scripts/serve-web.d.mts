// Types for serve-web.mjs (plain JavaScript so that `node scripts/serve-web.mjs` needs no build step).
export declare const MIME_TYPES: Readonly<Record<string, string>>;
export declare const DEFAULT_PORT: number;

export interface StaticServer {
  /** e.g. "http://127.0.0.1:43121/" (with the trailing slash) */
  url: string;
  port: number;
  close(): Promise<void>;
}

export declare function startStaticServer(options: { root: string; port?: number }): Promise<StaticServer>;

export declare function choosePort(argv: readonly string[], env: Record<string, string | undefined>): number;
