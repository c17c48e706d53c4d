import type { Preset } from './preset';

/** Error codes for a preset that could not be read from a file, a share link or a PNG. */
export type PresetErrorCode =
  // The preset text or file
  | 'preset-too-large'
  | 'invalid-json'
  | 'not-a-preset'
  | 'invalid-version'
  | 'unsupported-version'
  | 'invalid-field'
  | 'duplicate-node-id'
  | 'unknown-node-type'
  | 'unknown-parameter'
  | 'invalid-parameter'
  | 'connection-node-not-found'
  | 'connection-port-not-found'
  // Share links
  | 'not-a-share-link'
  | 'corrupt-share-link'
  | 'share-link-too-long'
  // PNG recipes
  | 'png-too-large'
  | 'not-a-png'
  | 'corrupt-png'
  | 'no-preset-in-png'
  | 'corrupt-png-preset';

/** A bad input, described in a full sentence that names the problem and how to fix it. */
export interface PresetError {
  code: PresetErrorCode;
  /** The message in English, as the command line prints it. */
  message: string;
  /** The same message in Russian, for the interface; English is shown where it is missing. */
  messageRu?: string;
}

/** The outcome of reading a preset: all of it, or one error and nothing else. */
export type PresetResult = { ok: true; preset: Preset } | { ok: false; error: PresetError };

export type Failure = { ok: false; error: PresetError };

export function failure(code: PresetErrorCode, message: string, messageRu?: string): Failure {
  return { ok: false, error: { code, message, ...(messageRu !== undefined && { messageRu }) } };
}
