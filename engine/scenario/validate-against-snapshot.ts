/**
 * Checks a valid scenario against the price snapshot it will be priced with: things the schema cannot
 * know, such as whether an instance type exists. Pass `{ id: snap.manifest.snapshotId, instanceTypes: snap.index }`.
 */
import type { ScenarioIssue } from './parse';
import type { Scenario } from './schema';

export interface SnapshotCatalogue {
  readonly id: string;
  readonly instanceTypes: { has(name: string): boolean };
}

export function validateAgainstSnapshot(scenario: Scenario, snapshot: SnapshotCatalogue): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  scenario.items.forEach((item, index) => {
    if (item.service === 'ec2' && !snapshot.instanceTypes.has(item.instanceType))
      issues.push({
        path: `$.items[${index}].instanceType`,
        message: `unknown instance type "${item.instanceType}": not in price snapshot ${snapshot.id}`,
        ko: `알 수 없는 인스턴스 유형 "${item.instanceType}": 가격표 ${snapshot.id}에 없습니다`,
      });
  });
  return issues;
}
