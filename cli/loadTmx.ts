import type { CliIo } from './io';
import { readTmx, type TmxUnit } from '../core/formats/tmx';

/** Reads every Indonesian–English unit of a TMX file (streamed through the hardened reader). */
export async function loadTmx(path: string, io: CliIo): Promise<TmxUnit[]> {
  const bytes = await io.read(path);
  const units: TmxUnit[] = [];
  const chunks = function* () {
    for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
  };
  await readTmx(chunks(), (unit) => void units.push(unit), { fileName: path });
  return units;
}
