/**
 * The questionnaire: one group of choices per question (src/importers/questionnaire.ts says
 * what each answer does to the model). A choice the other answers rule out (the enabler
 * issuing IMSIs when there is no enabler) is disabled with the reason beside it.
 */
import {
  type AiUseCase,
  answersProblem,
  choiceAllowed,
  STARTER_CHOICES,
  type StarterAnswers,
} from '../../../src/importers/questionnaire.js';

type Single = 'hosts' | 'enabler' | 'imsiIssuer' | 'keyHolder' | 'billing' | 'cloud';

const QUESTIONS: readonly { key: Single; legend: string }[] = [
  { key: 'hosts', legend: 'Host networks' },
  { key: 'enabler', legend: 'An enabler (MVNE) between you and the host?' },
  { key: 'imsiIssuer', legend: 'Who issues the IMSIs?' },
  { key: 'keyHolder', legend: 'Who holds the SIM keys (Ki/OPc)?' },
  { key: 'billing', legend: 'Who runs billing?' },
  { key: 'cloud', legend: 'Cloud' },
];

export function QuestionnaireForm({
  answers,
  onChange,
}: {
  answers: StarterAnswers;
  onChange: (answers: StarterAnswers) => void;
}) {
  const problem = answersProblem(answers);
  return (
    <div className="questionnaire" data-testid="questionnaire">
      {QUESTIONS.map(({ key, legend }) => (
        <fieldset key={key} className="form-row">
          <legend>{legend}</legend>
          {(
            STARTER_CHOICES[key] as readonly { value: StarterAnswers[Single]; label: string }[]
          ).map((choice) => {
            const allowed =
              key === 'imsiIssuer' || key === 'keyHolder' || key === 'billing'
                ? choiceAllowed(answers, key, choice.value as StarterAnswers[typeof key])
                : true;
            return (
              <label key={String(choice.value)} className="check">
                <input
                  type="radio"
                  name={`question-${key}`}
                  checked={answers[key] === choice.value}
                  disabled={!allowed}
                  onChange={() => onChange(withAnswer(answers, key, choice.value))}
                />
                {choice.label}
                {!allowed && <span className="muted"> (needs an enabler)</span>}
              </label>
            );
          })}
        </fieldset>
      ))}
      <fieldset className="form-row">
        <legend>AI use cases</legend>
        {STARTER_CHOICES.ai.map((choice) => (
          <label key={choice.value} className="check">
            <input
              type="checkbox"
              checked={answers.ai.includes(choice.value)}
              onChange={(event) =>
                onChange({
                  ...answers,
                  ai: toggled(answers.ai, choice.value, event.target.checked),
                })
              }
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      {problem !== undefined && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/**
 * The answers with one changed. Turning the enabler off moves what it did to the nearest
 * choice that remains (the host for IMSIs and keys, a SaaS vendor for billing), so the form
 * never holds answers it cannot make a model of.
 */
export function withAnswer(
  answers: StarterAnswers,
  key: Single,
  value: StarterAnswers[Single],
): StarterAnswers {
  const next = { ...answers, [key]: value } as StarterAnswers;
  if (next.enabler) return next;
  return {
    ...next,
    imsiIssuer: next.imsiIssuer === 'enabler' ? 'host' : next.imsiIssuer,
    keyHolder: next.keyHolder === 'enabler' ? 'host' : next.keyHolder,
    billing: next.billing === 'enabler' ? 'saas' : next.billing,
  };
}

function toggled(list: readonly AiUseCase[], item: AiUseCase, on: boolean): AiUseCase[] {
  const rest = list.filter((x) => x !== item);
  return on ? [...rest, item] : rest;
}
