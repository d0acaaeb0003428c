import { useTranslation } from 'react-i18next';
import type { StepKind } from '../workspace/undo-history';

export type UndoCommands = {
  /** what undo would take back, or null when there is nothing */
  undoStep: StepKind | null;
  redoStep: StepKind | null;
  onUndo: () => void;
  onRedo: () => void;
};

/** ↶ / ↷ for changes to the estimate; each says in its tooltip (its accessible description) what it would undo. */
export function UndoButtons({ undoStep, redoStep, onUndo, onRedo }: UndoCommands) {
  const { t } = useTranslation();
  const undoName =
    undoStep === null ? t('topbar.nothingToUndo') : t('topbar.undoStep', { step: t(`steps.${undoStep}`) });
  const redoName =
    redoStep === null ? t('topbar.nothingToRedo') : t('topbar.redoStep', { step: t(`steps.${redoStep}`) });
  return (
    <div className="topbar__history" role="group" aria-label={t('topbar.history')}>
      <button
        type="button"
        className="button button--icon"
        onClick={onUndo}
        disabled={undoStep === null}
        title={undoName}
      >
        <span aria-hidden="true">↶</span>
        <span className="visually-hidden">{t('topbar.undo')}</span>
      </button>
      <button
        type="button"
        className="button button--icon"
        onClick={onRedo}
        disabled={redoStep === null}
        title={redoName}
      >
        <span aria-hidden="true">↷</span>
        <span className="visually-hidden">{t('topbar.redo')}</span>
      </button>
    </div>
  );
}
