/**
 * Builds the report document from the analyses: pure, no I/O. The same document feeds the
 * HTML and the Markdown renderers, and — without the stress test and the front, which only
 * `mvnoscope report` runs — the Markdown of `mvnoscope analyze`.
 */
import { wholeNumber } from '../../text/whole-number.js';
import { adviceSection } from './advice-section.js';
import { assumptionsSection } from './assumptions-section.js';
import { concentrationSection } from './concentration-section.js';
import { dependencySection } from './dependency-section.js';
import { designSpaceSection } from './design-space-section.js';
import type { ReportDocument, Section } from './document.js';
import { executiveSection } from './executive-section.js';
import { findingsSection } from './findings-section.js';
import { leverageSection } from './leverage-section.js';
import { lockinSection } from './lockin-section.js';
import { shownFile } from './model-names.js';
import type { ReportInputs } from './report-inputs.js';
import { scorecardSection } from './scorecard-section.js';
import { sensitivitySection } from './sensitivity-section.js';
import { stressSection } from './stress-section.js';
import { summarySection } from './summary-section.js';
import { timelineSection } from './timeline-section.js';

export function buildReport(inputs: ReportInputs): ReportDocument {
  const { model } = inputs.loaded;
  const { analysis, run } = inputs.assessment;
  const operator = model.operator;
  const designSpace = designSpaceSection(inputs);
  const sections: Section[] = [
    executiveSection(inputs),
    ...(inputs.advice === undefined ? [] : [adviceSection(inputs.advice)]),
    timelineSection(inputs),
    summarySection(inputs),
    scorecardSection(analysis.scorecard),
    dependencySection(inputs),
    concentrationSection(inputs),
    findingsSection(shownFile(inputs.file), run.findings),
    lockinSection(inputs),
    leverageSection(inputs),
    ...(inputs.stress === undefined ? [] : [stressSection(inputs, inputs.stress)]),
    ...(inputs.sensitivity === undefined ? [] : [sensitivitySection(model, inputs.sensitivity)]),
    ...(designSpace === undefined ? [] : [designSpace]),
    assumptionsSection(inputs),
  ];
  return {
    title: `${operator.name}: ${analysis.classification.name}`,
    subtitle: `${operator.country} · ${operator.segments.join(', ')} · ${wholeNumber(operator.subscribers)} subscribers · model as of ${operator.as_of}`,
    source: shownFile(inputs.file),
    sections,
  };
}
