import { useTranslation } from 'react-i18next';
import type { GanvasEditor } from './create-editor';

/** A canvas button that arranges the generator and the discriminator left to right. */
export function ArrangeButton({ editor }: { editor: GanvasEditor | null }) {
  const { t } = useTranslation('layout');
  return (
    <button
      type="button"
      className="gv-button gv-arrange"
      disabled={!editor}
      onClick={() => void editor?.arrange()}
      title={t('arrange.tooltip')}
      data-testid="arrange"
    >
      {t('arrange.label')}
    </button>
  );
}
