import { useContext, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionText, prepareExercise, type Exercise } from '../../../engine/exercise';
import { issueText } from '../../../engine/text/file-issue';
import type { Prices } from '../../../engine/estimate/prices';
import type { PriceSnapshot } from '../../../engine/prices';
import { regionOptions } from '../app/region-options';
import { CheckboxField } from '../fields/CheckboxField';
import { SelectField } from '../fields/SelectField';
import { getIn, setIn, type FieldPath } from '../fields/set-in';
import { browserDownload } from './browser-download';
import { formatUsdAmount } from '../format/money';
import { useLang } from '../instances/use-lang';
import { optionLabel } from '../purchase/option-label';
import { PURCHASE_CHOICES } from '../rightsizing/rightsizing-view';
import { ECheck, EditorContext, EGroup, ENumber, ESelect, EText, EWordList } from './editor-fields';
import {
  addTo,
  checkDraft,
  cloudwatchUtilization,
  draftOf,
  hasPurchase,
  listAt,
  newWorkload,
  removeFrom,
  summaryUtilization,
  togglePurchase,
  type Draft,
} from './exercise-draft';

type Props = {
  snapshot: PriceSnapshot;
  prices: Prices;
  initial: Exercise;
  onUse: (exercise: Exercise) => void;
  download?: (text: string, fileName: string) => void;
};

const ARCHS = ['x86_64', 'arm64'] as const;

/** Instructor mode: the exercise as a form over the engine's schema, the best answer, export to a file. */
export function InstructorEditor({ snapshot, prices, initial, onUse, download = browserDownload }: Props) {
  const { t } = useTranslation('exercise');
  const { t: tp } = useTranslation('purchase');
  const lang = useLang();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const check = useMemo(() => checkDraft(draft, lang), [draft, lang]);
  const binding = useMemo(
    () => ({
      draft,
      issues: check.issues,
      set: (path: FieldPath, value: unknown) => setDraft((d) => setIn(d, path, value)),
    }),
    [draft, check],
  );
  const workloads = listAt(draft, ['workloads']);
  const steps = listAt(draft, ['rubric', 'partialCredit']);
  const archs = listAt(draft, ['constraints', 'architectures']);

  return (
    <EditorContext.Provider value={binding}>
      <form
        className="card ex-editor"
        aria-labelledby="ex-editor-title"
        noValidate
        onSubmit={(e) => e.preventDefault()}
      >
        <h3 className="card__title" id="ex-editor-title">
          {t('editor.title')}
        </h3>
        <p className="field__hint">{t('editor.intro')}</p>
        <IssueSummary check={check} />

        <EGroup legend={t('editor.basics')}>
          <EText path={['id']} label={t('editor.id')} />
          <EText path={['title', 'ko']} label={t('editor.titleKo')} className="field--wide" />
          <EText path={['title', 'en']} label={t('editor.titleEn')} className="field--wide" />
          <EText path={['text', 'ko']} label={t('editor.textKo')} multiline />
          <EText path={['text', 'en']} label={t('editor.textEn')} multiline />
          <ESelect
            path={['region']}
            label={t('editor.region')}
            className="field--wide"
            options={regionOptions(snapshot, lang)}
          />
          <ESelect
            path={['os']}
            label={t('editor.os')}
            options={(['linux', 'windows'] as const).map((os) => ({
              value: os,
              label: t(`editor.osOptions.${os}`),
            }))}
          />
          <ENumber path={['horizonMonths']} label={t('editor.horizonMonths')} />
          <ECheck path={['allowEstimates']} label={t('editor.allowEstimates')} />
        </EGroup>

        <h4 className="ex-subtitle">{t('editor.workloads')}</h4>
        {workloads.map((_, i) => (
          <WorkloadEditor
            key={i}
            index={i}
            canRemove={workloads.length > 1}
            onRemove={() => setDraft((d) => removeFrom(d, ['workloads'], i))}
            onKind={(kind, currentType) =>
              setDraft((d) =>
                setIn(
                  d,
                  ['workloads', i, 'utilization'],
                  kind === 'summary' ? summaryUtilization(currentType) : cloudwatchUtilization(currentType),
                ),
              )
            }
          />
        ))}
        <button
          type="button"
          className="button button--add"
          onClick={() =>
            setDraft((d) => addTo(d, ['workloads'], newWorkload(listAt(d, ['workloads']).length + 1)))
          }
        >
          {t('editor.addWorkload')}
        </button>

        <EGroup legend={t('editor.constraints')} path={['constraints']}>
          <ENumber path={['constraints', 'minVcpu']} label={t('editor.minVcpu')} empty="unset" />
          <ENumber path={['constraints', 'minMemoryGiB']} label={t('editor.minMemoryGiB')} empty="unset" />
          <ENumber path={['constraints', 'availabilityZones']} label={t('editor.availabilityZones')} />
          <ENumber path={['constraints', 'minInstances']} label={t('editor.minInstances')} />
          <EText path={['constraints', 'budgetMonthly']} label={t('editor.budgetMonthly')} />
          <EWordList path={['constraints', 'families']} label={t('editor.families')} />
          <ECheck path={['constraints', 'burstableAllowed']} label={t('editor.burstableAllowed')} />
          <EGroup legend={t('editor.architectures')} path={['constraints', 'architectures']}>
            {ARCHS.map((arch) => (
              <CheckboxField
                key={arch}
                label={arch}
                checked={archs.includes(arch)}
                onValue={(on) =>
                  setDraft((d) =>
                    setIn(
                      d,
                      ['constraints', 'architectures'],
                      ARCHS.filter((a) =>
                        a === arch ? on : listAt(d, ['constraints', 'architectures']).includes(a),
                      ),
                    ),
                  )
                }
              />
            ))}
          </EGroup>
        </EGroup>

        <EGroup legend={t('editor.purchaseOptions')} path={['purchaseOptions']}>
          <div className="ex-options">
            {PURCHASE_CHOICES.map((spec) => (
              <CheckboxField
                key={spec.id}
                label={optionLabel(spec, tp)}
                checked={hasPurchase(draft, spec.purchase)}
                onValue={(on) =>
                  setDraft((d) =>
                    togglePurchase(
                      d,
                      PURCHASE_CHOICES.map((c) => c.purchase),
                      spec.purchase,
                      on,
                    ),
                  )
                }
              />
            ))}
          </div>
        </EGroup>

        <EGroup legend={t('editor.rightsizing')}>
          <ESelect
            path={['rightsizing', 'cpuThreshold']}
            label={t('editor.cpuThreshold')}
            options={[
              { value: 'p99.5', label: 'P99.5' },
              { value: 'p95', label: 'P95' },
              { value: 'p90', label: 'P90' },
            ]}
          />
          <ENumber
            path={['rightsizing', 'cpuHeadroomPct']}
            label={t('editor.cpuHeadroomPct')}
            hint="30 / 20 / 0"
          />
          <ENumber
            path={['rightsizing', 'memoryHeadroomPct']}
            label={t('editor.memoryHeadroomPct')}
            hint="30 / 20 / 10"
          />
        </EGroup>

        <EGroup legend={t('editor.rubric')} path={['rubric']}>
          <ENumber path={['rubric', 'points']} label={t('editor.points')} />
          <ENumber path={['rubric', 'constraintPoints']} label={t('editor.constraintPoints')} />
          <ENumber path={['rubric', 'tolerancePct']} label={t('editor.tolerancePct')} />
          <EGroup legend={t('editor.partialCredit')} path={['rubric', 'partialCredit']}>
            {steps.map((_, i) => (
              <div key={i} className="ex-step">
                <ENumber path={['rubric', 'partialCredit', i, 'withinPct']} label={t('editor.withinPct')} />
                <ENumber path={['rubric', 'partialCredit', i, 'fraction']} label={t('editor.fraction')} />
                <button
                  type="button"
                  className="button button--danger field-row__button"
                  onClick={() => setDraft((d) => removeFrom(d, ['rubric', 'partialCredit'], i))}
                >
                  {t('editor.removeStep', { n: i + 1 })}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button button--add field-row__button"
              onClick={() =>
                setDraft((d) => addTo(d, ['rubric', 'partialCredit'], { withinPct: 50, fraction: 0.1 }))
              }
            >
              {t('editor.addStep')}
            </button>
          </EGroup>
        </EGroup>
      </form>
      <BestAnswerPreview
        exercise={check.ok ? check.exercise : null}
        prices={prices}
        snapshot={snapshot}
        onUse={onUse}
        onExport={(exercise) =>
          download(`${JSON.stringify(exercise, null, 2)}\n`, `${exercise.id}.exercise.json`)
        }
      />
    </EditorContext.Provider>
  );
}

function IssueSummary({ check }: { check: ReturnType<typeof checkDraft> }) {
  const { t } = useTranslation('exercise');
  const lang = useLang();
  if (check.ok)
    return (
      <p className="ex-valid" role="status">
        {t('editor.valid')}
      </p>
    );
  return (
    <div className="ex-issues" role="status">
      <p className="ex-error">{t('editor.issues', { count: check.list.length })}</p>
      <ul>
        {check.list.map((issue, i) => (
          <li key={i}>
            <code>{issue.path}</code>: {issueText(issue, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}

type WorkloadProps = {
  index: number;
  canRemove: boolean;
  onRemove: () => void;
  onKind: (kind: 'summary' | 'cloudwatch-csv', currentType: string) => void;
};

function WorkloadEditor({ index: i, canRemove, onRemove, onKind }: WorkloadProps) {
  const { t } = useTranslation('exercise');
  const w = ['workloads', i] as const;
  const u = [...w, 'utilization'] as const;
  return (
    <EGroup legend={t('editor.workload', { n: i + 1 })} path={[...w]}>
      <EText path={[...w, 'id']} label={t('editor.workloadId')} />
      <EText path={[...w, 'name', 'ko']} label={t('editor.nameKo')} className="field--wide" />
      <EText path={[...w, 'name', 'en']} label={t('editor.nameEn')} className="field--wide" />
      <EText path={[...u, 'currentType']} label={t('editor.currentType')} />
      <KindSelect path={[...u]} onKind={onKind} />
      <UtilizationFields path={[...u]} />
      <ENumber path={[...w, 'hoursPerMonth']} label={t('editor.hoursPerMonth')} />
      <ESelect
        path={[...w, 'scaling']}
        label={t('editor.scaling')}
        className="field--wide"
        options={(['single', 'horizontal'] as const).map((s) => ({
          value: s,
          label: t(`editor.scalings.${s}`),
        }))}
      />
      <ECheck path={[...w, 'interruptible']} label={t('editor.interruptible')} />
      {canRemove && (
        <button type="button" className="button button--danger field-row__button" onClick={onRemove}>
          {t('editor.removeWorkload', { n: i + 1 })}
        </button>
      )}
    </EGroup>
  );
}

function KindSelect({ path, onKind }: { path: FieldPath; onKind: WorkloadProps['onKind'] }) {
  const { t } = useTranslation('exercise');
  const binding = useContext(EditorContext);
  const kind = getIn(binding?.draft, [...path, 'kind']) === 'cloudwatch-csv' ? 'cloudwatch-csv' : 'summary';
  const currentType = String(getIn(binding?.draft, [...path, 'currentType']) ?? '');
  return (
    <SelectField
      label={t('editor.utilizationKind')}
      value={kind}
      className="field--wide"
      options={(['summary', 'cloudwatch-csv'] as const).map((k) => ({
        value: k,
        label: t(`editor.kinds.${k}`),
      }))}
      onValue={(next) => onKind(next, currentType)}
    />
  );
}

function UtilizationFields({ path }: { path: FieldPath }) {
  const { t } = useTranslation('exercise');
  const binding = useContext(EditorContext);
  if (getIn(binding?.draft, [...path, 'kind']) === 'cloudwatch-csv') {
    return (
      <>
        <EText path={[...path, 'timeZone']} label={t('editor.timeZone')} />
        <EText path={[...path, 'csv']} label={t('editor.csv')} multiline />
      </>
    );
  }
  return (
    <>
      <ENumber path={[...path, 'cpuP99']} label={t('editor.cpuP99')} />
      <ENumber path={[...path, 'cpuMax']} label={t('editor.cpuMax')} />
      <ENumber path={[...path, 'cpuAvg']} label={t('editor.cpuAvg')} />
      <ENumber
        path={[...path, 'memoryMaxPct']}
        label={t('editor.memoryMaxPct')}
        hint={t('editor.memoryHint')}
        empty="null"
      />
      <ENumber path={[...path, 'networkPeakMbps']} label={t('editor.networkPeakMbps')} empty="null" />
    </>
  );
}

type PreviewProps = {
  exercise: Exercise | null;
  prices: Prices;
  snapshot: PriceSnapshot;
  onUse: (exercise: Exercise) => void;
  onExport: (exercise: Exercise) => void;
};

/** The best answer of the valid draft (computed a moment after typing stops), export and "try it". */
function BestAnswerPreview({ exercise, prices, snapshot, onUse, onExport }: PreviewProps) {
  const { t } = useTranslation('exercise');
  const lang = useLang();
  const deferred = useDeferredValue(exercise);
  const prepared = useMemo(
    () => (deferred ? prepareExercise(deferred, prices, snapshot.catalogue.types) : null),
    [deferred, prices, snapshot],
  );
  return (
    <section className="card ex-preview" aria-labelledby="ex-preview-title">
      <h3 className="card__title" id="ex-preview-title">
        {t('editor.preview')}
      </h3>
      {prepared && !prepared.ok && (
        <p className="ex-error" role="alert">
          {t('editor.previewFailed', { message: prepared.message })}
        </p>
      )}
      {prepared?.ok && (
        <ul className="ex-best-list" data-testid="best-answer-preview">
          {prepared.prepared.exercise.workloads.map((w) => {
            const best = prepared.prepared.workloads.get(w.id)?.best;
            if (!best) return null;
            return (
              <li key={w.id}>
                {t('editor.bestLine', {
                  name: w.name[lang],
                  count: best.count,
                  type: best.type.type,
                  option: optionText(best.cost)[lang],
                  months: t('task.months', { count: prepared.prepared.exercise.horizonMonths }),
                  total: formatUsdAmount(best.cost.total, lang),
                })}
              </li>
            );
          })}
        </ul>
      )}
      <div className="ex-actions">
        <button
          type="button"
          className="button"
          disabled={!exercise}
          onClick={() => exercise && onExport(exercise)}
        >
          {t('editor.export')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!exercise || !prepared?.ok}
          onClick={() => exercise && onUse(exercise)}
        >
          {t('editor.useAsStudent')}
        </button>
      </div>
    </section>
  );
}
