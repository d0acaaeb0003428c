import { useTranslation } from 'react-i18next';
import { optionText, minInstances, type Exercise } from '../../../engine/exercise';
import type { PriceSnapshot } from '../../../engine/prices';
import { useLang } from '../instances/use-lang';

/** The task as the student reads it: title, text and the conditions, in the UI language. */
export function ExerciseTask({ exercise, snapshot }: { exercise: Exercise; snapshot: PriceSnapshot }) {
  const { t } = useTranslation('exercise');
  const lang = useLang();
  const c = exercise.constraints;
  const region = snapshot.regions.regions.find((r) => r.code === exercise.region);
  return (
    <article className="card ex-task" aria-labelledby="ex-task-title">
      <h3 className="card__title" id="ex-task-title">
        {exercise.title[lang]}
      </h3>
      <p className="ex-task__text">{exercise.text[lang]}</p>
      <h4 className="ex-subtitle">{t('task.facts')}</h4>
      <dl className="ex-facts">
        <dt>{t('task.region')}</dt>
        <dd>
          {region ? `${lang === 'ko' ? region.nameKo : region.nameEn} · ${region.code}` : exercise.region}
        </dd>
        <dt>{t('task.os')}</dt>
        <dd>{exercise.os === 'linux' ? 'Linux' : 'Windows'}</dd>
        <dt>{t('task.horizon')}</dt>
        <dd>{t('task.months', { count: exercise.horizonMonths })}</dd>
        <dt>{t('task.minInstances')}</dt>
        <dd>{minInstances(exercise)}</dd>
        <dt>{t('task.architectures')}</dt>
        <dd>{c.architectures.join(', ')}</dd>
        <dt>{t('task.burstable')}</dt>
        <dd>{c.burstableAllowed ? t('task.allowed') : t('task.notAllowed')}</dd>
        {c.families && (
          <>
            <dt>{t('task.families')}</dt>
            <dd>{c.families.join(', ')}</dd>
          </>
        )}
        {c.budgetMonthly && (
          <>
            <dt>{t('task.budget')}</dt>
            <dd>${c.budgetMonthly}</dd>
          </>
        )}
        <dt>{t('task.options')}</dt>
        <dd>{exercise.purchaseOptions.map((purchase) => optionText({ purchase })[lang]).join(' · ')}</dd>
        <dt>{t('task.workloads')}</dt>
        <dd>
          <ul className="ex-workloads">
            {exercise.workloads.map((w) => (
              <li key={w.id}>
                <strong>{w.name[lang]}</strong> — {t('task.current', { type: w.utilization.currentType })},{' '}
                {t('task.hoursPerMonth', { hours: w.hoursPerMonth })},{' '}
                {w.scaling === 'horizontal' ? t('task.horizontal') : t('task.single')}
                {w.interruptible && <>, {t('task.interruptible')}</>}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </article>
  );
}
