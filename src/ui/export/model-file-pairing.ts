import type { ModelPair, NetworkName } from '../../train/model-transfer';

/** A file that the user chose, read into memory. */
export interface ChosenFile {
  name: string;
  bytes: ArrayBuffer;
}

/** The reason the chosen files do not make a pair of models, in English and in Russian. */
export interface PairingProblem {
  message: string;
  messageRu: string;
}

export type PairingResult = { ok: true; pair: ModelPair } | ({ ok: false } & PairingProblem);

const NETWORK_NAMES_RU: Record<NetworkName, string> = {
  generator: 'генератора',
  discriminator: 'дискриминатора',
};

const NETWORKS: readonly NetworkName[] = ['generator', 'discriminator'];

/**
 * Finds the generator's and the discriminator's model.json among the chosen files, and for each
 * the weights file that its manifest names. A model.json belongs to the network named in its
 * topology (Ganvas names its models `generator` and `discriminator`), or else to the network
 * that starts its file name.
 */
export function pairModelFiles(files: readonly ChosenFile[]): PairingResult {
  const found: Partial<ModelPair> = {};
  for (const file of files.filter((f) => f.name.toLowerCase().endsWith('.json'))) {
    const read = readModelJson(file);
    if ('message' in read) return { ok: false, ...read };
    const network = read.network ?? NETWORKS.find((n) => file.name.toLowerCase().startsWith(n));
    if (!network) {
      return {
        ok: false,
        message: `${file.name} is neither a generator nor a discriminator: its model is named "${read.modelName}".`,
        messageRu: `${file.name} — не генератор и не дискриминатор: его модель называется "${read.modelName}".`,
      };
    }
    if (found[network]) {
      return {
        ok: false,
        message: `More than one ${network} model.json was chosen.`,
        messageRu: `Выбрано больше одного model.json ${NETWORK_NAMES_RU[network]}.`,
      };
    }

    // The CLI writes generator/weights.bin and discriminator/weights.bin, which a file input
    // gives under one name, so the size that the manifest implies picks between them.
    const named = files.filter((f) => f.name === read.weightsPath);
    const weights = named.length > 1 ? named.find((f) => f.bytes.byteLength === read.weightsBytes) : named[0];
    if (named.length > 1 && !weights) {
      return {
        ok: false,
        message:
          `More than one chosen file is named "${read.weightsPath}", and none has the ` +
          `${read.weightsBytes} bytes that ${file.name} expects.`,
        messageRu:
          `Выбрано несколько файлов с именем "${read.weightsPath}", и ни в одном нет ` +
          `${read.weightsBytes} байт, которых ждёт ${file.name}.`,
      };
    }
    if (!weights) {
      return {
        ok: false,
        message:
          `${file.name} names the weights file "${read.weightsPath}", which is not among the ` +
          'chosen files: choose it too, under that name.',
        messageRu:
          `${file.name} ссылается на файл весов "${read.weightsPath}", которого нет среди ` +
          'выбранных файлов: выберите и его, под этим именем.',
      };
    }
    found[network] = { modelJson: read.text, weights: weights.bytes, weightsFileName: read.weightsPath };
  }

  const missing = NETWORKS.filter((network) => !found[network]);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `Choose the model.json and weights file of both networks: the ${missing.join(' and ')} is missing.`,
      messageRu: `Выберите model.json и файл весов обеих сетей: не хватает ${missing.map((n) => NETWORK_NAMES_RU[n]).join(' и ')}.`,
    };
  }
  return { ok: true, pair: found as ModelPair };
}

interface ModelJsonInfo {
  text: string;
  modelName: string;
  network: NetworkName | undefined;
  weightsPath: string;
  /** Size of the weights file that the manifest's weight specs imply, in bytes. */
  weightsBytes: number;
}

/** Bytes per value of each dtype that a weights manifest can name. */
const DTYPE_BYTES: Record<string, number> = {
  float32: 4,
  int32: 4,
  bool: 1,
  uint8: 1,
  uint16: 2,
  float16: 2,
};

interface WeightSpec {
  shape?: number[];
  dtype?: string;
  quantization?: { dtype?: string };
}

function weightsByteLength(specs: readonly WeightSpec[]): number {
  let total = 0;
  for (const spec of specs) {
    const count = (spec.shape ?? []).reduce((product, size) => product * size, 1);
    total += count * (DTYPE_BYTES[spec.quantization?.dtype ?? spec.dtype ?? 'float32'] ?? 4);
  }
  return total;
}

/** Reads the parts of a model.json that pairing needs, or returns a message saying what is invalid. */
function readModelJson(file: ChosenFile): ModelJsonInfo | PairingProblem {
  const text = new TextDecoder().decode(file.bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      message: `${file.name} is not valid JSON.`,
      messageRu: `${file.name} — некорректный JSON.`,
    };
  }
  const { modelTopology, weightsManifest } = (json ?? {}) as Partial<{
    modelTopology: { config?: { name?: unknown } };
    weightsManifest: { paths?: unknown; weights?: WeightSpec[] }[];
  }>;
  const paths = Array.isArray(weightsManifest) ? weightsManifest.flatMap((g) => g.paths ?? []) : [];
  if (!modelTopology || paths.length !== 1 || typeof paths[0] !== 'string') {
    return {
      message:
        `${file.name} is not a TensorFlow.js layers model with one weights file: ` +
        'expected a modelTopology and a weightsManifest that names one path.',
      messageRu:
        `${file.name} — не модель слоёв TensorFlow.js с одним файлом весов: ` +
        'ожидались modelTopology и weightsManifest с одним путём.',
    };
  }
  const modelName = String(modelTopology.config?.name ?? '');
  const network = NETWORKS.find((n) => n === modelName);
  const weightsBytes = weightsByteLength(weightsManifest!.flatMap((g) => g.weights ?? []));
  return { text, modelName, network, weightsPath: paths[0], weightsBytes };
}

/** Turns a preset name into a Python file name, such as `dcgan_mnist.py` for "DCGAN MNIST". */
export function scriptFileName(presetName: string): string {
  const stem = presetName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `${stem || 'ganvas_model'}.py`;
}

