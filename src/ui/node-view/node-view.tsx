import type { PointerEvent as ReactPointerEvent, SyntheticEvent } from 'react';
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
import { SampleGridView } from './sample-grid-view';

/** Stores and callbacks that node views use outside their own node. */
export interface NodeViewContext {
  analysis: Store<GraphAnalysis>;
  training: Store<TrainingSnapshot>;
  /**
   * Called after a parameter of `node` changed, with the params before the change, so the graph
   * is analyzed again and the edit can be undone.
   */
  onParamsChange(node: GanvasNode, previous: Record<string, unknown>): void;
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
        <NodeExtras nodeType={nodeType} training={context.training} />
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

/** Renders an editor for each parameter and stores every change on the node. */
function ParamList({ node, nodeType, language, onChange }: ParamListProps) {
  const texts = localizeNodeType(nodeType, language).params;
  const valueOf = (name: string) => (name in node.params ? node.params[name] : nodeType.params[name].default);
  const specs = Object.entries(nodeType.params).filter(
    ([, spec]) => !spec.shownWhen || valueOf(spec.shownWhen.param) === spec.shownWhen.equals,
  );
  if (specs.length === 0) return null;
  return (
    <div
      className="gv-node__params"
      onPointerDown={stopPropagation}
      onDoubleClick={stopPropagation}
    >
      {specs.map(([name, spec]) => {
        // A missing parameter takes its default, as in the analyzer.
        const value = valueOf(name);
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
    </div>
  );
}

/** Keeps pointer events inside parameter editors from starting a node drag or a zoom. */
function stopPropagation(event: ReactPointerEvent | SyntheticEvent): void {
  event.stopPropagation();
}

interface NodeExtrasProps {
  nodeType: NodeType | null;
  training: Store<TrainingSnapshot>;
}

/** Shows the samples on the generator's end and the metrics on the discriminator's end. */
function NodeExtras({ nodeType, training }: NodeExtrasProps) {
  if (nodeType?.role === 'generator-end') return <SampleGridView training={training} />;
  if (nodeType?.role === 'discriminator-end') return <DiscriminatorMetrics training={training} />;
  return null;
}
