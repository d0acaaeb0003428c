/**
 * Savings Plans offer → ec2-savings-plans-exact rates: the hourly rate of one instance type and OS
 * under a Compute or EC2 Instance plan, per term and payment option. What a rate discounts comes from
 * its operation (RunInstances = Linux, RunInstances:0002 = Windows) or, when a file omits it, from the
 * EC2 SKU it names (same region, same update run).
 */
import type { PaymentOption, Region, RiTerm, SavingsPlanType } from '../../../pricing-data/schema';
import { INSTANCE_TYPE_PATTERN, lookup, PURCHASE_OPTIONS } from './ec2-vocabulary';
import type { ImportedSavingsPlanRate, PricedInstance, SavingsPlansImport } from './imported';
import type { IssueLog } from './issues';
import { isRegion, LOCATION_REGIONS, parseUsageType } from './locations';
import { canonicalPrice } from './price-checks';
import type { SavingsPlanVisitor, SpProduct, SpRate } from './savings-plan-reader';
import { priceSchema } from '../../../pricing-data/schema';

const PLAN_FAMILIES: Readonly<Record<string, SavingsPlanType | 'skip'>> = {
  ComputeSavingsPlans: 'compute',
  EC2InstanceSavingsPlans: 'ec2-instance',
  SageMakerSavingsPlans: 'skip',
  MachineLearningSavingsPlans: 'skip',
  DatabaseSavingsPlans: 'skip',
};
const TERMS: Readonly<Record<string, RiTerm>> = { '1yr': '1yr', '3yr': '3yr' };
const TERM_YEARS: Readonly<Record<RiTerm, string>> = { '1yr': '1', '3yr': '3' };

/** `RunInstances` Linux, `:0002` Windows licence-included; other OS/licence codes are not priced by us. */
const OPERATIONS: Readonly<Record<string, 'linux' | 'windows' | 'skip'>> = {
  RunInstances: 'linux',
  'RunInstances:0002': 'windows',
};

type Plan = { planType: SavingsPlanType; term: RiTerm; payment: PaymentOption; family?: string };

export class SavingsPlansMapper implements SavingsPlanVisitor {
  private readonly plans = new Map<string, Plan | 'skip'>();
  private readonly seen = new Map<string, ImportedSavingsPlanRate>();
  private readonly result: SavingsPlansImport;
  /** rates skipped because neither an operation nor a known EC2 SKU tells the OS */
  unresolved = 0;

  constructor(
    readonly region: Region,
    private readonly issues: IssueLog,
    private readonly ec2Skus: ReadonlyMap<string, PricedInstance> = new Map(),
  ) {
    this.result = { region, publicationDate: undefined, rates: [] };
  }

  header(publicationDate: string | undefined): void {
    this.result.publicationDate = publicationDate;
  }

  product(p: SpProduct): void {
    const reject = (field: string, value: string, message: string) => {
      this.issues.add({ where: p.where, field, value, message });
      this.plans.set(p.sku, 'skip');
    };
    const planType = PLAN_FAMILIES[p.productFamily];
    if (!planType) return reject('productFamily', p.productFamily, 'unknown Savings Plans family');
    if (planType === 'skip') {
      this.plans.set(p.sku, 'skip');
      return;
    }
    const a = p.attributes;
    const term = TERMS[a.purchaseTerm ?? ''];
    if (!term) return reject('purchaseTerm', a.purchaseTerm ?? '', 'unknown Savings Plans term');
    const payment = lookup(PURCHASE_OPTIONS, a.purchaseOption ?? '');
    if (!payment || payment === 'skip') {
      return reject('purchaseOption', a.purchaseOption ?? '', 'unknown Savings Plans purchase option');
    }
    const location = a.location ?? '';
    if (
      location !== 'Any' &&
      LOCATION_REGIONS.get(location) !== this.region &&
      a.regionCode !== this.region
    ) {
      if (!LOCATION_REGIONS.has(location) && !(a.regionCode && isRegion(a.regionCode))) {
        return reject('location', location, 'unknown location (not an AWS region name)');
      }
      this.plans.set(p.sku, 'skip');
      return;
    }
    if (planType === 'ec2-instance' && !a.instanceType) {
      return reject('instanceType', '', 'EC2 Instance Savings Plan without an instance family');
    }
    this.plans.set(p.sku, { planType, term, payment, ...(a.instanceType ? { family: a.instanceType } : {}) });
  }

  rate(r: SpRate): void {
    const plan = this.plans.get(r.planSku);
    const reject = (field: string, value: string, message: string) =>
      this.issues.add({ where: r.where, field, value, message });
    if (plan === undefined) return reject('sku', r.planSku, 'plan SKU is not among the file’s products');
    if (plan === 'skip' || r.discountedServiceCode !== 'AmazonEC2') return;
    if (r.durationYears !== undefined && r.durationYears !== TERM_YEARS[plan.term]) {
      return reject('leaseContractLength.duration', r.durationYears, `plan is sold as ${plan.term}`);
    }
    const usage = parseUsageType(r.discountedUsageType);
    if (!usage || usage.kind !== 'BoxUsage') return; // dedicated, host, unused-reservation usage: not in our table
    const instance = this.resolve(r, usage.detail);
    if (instance === 'rejected' || instance === null) return;
    if (plan.family !== undefined && instance.type.split('.')[0] !== plan.family) {
      return reject(
        'discountedUsageType',
        r.discountedUsageType,
        `not in the plan's instance family ${plan.family}`,
      );
    }
    if (r.currency !== undefined && r.currency !== 'USD')
      return reject('currency', r.currency, 'only USD is supported');
    if (r.unit !== undefined && r.unit !== 'Hrs')
      return reject('unit', r.unit, 'EC2 Savings Plans rates must be per hour');
    if (r.price === undefined || !priceSchema.safeParse(r.price).success) {
      return reject('discountedRate.price', r.price ?? '', 'price is not a plain decimal number');
    }
    const rate: ImportedSavingsPlanRate = {
      type: instance.type,
      os: instance.os,
      planType: plan.planType,
      term: plan.term,
      payment: plan.payment,
      hourly: canonicalPrice(r.price),
      where: r.where,
    };
    const key = [rate.type, rate.os, rate.planType, rate.term, rate.payment].join(' ');
    const earlier = this.seen.get(key);
    if (earlier) {
      if (earlier.hourly !== rate.hourly) {
        reject(
          'discountedRate.price',
          r.price,
          `conflicting rates for ${key}: ${earlier.hourly} at ${earlier.where.path ?? ''}`,
        );
      }
      return;
    }
    this.seen.set(key, rate);
    this.result.rates.push(rate);
  }

  finish(): SavingsPlansImport {
    return this.result;
  }

  private resolve(r: SpRate, detail: string): PricedInstance | null | 'rejected' {
    if (!INSTANCE_TYPE_PATTERN.test(detail)) {
      this.issues.add({
        where: r.where,
        field: 'discountedUsageType',
        value: r.discountedUsageType,
        message: 'not an EC2 instance type name',
      });
      return 'rejected';
    }
    if (r.discountedOperation !== undefined && r.discountedOperation !== '') {
      const os = OPERATIONS[r.discountedOperation];
      if (os) return os === 'skip' ? null : { type: detail, os, tenancy: 'shared' };
      if (/^RunInstances:[0-9a-z]{4}$/i.test(r.discountedOperation)) return null;
      this.issues.add({
        where: r.where,
        field: 'discountedOperation',
        value: r.discountedOperation,
        message: 'unknown EC2 operation',
      });
      return 'rejected';
    }
    const known = this.ec2Skus.get(r.discountedSku);
    if (!known) {
      this.unresolved++;
      return null;
    }
    if (known.type !== detail || known.tenancy !== 'shared') {
      this.issues.add({
        where: r.where,
        field: 'discountedSku',
        value: r.discountedSku,
        message: `EC2 SKU is ${known.type} (${known.tenancy}), but the usage type says ${r.discountedUsageType}`,
      });
      return 'rejected';
    }
    return known;
  }
}
