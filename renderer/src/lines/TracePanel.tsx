import { useTranslation } from 'react-i18next';
import { formatTrace, type TraceStep } from '../../../engine/trace';
import { useLanguage } from '../i18n/use-language';

/** The engine's calculation trace for one line, each step rendered by the engine in the UI language. */
export function TracePanel({ steps, id }: { steps: readonly TraceStep[]; id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="trace" id={id} aria-label={t('lines.traceTitle')}>
      {steps.length === 0 ? (
        <p>{t('lines.noTrace')}</p>
      ) : (
        <ol className="trace__steps">
          {steps.map((step, index) => (
            <li key={index} className={`trace__step trace__step--${step.kind}`}>
              {formatTrace(step, language)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
