import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { isPadananError } from '../../core/errors';
import { INVOKE_CHANNELS, type InvokeChannel, type InvokeContract, type IpcError, type IpcResult } from './contract';
import { validators, type ArgsValidator } from './validate';

/**
 * The one entry point for renderer → main calls (after VS Code's validated ipcMain): a channel must be
 * in the contract, the caller must be the top frame of a page served from the app's own origin, and the
 * arguments must pass the channel's validator before the handler sees them. Every call resolves to an
 * `IpcResult`; nothing is thrown back across the bridge.
 */
export type Handler<C extends InvokeChannel> = (
  args: InvokeContract[C]['args'],
  event: InvokeEventLike,
) => Promise<InvokeContract[C]['result']> | InvokeContract[C]['result'];

/** The part of an invoke event the checks read (a fake in tests, `IpcMainInvokeEvent` at run time). */
export interface InvokeEventLike {
  readonly senderFrame: Pick<WebFrameMain, 'url' | 'parent'> | null;
}

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  /** True for URLs of the app's own pages (app://padanan/…, or the dev server in development). */
  isAppUrl(url: string): boolean;
  log(message: string): void;
}

export interface IpcRegistry {
  handle<C extends InvokeChannel>(channel: C, handler: Handler<C>): void;
}

const KNOWN_CHANNELS: readonly string[] = Object.values(INVOKE_CHANNELS);

export function createIpcRegistry(deps: IpcDeps): IpcRegistry {
  const registered = new Set<string>();
  return {
    handle(channel, handler) {
      if (!KNOWN_CHANNELS.includes(channel)) throw new Error(`IPC channel not in the contract: ${channel}`);
      if (registered.has(channel)) throw new Error(`IPC channel registered twice: ${channel}`);
      registered.add(channel);
      deps.ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) =>
        dispatch(channel, event, args, handler, deps),
      );
    },
  };
}

/** One call through every check; exported so the checks can be tested without ipcMain. */
export async function dispatch<C extends InvokeChannel>(
  channel: C | string,
  event: InvokeEventLike,
  rawArgs: readonly unknown[],
  handler: Handler<C>,
  deps: Pick<IpcDeps, 'isAppUrl' | 'log'>,
): Promise<IpcResult<InvokeContract[C]['result']>> {
  if (!KNOWN_CHANNELS.includes(channel)) {
    deps.log(`IPC refused: unknown channel ${channel}`);
    return refuse('desktop.ipcRefused', 'Unknown request.');
  }
  const senderProblem = checkSender(event, deps.isAppUrl);
  if (senderProblem) {
    deps.log(`IPC refused on ${channel}: ${senderProblem}`);
    return refuse('desktop.ipcRefused', 'This request is not allowed from this page.');
  }
  const validate = validators[channel as C] as ArgsValidator<C>;
  const args = validate(rawArgs);
  if (!args.ok) {
    deps.log(`IPC refused on ${channel}: ${args.reason}`);
    return refuse('desktop.badRequest', 'The request was malformed.');
  }
  try {
    return { ok: true, value: await handler(args.value, event) };
  } catch (error) {
    if (isPadananError(error)) {
      return { ok: false, error: { code: error.code, message: error.message, params: { ...error.params } } };
    }
    deps.log(`IPC handler for ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return refuse('desktop.unexpected', 'Something went wrong in the desktop app.');
  }
}

/** Returns why the sender is refused, or undefined when it is the app's own top-level page. */
export function checkSender(event: InvokeEventLike, isAppUrl: (url: string) => boolean): string | undefined {
  const frame = event.senderFrame;
  if (!frame) return 'sender frame is gone';
  if (frame.parent !== null) return 'sender is a sub-frame';
  if (!isAppUrl(frame.url)) return `sender origin is foreign (${frame.url})`;
  return undefined;
}

function refuse(code: string, message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } };
}
