/**
 * Between the form's HTML and `SubmissionForm`: reading and filling the inputs, repeated groups
 * (places, schedule rules, dates, sessions) cloned from <template>s, and finding the input that a
 * validator problem's field path points at.
 *
 * The markup marks what the code needs: `data-value` (an input's key), `data-text` (a
 * LocalizedText field with `data-lang` inputs), `data-choices` (checkboxes), `data-radio`
 * (radio buttons), `data-list` + `data-item` (repeated groups) and `data-field` (the entry path
 * segment a wrapper stands for, so that errors land next to the right input).
 */
import {
  emptyForm,
  type EntryKind,
  type Extension,
  type LocationInput,
  type RuleInput,
  type RuleKind,
  type SubmissionForm,
  type TextInput,
  type Tristate,
} from '../../lib/submission.ts';
import type { PathSegment } from '../../lib/yaml.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const PLACEHOLDER = /__n__/g;
let counter = 0;

/** The elements of one form or one repeated group, not those of the groups nested inside it. */
export class Scope {
  readonly root: Element;
  readonly #item: Element | null;

  constructor(root: Element) {
    this.root = root;
    this.#item = root.matches('[data-item]') ? root : null;
  }

  all<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)].filter((element) => element.closest('[data-item]') === this.#item);
  }

  one<T extends Element = HTMLElement>(selector: string): T | undefined {
    return this.all<T>(selector)[0];
  }

  value(key: string): string {
    return this.one<Control>(`[data-value="${key}"]`)?.value ?? '';
  }

  setValue(key: string, value: string): void {
    const control = this.one<Control>(`[data-value="${key}"]`);
    if (!control) return;
    if (control instanceof HTMLSelectElement && value !== '' && ![...control.options].some((option) => option.value === value)) {
      // A value the choices do not list (an unusual interval, say) is kept rather than lost.
      control.add(new Option(value, value));
    }
    control.value = value;
  }

  text(key: string): TextInput {
    const wrapper = this.one(`[data-text="${key}"]`);
    if (!wrapper) return { values: {}, map: false };
    const values: Record<string, string> = {};
    for (const input of wrapper.querySelectorAll<Control>('[data-lang]')) values[input.dataset.lang!] = input.value;
    return { values, map: wrapper.dataset.map === 'true' };
  }

  setText(key: string, text: TextInput): void {
    const wrapper = this.one(`[data-text="${key}"]`);
    if (!wrapper) return;
    const inputs = [...wrapper.querySelectorAll<Control>('[data-lang]')];
    inputs.forEach((input) => (input.value = text.values[input.dataset.lang!] ?? ''));
    wrapper.dataset.map = String(text.map);
    const translated = inputs.slice(1).some((input) => input.value !== '');
    const details = wrapper.querySelector<HTMLDetailsElement>('[data-translations]');
    if (details && translated) details.open = true;
  }

  /** Checked values, in the order they were loaded in and then in the page's order. */
  choices(key: string): string[] {
    const wrapper = this.one(`[data-choices="${key}"]`);
    if (!wrapper) return [];
    const checked = [...wrapper.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((input) => input.checked).map((input) => input.value);
    const order = (wrapper.dataset.order ?? '').split(' ').filter(Boolean);
    return [...order.filter((value) => checked.includes(value)), ...checked.filter((value) => !order.includes(value))];
  }

  setChoices(key: string, values: readonly string[]): void {
    const wrapper = this.one(`[data-choices="${key}"]`);
    if (!wrapper) return;
    for (const input of wrapper.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) input.checked = values.includes(input.value);
    wrapper.dataset.order = values.join(' ');
    for (const details of wrapper.querySelectorAll<HTMLDetailsElement>('details')) {
      if (details.querySelector('input:checked')) details.open = true;
    }
  }

  radio(key: string): string {
    const wrapper = this.one(`[data-radio="${key}"]`);
    return wrapper?.querySelector<HTMLInputElement>(':scope > .choices input:checked')?.value ?? '';
  }

  setRadio(key: string, value: string): void {
    const wrapper = this.one(`[data-radio="${key}"]`);
    if (!wrapper) return;
    for (const input of wrapper.querySelectorAll<HTMLInputElement>(':scope > .choices input[type="radio"]')) input.checked = input.value === value;
  }

  list(name: string): HTMLElement | undefined {
    return this.one(`[data-list="${name}"]`);
  }

  items(name: string): Scope[] {
    const list = this.list(name);
    return list ? itemsOf(list).map((item) => new Scope(item)) : [];
  }
}

function itemsOf(list: Element): HTMLElement[] {
  return [...list.children].filter((child): child is HTMLElement => child instanceof HTMLElement && child.matches('[data-item]'));
}

/** Adds a group cloned from the list's template, with fresh ids; returns it. */
export function addItem(list: HTMLElement): HTMLElement {
  const host = list.closest('submit-form')!;
  const template = host.querySelector<HTMLTemplateElement>(`template[data-template="${list.dataset.templateName}"]`)!;
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  const suffix = String(++counter);
  for (const element of fragment.querySelectorAll('*')) {
    for (const attribute of ['id', 'for', 'name', 'aria-describedby', 'aria-labelledby']) {
      const value = element.getAttribute(attribute);
      if (value?.includes('__n__')) element.setAttribute(attribute, value.replace(PLACEHOLDER, suffix));
    }
  }
  const item = fragment.firstElementChild as HTMLElement;
  list.append(fragment);
  numberItems(list);
  return item;
}

export function removeItem(item: HTMLElement): void {
  const list = item.parentElement!;
  item.remove();
  numberItems(list);
}

/** Titles each group "Place 1", "Place 2" … from the list's `data-item-label`. */
export function numberItems(list: HTMLElement): void {
  itemsOf(list).forEach((item, index) => {
    const text = (list.dataset.itemLabel ?? '{n}').replace('{n}', String(index + 1));
    const scope = new Scope(item);
    const title = scope.one('[data-item-title]');
    if (title) title.textContent = text;
    // "Remove" alone does not say which; screen readers hear "Remove: Date 2".
    const name = scope.one('[data-item-name]');
    if (name) name.textContent = `: ${text}`;
  });
}

function clearList(list: HTMLElement | undefined): void {
  if (list) for (const item of itemsOf(list)) item.remove();
}

// ---------------------------------------------------------------------------------------------
// Reading and filling the whole form

const tristate = (value: string): Tristate => (value === 'true' || value === 'false' ? value : '');

/** Everything the form holds now. */
export function readForm(form: Element, extension: Extension): SubmissionForm {
  const scope = new Scope(form);
  const kind = (scope.radio('kind') || 'activity') as EntryKind;
  const result = emptyForm(kind);
  result.extension = extension;
  result.org = scope.value('org');
  result.id = scope.value('id').trim();
  result.name = scope.text('name');
  result.summary = scope.text('summary');
  result.description = scope.text('description');
  result.plainSummary = scope.text('plainSummary');
  result.businessId = scope.value('businessId');
  result.website = scope.value('website');
  result.address = scope.text('address');
  result.contact = { email: scope.value('contactEmail'), phone: scope.value('contactPhone'), website: scope.value('contactWebsite') };
  result.area = {
    kind: scope.radio('areaKind') as SubmissionForm['area']['kind'],
    counties: scope.choices('counties'),
    municipalities: scope.choices('municipalities'),
  };
  result.verified = scope.value('verified');
  result.type = scope.radio('type');
  result.situations = scope.choices('situations');
  result.audiences = scope.choices('audiences');
  result.ageMin = scope.value('ageMin');
  result.ageMax = scope.value('ageMax');
  result.languages = scope.choices('languages');
  result.modes = scope.choices('modes');
  result.locations = scope.items('locations').map(readLocation);
  result.schedule = { kind: scope.radio('scheduleKind') as SubmissionForm['schedule']['kind'], rules: scope.items('schedule').map(readRule) };
  result.scheduleNote = scope.text('scheduleNote');
  result.cost = { kind: scope.radio('costKind') as SubmissionForm['cost']['kind'], fee: scope.text('fee') };
  result.registration = {
    required: tristate(scope.radio('registrationRequired')),
    referral: tristate(scope.radio('referral')),
    url: scope.value('registrationUrl'),
    phone: scope.value('registrationPhone'),
    email: scope.value('registrationEmail'),
    note: scope.text('note'),
  };
  result.anonymous = tristate(scope.radio('anonymous'));
  result.partners = scope.choices('partners');
  result.keywords = scope.value('keywords');
  const statusKey = kind === 'event' ? 'eventStatus' : 'activityStatus';
  result.status = kind === 'organisation' ? '' : scope.value(statusKey);
  result.statusWritten = scope.one(`[data-value="${statusKey}"]`)?.dataset.written === 'true';
  result.start = scope.value('start');
  result.end = scope.value('end');
  result.sessions = scope.items('sessions').map((item) => ({ start: item.value('start'), end: item.value('end') }));
  result.activity = scope.value('activity');
  return result;
}

function readLocation(item: Scope): LocationInput {
  return {
    name: item.text('name'),
    street: item.value('street'),
    postalCode: item.value('postalCode'),
    municipality: item.value('municipality'),
    latitude: item.value('latitude'),
    longitude: item.value('longitude'),
    accessibility: item.choices('accessibility'),
    accessibilityNote: item.text('accessibilityNote'),
  };
}

export function readRule(item: Scope): RuleInput {
  const kind = (item.radio('ruleKind') || 'weekly') as RuleKind;
  return {
    kind,
    weekdays: item.choices('weekdays'),
    every: kind === 'monthly' ? item.value('monthlyEvery') : item.value('weeklyEvery'),
    monthlyWeekday: item.value('monthlyWeekday'),
    nth: item.choices('nth'),
    dates: item.items('dates').map((date) => date.value('date')),
    start: item.value('start'),
    end: item.value('end'),
    from: item.value('from'),
    until: item.value('until'),
    except: item.items('except').map((date) => date.value('date')),
  };
}

/** Fills the form; repeated groups are rebuilt. */
export function writeForm(form: Element, data: SubmissionForm): void {
  const scope = new Scope(form);
  scope.setRadio('kind', data.kind);
  scope.setValue('org', data.org);
  scope.setValue('id', data.id);
  scope.setText('name', data.name);
  scope.setText('summary', data.summary);
  scope.setText('description', data.description);
  scope.setText('plainSummary', data.plainSummary);
  scope.setValue('businessId', data.businessId);
  scope.setValue('website', data.website);
  scope.setText('address', data.address);
  scope.setValue('contactEmail', data.contact.email);
  scope.setValue('contactPhone', data.contact.phone);
  scope.setValue('contactWebsite', data.contact.website);
  scope.setRadio('areaKind', data.area.kind);
  scope.setChoices('counties', data.area.counties);
  scope.setChoices('municipalities', data.area.municipalities);
  scope.setValue('verified', data.verified);
  scope.setRadio('type', data.type);
  scope.setChoices('situations', data.situations);
  scope.setChoices('audiences', data.audiences);
  scope.setValue('ageMin', data.ageMin);
  scope.setValue('ageMax', data.ageMax);
  scope.setChoices('languages', data.languages);
  scope.setChoices('modes', data.modes);

  const locations = scope.list('locations');
  clearList(locations);
  for (const location of data.locations) writeLocation(new Scope(addItem(locations!)), location);

  scope.setRadio('scheduleKind', data.schedule.kind);
  const rules = scope.list('schedule');
  clearList(rules);
  for (const rule of data.schedule.rules) writeRule(new Scope(addItem(rules!)), rule);
  scope.setText('scheduleNote', data.scheduleNote);

  scope.setRadio('costKind', data.cost.kind);
  scope.setText('fee', data.cost.fee);
  scope.setRadio('registrationRequired', data.registration.required);
  scope.setRadio('referral', data.registration.referral);
  scope.setValue('registrationUrl', data.registration.url);
  scope.setValue('registrationPhone', data.registration.phone);
  scope.setValue('registrationEmail', data.registration.email);
  scope.setText('note', data.registration.note);
  scope.setRadio('anonymous', data.anonymous);
  scope.setChoices('partners', data.partners);
  if (data.partners.length > 0) {
    const details = form.querySelector<HTMLDetailsElement>('[data-partners-details]');
    if (details) details.open = true;
  }
  scope.setValue('keywords', data.keywords);
  if (data.kind !== 'organisation') {
    const statusKey = data.kind === 'event' ? 'eventStatus' : 'activityStatus';
    scope.setValue(statusKey, data.status);
    scope.one(`[data-value="${statusKey}"]`)!.dataset.written = String(data.statusWritten);
  }

  scope.setValue('start', data.start);
  scope.setValue('end', data.end);
  const sessions = scope.list('sessions');
  clearList(sessions);
  for (const session of data.sessions) {
    const item = new Scope(addItem(sessions!));
    item.setValue('start', session.start);
    item.setValue('end', session.end);
  }
  scope.setValue('activity', data.activity);
}

function writeLocation(item: Scope, location: LocationInput): void {
  item.setText('name', location.name);
  item.setValue('street', location.street);
  item.setValue('postalCode', location.postalCode);
  item.setValue('municipality', location.municipality);
  item.setValue('latitude', location.latitude);
  item.setValue('longitude', location.longitude);
  item.setChoices('accessibility', location.accessibility);
  item.setText('accessibilityNote', location.accessibilityNote);
}

function writeRule(item: Scope, rule: RuleInput): void {
  item.setRadio('ruleKind', rule.kind);
  item.setChoices('weekdays', rule.weekdays);
  item.setValue(rule.kind === 'monthly' ? 'monthlyEvery' : 'weeklyEvery', rule.every);
  item.setValue('monthlyWeekday', rule.monthlyWeekday);
  item.setChoices('nth', rule.nth);
  const dates = item.list('dates');
  for (const date of rule.dates) new Scope(addItem(dates!)).setValue('date', date);
  item.setValue('start', rule.start);
  item.setValue('end', rule.end);
  item.setValue('from', rule.from);
  item.setValue('until', rule.until);
  const except = item.list('except');
  for (const date of rule.except) new Scope(addItem(except!)).setValue('date', date);
}

// ---------------------------------------------------------------------------------------------
// Where a problem goes

export interface FieldTarget {
  /** The wrapper the message goes into. */
  wrapper: HTMLElement;
  /** The input a link in the error summary moves to. */
  control: HTMLElement | undefined;
  /** "Place 2 › Street address", for the error summary. */
  label: string;
}

const isVisible = (element: Element) => !element.closest('[hidden]');

/** The nearest wrapper or group above `element`. */
function fieldParent(element: Element): Element | null {
  return element.parentElement?.closest('[data-field], [data-item]') ?? null;
}

/**
 * The visible wrapper that best matches a field path: the deepest one found by walking the path
 * (`["locations", 1, "street"]` → the second place's street), or undefined if not even the first
 * segment is on the form.
 */
export function findField(form: HTMLElement, path: readonly PathSegment[]): FieldTarget | undefined {
  let scope: HTMLElement = form;
  let found: HTMLElement | undefined;
  const labels: string[] = [];
  for (let index = 0; index < path.length; index++) {
    const segment = path[index]!;
    if (typeof segment === 'number') {
      const list = scope.matches('[data-list]')
        ? scope
        : [...scope.querySelectorAll<HTMLElement>('[data-list]')].find((candidate) => fieldParent(candidate) === scope);
      const item = list ? itemsOf(list)[segment] : undefined;
      if (!item) break;
      // "Place 2" says more than the list's own label before it.
      if (list === scope && scope.dataset.label && labels.at(-1) === scope.dataset.label) labels.pop();
      scope = found = item;
      const title = new Scope(item).one('[data-item-title]')?.textContent;
      if (title) labels.push(title);
      continue;
    }
    const owner = scope === form ? null : scope;
    const candidates = [...scope.querySelectorAll<HTMLElement>(`[data-field="${CSS.escape(segment)}"]`)].filter(
      (candidate) => fieldParent(candidate) === owner && isVisible(candidate),
    );
    const listFirst = typeof path[index + 1] === 'number';
    const match = (listFirst ? candidates.find((candidate) => candidate.matches('[data-list]') || candidate.querySelector('[data-list]')) : undefined) ?? candidates[0];
    if (!match) break;
    scope = found = match;
    if (match.dataset.label) labels.push(match.dataset.label);
  }
  if (!found) return undefined;
  // A problem with a whole text is one for its default-language input.
  if (found.matches('[data-text]')) {
    const first = found.querySelector<HTMLElement>('.text-language');
    if (first) found = first;
    if (first?.dataset.label) labels.splice(-1, 1, first.dataset.label);
  }
  const control =
    [...found.querySelectorAll<HTMLElement>('input:not([type="hidden"]), select, textarea')].find(isVisible) ??
    found.querySelector<HTMLElement>('input, select, textarea') ??
    undefined;
  return { wrapper: found, control, label: labels.join(' › ') };
}

/** Controls whose own wrapper is `wrapper` (not those of nested wrappers). */
function ownControls(wrapper: HTMLElement): HTMLElement[] {
  return [...wrapper.querySelectorAll<HTMLElement>('input, select, textarea')].filter((control) => control.closest('[data-field], [data-item]') === wrapper);
}

/** Puts a message into a wrapper, after its label and hint, and links it to the inputs. */
export function showFieldError(wrapper: HTMLElement, message: string, prefix: string): void {
  const id = `error-${++counter}`;
  const paragraph = document.createElement('p');
  paragraph.className = 'field-error';
  paragraph.id = id;
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = `${prefix} `;
  paragraph.append(hidden, message);

  let anchor: Element | null = null;
  for (const child of wrapper.children) {
    if (child.matches('legend, label, .hint:not(.count)')) anchor = child;
    else break;
  }
  if (anchor) anchor.after(paragraph);
  else wrapper.prepend(paragraph);
  wrapper.classList.add('field-invalid');

  const describe = (element: HTMLElement) => {
    const current = element.getAttribute('aria-describedby');
    element.setAttribute('aria-describedby', current ? `${id} ${current}` : id);
  };
  if (wrapper instanceof HTMLFieldSetElement) describe(wrapper);
  for (const control of ownControls(wrapper)) {
    if (!(wrapper instanceof HTMLFieldSetElement)) describe(control);
    if (!(control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))) control.setAttribute('aria-invalid', 'true');
  }
}

export function clearFieldErrors(root: HTMLElement): void {
  const ids = new Set<string>();
  for (const paragraph of root.querySelectorAll('.field-error')) {
    ids.add(paragraph.id);
    paragraph.remove();
  }
  for (const wrapper of root.querySelectorAll('.field-invalid')) wrapper.classList.remove('field-invalid');
  for (const element of root.querySelectorAll('[aria-invalid]')) element.removeAttribute('aria-invalid');
  for (const element of root.querySelectorAll('[aria-describedby]')) {
    const kept = element.getAttribute('aria-describedby')!.split(' ').filter((id) => !ids.has(id));
    if (kept.length) element.setAttribute('aria-describedby', kept.join(' '));
    else element.removeAttribute('aria-describedby');
  }
}

/** Opens closed disclosures around an element so that it can be seen and focused. */
export function reveal(element: HTMLElement): void {
  for (let details = element.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
}
