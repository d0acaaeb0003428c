import type { ReportKey } from '../prices/update-report';

/** One line of every kind, with awkward but real values (a Windows path with spaces and parentheses). */
export const SAMPLE_REPORT: Readonly<Record<ReportKey, Record<string, string | number>>> = {
  base: { id: '2026-11-snapshot-1', dir: 'C:\\Users\\김 철수\\CloudSizer (bundled)\\pricing-data' },
  onDemand: { region: 'ap-northeast-2', linux: 394, windows: 366, offer: 'AmazonEC2' },
  reserved: { region: 'ap-northeast-2', count: 612 },
  savingsPlans: { region: 'us-east-1', count: 0 },
  savingsPlansSkipped: { region: 'us-east-1', count: 14 },
  serviceItems: { region: 'eu-west-1', table: 'ebs', count: 12, offer: 'AmazonEC2' },
  notInCatalogue: { count: 2, types: 'u7i-12tb.224xlarge, x9z.large' },
  transferRatesDiffer: { region: 'us-east-1', key: 'inter-region.out', rates: '0.02, 0.09' },
  installed: {
    id: 'aws-update-20261122-010203',
    dir: '/home/student/.config/CloudSizer/snapshots/aws-update-20261122-010203',
  },
};
