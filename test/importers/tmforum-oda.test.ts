/**
 * TM Forum ODA: TMFC024 Billing Account Management's dependent APIs TMF632 (party), TMF669
 * (party role) and TMF672 (user role permission) become integrations from the component to a
 * provider of each API; its exposed TMF666 (account management) makes it a billing supplier.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TMF_API_CAPABILITIES } from '../../src/importers/formats/tmforum-oda.js';
import { importModel } from '../../src/importers/import-model.js';
import { loadOk } from '../support/load.js';

const FILE = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'research',
  'tmforum-oda',
  'TMFC024-BillingAccountManagement.yaml',
);

describe('TMFC024 Billing Account Management', async () => {
  const outcome = await importModel({
    format: 'tmforum-oda',
    file: FILE,
    bytes: readFileSync(FILE),
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
  const { declared } = loadOk(outcome.text);
  const component = declared.providers.find((p) => p.name === 'BillingAccountManagement (TMFC024)');

  it('is a billing supplier through its exposed TMF666', () => {
    expect(component?.supplies).toEqual(['billing']);
  });

  it.each([
    ['TMF632', 'crm_care'],
    ['TMF669', 'crm_care'],
    ['TMF672', 'security_ops'],
  ])('its dependent %s becomes an integration to a provider of that API', (api, capability) => {
    const integration = (declared.integrations ?? []).find((i) => i.notes?.startsWith(`${api} `));
    expect(integration?.from).toBe(component?.id);
    const provider = declared.providers.find((p) => p.id === integration?.to);
    expect(provider?.name).toMatch(new RegExp(`^${api} `));
    expect(provider?.supplies).toEqual([capability]);
    expect(integration?.protocol).toBe('rest');
  });

  it('says in the model that who provides each API is not in the spec', () => {
    const block = outcome.text.slice(outcome.text.indexOf('TMF632 party-management-api provider'));
    expect(block).toMatch(/# TODO name, kind: the source names only the interface/);
  });

  it('marks the optional dependencies (TMF670, TMF676) as such', () => {
    const optional = (declared.integrations ?? []).filter((i) => i.notes?.includes('(optional)'));
    expect(optional.map((i) => i.notes?.slice(0, 6)).sort()).toEqual(['TMF670', 'TMF676']);
  });
});

describe('docs/import.md', () => {
  const docs = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'import.md'), 'utf8');
  const section = docs.slice(
    docs.indexOf('TMF API → capability:'),
    docs.indexOf('An exposed API outside'),
  );

  it.each(Object.entries(TMF_API_CAPABILITIES))(
    'lists %s under %s, as the mapping table has it',
    (api, capability) => {
      // "TMF620, 622, 637 … → `product_order`": find the clause that names the capability.
      const clause = section.split(';').find((part) => part.includes(`\`${capability}\``)) ?? '';
      expect(clause).toContain(api.slice(3));
    },
  );
});
