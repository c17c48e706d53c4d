import { useTranslation } from 'react-i18next';

/** Tells how many of a node's parameters only the inspector shows, or nothing when none. */
export function MoreParamsHint({ count }: { count: number }) {
  const { t } = useTranslation('inspector');
  if (count === 0) return null;
  return (
    <span className="gv-node__more" title={t('moreParams.tooltip')} data-testid="node-more-params">
      {t('moreParams.text', { count })}
    </span>
  );
}
