/** The sample utilization files shipped in examples/utilization, inlined by Vite as text. */
import cloudwatchCsv from '../../../examples/utilization/web-api-3days-cloudwatch.csv?raw';
import summaryCsv from '../../../examples/utilization/fleet-summary-seoul.csv?raw';

export interface SampleFile {
  id: 'summary' | 'cloudwatch';
  fileName: string;
  text: string;
}

export const SAMPLE_FILES: readonly SampleFile[] = [
  { id: 'summary', fileName: 'fleet-summary-seoul.csv', text: summaryCsv },
  { id: 'cloudwatch', fileName: 'web-api-3days-cloudwatch.csv', text: cloudwatchCsv },
];
