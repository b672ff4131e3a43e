/** The import formats, in the order `mvnoscope import --help` lists them. */
import type { ImportFormat } from '../import-format.js';
import { cyclonedxFormat } from './cyclonedx.js';
import { otmFormat } from './otm.js';
import { threagileFormat } from './threagile.js';
import { odaFormat } from './tmforum-oda.js';

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  cyclonedxFormat,
  threagileFormat,
  otmFormat,
  odaFormat,
];
