// A SurveyJS model of one of InfoShare's pack forms, for the side-by-side load measurement
// (tools/measure-vs-surveyjs.mjs): each section a page, each field the SurveyJS question that
// asks the same thing (choices, yes/no, text, email, date, address lines and postcode),
// repeating groups as dynamic panels within panels, and the same conditions for showing and
// requiring a field. It reads the pack's TOML as people write it.
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

/** A pack condition as a SurveyJS expression; `inPanel` names a field of the same group. */
function expression(condition, inPanel) {
  if (!condition) return undefined;
  const field = inPanel ? `{panel.${condition.field}}` : `{${condition.field}}`;
  if (condition.equals !== undefined) return `${field} = '${condition.equals}'`;
  if (condition.includes !== undefined) return `${field} contains '${condition.includes}'`;
  return `${field} notempty`;
}

const choices = (field) => (field.option ?? []).map((option) => ({ value: option.value, text: option.label }));

/** The SurveyJS question (or panel) that asks what the pack field asks. */
function question(field, inPanel) {
  const common = {
    name: field.id,
    title: field.label,
    description: field.hint,
    isRequired: Boolean(field.required) || undefined,
    visibleIf: expression(field.show_if, inPanel),
    requiredIf: expression(field.required_if, inPanel),
  };
  switch (field.kind) {
    case 'single-choice':
      return { type: 'radiogroup', ...common, choices: choices(field) };
    case 'multiple-choice':
      return { type: 'checkbox', ...common, choices: choices(field) };
    case 'yes-no':
      return { type: 'boolean', ...common, renderAs: 'radio' };
    case 'long-text':
      return { type: 'comment', ...common };
    case 'email':
      return { type: 'text', inputType: 'email', ...common };
    case 'date':
      return { type: 'text', inputType: 'date', ...common };
    case 'date-time':
      return { type: 'text', inputType: 'datetime-local', ...common };
    case 'address':
      return {
        type: 'panel',
        ...common,
        elements: [
          { type: 'comment', name: `${field.id}-lines`, title: 'Address', isRequired: common.isRequired },
          { type: 'text', name: `${field.id}-postcode`, title: 'Postcode', isRequired: field.postcode_required !== false && common.isRequired },
        ],
      };
    case 'group':
      return {
        type: 'paneldynamic',
        ...common,
        minPanelCount: field.min_items ?? 0,
        panelCount: field.min_items ?? 0,
        maxPanelCount: field.max_items,
        panelAddText: `Add ${field.label.toLowerCase()}`,
        templateElements: (field.field ?? []).map((inner) => question(inner, true)),
      };
    default:
      return { type: 'text', ...common };
  }
}

/** The SurveyJS model of form `id` in the pack file at `path`. */
export function surveyModel(path, id) {
  const pack = parse(readFileSync(path, 'utf8'));
  const form = (pack.form ?? []).find((candidate) => candidate.id === id);
  if (!form) throw new Error(`${path} has no form ${id}`);
  return {
    title: form.title,
    showQuestionNumbers: 'off',
    pages: form.section.map((section) => ({ name: section.id, title: section.title, elements: section.field.map((field) => question(field, false)) })),
  };
}
