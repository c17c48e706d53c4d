import { decodeShareFragment, SHARE_FRAGMENT_PREFIX } from '../../presets/share-link';
import { parsePreset, serializePresetCompact } from '../../presets/preset-file';
import type { Preset } from '../../schema/preset';
import type { BilingualMessage } from '../i18n/bilingual';

/** localStorage key of the autosaved preset, stored as compact preset JSON. */
export const AUTOSAVE_KEY = 'ganvas-autosave';

/** Origin of the preset shown at page load. */
export type InitialPresetSource = 'share-link' | 'autosave' | 'default';

export interface InitialPreset {
  preset: Preset;
  source: InitialPresetSource;
  /** A share link or autosave that could not be read, as a message for the user. */
  error: BilingualMessage | null;
}

/**
 * Chooses the preset to open at page load: a share link in `hash` wins over the autosaved
 * preset, and with neither, `fallback` opens. A damaged share link or autosave is skipped, and
 * its message returned, so that the page still opens with the next choice.
 */
export function chooseInitialPreset(
  hash: string,
  autosaved: string | null,
  fallback: Preset,
): InitialPreset {
  let error: BilingualMessage | null = null;
  if (hash.startsWith(SHARE_FRAGMENT_PREFIX)) {
    const shared = decodeShareFragment(hash);
    if (shared.ok) return { preset: shared.preset, source: 'share-link', error: null };
    error = shared.error;
  }
  if (autosaved !== null) {
    const restored = parsePreset(autosaved);
    if (restored.ok) return { preset: restored.preset, source: 'autosave', error };
    const { message, messageRu } = restored.error;
    error ??= {
      message: `The autosaved graph could not be restored, so the default preset opened: ${message}`,
      messageRu: `Автосохранённый граф не удалось восстановить, поэтому открыт пресет по умолчанию: ${messageRu ?? message}`,
    };
  }
  return { preset: fallback, source: 'default', error };
}

/** Reads the autosaved preset text, or null when there is none or storage is blocked. */
export function readAutosave(storage: Pick<Storage, 'getItem'>): string | null {
  try {
    return storage.getItem(AUTOSAVE_KEY);
  } catch {
    return null;
  }
}

/**
 * Stores `preset` as the autosave. Returns false when storage rejects it, e.g. over its quota
 * or in a private window; the graph on screen is unaffected.
 */
export function writeAutosave(storage: Pick<Storage, 'setItem'>, preset: Preset): boolean {
  try {
    storage.setItem(AUTOSAVE_KEY, serializePresetCompact(preset));
    return true;
  } catch {
    return false;
  }
}
