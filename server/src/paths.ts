import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository root, so that files are found wherever the process was started from. */
export const projectRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
