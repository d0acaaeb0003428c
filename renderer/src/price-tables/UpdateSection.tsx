import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloudSizerBridge } from '../../../electron/ipc-contract';
import type { PriceSnapshot } from '../../../engine/prices';
import type { Region } from '../../../pricing-data/schema';
import { useLanguage } from '../i18n/use-language';
import type { BridgeProblem } from './bridge-snapshots';
import { FIRST_REGIONS } from './coverage-rows';
import { ProblemMessage } from './ProblemMessage';
import { UpdateOutcome } from './UpdateOutcome';
import { UpdateProgress } from './UpdateProgress';
import type { PriceUpdateHandle, UpdateRequest } from './use-price-update';

type UpdateService = NonNullable<UpdateRequest['services']>[number];
export const UPDATE_SERVICES = [
  'ec2',
  'ebs',
  's3',
  'transfer',
  'lambda',
  'savingsplans',
] as const satisfies readonly UpdateService[];

type Source = { kind: 'network' } | { kind: 'folder'; path: string | null };

/** Regions of the snapshot's region table, Seoul and N. Virginia first. */
function regionOptions(snapshot: PriceSnapshot) {
  const rank = (code: Region) => {
    const i = FIRST_REGIONS.indexOf(code);
    return i === -1 ? FIRST_REGIONS.length : i;
  };
  return snapshot.regions.regions
    .map((region, order) => ({ region, order }))
    .sort((a, b) => rank(a.region.code) - rank(b.region.code) || a.order - b.order)
    .map(({ region }) => region);
}

/** Desktop: choose regions, services and where the files come from; run the update with progress and cancel. */
export function UpdateSection({
  bridge,
  snapshot,
  update,
}: {
  bridge: CloudSizerBridge;
  snapshot: PriceSnapshot;
  update: PriceUpdateHandle;
}) {
  const { t } = useTranslation('priceTables');
  const language = useLanguage();
  const id = useId();
  const [regions, setRegions] = useState<ReadonlySet<Region>>(() => new Set(FIRST_REGIONS));
  const [services, setServices] = useState<ReadonlySet<UpdateService>>(() => new Set(UPDATE_SERVICES));
  const [source, setSource] = useState<Source>({ kind: 'network' });
  const [folderProblem, setFolderProblem] = useState<BridgeProblem | null>(null);
  const { run } = update;
  const busy = run.kind === 'starting' || run.kind === 'running';

  const toggle = <T,>(set: ReadonlySet<T>, value: T, on: boolean): ReadonlySet<T> => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  async function chooseFolder() {
    setFolderProblem(null);
    try {
      const chosen = await bridge.pricesChooseFolder();
      if (chosen.ok) setSource({ kind: 'folder', path: chosen.value.path });
      else if (chosen.error.code !== 'canceled') setFolderProblem({ ...chosen.error, file: null });
    } catch (error) {
      setFolderProblem({
        code: 'internal',
        file: null,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  const missing =
    regions.size === 0
      ? t('update.needRegion')
      : services.size === 0
        ? t('update.needService')
        : source.kind === 'folder' && source.path === null
          ? t('update.needFolder')
          : null;

  function start() {
    if (missing) return;
    const request: UpdateRequest = {
      regions: regionOptions(snapshot)
        .map((region) => region.code)
        .filter((code) => regions.has(code)),
      services: UPDATE_SERVICES.filter((service) => services.has(service)),
      ...(source.kind === 'folder' && source.path !== null ? { fromDir: source.path } : {}),
    };
    update.start(request);
  }

  return (
    <section className="card pt-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="card__title">
        {t('update.title')}
      </h3>
      <p className="pt-note">{t('update.intro')}</p>
      <form
        className="pt-update"
        onSubmit={(event) => {
          event.preventDefault();
          start();
        }}
      >
        <fieldset className="pt-fieldset" disabled={busy}>
          <legend>{t('update.regions')}</legend>
          <p className="field__hint">{t('update.regionsHint')}</p>
          <div className="pt-checks pt-checks--regions">
            {regionOptions(snapshot).map((region) => (
              <label key={region.code} className="pt-check">
                <input
                  type="checkbox"
                  checked={regions.has(region.code)}
                  onChange={(event) => setRegions(toggle(regions, region.code, event.target.checked))}
                />
                <span>
                  {language === 'ko' ? region.nameKo : region.nameEn}{' '}
                  <span className="pt-code">{region.code}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="pt-fieldset" disabled={busy}>
          <legend>{t('update.services')}</legend>
          <div className="pt-checks">
            {UPDATE_SERVICES.map((service) => (
              <label key={service} className="pt-check">
                <input
                  type="checkbox"
                  checked={services.has(service)}
                  onChange={(event) => setServices(toggle(services, service, event.target.checked))}
                />
                <span>{t(`update.serviceNames.${service}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="pt-fieldset" disabled={busy}>
          <legend>{t('update.source')}</legend>
          <label className="pt-check">
            <input
              type="radio"
              name={`${id}-source`}
              checked={source.kind === 'network'}
              onChange={() => setSource({ kind: 'network' })}
            />
            <span>{t('update.fromNetwork')}</span>
          </label>
          <label className="pt-check">
            <input
              type="radio"
              name={`${id}-source`}
              checked={source.kind === 'folder'}
              onChange={() => setSource({ kind: 'folder', path: null })}
            />
            <span>{t('update.fromFolder')}</span>
          </label>
          {source.kind === 'folder' && (
            <div className="pt-folder">
              <button type="button" className="button" onClick={() => void chooseFolder()}>
                {t('update.chooseFolder')}
              </button>{' '}
              <span className="pt-location" data-testid="update-folder">
                {source.path ? t('update.folder', { path: source.path }) : t('update.noFolder')}
              </span>
            </div>
          )}
          {folderProblem && <ProblemMessage title={t('update.folderFailed')} problem={folderProblem} />}
        </fieldset>
        <div className="pt-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || missing !== null}
            aria-describedby={missing ? `${id}-missing` : undefined}
          >
            {t('update.start')}
          </button>
          {missing && !busy && (
            <span id={`${id}-missing`} className="field__hint">
              {missing}
            </span>
          )}
        </div>
      </form>

      {run.kind === 'starting' && <UpdateProgress progress={null} canceling={false} cancelError={null} />}
      {run.kind === 'running' && (
        <UpdateProgress
          progress={run.progress}
          canceling={run.canceling}
          cancelError={run.cancelError}
          onCancel={update.cancel}
        />
      )}
      {run.kind === 'finished' && (
        <UpdateOutcome result={run.result} activation={update.activation} onDismiss={update.dismiss} />
      )}
    </section>
  );
}
