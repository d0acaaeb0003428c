import type Decimal from 'decimal.js';
import { IssueTable } from '../app/IssueTable';
import { useTranslation } from 'react-i18next';
import { optionText, type Exercise, type GradeResult, type WorkloadGrade } from '../../../engine/exercise';
import { percent } from '../../../engine/money/rounding';
import { formatUsdAmount } from '../format/money';
import { useLang } from '../instances/use-lang';

type Props = { exercise: Exercise; result: GradeResult; onExport: () => void };

/** The grade: score, then per workload the answer against the best answer, the checks and the explanation. */
export function GradeReport({ exercise, result, onExport }: Props) {
  const { t } = useTranslation('exercise');
  const lang = useLang();
  return (
    <section className="card ex-result" aria-labelledby="ex-result-title" aria-live="polite">
      <div className="ex-result__header">
        <h3 className="card__title" id="ex-result-title">
          {t('result.title')}
        </h3>
        <p className="ex-score" data-testid="exercise-score">
          {t('result.score', { score: result.score, count: result.maxScore })}
        </p>
        <button type="button" className="button" onClick={onExport}>
          {t('result.exportCsv')}
        </button>
      </div>
      {result.status === 'invalid' ? (
        <>
          <p className="ex-error" role="alert">
            {t('result.invalid')}
          </p>
          <IssueTable
            issues={result.issues}
            pathHeading={t('result.path')}
            messageHeading={t('result.message')}
          />
        </>
      ) : (
        <>
          {result.warnings.map((w, i) => (
            <p key={i} className="ex-warning">
              {w[lang]}
            </p>
          ))}
          {result.workloads.map((grade) => (
            <WorkloadReport key={grade.workloadId} exercise={exercise} grade={grade} />
          ))}
        </>
      )}
    </section>
  );
}

function WorkloadReport({ exercise, grade }: { exercise: Exercise; grade: WorkloadGrade }) {
  const { t } = useTranslation('exercise');
  const lang = useLang();
  const name = exercise.workloads.find((w) => w.id === grade.workloadId)?.name[lang] ?? grade.workloadId;
  const money = (d: Decimal) => formatUsdAmount(d, lang);
  const months = exercise.horizonMonths;
  const diff = grade.diffPct;
  return (
    <section className="ex-workload-result" aria-label={name}>
      <h4 className="ex-subtitle">
        {t('result.workload', { name, points: grade.points, count: grade.maxPoints })}
      </h4>
      <table className="ex-compare">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('result.answer')}</th>
            <th scope="col">{t('result.option')}</th>
            <th scope="col" className="amount">
              {t('result.total', { months: t('task.months', { count: months }) })}
            </th>
            <th scope="col" className="amount">
              {t('result.aboveBest')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('result.yours')}</th>
            <td>
              {grade.answer.count} × <code>{grade.answer.instanceType}</code>
            </td>
            <td>{optionText({ purchase: grade.answer.purchase })[lang]}</td>
            <td className="amount">{grade.cost ? money(grade.cost.total) : t('result.noPrice')}</td>
            <td className="amount">
              {diff === null
                ? '—'
                : diff.isZero()
                  ? t('result.same')
                  : t('result.above', { pct: percent(diff) })}
            </td>
          </tr>
          <tr className="ex-best">
            <th scope="row">{t('result.best')}</th>
            <td>
              {grade.best.count} × <code>{grade.best.type.type}</code>
            </td>
            <td>{optionText(grade.best.cost)[lang]}</td>
            <td className="amount">{money(grade.best.cost.total)}</td>
            <td className="amount">—</td>
          </tr>
        </tbody>
      </table>
      <h5 className="ex-minor">{t('result.checks')}</h5>
      <ul className="ex-checks">
        {grade.checks.map((check, i) => (
          <li key={i} className={check.ok ? 'ex-check ex-check--ok' : 'ex-check ex-check--fail'}>
            <span className="ex-check__mark">
              {check.ok ? `✓ ${t('result.met')}` : `✗ ${t('result.notMet')}`}
            </span>{' '}
            {check[lang]}
          </li>
        ))}
      </ul>
      <h5 className="ex-minor">{t('result.explanation')}</h5>
      <div className="ex-explanation">
        {grade.explanation[lang].map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    </section>
  );
}
