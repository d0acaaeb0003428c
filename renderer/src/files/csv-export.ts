import { estimate, linesCsv, type Prices, type Scenario } from '../../../engine';
import type { Language } from '../i18n';

/** The engine's line CSV (UTF-8 with BOM, CRLF, traces included) of a fresh full estimate. */
export function csvOfScenario(scenario: Scenario, prices: Prices, language: Language): string {
  return linesCsv(estimate(scenario, prices), language);
}
