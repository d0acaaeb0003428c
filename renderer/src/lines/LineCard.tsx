import { memo, useCallback, useEffect, useId, useRef, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineResult } from '../../../engine/estimate/types';
import type { LineItem } from '../../../engine/scenario';
import { formatMessage } from '../../../engine/trace';
import { useLineDraft } from '../fields/use-line-draft';
import type { WorkspaceAction } from '../workspace/workspace-state';
import { EbsEditor } from './editors/EbsEditor';
import { Ec2Editor } from './editors/Ec2Editor';
import { LambdaEditor } from './editors/LambdaEditor';
import { S3Editor } from './editors/S3Editor';
import { TransferEditor } from './editors/TransferEditor';
import { useLineDisplay } from './line-display';
import { LineCost } from './LineCost';
import { lineTitle } from './line-title';
import './lines.css';
import { TracePanel } from './TracePanel';
import { useLanguage } from '../i18n/use-language';

type LineCardProps = {
  item: LineItem;
  result: LineResult | undefined;
  hoursPerMonth: number;
  dispatch: Dispatch<WorkspaceAction>;
  /** a line added in this session opens with its editor; the lines of an opened estimate start as summaries */
  initiallyExpanded?: boolean;
  /** a line just added (or duplicated) here: brought into view with its first field focused */
  focusOnMount?: boolean;
  /** the list's last "open all" / "close all" (`seq` changes with each press) */
  allEditors?: EditorsCommand;
};

export type EditorsCommand = { open: boolean; seq: number };
const NO_COMMAND: EditorsCommand = { open: false, seq: 0 };

/**
 * One line item: its cost, badges, the engine's calculation on request, and its editor on request (like the AWS
 * Pricing Calculator's rows: a long estimate reads as a list of costs, not a wall of forms). Once opened, the
 * editor stays mounted while closed, so nothing typed in it is lost.
 */
export const LineCard = memo(function LineCard({
  item,
  result,
  hoursPerMonth,
  dispatch,
  initiallyExpanded = false,
  allEditors = NO_COMMAND,
  focusOnMount = false,
}: LineCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const display = useLineDisplay();
  const groupName = display.groups.find((g) => g.id === item.group)?.name;
  const [showTrace, setShowTrace] = useState(false);
  const [expanded, setExpanded] = useState(initiallyExpanded);
  const [editorMounted, setEditorMounted] = useState(initiallyExpanded);
  const [commandSeen, setCommandSeen] = useState(allEditors.seq);
  if (commandSeen !== allEditors.seq) {
    setCommandSeen(allEditors.seq);
    setExpanded(allEditors.open);
    if (allEditors.open) setEditorMounted(true);
  }
  const titleId = useId();
  const traceId = useId();
  const bodyId = useId();
  const article = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focusOnMount) return;
    article.current?.scrollIntoView?.({ block: 'nearest' });
    article.current?.querySelector<HTMLElement>('.line-card__body input, .line-card__body select')?.focus();
  }, [focusOnMount]);
  const onCommit = useCallback((next: LineItem) => dispatch({ type: 'updateLine', item: next }), [dispatch]);
  const onValidity = useCallback(
    (id: string, invalid: boolean) => dispatch({ type: 'markInvalid', id, invalid }),
    [dispatch],
  );
  const draft = useLineDraft(item, onCommit, onValidity, hoursPerMonth);
  const title = lineTitle(item, t);
  const unpriced = result?.status === 'unpriced';

  return (
    <article
      ref={article}
      className={`line-card line-card--${item.service}${unpriced ? ' line-card--unpriced' : ''}${draft.invalid ? ' line-card--invalid' : ''}`}
      aria-labelledby={titleId}
      data-line-id={item.id}
    >
      <header className="line-card__header">
        <div className="line-card__heading">
          <h4 className="line-card__title" id={titleId}>
            <span className={`service-badge service-badge--${item.service}`}>
              {t(`services.${item.service}`)}
            </span>
            <span className="line-card__name">{title}</span>
          </h4>
          {groupName !== undefined && (
            <span className="line-card__group" data-testid="line-group">
              {t('lines.inGroup', { name: groupName })}
            </span>
          )}
        </div>
        <div className="line-card__cost" aria-live="off">
          {result?.status === 'priced' && (
            <LineCost costs={result.costs} krwPerUsd={display.krwPerUsd} vat={display.vat} />
          )}
          {result?.status === 'unpriced' && (
            <span className="badge badge--unpriced">{t('lines.unpriced')}</span>
          )}
          {result?.basis === 'estimate' && (
            <span className="badge badge--estimate">{t('lines.estimate')}</span>
          )}
        </div>
      </header>

      {result?.status === 'unpriced' && (
        <p className="line-card__reason" role="note">
          {formatMessage(result.reason, language)}
        </p>
      )}
      {draft.invalid && (
        <p className="line-card__invalid" role="status">
          {t('lines.invalidInput')}
        </p>
      )}

      {editorMounted && (
        <div className="line-card__body" id={bodyId} hidden={!expanded}>
          {item.service === 'ec2' && <Ec2Editor item={item} draft={draft} hoursPerMonth={hoursPerMonth} />}
          {item.service === 'ebs' && <EbsEditor draft={draft} />}
          {item.service === 's3' && <S3Editor draft={draft} />}
          {item.service === 'data-transfer' && <TransferEditor draft={draft} />}
          {item.service === 'lambda' && <LambdaEditor draft={draft} />}
        </div>
      )}

      {result && result.warnings.length > 0 && (
        <ul className="line-card__warnings">
          {result.warnings.map((warning, index) => (
            <li key={index}>{formatMessage(warning, language)}</li>
          ))}
        </ul>
      )}

      <footer className="line-card__footer">
        <button
          type="button"
          className="button button--ghost"
          data-testid="line-edit"
          aria-expanded={expanded}
          aria-controls={editorMounted ? bodyId : undefined}
          aria-label={t(expanded ? 'lines.closeEditorLabel' : 'lines.editLabel', {
            name: `${title} (${item.id})`,
          })}
          onClick={() => {
            setEditorMounted(true);
            setExpanded((open) => !open);
          }}
        >
          {expanded ? t('lines.closeEditor') : t('lines.edit')}
        </button>
        <button
          type="button"
          className="button button--ghost"
          aria-expanded={showTrace}
          aria-controls={traceId}
          onClick={() => setShowTrace((shown) => !shown)}
        >
          {showTrace ? t('lines.hideCalc') : t('lines.showCalc')}
        </button>
        <span className="line-card__spacer" />
        <button
          type="button"
          className="button button--ghost"
          aria-label={t('lines.duplicateLabel', { name: `${title} (${item.id})` })}
          onClick={() => dispatch({ type: 'duplicateLine', id: item.id })}
        >
          {t('lines.duplicate')}
        </button>
        <button
          type="button"
          className="button button--danger"
          aria-label={t('lines.removeLabel', { name: `${title} (${item.id})` })}
          onClick={() => dispatch({ type: 'removeLine', id: item.id })}
        >
          {t('lines.remove')}
        </button>
      </footer>
      {showTrace && <TracePanel id={traceId} steps={result?.trace ?? []} />}
    </article>
  );
});
