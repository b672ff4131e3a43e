/**
 * The stack model: one document describing one operator's architecture. This schema is the
 * single source of the model's TypeScript types (z.output below) and of the JSON Schema that
 * editors use (json-schema.ts).
 */
import { z } from 'zod';
import { AdviceSchema } from './advice.js';
import { CapabilitySchema } from './capabilities.js';
import { CapitalSchema } from './capital.js';
import { ContractSchema } from './contracts.js';
import { CostLineSchema } from './costs.js';
import { DataClassSchema } from './data-classes.js';
import { DecisionSchema } from './decisions.js';
import { DesignSpaceSchema } from './design-space.js';
import { EconomicsSchema } from './economics.js';
import { GroupSchema } from './groups.js';
import { IntegrationSchema } from './integrations.js';
import { AiUseCaseSchema } from './intelligence.js';
import { NumberingSchema } from './numbering.js';
import { OperatorSchema } from './operator.js';
import { ProviderSchema } from './providers.js';
import { ScenariosSchema } from './scenarios.js';
import { SimGroupSchema } from './sims.js';
import { SuppressionsSchema } from './suppressions.js';

/** The model format version this build reads. */
export const FORMAT_VERSION = 1;

export const StackModelSchema = z
  .strictObject({
    mvnoscope: z
      .literal(FORMAT_VERSION, { error: `expected model format version ${FORMAT_VERSION}` })
      .optional()
      .meta({ description: 'Model format version.' }),
    operator: OperatorSchema,
    groups: z
      .array(GroupSchema)
      .optional()
      .meta({ description: 'Ownership groups: providers of one group count as one dependency.' }),
    capabilities: z.array(CapabilitySchema).optional().meta({
      description:
        'Overrides of catalogue capabilities, and capabilities of your own (with name, layers and critical). Supplied capabilities are in scope without being listed.',
    }),
    providers: z
      .array(ProviderSchema)
      .min(1, { error: 'a model needs at least one provider' })
      .meta({
        description:
          "Who supplies what: host networks, enablers, SaaS, clouds, vendors, and the operator's own functions (kind in_house).",
      }),
    contracts: z
      .array(ContractSchema)
      .optional()
      .meta({ description: 'Contracts with providers: term, notice, exit, prices and clauses.' }),
    integrations: z.array(IntegrationSchema).optional().meta({
      description:
        'Links between the operator and providers, or between providers: each an exposure point and re-integration work.',
    }),
    data: z.array(DataClassSchema).optional().meta({
      description:
        'Data classes: sensitivity, who holds them, where they are and where they must stay.',
    }),
    sims: z.array(SimGroupSchema).optional().meta({
      description:
        'SIMs in service by kind: who issues the IMSIs, who holds the keys, who manages profiles.',
    }),
    numbering: NumberingSchema.optional().meta({
      description: 'Numbering resources: own MCC-MNC, MSISDN ranges, global titles.',
    }),
    intelligence: z.array(AiUseCaseSchema).optional().meta({
      description:
        'AI use cases: what they decide, where they run, who controls model and training data.',
    }),
    costs: z.array(CostLineSchema).optional().meta({
      description: 'Cost lines, tied to providers and to the market prices they float with.',
    }),
    capital: CapitalSchema.optional().meta({
      description: 'Funding, runway, investors and their ties to suppliers.',
    }),
    decisions: z
      .array(DecisionSchema)
      .optional()
      .meta({ description: 'The decision log: how the architecture came to be.' }),
    economics: EconomicsSchema.optional(),
    design_space: DesignSpaceSchema.optional(),
    scenarios: ScenariosSchema.optional(),
    suppressions: SuppressionsSchema.optional(),
    advice: AdviceSchema.optional(),
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
export type Suppression = NonNullable<StackModel['suppressions']>[number];
