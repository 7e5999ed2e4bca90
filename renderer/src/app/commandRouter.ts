import type { MenuCommand } from '../platform/api';

/**
 * Routes native menu commands (Electron) to whichever mounted component handles them: the
 * documents pane registers 'import-document', the editor 'export', later features theirs.
 * The most recently mounted handler of a command wins.
 */
export class CommandRouter {
  private readonly handlers = new Map<MenuCommand, (() => void)[]>();

  register(command: MenuCommand, handler: () => void): () => void {
    const list = this.handlers.get(command) ?? [];
    list.push(handler);
    this.handlers.set(command, list);
    return () => {
      const current = this.handlers.get(command) ?? [];
      const at = current.lastIndexOf(handler);
      if (at >= 0) current.splice(at, 1);
    };
  }

  /** Runs the command; false when nothing handles it right now. */
  dispatch(command: MenuCommand): boolean {
    const handler = this.handlers.get(command)?.at(-1);
    if (!handler) return false;
    handler();
    return true;
  }
}
