import { describe, expectTypeOf, it } from 'vitest';
import type {
  AppInfo,
  BridgeMethodName,
  CloudSizerBridge,
  IpcResult,
  MenuCommand,
  OpenedFile,
  Recovery,
  RecentFile,
  SavedFile,
  PriceUpdateProgress,
  SnapshotFiles,
  SnapshotList,
  StartedUpdate,
  UpdateOutcome,
} from './ipc-contract';

describe('CloudSizerBridge (type level)', () => {
  it('derives camelCase method names from channels', () => {
    expectTypeOf<BridgeMethodName<'file:saveAs'>>().toEqualTypeOf<'fileSaveAs'>();
    expectTypeOf<BridgeMethodName<'autosave:recover'>>().toEqualTypeOf<'autosaveRecover'>();
  });

  it('types each method’s argument from its zod schema and its result from the handler map', () => {
    expectTypeOf<CloudSizerBridge['fileOpen']>().parameters.toEqualTypeOf<
      [arg?: { path?: string } | undefined]
    >();
    expectTypeOf<CloudSizerBridge['fileOpen']>().returns.resolves.toEqualTypeOf<IpcResult<OpenedFile>>();
    expectTypeOf<CloudSizerBridge['fileSave']>().parameters.toEqualTypeOf<
      [arg: { path: string; text: string }]
    >();
    expectTypeOf<CloudSizerBridge['fileSaveAs']>().returns.resolves.toEqualTypeOf<IpcResult<SavedFile>>();
    expectTypeOf<CloudSizerBridge['fileRecent']>().returns.resolves.toEqualTypeOf<IpcResult<RecentFile[]>>();
    expectTypeOf<CloudSizerBridge['autosaveRecover']>().returns.resolves.toEqualTypeOf<IpcResult<Recovery>>();
    expectTypeOf<CloudSizerBridge['appInfo']>().returns.resolves.toEqualTypeOf<IpcResult<AppInfo>>();
    expectTypeOf<CloudSizerBridge['appSetLanguage']>().parameters.toEqualTypeOf<
      [arg: { language: 'ko' | 'en' }]
    >();
  });

  it('hands menu commands to the listener and returns an unsubscribe function', () => {
    expectTypeOf<CloudSizerBridge['onMenuCommand']>().parameters.toEqualTypeOf<
      [(command: MenuCommand) => void]
    >();
    expectTypeOf<CloudSizerBridge['onMenuCommand']>().returns.toEqualTypeOf<() => void>();
  });

  it('is what window.cloudsizer may hold', () => {
    expectTypeOf<Window['cloudsizer']>().toEqualTypeOf<CloudSizerBridge | undefined>();
  });

  it('types the prices:* methods and the progress subscription', () => {
    expectTypeOf<CloudSizerBridge['pricesListSnapshots']>().returns.resolves.toEqualTypeOf<
      IpcResult<SnapshotList>
    >();
    expectTypeOf<CloudSizerBridge['pricesReadSnapshot']>().parameters.toEqualTypeOf<[arg: { id: string }]>();
    expectTypeOf<CloudSizerBridge['pricesReadSnapshot']>().returns.resolves.toEqualTypeOf<
      IpcResult<SnapshotFiles>
    >();
    expectTypeOf<CloudSizerBridge['pricesStartUpdate']>().returns.resolves.toEqualTypeOf<
      IpcResult<StartedUpdate>
    >();
    expectTypeOf<Parameters<CloudSizerBridge['pricesStartUpdate']>[0]['regions'][number]>().toEqualTypeOf<
      import('../pricing-data/schema').Region
    >();
    expectTypeOf<CloudSizerBridge['pricesCancelUpdate']>().returns.resolves.toEqualTypeOf<
      IpcResult<UpdateOutcome>
    >();
    expectTypeOf<CloudSizerBridge['onPriceUpdateProgress']>().parameters.toEqualTypeOf<
      [(event: PriceUpdateProgress) => void]
    >();
    expectTypeOf<CloudSizerBridge['onPriceUpdateProgress']>().returns.toEqualTypeOf<() => void>();
  });
});
