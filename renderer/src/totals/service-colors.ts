import type { Service } from '../../../engine/scenario';

export const SERVICE_COLORS: Record<Service, string> = {
  ec2: '#e07b00',
  ebs: '#3b7dd8',
  s3: '#2f9e6e',
  'data-transfer': '#8a5cd1',
  lambda: '#d24b7a',
};
