import { formatShape, type NodeRole, type Shape } from '../../nodes';
import type { GraphConnection, GraphNode } from '../schema/preset';
import type { NodeAnalysis } from './analyze';
import { describeNode } from './analyze';
import { graphError, type Diagnostic } from './diagnostics';

/** How the discriminator's score is read: as a probability after a sigmoid, or as a logit. */
export type DiscriminatorOutputKind = 'probabilities' | 'logits';

export interface GanStructure {
  latentId: string;
  datasetId: string;
  generatorOutputId: string;
  discriminatorOutputId: string;
  latentSize: number;
  datasetName: string;
  imageShape: Shape;
  outputKind: DiscriminatorOutputKind;
  generatorParams: number;
  discriminatorParams: number;
}

const ROLE_NAMES: Record<Exclude<NodeRole, 'layer'>, string> = {
  'noise-source': 'Latent noise',
  'image-source': 'Image dataset',
  'generator-end': 'Generator output',
  'discriminator-end': 'Discriminator output',
};

const ROLE_NAMES_RU: Record<Exclude<NodeRole, 'layer'>, string> = {
  'noise-source': 'Латентный шум',
  'image-source': 'Набор изображений',
  'generator-end': 'Выход генератора',
  'discriminator-end': 'Выход дискриминатора',
};

/** Node types that change neither values' meaning nor range, looked through to find D's last activation. */
const PASS_THROUGH = new Set(['dropout', 'flatten', 'reshape']);

/**
 * Finds the two networks of the GAN: the generator from the latent noise to the generator
 * output, and the discriminator from the images to the discriminator output.
 */
export function findGanStructure(
  connections: readonly GraphConnection[],
  byId: Map<string, GraphNode>,
  nodes: Map<string, NodeAnalysis>,
): { gan: GanStructure | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const ends = {} as Record<Exclude<NodeRole, 'layer'>, string | undefined>;
  for (const [role, title] of Object.entries(ROLE_NAMES) as [Exclude<NodeRole, 'layer'>, string][]) {
    const ids = [...nodes].filter(([, a]) => a.nodeType?.role === role).map(([id]) => id);
    const titleRu = ROLE_NAMES_RU[role];
    if (ids.length === 0) {
      diagnostics.push(
        graphError(
          null,
          'missing-node',
          `The graph has no ${title} node: add one from the palette and connect it.`,
          `В графе нет узла «${titleRu}»: добавьте его из палитры и подключите.`,
        ),
      );
    }
    for (const extra of ids.slice(1)) {
      diagnostics.push(
        graphError(
          extra,
          'duplicate-node',
          `A GAN has one ${title} node: delete this one.`,
          `В GAN один узел «${titleRu}»: удалите этот.`,
        ),
      );
    }
    ends[role] = ids[0];
  }

  const latentId = ends['noise-source'];
  const datasetId = ends['image-source'];
  const generatorOutputId = ends['generator-end'];
  const discriminatorOutputId = ends['discriminator-end'];
  if (!latentId || !datasetId || !generatorOutputId || !discriminatorOutputId) return { gan: null, diagnostics };

  const name = (id: string) => describeNode(byId.get(id)!, nodes.get(id)!.nodeType);
  const nameRu = (id: string) => describeNode(byId.get(id)!, nodes.get(id)!.nodeType, 'ru');
  const error = (id: string, code: Diagnostic['code'], message: string, messageRu: string) =>
    diagnostics.push(graphError(id, code, message, messageRu));
  const generatorEnd = nodes.get(generatorOutputId)!;
  const discriminatorEnd = nodes.get(discriminatorOutputId)!;

  if (generatorEnd.network === 'discriminator') {
    error(
      generatorOutputId,
      'wrong-network',
      `${name(generatorOutputId)} is fed by images: connect it to the last layer of the chain that starts at Latent noise.`,
      `${nameRu(generatorOutputId)} получает изображения: подключите его к последнему слою цепочки, которая начинается с латентного шума.`,
    );
  }
  if (discriminatorEnd.network === 'generator') {
    error(
      discriminatorOutputId,
      'wrong-network',
      `${name(discriminatorOutputId)} is fed by noise: connect it to the last layer of the chain that starts at the images.`,
      `${nameRu(discriminatorOutputId)} получает шум: подключите его к последнему слою цепочки, которая начинается с изображений.`,
    );
  }

  const feedsDiscriminator = reachesFrom(discriminatorOutputId, connections);
  for (const id of [datasetId, generatorOutputId]) {
    if (!feedsDiscriminator.has(id)) {
      error(
        id,
        'missing-input',
        `The images of ${name(id)} do not reach ${name(discriminatorOutputId)}: connect them to the first layer of the discriminator.`,
        `Изображения из ${nameRu(id)} не доходят до ${nameRu(discriminatorOutputId)}: подключите их к первому слою дискриминатора.`,
      );
    }
  }

  const imageShape = nodes.get(datasetId)!.outputShape;
  const fakeShape = generatorEnd.outputShape;
  if (imageShape && fakeShape && formatShape(imageShape) !== formatShape(fakeShape)) {
    error(
      generatorOutputId,
      'image-shape-mismatch',
      `The generator makes ${formatShape(fakeShape)} images but the dataset's images are ${formatShape(imageShape)}: ` +
        `change the generator's layers so that it ends in ${formatShape(imageShape)}.`,
      `Генератор делает изображения ${formatShape(fakeShape)}, а изображения набора данных — ${formatShape(imageShape)}: ` +
        `измените слои генератора, чтобы он заканчивался формой ${formatShape(imageShape)}.`,
    );
  }

  const outputKind = findOutputKind(discriminatorOutputId, connections, nodes, (message, messageRu) =>
    error(discriminatorOutputId, 'bad-discriminator-end', message, messageRu),
  );

  const feedsGenerator = reachesFrom(generatorOutputId, connections);
  const countParams = (used: Set<string>, network: string) =>
    [...nodes]
      .filter(([id, a]) => used.has(id) && a.network === network)
      .reduce((sum, [, a]) => sum + (a.paramCount ? a.paramCount.trainable + a.paramCount.nonTrainable : 0), 0);

  for (const [id, analysis] of nodes) {
    if (analysis.nodeType?.role !== 'layer' || feedsGenerator.has(id) || feedsDiscriminator.has(id)) continue;
    markUnused(id, analysis, name(id), nameRu(id));
  }

  if (!imageShape || !fakeShape || outputKind === null) return { gan: null, diagnostics };
  return {
    gan: {
      latentId,
      datasetId,
      generatorOutputId,
      discriminatorOutputId,
      latentSize: nodes.get(latentId)!.params.size as number,
      datasetName: nodes.get(datasetId)!.params.dataset as string,
      imageShape,
      outputKind,
      generatorParams: countParams(feedsGenerator, 'generator'),
      discriminatorParams: countParams(feedsDiscriminator, 'discriminator'),
    },
    diagnostics,
  };
}

/**
 * Returns the ids of every node with a path to `targetId`, the target included. The walk back
 * does not go past the nodes in `stopAt`, which are included when reached.
 */
export function reachesFrom(
  targetId: string,
  connections: readonly GraphConnection[],
  stopAt: readonly string[] = [],
): Set<string> {
  const reached = new Set([targetId]);
  const pending = [targetId];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (stopAt.includes(id)) continue;
    for (const c of connections) {
      if (c.target === id && !reached.has(c.source)) {
        reached.add(c.source);
        pending.push(c.source);
      }
    }
  }
  return reached;
}

function findOutputKind(
  discriminatorOutputId: string,
  connections: readonly GraphConnection[],
  nodes: Map<string, NodeAnalysis>,
  report: (message: string, messageRu: string) => void,
): DiscriminatorOutputKind | null {
  let id = connections.find((c) => c.target === discriminatorOutputId)?.source;
  while (id !== undefined && PASS_THROUGH.has(nodes.get(id)?.nodeType?.type ?? '')) {
    const current = id;
    id = connections.find((c) => c.target === current)?.source;
  }
  const last = id === undefined ? undefined : nodes.get(id);
  if (!last?.nodeType) return null;
  if (last.nodeType.type !== 'activation') return 'logits';
  const fn = last.params.activation;
  if (fn === 'sigmoid') return 'probabilities';
  if (fn === 'linear') return 'logits';
  report(
    `The discriminator ends in ${fn}, which is not a score: end it with a Sigmoid activation ` +
      '(probabilities) or with Dense(1) and no activation (logits).',
    `Дискриминатор заканчивается на ${fn}, а это не оценка: закончите его активацией Sigmoid ` +
      '(вероятности) или слоем Dense(1) без активации (логиты).',
  );
  return null;
}

/**
 * Turns the errors of a layer that leads to no output into warnings, since it is in neither
 * network and cannot stop training, and says so when it has no other diagnostic.
 */
function markUnused(id: string, analysis: NodeAnalysis, name: string, nameRu: string): void {
  for (const diagnostic of analysis.diagnostics) diagnostic.severity = 'warning';
  if (analysis.diagnostics.length > 0) return;
  analysis.diagnostics.push({
    nodeId: id,
    code: 'unused-node',
    severity: 'warning',
    message: `${name} does not lead to an output node, so it is not part of either network.`,
    messageRu: `${nameRu} не ведёт к выходному узлу, поэтому не входит ни в одну из сетей.`,
  });
}
