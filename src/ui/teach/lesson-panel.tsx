import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphAnalysis } from '../../graph/analyze';
import type { Graph, Preset } from '../../schema/preset';
import { advanceLesson, type Lesson, type LocalText } from '../../teach/lesson-types';
import { LESSONS } from '../../teach/lessons';
import type { GanvasEditor } from '../editor/create-editor';

interface LessonPanelProps {
  editor: GanvasEditor | null;
  analysis: GraphAnalysis;
  /** The graph the latest training started with, and the step it reached. */
  run: { graph: Graph; steps: number } | null;
  savedRuns: number;
  /** Opens a lesson's start preset in the editor; resolves with false when it was refused. */
  openPreset(preset: Preset): Promise<boolean>;
  onClose(): void;
}

/** Lists the lessons, opens one, and ticks its steps off as the graph and training show them done. */
export function LessonPanel({ editor, analysis, run, savedRuns, openPreset, onClose }: LessonPanelProps) {
  const { t, i18n } = useTranslation('teach');
  const [lesson, setLesson] = useState<Lesson | null>(null);
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const local = (text: LocalText) => (i18n.resolvedLanguage === 'ru' ? text.ru : text.en);

  useEffect(() => {
    if (!lesson || !editor) return;
    const context = { graph: editor.exportGraph(), analysis, run, savedRuns };
    setDone((previous) => {
      const next = advanceLesson(lesson, previous, context);
      return next.size === previous.size ? previous : next;
    });
  }, [lesson, editor, analysis, run, savedRuns]);

  const start = async (chosen: Lesson) => {
    const hasGraph = (editor?.editor.getNodes().length ?? 0) > 0;
    if (hasGraph && !window.confirm(t('lessons.replaceConfirm'))) return;
    if (!(await openPreset(chosen.start))) return;
    setDone(new Set());
    setLesson(chosen);
  };

  return (
    <section className="gv-teach-panel" aria-label={t('lessons.title')} data-testid="lesson-panel">
      <header className="gv-teach-panel__header">
        <h2>{lesson ? local(lesson.title) : t('lessons.title')}</h2>
        <button type="button" className="gv-button" onClick={onClose} title={t('close.tooltip')}>
          {t('close.label')}
        </button>
      </header>
      {lesson ? (
        <LessonSteps lesson={lesson} done={done} local={local} onBack={() => setLesson(null)} />
      ) : (
        <ul className="gv-lessons">
          {LESSONS.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="gv-lessons__entry"
                data-testid={`lesson-${item.id}`}
                title={t('lessons.startTooltip')}
                onClick={() => void start(item)}
              >
                <strong>{local(item.title)}</strong>
                <span>{local(item.summary)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface LessonStepsProps {
  lesson: Lesson;
  done: ReadonlySet<string>;
  local(text: LocalText): string;
  onBack(): void;
}

function LessonSteps({ lesson, done, local, onBack }: LessonStepsProps) {
  const { t } = useTranslation('teach');
  const count = lesson.steps.filter((step) => done.has(step.id)).length;
  const current = lesson.steps.find((step) => !done.has(step.id));
  return (
    <>
      <p className="gv-teach-panel__progress" data-testid="lesson-progress">
        {count === lesson.steps.length
          ? t('lessons.finished')
          : t('lessons.progress', { done: count, total: lesson.steps.length })}
      </p>
      <progress max={lesson.steps.length} value={count} aria-label={t('lessons.progressLabel')} />
      <ol className="gv-lesson-steps">
        {lesson.steps.map((step) => {
          let state: 'done' | 'current' | 'todo' = 'todo';
          if (done.has(step.id)) state = 'done';
          else if (step === current) state = 'current';
          return (
            <li
              key={step.id}
              className={`gv-lesson-steps__item is-${state}`}
              data-testid={`lesson-step-${step.id}`}
              data-state={state}
            >
              <span className="gv-visually-hidden">{t(`lessons.state.${state}`)}</span>
              {local(step.text)}
            </li>
          );
        })}
      </ol>
      <button type="button" className="gv-button" onClick={onBack} title={t('lessons.backTooltip')}>
        {t('lessons.back')}
      </button>
    </>
  );
}
