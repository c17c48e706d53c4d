import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { BACKEND_ORDER, BACKEND_TITLES, type BackendName } from './protocol';

/**
 * Switches tfjs to the preferred backend, or to the first of WebGPU, WebGL and CPU that starts.
 * Returns the backend in use and one note for each backend that was passed over, with why, in
 * English and, at the same index of `notesRu`, in Russian.
 */
export async function selectBackend(
  preferred?: BackendName,
): Promise<{ backend: BackendName; notes: string[]; notesRu: string[] }> {
  const order = preferred ? [preferred, ...BACKEND_ORDER.filter((b) => b !== preferred)] : [...BACKEND_ORDER];
  const notes: string[] = [];
  const notesRu: string[] = [];
  for (const name of order) {
    const title = BACKEND_TITLES[name];
    try {
      if (await tf.setBackend(name)) {
        await tf.ready();
        return { backend: name, notes, notesRu };
      }
      notes.push(`${title} is not available in this browser.`);
      notesRu.push(`${title} недоступен в этом браузере.`);
    } catch (error) {
      notes.push(`${title} failed to start: ${(error as Error).message}`);
      notesRu.push(`${title} не запустился: ${(error as Error).message}`);
    }
  }
  throw new Error('No tfjs backend could start, not even the CPU backend.');
}
