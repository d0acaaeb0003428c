import type { TFunction } from 'i18next';
import { similarTypes } from '../../../engine/catalogue/similar-types';
import type { PriceSnapshot } from '../../../engine/prices';

const namesBySnapshot = new WeakMap<PriceSnapshot, readonly string[]>();

/** The catalogue's type names, listed once per snapshot (a field re-renders on every keystroke). */
function typeNames(snapshot: PriceSnapshot): readonly string[] {
  let names = namesBySnapshot.get(snapshot);
  if (!names) {
    names = snapshot.catalogue.types.map((entry) => entry.type);
    namesBySnapshot.set(snapshot, names);
  }
  return names;
}

/**
 * The line under an instance-type field: the type's size when the catalogue has it ("2 vCPU · 8 GiB ·
 * x86_64"), else that it is not in the catalogue with the types it was probably meant to be, else (empty
 * field) `emptyHint`.
 */
export function instanceTypeHint(
  snapshot: PriceSnapshot,
  type: string,
  t: TFunction,
  emptyHint?: string,
): string {
  if (type.trim() === '' && emptyHint !== undefined) return emptyHint;
  const instance = snapshot.index.get(type);
  if (instance) return `${instance.vcpu} vCPU · ${instance.memoryGiB} GiB · ${instance.arch}`;
  const similar = similarTypes(type, typeNames(snapshot));
  const unknown = t('common:validation.unknownInstanceType');
  return similar.length === 0
    ? unknown
    : `${unknown} · ${t('common:validation.similarTypes', { types: similar.join(', ') })}`;
}
