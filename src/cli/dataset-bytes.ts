import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Reads the pixels of a bundled dataset in Node, one byte per pixel, image after image. The
 * reader of dataset `fooBar` is the function `readFooBarBytes` of `src/data/foo-bar-bytes.ts`,
 * as `readMnistBytes` of `mnist-bytes.ts` is for `mnist`. Throws an Error that names the
 * expected module when there is no such reader.
 */
export async function readDatasetBytes(name: string): Promise<Uint8Array> {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
    const expected = 'expected letters and digits, starting with a letter';
    throw new Error(`Invalid dataset name "${name}": ${expected}.`);
  }
  const fileName = `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}-bytes.ts`;
  const functionName = `read${name[0].toUpperCase()}${name.slice(1)}Bytes`;
  const moduleUrl = new URL(`../data/${fileName}`, import.meta.url);
  const missing =
    `No reader for the dataset "${name}": add src/data/${fileName} exporting ${functionName}().`;
  if (!existsSync(fileURLToPath(moduleUrl))) throw new Error(missing);

  const module = (await import(moduleUrl.href)) as Record<string, unknown>;
  const read = module[functionName];
  if (typeof read !== 'function') throw new Error(missing);
  const bytes: unknown = await read();
  if (!(bytes instanceof Uint8Array)) throw new Error(`${functionName}() returned no Uint8Array.`);
  return bytes;
}
