import type { CliCommand } from '../io';
import { segmentCommand } from './segment';
import { convertCommand } from './convert';
import { pretranslateCommand } from './pretranslate';

/** Every CLI command, one file each; add new commands here. */
export const commands: readonly CliCommand[] = [segmentCommand, convertCommand, pretranslateCommand];
