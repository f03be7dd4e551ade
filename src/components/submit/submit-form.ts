/**
 * `<submit-form>`: the behaviour of the submission form. It shows the parts that fit what is
 * being added, proposes an id, describes the schedule as it is entered, and on "check" turns the
 * fields into the entry's file, checks it with the build's own validator (`validateContent`, with
 * the site's taxonomies and the organisation's file fetched from the site), and either puts each
 * problem next to its field or offers the finished file for sending.
 */
import './zod-without-eval.ts';
import { proposeId, isValidId } from '../../lib/ids.ts';
import { renderMessage } from '../../lib/messages.ts';
import type { Problem } from '../../lib/problems.ts';
import { routePath, type Lang } from '../../lib/routes.ts';
import {
  entryDataPath,
  entryFilePath,
  entryToForm,
  ENTRY_KINDS,
  formToEntry,
  githubEditUrl,
  githubNewFileUrl,
  mailtoUrl,
  parseEditParameter,
  readEntryData,
  serialiseEntry,
  type EntryKind,
  type Extension,
  type Repository,
  type SubmissionSettings,
} from '../../lib/submission.ts';
import type { ContextData, EntryData } from '../../lib/submission-sources.ts';
import { validateContent, type ContentFile } from '../../lib/validate.ts';
import { addItem, clearFieldErrors, findField, readForm, readRule, removeItem, reveal, Scope, showFieldError, writeForm } from './form-dom.ts';
import { describeRules } from './schedule-preview.ts';

interface Config {
  lang: Lang;
  languages: string[];
  timezone: string;
  dataUrl: string;
  repository: Repository;
  contactEmail: string;
  siteName: string;
  organisations: Record<string, string>;
  strings: Record<string, string>;
}

interface Editing {
  kind: EntryKind;
  org: string;
  id: string;
  extension: Extension;
}

/** Today and now in the site's time zone, for the validator's date checks. */
function siteClock(timezone: string): { today: string; now: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date())
      .map((part) => [part.type, part.value]),
  );
  const today = `${parts.year}-${parts.month}-${parts.day}`;
  return { today, now: `${today}T${parts.hour}:${parts.minute}` };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Street address: Fill in this field." — a question needs no colon after it. */
const withLabel = (label: string | undefined, message: string) => (!label ? message : /[?]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`);

class SubmitForm extends HTMLElement {
  #config!: Config;
  #form!: HTMLFormElement;
  #editing: Editing | undefined;
  #idTouched = false;
  #checked = false;
  #recheck: ReturnType<typeof setTimeout> | undefined;
  #downloadUrl: string | undefined;
  #text = '';
  #offline = false;
  readonly #cache = new Map<string, Promise<unknown>>();

  connectedCallback(): void {
    this.#config = JSON.parse(this.dataset.config!) as Config;
    this.#form = this.querySelector<HTMLFormElement>('[data-form]')!;
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#check({ focus: true });
    });
    this.addEventListener('click', (event) => this.#onClick(event));
    this.#form.addEventListener('input', (event) => this.#onInput(event));
    this.#form.addEventListener('change', (event) => this.#onInput(event));
    this.querySelector('[data-error-list]')!.addEventListener('click', (event) => this.#onSummaryClick(event));
    this.#scope.setValue('verified', siteClock(this.#config.timezone).today);
    this.#sync();
    void this.#start();
  }

  get #scope(): Scope {
    return new Scope(this.#form);
  }

  get #settings(): SubmissionSettings {
    return { languages: this.#config.languages };
  }

  #t(key: string, vars: Record<string, string | number> = {}): string {
    const template = this.#config.strings[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
  }

  // -------------------------------------------------------------------------------------------
  // Start: a new entry, or "suggest a change" to an existing one

  async #start(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const edit = parseEditParameter(params.get('edit'));
    if (!edit) {
      const kind = params.get('kind');
      if (kind && (ENTRY_KINDS as readonly string[]).includes(kind)) this.#scope.setRadio('kind', kind);
      const org = params.get('org');
      if (org && org in this.#config.organisations) this.#scope.setValue('org', org);
      this.#sync();
      if (org) void this.#loadActivities(org);
      return;
    }
    this.#notice(this.#t('submit.js.loading'));
    let entry: EntryData;
    try {
      entry = await this.#fetchJson<EntryData>(entryDataPath(edit));
    } catch {
      this.#notice(this.#t('submit.js.notFound'), 'error');
      return;
    }
    const data = readEntryData(entry.file.text, entry.extension, this.#config.languages[0]!);
    const form = entryToForm(entry, data, this.#settings);
    this.#editing = { kind: entry.kind, org: entry.org, id: entry.id, extension: entry.extension };
    if (entry.kind !== 'organisation') await this.#loadActivities(entry.org);
    writeForm(this.#form, form);
    // What is being changed, and where it belongs, stays as it is.
    this.#form.querySelector<HTMLElement>('[data-radio="kind"]')!.hidden = true;
    this.#form.querySelector<HTMLElement>('[data-org-missing]')!.hidden = true;
    this.#form.querySelector<HTMLSelectElement>('[data-value="org"]')!.disabled = true;
    this.#form.querySelector<HTMLInputElement>('[data-value="id"]')!.readOnly = true;
    this.#idTouched = true;
    const name = form.name.values[this.#config.lang] || form.name.values[this.#config.languages[0]!] || entry.id;
    this.#notice(this.#t('submit.js.editing', { name }));
    this.#sync();
  }

  async #fetchJson<T>(path: string): Promise<T> {
    if (!this.#cache.has(path)) {
      const request = fetch(`${this.#config.dataUrl}${path}`).then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${path}`);
        return response.json();
      });
      request.catch(() => this.#cache.delete(path));
      this.#cache.set(path, request);
    }
    return this.#cache.get(path) as Promise<T>;
  }

  /** Fills the event's "part of activity" choice with the organisation's activities. */
  async #loadActivities(org: string): Promise<void> {
    const select = this.#form.querySelector<HTMLSelectElement>('[data-value="activity"]')!;
    const keep = select.value;
    select.length = 1;
    if (!org) return;
    try {
      const organisation = await this.#fetchJson<EntryData>(entryDataPath({ kind: 'organisation', org, id: org }));
      for (const activity of organisation.activities ?? []) {
        const name = activity.name;
        const label = typeof name === 'string' ? name : ((name as Record<string, string>)[this.#config.lang] ?? (name as Record<string, string>)[this.#config.languages[0]!] ?? activity.id);
        select.add(new Option(label, activity.id));
      }
    } catch {
      // Without the list, an existing value still shows; the check reports an unknown one.
    }
    if (keep) this.#scope.setValue('activity', keep);
  }

  #notice(text: string, tone: 'info' | 'error' = 'info'): void {
    const notice = this.querySelector<HTMLElement>('[data-notice]')!;
    notice.textContent = text;
    notice.hidden = text === '';
    notice.classList.toggle('notice-error', tone === 'error');
  }

  // -------------------------------------------------------------------------------------------
  // Keeping the form in step with what is entered

  #onInput(event: Event): void {
    const target = event.target instanceof HTMLElement ? event.target : undefined;
    if (target?.matches('[data-value="id"]') && event.type === 'input') this.#idTouched = true;
    if (target?.matches('[data-value="org"]') && event.type === 'change') void this.#loadActivities((target as HTMLSelectElement).value);
    this.#changed();
  }

  /** After any change: keep the form in step, and once checked, check again as the writer fixes things. */
  #changed(): void {
    this.#sync();
    if (this.#checked) {
      clearTimeout(this.#recheck);
      this.#recheck = setTimeout(() => void this.#check({ focus: false }), 600);
    }
  }

  #sync(): void {
    const scope = this.#scope;
    const kind = (scope.radio('kind') || 'activity') as EntryKind;
    for (const element of this.#form.querySelectorAll<HTMLElement>('[data-kinds]')) {
      element.hidden = !element.dataset.kinds!.split(' ').includes(kind);
    }
    for (const element of this.#form.querySelectorAll<HTMLElement>('[data-reveal]')) {
      const [key, values] = element.dataset.reveal!.split('=') as [string, string];
      element.hidden = !values.split(',').includes(scope.radio(key));
    }
    for (const item of scope.items('schedule')) {
      const ruleKind = item.radio('ruleKind') || 'weekly';
      for (const part of item.all('[data-rule-part]')) part.hidden = !part.dataset.rulePart!.split(' ').includes(ruleKind);
    }
    for (const group of this.#form.querySelectorAll<HTMLDetailsElement>('.county-group')) {
      const count = group.querySelectorAll('input:checked').length;
      group.querySelector('[data-selected-count]')!.textContent = count ? this.#t('submit.js.selected', { count }) : '';
    }
    for (const counter of this.#form.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const input = this.#form.querySelector<HTMLInputElement>(`#${CSS.escape(counter.dataset.countFor!)}`);
      const max = Number(counter.dataset.max);
      const length = input?.value.trim().length ?? 0;
      counter.textContent = length <= max ? this.#t('submit.js.remaining', { count: max - length }) : this.#t('submit.js.over', { count: length - max });
      counter.classList.toggle('count-over', length > max);
    }

    // Propose an id from the name until the writer types one.
    const idInput = this.#form.querySelector<HTMLInputElement>('[data-value="id"]')!;
    if (!this.#idTouched) idInput.value = proposeId(scope.text('name').values[this.#config.languages[0]!] ?? '');
    const id = idInput.value.trim();
    const org = scope.value('org');
    const route = kind === 'organisation' ? routePath(this.#config.lang, 'organisation', id || '…') : routePath(this.#config.lang, kind, org || '…', id || '…');
    this.querySelector('[data-address]')!.textContent = this.#t('submit.js.address', { address: `…/${route}` });

    // In person needs a place: offer the first one right away.
    const locations = scope.list('locations');
    if (kind !== 'organisation' && scope.choices('modes').includes('in-person') && locations && scope.items('locations').length === 0) addItem(locations);
    if (scope.radio('scheduleKind') === 'rules' && scope.items('schedule').length === 0) this.#addFirstRule();

    this.#describeSchedule();
  }

  #addFirstRule(): void {
    const list = this.#scope.list('schedule');
    if (list) {
      addItem(list);
      for (const item of this.#scope.items('schedule')) {
        const ruleKind = item.radio('ruleKind') || 'weekly';
        for (const part of item.all('[data-rule-part]')) part.hidden = !part.dataset.rulePart!.split(' ').includes(ruleKind);
      }
    }
  }

  #describeSchedule(): void {
    const items = this.#scope.items('schedule');
    const { lines, next } = describeRules(
      items.map((item) => readRule(item)),
      { lang: this.#config.lang, timezone: this.#config.timezone, now: siteClock(this.#config.timezone).now },
    );
    items.forEach((item, index) => {
      const summary = item.one('[data-rule-summary]');
      if (summary) summary.textContent = lines[index] ? this.#t('submit.js.ruleMeans', { text: lines[index] }) : '';
    });
    const preview = this.querySelector<HTMLElement>('[data-schedule-preview]')!;
    preview.replaceChildren();
    if (next.length > 0) {
      const heading = document.createElement('p');
      heading.className = 'label label-small';
      heading.textContent = this.#t('submit.js.nextDates');
      const list = document.createElement('ul');
      for (const text of next) {
        const item = document.createElement('li');
        item.textContent = text;
        list.append(item);
      }
      preview.append(heading, list);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Buttons

  #onClick(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLElement>('button, a');
    if (!button || !this.contains(button)) return;
    if (button.dataset.add) {
      const scope = new Scope(button.closest('[data-item]') ?? this.#form);
      const list = scope.list(button.dataset.add);
      if (!list) return;
      const item = addItem(list);
      this.#sync();
      item.querySelector<HTMLElement>('input:not([type="radio"]), select, textarea, input')?.focus();
      this.#changed();
      return;
    }
    if (button.hasAttribute('data-remove')) {
      const item = button.closest<HTMLElement>('[data-item]')!;
      const list = item.parentElement!;
      removeItem(item);
      const add = list.parentElement?.querySelector<HTMLElement>(`[data-add="${list.dataset.list}"]`);
      add?.focus();
      this.#sync();
      return;
    }
    switch (button.dataset.action) {
      case 'add-organisation':
        this.#scope.setRadio('kind', 'organisation');
        this.#sync();
        this.#form.querySelector<HTMLElement>('[data-text="name"] [data-lang]')?.focus();
        break;
      case 'verified-today':
        this.#scope.setValue('verified', siteClock(this.#config.timezone).today);
        this.#changed();
        break;
      case 'copy':
        void this.#copy();
        break;
      case 'back':
        this.#showResult(false);
        this.querySelector<HTMLElement>('[data-check]')!.focus();
        break;
    }
  }

  #onSummaryClick(event: Event): void {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[href^="#"]');
    if (!link) return;
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    reveal(target);
    const label = target.closest('fieldset')?.querySelector('legend') ?? this.querySelector(`label[for="${CSS.escape(target.id)}"]`);
    (label ?? target).scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  async #copy(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-copy-status]')!;
    try {
      await navigator.clipboard.writeText(this.#text);
      status.textContent = this.#t('submit.js.copied');
    } catch {
      const preview = this.querySelector<HTMLElement>('[data-preview]')!;
      getSelection()?.selectAllChildren(preview);
      preview.focus();
      status.textContent = this.#t('submit.js.copyManually');
    }
  }

  // -------------------------------------------------------------------------------------------
  // Checking

  async #check({ focus }: { focus: boolean }): Promise<void> {
    this.#checked = true;
    const scope = this.#scope;
    const form = readForm(this.#form, this.#editing?.extension ?? '.yaml');
    const kind = form.kind;
    const org = kind === 'organisation' ? form.id : form.org;
    const source = { kind, org, id: form.id, extension: form.extension };
    const relativePath = entryFilePath(source);
    const data = formToEntry(form, this.#settings);
    const text = serialiseEntry(kind, data, form.extension, this.#settings);

    const found: { path: (string | number)[]; message: string }[] = [];
    if (kind !== 'organisation' && !form.org) found.push({ path: ['org'], message: this.#t('submit.js.error.org') });
    if (!form.id) found.push({ path: ['id'], message: this.#t('submit.js.error.id') });
    // Without an organisation or an id there is no file name yet: check the fields under a
    // stand-in name, so that every problem shows at once, and leave out what is about the name.
    const standIn = found.length > 0;
    const checkedPath = standIn ? entryFilePath({ ...source, org: kind === 'organisation' ? 'uusi-jarjesto' : form.org || 'uusi-jarjesto', id: form.id || 'uusi' }) : relativePath;

    let problems: Problem[];
    try {
      if (!standIn && !this.#editing && isValidId(form.id) && (await this.#exists(source))) {
        found.push({ path: ['id'], message: this.#t(`submit.js.error.exists.${kind}`, { id: form.id }) });
      }
      const files = await this.#contentFiles(kind, form.org, data);
      files.push({ relativePath: checkedPath, displayPath: `content/${checkedPath}`, bytes: new TextEncoder().encode(text) });
      problems = validateContent(files, { clock: siteClock(this.#config.timezone) }).problems.filter(
        (problem) => problem.file === `content/${checkedPath}` && !(standIn && problem.path.length === 0),
      );
    } catch {
      this.#notice(this.#t('submit.js.offline'), 'error');
      this.#offline = true;
      return;
    }
    if (this.#offline) this.#notice('');
    this.#offline = false;

    const errors = [
      ...found,
      ...problems.filter((problem) => problem.severity === 'error').map((problem) => ({ path: problem.code === 'file.id' ? ['id'] : problem.path, message: this.#message(problem) })),
    ];
    const warnings = problems.filter((problem) => problem.severity === 'warning');
    this.#showErrors(this.#inPageOrder(errors), focus);
    if (errors.length > 0) {
      this.#showResult(false);
      return;
    }
    if (!focus) return;
    this.#text = text;
    this.#prepareResult({ kind, relativePath, text, warnings, id: form.id, extension: form.extension, name: scope.text('name') });
    this.#showResult(true);
  }

  /** True when the directory already has an entry of this kind with this id. */
  async #exists(source: { kind: EntryKind; org: string; id: string }): Promise<boolean> {
    if (source.kind === 'organisation') return source.id in this.#config.organisations;
    if (!(source.org in this.#config.organisations)) return false;
    const organisation = await this.#fetchJson<EntryData>(entryDataPath({ kind: 'organisation', org: source.org, id: source.org }));
    const list = source.kind === 'activity' ? organisation.activities : organisation.events;
    return (list ?? []).some((entry) => entry.id === source.id);
  }

  /** site.yaml, the taxonomies, and the files the entry refers to (its organisation, partners, activity). */
  async #contentFiles(kind: EntryKind, org: string, data: Record<string, unknown>): Promise<ContentFile[]> {
    const context = await this.#fetchJson<ContextData>('context.json');
    const sources = [...context.files];
    const encoder = new TextEncoder();
    if (kind !== 'organisation') {
      const organisations = new Set([org, ...(Array.isArray(data.partners) ? (data.partners as string[]) : [])]);
      for (const id of organisations) {
        if (!(id in this.#config.organisations)) continue;
        const entry = await this.#fetchJson<EntryData>(entryDataPath({ kind: 'organisation', org: id, id }));
        sources.push(entry.file);
      }
      if (kind === 'event' && typeof data.activity === 'string' && isValidId(data.activity)) {
        try {
          const activity = await this.#fetchJson<EntryData>(entryDataPath({ kind: 'activity', org, id: data.activity }));
          sources.push(activity.file);
        } catch {
          // Not found: the validator reports the unknown activity.
        }
      }
    }
    return sources.map((file) => ({ relativePath: file.relativePath, displayPath: `content/${file.relativePath}`, bytes: encoder.encode(file.text) }));
  }

  /** A problem in the page language, worded for a form rather than a file where that reads better. */
  #message(problem: Problem): string {
    const lang = this.#config.lang;
    const target = findField(this.#form, problem.path);
    const isGroup = target?.wrapper instanceof HTMLFieldSetElement;
    const isRadio = target?.wrapper.matches('[data-radio]') === true;
    switch (problem.code) {
      case 'field.required':
        return this.#t(isRadio ? 'submit.js.error.chooseOne' : isGroup ? 'submit.js.error.choose' : 'submit.js.error.required');
      case 'list.empty':
        return this.#t('submit.js.error.choose');
      case 'locations.required':
        return this.#t('submit.js.error.locations');
      case 'text.defaultLanguage':
        return this.#t('submit.js.error.defaultLanguage', { language: this.#t(`submit.inLanguage.${problem.params.language}`) });
      case 'age.order':
        return this.#t('submit.js.error.ageOrder');
      case 'time.endEqualsStart':
        return `${capitalise(renderMessage(problem.code, problem.params, lang).message)}.`;
    }
    const { message, hint } = renderMessage(problem.code, problem.params, lang);
    return `${capitalise(message)}${hint ? ` – ${hint}` : ''}.`.replace(/([.?!])\.$/, '$1');
  }

  /** Errors in the order their fields come on the page, as people read and fix them. */
  #inPageOrder<T extends { path: (string | number)[] }>(errors: T[]): T[] {
    const placed = errors.map((error, index) => ({ error, index, wrapper: findField(this.#form, error.path)?.wrapper }));
    return placed
      .sort((a, b) => {
        if (a.wrapper && b.wrapper && a.wrapper !== b.wrapper) return a.wrapper.compareDocumentPosition(b.wrapper) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
        if (a.wrapper !== b.wrapper) return a.wrapper ? -1 : 1;
        return a.index - b.index;
      })
      .map((item) => item.error);
  }

  #showErrors(errors: { path: (string | number)[]; message: string }[], focus: boolean): void {
    clearFieldErrors(this.#form);
    const summary = this.querySelector<HTMLElement>('[data-error-summary]')!;
    const list = summary.querySelector('[data-error-list]')!;
    list.replaceChildren();
    if (errors.length === 0) {
      summary.hidden = true;
      return;
    }
    const prefix = this.#t('submit.js.errorPrefix');
    for (const error of errors) {
      const target = findField(this.#form, error.path);
      if (target) showFieldError(target.wrapper, error.message, prefix);
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = target?.control?.id ? `#${target.control.id}` : '#';
      link.textContent = withLabel(target?.label, error.message);
      item.append(link);
      list.append(item);
    }
    summary.hidden = false;
    if (focus) {
      summary.focus();
      summary.scrollIntoView({ block: 'start' });
    }
  }

  // -------------------------------------------------------------------------------------------
  // The finished file

  #prepareResult(result: {
    kind: EntryKind;
    relativePath: string;
    text: string;
    warnings: Problem[];
    id: string;
    extension: Extension;
    name: { values: Record<string, string> };
  }): void {
    const filePath = `content/${result.relativePath}`;
    const editing = this.#editing !== undefined;
    this.querySelector('[data-result-intro]')!.textContent = this.#t(editing ? 'submit.js.result.introEdit' : 'submit.js.result.intro');
    this.querySelector('[data-result-file]')!.textContent = this.#t('submit.js.result.file', { path: filePath });
    this.querySelector('[data-preview]')!.textContent = result.text;

    const warningBox = this.querySelector<HTMLElement>('[data-warnings]')!;
    const warningList = warningBox.querySelector('[data-warning-list]')!;
    warningList.replaceChildren();
    for (const warning of result.warnings) {
      const item = document.createElement('li');
      const target = findField(this.#form, warning.path);
      const { message, hint } = renderMessage(warning.code, warning.params, this.#config.lang);
      item.textContent = withLabel(target?.label, `${capitalise(message)}${hint ? ` – ${hint}` : ''}`);
      warningList.append(item);
    }
    warningBox.hidden = result.warnings.length === 0;

    // GitHub: a prefilled new-file page, or the editor of the existing file.
    const github = this.querySelector<HTMLElement>('[data-send="github"]')!;
    const githubLink = github.querySelector<HTMLAnchorElement>('[data-github-link]')!;
    const githubHint = github.querySelector<HTMLElement>('[data-github-hint]')!;
    const repository = this.#config.repository;
    const newFile = editing ? undefined : githubNewFileUrl(repository, filePath, result.text);
    const edit = editing ? githubEditUrl(repository, filePath) : undefined;
    const emptyNewFile = editing ? undefined : githubNewFileUrl(repository, filePath, '');
    github.hidden = !(newFile ?? edit ?? emptyNewFile);
    if (newFile) {
      githubLink.href = newFile;
      githubLink.textContent = this.#t('submit.js.github.new');
      githubHint.textContent = this.#t('submit.js.github.newHint');
    } else if (edit) {
      githubLink.href = edit;
      githubLink.textContent = this.#t('submit.js.github.edit');
      githubHint.textContent = this.#t('submit.js.github.editHint');
    } else if (emptyNewFile) {
      githubLink.href = emptyNewFile;
      githubLink.textContent = this.#t('submit.js.github.new');
      githubHint.textContent = this.#t('submit.js.github.tooLong');
    }

    // E-mail to the maintainers.
    const name = result.name.values[this.#config.lang] || result.name.values[this.#config.languages[0]!] || result.id;
    const subject = this.#t(editing ? 'submit.js.email.subjectEdit' : `submit.js.email.subject.${result.kind}`, { name, site: this.#config.siteName });
    const body = this.#t('submit.js.email.body', { path: filePath, text: result.text });
    const mailto = mailtoUrl(this.#config.contactEmail, subject, body);
    const emailLink = this.querySelector<HTMLAnchorElement>('[data-email-link]')!;
    emailLink.hidden = !mailto;
    if (mailto) emailLink.href = mailto;
    this.querySelector('[data-email-hint]')!.textContent = mailto
      ? this.#t('submit.js.email.hint', { email: this.#config.contactEmail })
      : this.#t('submit.js.email.tooLong', { email: this.#config.contactEmail });

    // Download.
    if (this.#downloadUrl) URL.revokeObjectURL(this.#downloadUrl);
    this.#downloadUrl = URL.createObjectURL(new Blob([result.text], { type: result.extension === '.md' ? 'text/markdown' : 'application/yaml' }));
    const download = this.querySelector<HTMLAnchorElement>('[data-download]')!;
    download.href = this.#downloadUrl;
    download.download = `${result.id}${result.extension}`;
    this.querySelector('[data-copy-status]')!.textContent = '';
  }

  #showResult(show: boolean): void {
    const result = this.querySelector<HTMLElement>('[data-result]')!;
    result.hidden = !show;
    this.#form.hidden = show;
    if (show) {
      this.#checked = false;
      clearTimeout(this.#recheck);
      result.focus();
      result.scrollIntoView({ block: 'start' });
    }
  }
}

customElements.define('submit-form', SubmitForm);
