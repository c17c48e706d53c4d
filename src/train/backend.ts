import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { BACKEND_ORDER, BACKEND_TITLES, type BackendName } from './protocol';

/**
 * Switches tfjs to the preferred backend, or to the first of WebGPU, WebGL and CPU that starts.
 * Returns the backend in use and one note for each backend that was passed over, with why.
 */
export async function selectBackend(preferred?: BackendName): Promise<{ backend: BackendName; notes: string[] }> {
  const order = preferred ? [preferred, ...BACKEND_ORDER.filter((b) => b !== preferred)] : [...BACKEND_ORDER];
  const notes: string[] = [];
  for (const name of order) {
    try {
      if (await tf.setBackend(name)) {
        await tf.ready();
        return { backend: name, notes };
      }
      notes.push(`${BACKEND_TITLES[name]} is not available in this browser.`);
    } catch (error) {
      notes.push(`${BACKEND_TITLES[name]} failed to start: ${(error as Error).message}`);
    }
  }
  throw new Error('No tfjs backend could start, not even the CPU backend.');
}
