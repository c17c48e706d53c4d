import LZString from 'lz-string';
import type { Preset } from '../schema/preset';
import { failure, type Failure, type PresetResult } from '../schema/preset-error';
import { parsePreset, serializePresetCompact } from './preset-file';

/** Prefix of the URL fragment of a share link, followed by the compressed preset. */
export const SHARE_FRAGMENT_PREFIX = '#preset=';

/**
 * Maximum length of a share link in characters, whole URL included. Chromium drops URLs over 2 MiB
 * (`kMaxURLChars` in url/url_constants.h) and Firefox rejects them over 1 MiB by default
 * (the `network.standard-url.max-length` preference), so 65,536 opens in both with a wide
 * margin. NOTE: WebKit's limit was not looked up; it is only known to be above this in practice.
 */
export const MAX_SHARE_URL_LENGTH = 65_536;

export type ShareLinkResult = { ok: true; url: string } | Failure;

const format = (n: number) => new Intl.NumberFormat('en-US').format(n);

/**
 * Encodes a preset as a URL fragment: `#preset=` followed by its compact JSON compressed with
 * lz-string's compressToEncodedURIComponent, whose alphabet needs no escaping in a URL.
 */
export function encodeShareFragment(preset: Preset): string {
  return SHARE_FRAGMENT_PREFIX + LZString.compressToEncodedURIComponent(serializePresetCompact(preset));
}

/**
 * Builds the share link for a preset: `baseUrl` without its fragment, followed by the preset's
 * fragment. A link over MAX_SHARE_URL_LENGTH gives an error that suggests a file instead.
 */
export function shareLinkFor(baseUrl: string, preset: Preset): ShareLinkResult {
  const url = baseUrl.split('#')[0] + encodeShareFragment(preset);
  if (url.length > MAX_SHARE_URL_LENGTH) {
    return failure(
      'share-link-too-long',
      `The share link for this preset would be ${format(url.length)} characters, but Ganvas ` +
        `makes links of up to ${format(MAX_SHARE_URL_LENGTH)} so that every browser opens them: ` +
        'save the preset as a file and share the file instead.',
      `Ссылка на этот пресет заняла бы ${format(url.length)} символов, а Ganvas делает ссылки ` +
        `длиной до ${format(MAX_SHARE_URL_LENGTH)}, чтобы их открывал любой браузер: ` +
        'сохраните пресет в файл и поделитесь файлом.',
    );
  }
  return { ok: true, url };
}

/**
 * Decodes the fragment of a share link (`location.hash`, with or without its `#`) into a
 * preset, with the same checks and errors as parsePreset. Never throws for bad input.
 */
export function decodeShareFragment(hash: string): PresetResult {
  const prefix = SHARE_FRAGMENT_PREFIX.slice(1);
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(prefix)) {
    return failure(
      'not-a-share-link',
      `This link carries no preset: a Ganvas share link ends in "${SHARE_FRAGMENT_PREFIX}" ` +
        'followed by the preset. Copy the whole link again.',
      `В этой ссылке нет пресета: ссылка Ganvas заканчивается на "${SHARE_FRAGMENT_PREFIX}" ` +
        'и данными пресета. Скопируйте ссылку целиком ещё раз.',
    );
  }
  // Ganvas makes no longer links, and the cap bounds the work of decompressing. NOTE:
  // lz-string has no output limit, so crafted data under the cap can still decompress to
  // far more than the 1 MiB that parsePreset then rejects.
  if (fragment.length + 1 > MAX_SHARE_URL_LENGTH) {
    return failure(
      'share-link-too-long',
      `This share link is over ${format(MAX_SHARE_URL_LENGTH)} characters, longer than any ` +
        'link Ganvas makes: ask for the preset as a file instead.',
      `Эта ссылка длиннее ${format(MAX_SHARE_URL_LENGTH)} символов — длиннее любой ссылки, ` +
        'которую делает Ganvas: попросите пресет файлом.',
    );
  }

  const json = decompress(fragment.slice(prefix.length));
  const result = json === null ? null : parsePreset(json);
  if (result === null || (!result.ok && result.error.code === 'invalid-json')) {
    return failure(
      'corrupt-share-link',
      'This share link is damaged: its preset data could not be decompressed. ' +
        'Copy the whole link again, because a link cut short cannot be read.',
      'Эта ссылка повреждена: данные пресета не удалось распаковать. Скопируйте ссылку ' +
        'целиком ещё раз, потому что обрезанную ссылку прочитать нельзя.',
    );
  }
  return result;
}

/** Decompresses the preset data of a fragment, or returns null when it is not lz-string data. */
function decompress(data: string): string | null {
  try {
    // Undoes percent-encoding of `+` and `$` from lz-string's alphabet, should a tool add it.
    const unescaped = data.includes('%') ? decodeURIComponent(data) : data;
    const json = LZString.decompressFromEncodedURIComponent(unescaped);
    return json ? json : null;
  } catch {
    return null;
  }
}
