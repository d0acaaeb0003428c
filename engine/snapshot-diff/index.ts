export {
  diffSnapshots,
  type DiffFilter,
  type PriceChange,
  type PriceTableKind,
  type SnapshotDiff,
  type TypeChange,
} from './diff-snapshots';
export { repriceScenario, type LineDelta, type Repricing } from './reprice-scenario';
