import {
  adrsRecordedFunction,
  ownerIsGroupFunction,
  runbookCoversAlertsFunction,
  slosDefinedFunction,
  systemIsSetFunction,
  techdocsFunction,
} from './catalogFunctions';
import { ciWorkflowFunction } from './ciWorkflow';
import { dockerfileFunction } from './dockerfile';
import { DEFAULT_IMPURE_PACKAGES, domainPurityFunction } from './domainPurity';
import type { FitnessFunction } from './FitnessFunction';
import { hardcodedSecretsFunction } from './hardcodedSecrets';
import { healthProbesFunction } from './healthProbes';
import { imageImportsAppFunction } from './imageImportsApp';
import { importCyclesFunction } from './importCycles';
import { layerContractsFunction } from './layerContracts';
import { modularBoundariesFunction } from './modularBoundaries';
import { nonRootNumericUserFunction } from './nonRootNumericUser';
import { pinnedDependenciesFunction } from './pinnedDependencies';
import { portsHaveAdaptersFunction } from './portsHaveAdapters';
import { sloMetricsProducedFunction } from './sloMetricsProduced';
import { structuredLoggingFunction } from './structuredLogging';
import { templateCurrencyFunction } from './templateCurrency';
import { testsPerLayerFunction } from './testsPerLayer';

export interface DefaultFunctionsOptions {
  /** Packages the domain must not import (domain-purity). */
  impurePackages?: string[];
  /** How old the newest ADR may be (adrs-recorded). */
  adrMaxAgeDays?: number;
}

/** The portal's built-in fitness functions, layer contracts first. */
export function defaultFitnessFunctions(
  options: DefaultFunctionsOptions = {},
): FitnessFunction[] {
  return [
    layerContractsFunction,
    domainPurityFunction(options.impurePackages ?? DEFAULT_IMPURE_PACKAGES),
    importCyclesFunction,
    modularBoundariesFunction,
    portsHaveAdaptersFunction,
    testsPerLayerFunction,
    healthProbesFunction,
    dockerfileFunction,
    imageImportsAppFunction,
    nonRootNumericUserFunction,
    ciWorkflowFunction,
    structuredLoggingFunction,
    pinnedDependenciesFunction,
    slosDefinedFunction,
    sloMetricsProducedFunction,
    hardcodedSecretsFunction,
    ownerIsGroupFunction,
    systemIsSetFunction,
    techdocsFunction,
    adrsRecordedFunction(options.adrMaxAgeDays),
    runbookCoversAlertsFunction,
    templateCurrencyFunction,
  ];
}
