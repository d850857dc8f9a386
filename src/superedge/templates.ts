/**
 * How the application-grid-controller picks the template of one grid value (one unit
 * of the grid's group). The preview renders with it, and the rules check that every
 * name it can reach exists. Internal: not exported.
 *
 * This module imports nothing from the library; everything may import it.
 */

/**
 * The template name that means "spec.template". After the controller's defaulting,
 * `defaultTemplateName` is `default`; so is an empty name. A `templatePool` entry
 * literally named `default` can therefore never be reached.
 */
export const DEFAULT_TEMPLATE_NAME = 'default';

/** The fields of a grid spec that choose templates. */
export interface TemplateChoice {
  readonly templates?: { [value: string]: string };
  readonly defaultTemplateName?: string;
}

/**
 * The template name the controller uses for grid value `value`: `templates[value]` if
 * that key exists, else `defaultTemplateName`, else `default`. Returns `undefined` when
 * the name means `spec.template` (`default` or empty); otherwise the `templatePool`
 * entry to use, which must exist (a missing one stops the whole reconcile before any
 * create, update or delete).
 */
export function resolveTemplateName(spec: TemplateChoice, value: string): string | undefined {
  const templates = spec.templates ?? {};
  const name = Object.prototype.hasOwnProperty.call(templates, value) ? templates[value] : (spec.defaultTemplateName || DEFAULT_TEMPLATE_NAME);
  return isDefaultTemplateName(name) ? undefined : name;
}

/** Whether a template name means `spec.template` (`default` or empty). */
export function isDefaultTemplateName(name: string | undefined): boolean {
  return name === undefined || name === DEFAULT_TEMPLATE_NAME || name === '';
}
