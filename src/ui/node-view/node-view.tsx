import type { RenderEmit } from 'rete-react-plugin';
import { explainOutputShape, localizeNodeType, type Language, type NodeType } from '../../../nodes';
import { checkParam } from '../../../nodes/validate-params';
import type { GraphAnalysis, NodeAnalysis } from '../../graph/analyze';
import { useLanguage } from '../i18n/use-language';
import type { GanvasNode, Schemes } from '../editor/ganvas-node';
import { useStoreSelector, type Store } from '../store/external-store';
import type { TrainingSnapshot } from '../store/training-store';
import { DiscriminatorMetrics } from './discriminator-metrics';
import { NodeFacts, PortRows } from './node-parts';
import { DiagnosticList, StatusBadge } from './node-status';
import { ParamField } from './param-field';
import { MoreParamsHint } from '../inspector/more-params-hint';
import { SampleGridView } from './sample-grid-view';
import { stopPropagation } from './stop-propagation';
import { visibleParams } from './visible-params';
import { ActivationExplorer } from '../insight/activation-explorer';
import { LatentWalk } from '../insight/latent-walk-view';
import { TrainingWarnings } from '../insight/training-warnings-view';
import type { SampleGrid } from '../../train/protocol';

/** Stores and callbacks that node views use outside their own node. */
export interface NodeViewContext {
  analysis: Store<GraphAnalysis>;
  training: Store<TrainingSnapshot>;
  /**
   * Called after a parameter of `node` changed, with the params before the change, so the graph
   * is analyzed again and the edit can be undone.
   */
  onParamsChange(node: GanvasNode, previous: Record<string, unknown>): void;
  /** Generates images along the latent walk from the trained generator, null before training. */
  walkLatent(t: number): Promise<SampleGrid | null>;
}

interface NodeViewProps {
  data: GanvasNode;
  emit: RenderEmit<Schemes>;
}

/**
 * Creates the React component that draws every node, for rete-react-plugin's classic preset.
 * Each node subscribes to the analysis and training stores itself, so an edit re-renders only
 * node views and not the editor.
 */
export function createNodeView(context: NodeViewContext) {
  return function NodeView({ data: node, emit }: NodeViewProps) {
    const analysis = useStoreSelector(context.analysis, (a) => a.nodes.get(node.id));
    const state = useStoreSelector(context.training, (t) => t.state);
    const nodeType = analysis?.nodeType ?? null;
    const diagnostics = analysis?.diagnostics ?? [];
    const hasError = diagnostics.some((d) => d.severity === 'error');
    const language = useLanguage();
    const title = node.customLabel ?? (nodeType ? localizeNodeType(nodeType, language).title : node.label);
    const classes = [
      'gv-node',
      `gv-node--${nodeType?.category ?? 'unknown'}`,
      node.selected ? 'is-selected' : '',
      hasError ? 'has-error' : '',
    ];

    return (
      <div
        className={classes.join(' ')}
        style={{ width: node.width }}
        data-testid={`node-${node.id}`}
        data-node-type={node.typeName}
      >
        <header className="gv-node__header" title={headerTooltip(analysis, language)}>
          <span className="gv-node__title">{title}</span>
          <StatusBadge network={analysis?.network ?? null} state={state} />
        </header>
        <PortRows node={node} emit={emit} />
        {nodeType && (
          <ParamList
            node={node}
            nodeType={nodeType}
            language={language}
            onChange={(previous) => context.onParamsChange(node, previous)}
          />
        )}
        <NodeFacts analysis={analysis} />
        <DiagnosticList diagnostics={diagnostics} />
        <NodeExtras node={node} nodeType={nodeType} context={context} />
      </div>
    );
  };
}

/**
 * Writes the tooltip of a node's title: the summary of its type and, once the shape is known,
 * how the output size follows from the input and the parameters.
 */
function headerTooltip(analysis: NodeAnalysis | undefined, language: Language): string | undefined {
  const nodeType = analysis?.nodeType;
  if (!nodeType) return undefined;
  const summary = localizeNodeType(nodeType, language).summary;
  if (!analysis.outputShape) return summary;
  const formula = explainOutputShape(nodeType, analysis.inputShape, analysis.params, language);
  return formula ? [summary, '', ...formula].join('\n') : summary;
}

interface ParamListProps {
  node: GanvasNode;
  nodeType: NodeType;
  language: Language;
  onChange(previous: Record<string, unknown>): void;
}

/**
 * Renders an editor for each key parameter, and a count of the others that the inspector
 * shows, and stores every change on the node.
 */
function ParamList({ node, nodeType, language, onChange }: ParamListProps) {
  const texts = localizeNodeType(nodeType, language).params;
  const visible = visibleParams(nodeType, node.params);
  const shown = nodeType.keyParams
    ? visible.filter(({ name }) => nodeType.keyParams!.includes(name))
    : visible;
  if (visible.length === 0) return null;
  return (
    <div
      className="gv-node__params"
      onPointerDown={stopPropagation}
      onDoubleClick={stopPropagation}
    >
      {shown.map(({ name, spec, value }) => {
        return (
          <ParamField
            key={name}
            name={name}
            spec={spec}
            label={texts[name].label}
            doc={texts[name].doc}
            value={value}
            invalid={checkParam(name, spec, value) !== null}
            onChange={(next) => {
              const previous = node.params;
              node.params = { ...node.params, [name]: next };
              onChange(previous);
            }}
          />
        );
      })}
      <MoreParamsHint count={visible.length - shown.length} />
    </div>
  );
}

interface NodeExtrasProps {
  node: GanvasNode;
  nodeType: NodeType | null;
  context: NodeViewContext;
}

/**
 * Shows the samples, the latent walk and the generator's warnings on the generator's end, the
 * metrics and the discriminator's warning on the discriminator's end, and the explorer on
 * Activation nodes.
 */
function NodeExtras({ node, nodeType, context }: NodeExtrasProps) {
  const { training } = context;
  if (nodeType?.role === 'generator-end') {
    return (
      <>
        <SampleGridView training={training} />
        <TrainingWarnings training={training} codes={['modeCollapse', 'noLearning']} />
        <LatentWalk training={training} walkLatent={context.walkLatent} />
      </>
    );
  }
  if (nodeType?.role === 'discriminator-end') {
    return (
      <>
        <DiscriminatorMetrics training={training} />
        <TrainingWarnings training={training} codes={['discriminatorWinning']} />
      </>
    );
  }
  if (nodeType?.type === 'activation') {
    return (
      <ActivationExplorer
        nodeId={node.id}
        activation={node.params.activation ?? 'relu'}
        slope={node.params.alpha}
        training={training}
      />
    );
  }
  return null;
}
