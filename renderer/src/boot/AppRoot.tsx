import { StrictMode, useEffect } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { CloudSizerBridge } from '../../../electron/ipc-contract';
import type { PriceSnapshot } from '../../../engine/prices';
import { App } from '../App';
import { SnapshotFailure } from '../app/SnapshotFailure';
import { SnapshotBoundary } from '../data/SnapshotBoundary';

type AppRootProps = {
  i18n: I18n;
  snapshot: PriceSnapshot;
  bridge?: CloudSizerBridge | undefined;
  /** after the whole tree has mounted (or hydrated): its effects run child first, so this runs last */
  onMounted?: () => void;
};

function Mounted({ onMounted }: { onMounted: () => void }) {
  useEffect(() => onMounted(), [onMounted]);
  return null;
}

/** The whole app as the page shows it: the build prerenders this tree and the browser hydrates the same tree. */
export function AppRoot({ i18n, snapshot, bridge, onMounted }: AppRootProps) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <SnapshotBoundary fallback={(problem) => <SnapshotFailure problem={problem} />}>
          <App snapshot={snapshot} bridge={bridge} />
        </SnapshotBoundary>
      </I18nextProvider>
      {onMounted && <Mounted onMounted={onMounted} />}
    </StrictMode>
  );
}
