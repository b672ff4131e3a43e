/**
 * The stack model: one document describing one operator's architecture. This schema is the
 * single source of the model's TypeScript types (z.output below) and of the JSON Schema that
 * editors use (json-schema.ts).
 */
import { z } from 'zod';
import { CapabilitySchema } from './capabilities.js';
import { CapitalSchema } from './capital.js';
import { ContractSchema } from './contracts.js';
import { CostLineSchema } from './costs.js';
import { DataClassSchema } from './data-classes.js';
import { DecisionSchema } from './decisions.js';
import { GroupSchema } from './groups.js';
import { IntegrationSchema } from './integrations.js';
import { AiUseCaseSchema } from './intelligence.js';
import { NumberingSchema } from './numbering.js';
import { OperatorSchema } from './operator.js';
import { ProviderSchema } from './providers.js';
import { DesignSpaceSchema, ScenariosSchema, SuppressionsSchema } from './reserved.js';
import { SimGroupSchema } from './sims.js';

/** The model format version this build reads. */
export const FORMAT_VERSION = 1;

export const StackModelSchema = z
  .strictObject({
    mvnoscope: z
      .literal(FORMAT_VERSION, { error: `expected model format version ${FORMAT_VERSION}` })
      .optional()
      .meta({ description: 'Model format version.' }),
    operator: OperatorSchema,
    groups: z.array(GroupSchema).optional(),
    capabilities: z.array(CapabilitySchema).optional(),
    providers: z.array(ProviderSchema).min(1, { error: 'a model needs at least one provider' }),
    contracts: z.array(ContractSchema).optional(),
    integrations: z.array(IntegrationSchema).optional(),
    data: z.array(DataClassSchema).optional(),
    sims: z.array(SimGroupSchema).optional(),
    numbering: NumberingSchema.optional(),
    intelligence: z.array(AiUseCaseSchema).optional(),
    costs: z.array(CostLineSchema).optional(),
    capital: CapitalSchema.optional(),
    decisions: z.array(DecisionSchema).optional(),
    design_space: DesignSpaceSchema.optional(),
    scenarios: ScenariosSchema.optional(),
    suppressions: SuppressionsSchema.optional(),
  })
  .meta({
    title: 'mvnoscope stack model',
    description:
      "One operator's architecture: host networks, enablers, contracts, SIMs, data, AI, costs, capital and decisions.",
  });

export type StackModel = z.output<typeof StackModelSchema>;
export type StackModelInput = z.input<typeof StackModelSchema>;
export type Operator = StackModel['operator'];
export type Provider = StackModel['providers'][number];
export type Contract = NonNullable<StackModel['contracts']>[number];
export type Integration = NonNullable<StackModel['integrations']>[number];
export type DataClass = NonNullable<StackModel['data']>[number];
export type SimGroup = NonNullable<StackModel['sims']>[number];
export type AiUseCase = NonNullable<StackModel['intelligence']>[number];
export type CostLine = NonNullable<StackModel['costs']>[number];
export type Decision = NonNullable<StackModel['decisions']>[number];
export type Group = NonNullable<StackModel['groups']>[number];
export type CapabilityEntry = NonNullable<StackModel['capabilities']>[number];
