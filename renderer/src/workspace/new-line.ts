import type { LineItem, Service } from '../../../engine/scenario';

/** A fresh line id like "ec2-3", unique among `items` and valid under the scenario id rule. */
export function newLineId(items: readonly LineItem[], service: Service): string {
  const taken = new Set(items.map((item) => item.id));
  const prefix = service === 'data-transfer' ? 'transfer' : service;
  let n = items.filter((item) => item.service === service).length + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** A sensible, valid line to start editing from (the course's usual first example for each service). */
export function newLine(service: Service, id: string): LineItem {
  switch (service) {
    case 'ec2':
      return {
        service,
        id,
        tags: [],
        instanceType: 'm5.large',
        count: 1,
        os: 'linux',
        tenancy: 'shared',
        usage: { pattern: 'always-on' },
        purchase: { option: 'on-demand' },
      };
    case 'ebs':
      return { service, id, tags: [], volumeType: 'gp3', sizeGB: 100, count: 1 };
    case 's3':
      return {
        service,
        id,
        tags: [],
        storageClass: 'STANDARD',
        storageGB: 100,
        putRequests: 0,
        getRequests: 0,
        retrievalGB: 0,
      };
    case 'data-transfer':
      return {
        service,
        id,
        tags: [],
        internetOutGB: 100,
        interRegionOutGB: 0,
        interAzGB: 0,
        internetInGB: 0,
      };
    case 'lambda':
      return {
        service,
        id,
        tags: [],
        requestsPerMonth: 1_000_000,
        averageDurationMs: 100,
        memoryMB: 128,
        architecture: 'x86_64',
      };
  }
}

/** A copy of `item` with a new id, placed by the caller right after the original. */
export function duplicateOf(item: LineItem, id: string): LineItem {
  return { ...structuredClone(item), id };
}
