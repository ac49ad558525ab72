import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dataDir } from '../paths';

// Each inbound message is kept as it arrived (RFC 5322 bytes), in a file named
// after its record beside the embedded database, until retention deletes the
// record (the collection's afterDelete hook removes the file with it). A
// message that cannot be parsed is still kept, so nothing sent to the desk is lost.
const folder = () => path.join(/*turbopackIgnore: true*/ dataDir, 'uploads', 'inbound');

const fileOf = (id: string) => path.join(folder(), `${id.replace(/[^A-Za-z0-9_-]/g, '')}.eml`);

export const keepRaw = async (id: string, raw: Buffer): Promise<string> => {
  await mkdir(folder(), { recursive: true });
  await writeFile(fileOf(id), raw);
  return path.basename(fileOf(id));
};

export const readRaw = (id: string): Promise<Buffer> => readFile(fileOf(id));

export const removeRaw = async (id: string): Promise<void> => {
  await rm(fileOf(id), { force: true });
};
