import { s3ClassSchema, type S3ClassRules } from '../../pricing-data/schema';
import { parseCsv } from './csv';
import { RawSourceError } from './raw-source-error';
import { SOURCE_ID } from './sources';

export const S3_CLASSES_FILE = 'aws-docs/s3_storage_class_constraints.csv';

/** S3 storage-class rules (minimum days, minimum billable object size, retrieval fee) from the AWS docs table. */
export function parseS3Classes(text: string): S3ClassRules {
  const rows = parseCsv(S3_CLASSES_FILE, text, [
    'storage_class',
    'api_name',
    'availability_zones',
    'min_storage_duration_days',
    'min_billable_object_size_kb',
    'retrieval_fee_per_gb',
    'notes',
  ]);
  return {
    table: 's3-class-rules',
    source: SOURCE_ID.s3Classes,
    classes: rows.map((row) => {
      const where = `line ${row.line} (${row.api_name})`;
      const storageClass = s3ClassSchema.safeParse(row.api_name);
      if (!storageClass.success)
        throw new RawSourceError(S3_CLASSES_FILE, where, `unknown storage class "${row.api_name}"`);
      for (const value of [row.min_storage_duration_days, row.min_billable_object_size_kb]) {
        if (!/^\d+$/.test(value))
          throw new RawSourceError(S3_CLASSES_FILE, where, `"${value}" is not a whole number`);
      }
      if (row.retrieval_fee_per_gb !== 'yes' && row.retrieval_fee_per_gb !== 'no') {
        throw new RawSourceError(
          S3_CLASSES_FILE,
          where,
          `retrieval fee "${row.retrieval_fee_per_gb}" is not yes/no`,
        );
      }
      return {
        storageClass: storageClass.data,
        name: row.storage_class,
        availabilityZones: row.availability_zones,
        minStorageDays: Number(row.min_storage_duration_days),
        minBillableObjectKB: Number(row.min_billable_object_size_kb),
        retrievalFee: row.retrieval_fee_per_gb === 'yes',
        note: row.notes,
      };
    }),
  };
}
