import type { CliCommand } from '../io';
import { segmentCommand } from './segment';

/** Every CLI command, one file each; add new commands here. */
export const commands: readonly CliCommand[] = [segmentCommand];
