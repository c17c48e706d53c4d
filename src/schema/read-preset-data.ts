import { checkGraphReferences } from './check-graph-references';
import { describeSchemaIssues } from './describe-issues';
import { describeValue } from './describe-value';
import { migrateToCurrent } from './migrations';
import { PRESET_FORMAT, PRESET_VERSION, presetSchema } from './preset';
import { failure, type Failure, type PresetResult } from './preset-error';

/**
 * Reads parsed JSON as a preset of any version this build reads: checks that it is a preset
 * and its version first, migrates it forward one version at a time, then validates the whole
 * preset and the nodes, parameters and ports it refers to. Never throws for bad data.
 */
export function readPresetData(data: unknown): PresetResult {
  const header = checkHeader(data);
  if ('error' in header) return header;

  const migrated = migrateToCurrent(data, header.version);
  if (!migrated.ok) {
    return failure(
      'invalid-field',
      describeSchemaIssues(migrated.issues, migrated.data),
      describeSchemaIssues(migrated.issues, migrated.data, 'ru'),
    );
  }

  const parsed = presetSchema.safeParse(migrated.data, { reportInput: true });
  if (!parsed.success) {
    return failure(
      'invalid-field',
      describeSchemaIssues(parsed.error.issues, migrated.data),
      describeSchemaIssues(parsed.error.issues, migrated.data, 'ru'),
    );
  }

  const referenceError = checkGraphReferences(parsed.data);
  if (referenceError) return referenceError;
  return { ok: true, preset: parsed.data };
}

/** Checks the `format` and `version` fields, the only ones every version shares. */
function checkHeader(data: unknown): { version: number } | Failure {
  const notAPreset = (reason: string, reasonRu: string) =>
    failure(
      'not-a-preset',
      `This is not a Ganvas preset: ${reason}, but a preset is a JSON object with ` +
        `"format": "${PRESET_FORMAT}". Open a preset file saved by Ganvas.`,
      `Это не пресет Ganvas: ${reasonRu}, а пресет — это JSON-объект с ` +
        `"format": "${PRESET_FORMAT}". Откройте файл пресета, сохранённый Ganvas.`,
    );
  if (Array.isArray(data)) return notAPreset('it is a JSON array', 'это JSON-массив');
  if (data === null || typeof data !== 'object') {
    return notAPreset(
      `it is the JSON value ${describeValue(data)}`,
      `это JSON-значение ${describeValue(data)}`,
    );
  }

  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format === undefined) {
    return notAPreset('its JSON object has no "format" field', 'в его JSON-объекте нет поля "format"');
  }
  if (format !== PRESET_FORMAT) {
    return notAPreset(
      `its "format" is ${describeValue(format)}`,
      `его "format" равен ${describeValue(format)}`,
    );
  }

  if (version === undefined) {
    return failure(
      'invalid-version',
      `This preset has no "version" field: add the version it was saved in ` +
        `(this Ganvas writes "version": ${PRESET_VERSION}).`,
      `В этом пресете нет поля "version": добавьте версию, в которой он сохранён ` +
        `(этот Ganvas пишет "version": ${PRESET_VERSION}).`,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure(
      'invalid-version',
      `This preset's version must be a whole number from 1 to ${PRESET_VERSION}, ` +
        `got ${describeValue(version)}: write it as a number, such as "version": ${PRESET_VERSION}.`,
      `Версия пресета должна быть целым числом от 1 до ${PRESET_VERSION}, ` +
        `получено ${describeValue(version)}: запишите её числом, например "version": ${PRESET_VERSION}.`,
    );
  }
  if (version > PRESET_VERSION) {
    return failure(
      'unsupported-version',
      `This preset is version ${version}, but this Ganvas reads versions up to ` +
        `${PRESET_VERSION}: update Ganvas to open it.`,
      `Это пресет версии ${version}, а этот Ganvas читает версии до ` +
        `${PRESET_VERSION}: обновите Ganvas, чтобы его открыть.`,
    );
  }
  return { version };
}
