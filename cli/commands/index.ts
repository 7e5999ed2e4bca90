import type { CliCommand } from '../io';
import { segmentCommand } from './segment';
import { convertCommand } from './convert';
import { pretranslateCommand } from './pretranslate';
import { statsCommand } from './stats';
import { termsCommand } from './terms';
import { stemCommand } from './stem';
import { glossaryCommand } from './glossary';

/** Every CLI command, one file each; add new commands here. */
export const commands: readonly CliCommand[] = [segmentCommand, convertCommand, pretranslateCommand, statsCommand, termsCommand, stemCommand, glossaryCommand];
