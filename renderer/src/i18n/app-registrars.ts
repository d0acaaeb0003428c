import { registerCompareI18n } from '../compare/register-compare-i18n';
import { registerExerciseI18n } from '../exercise/register-exercise-i18n';
import { registerInstancesI18n } from '../instances/register-instances-i18n';
import { registerPriceTablesI18n } from '../price-tables/register-price-tables-i18n';
import { registerPurchaseI18n } from '../purchase/register-purchase-i18n';
import { registerRightsizingI18n } from '../rightsizing/register-rightsizing-i18n';
import { registerWorkspaceI18n } from '../workspace/register-workspace-i18n';
import type { I18nRegistrar } from './index';

/** Every namespace the app uses besides 'common'; main.tsx and the tests register the same list. */
export const APP_I18N_REGISTRARS: readonly I18nRegistrar[] = [
  registerInstancesI18n,
  registerPurchaseI18n,
  registerExerciseI18n,
  registerRightsizingI18n,
  registerPriceTablesI18n,
  registerWorkspaceI18n,
  registerCompareI18n,
];
