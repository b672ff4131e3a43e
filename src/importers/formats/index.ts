/** The import formats, in the order `mvnoscope import --help` lists them. */
import type { ImportFormat } from '../import-format.js';
import { archimateFormat } from './archimate.js';
import { cyclonedxFormat } from './cyclonedx.js';
import { otmFormat } from './otm.js';
import { registerFormat } from './register.js';
import { structurizrFormat } from './structurizr.js';
import { threagileFormat } from './threagile.js';
import { odaFormat } from './tmforum-oda.js';

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  cyclonedxFormat,
  archimateFormat,
  odaFormat,
  otmFormat,
  structurizrFormat,
  threagileFormat,
  registerFormat,
];
