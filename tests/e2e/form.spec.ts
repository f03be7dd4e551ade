/**
 * The submission form in Finnish: an organisation's coordinator adds a weekly group, makes the
 * usual mistakes, sees each one next to its field, fixes them, and gets a file that passes
 * `npm run validate` unchanged. And "suggest a change" gives back every sample entry unchanged.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readContentDirectory } from '../../src/lib/content-files.ts';
import { parseEntryPath, readEntryData } from '../../src/lib/submission.ts';
import { cspViolations, openForm, validateInCopy } from './form-support.ts';

test.use({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });

const ORG = 'kuopion-omaisvoima';
const ID = 'omaishoitajien-iltaryhma-kuopiossa';

async function fillWithMistakes(page: Page): Promise<void> {
  await page.getByLabel('Järjestäjä').selectOption(ORG);
  await page.getByLabel('Nimi (suomeksi)').fill('Omaishoitajien iltaryhmä Kuopiossa');
  // The summary is left empty and no life situation is chosen.
  await page.getByRole('radio', { name: 'Vertaistukiryhmä' }).check();
  await page.getByRole('checkbox', { name: 'Suomi', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Paikan päällä' }).check();
  await page.getByRole('radio', { name: 'Yksi tai useampi kunta' }).check();
  await page.locator('summary', { hasText: 'Pohjois-Savon hyvinvointialue' }).click();
  await page.getByRole('checkbox', { name: 'Kuopio', exact: true }).check();

  const place = page.locator('[data-list="locations"] [data-item]').first();
  await place.getByLabel('Katuosoite').fill('Puijonkatu 22');
  await place.getByLabel('Postinumero').fill('70100');
  await place.getByLabel('Kunta').selectOption('297');

  // Every Tuesday 17:30–19:00 from September to mid-December, not on 20 October.
  await page.getByRole('radio', { name: 'Säännöllisesti tiettyinä päivinä' }).check();
  const rule = page.locator('[data-list="schedule"] [data-item]').first();
  await rule.getByRole('checkbox', { name: 'tiistai' }).check();
  await rule.getByLabel('Alkaa klo').fill('17:30');
  await rule.getByLabel('Päättyy klo').fill('17:30');
  await rule.getByLabel('Ensimmäinen päivä').fill('2026-09-01');
  await rule.getByLabel('Viimeinen päivä').fill('2026-12-15');
  await rule.getByRole('button', { name: 'Lisää päivä, jona ei kokoonnuta' }).click();
  await rule.getByLabel('Poikkeuspäivä 1').fill('2026-10-20');

  await page.getByRole('radio', { name: 'Maksuton', exact: true }).check();
  await page.getByRole('textbox', { name: 'Sähköposti (valinnainen)', exact: true }).fill('ryhma(at)omaisvoima.example.org');
}

test('a weekly group in Finnish: errors next to the fields, then a file that validates', async ({ page }) => {
  await openForm(page, '/ilmoita/');
  await fillWithMistakes(page);
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();

  // The error summary, in page order, with links to the fields.
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('Korjaa nämä kohdat');
  await expect(summary.getByRole('listitem')).toHaveText([
    'Lyhyt kuvaus (suomeksi): Täytä tämä kohta.',
    'Missä elämäntilanteessa oleville? Valitse vähintään yksi.',
    'Aikataulusääntö 1 › Päättyy klo: Päättymisaika on sama kuin alkamisaika.',
    'Sähköposti: "ryhma(at)omaisvoima.example.org" ei ole sähköpostiosoite – kirjoita esimerkiksi info@example.fi (ei välilyöntejä, yksi @).',
  ]);

  // Each message sits next to its field and is read out with it.
  const summaryInput = page.getByLabel('Lyhyt kuvaus (suomeksi)');
  await expect(summaryInput).toHaveAttribute('aria-invalid', 'true');
  await expect(summaryInput).toHaveAccessibleDescription(/Virhe: Täytä tämä kohta\./);
  const situations = page.getByRole('group', { name: 'Missä elämäntilanteessa oleville?' });
  await expect(situations.locator('.field-error')).toHaveText('Virhe: Valitse vähintään yksi.');
  await expect(page.getByRole('textbox', { name: 'Sähköposti (valinnainen)', exact: true })).toHaveAccessibleDescription(/Virhe: "ryhma\(at\)omaisvoima\.example\.org" ei ole sähköpostiosoite/);

  // A link in the summary moves to the field.
  await summary.getByRole('link', { name: /^Lyhyt kuvaus/ }).click();
  await expect(summaryInput).toBeFocused();

  // The page with its errors is accessible.
  const axe = await new AxeBuilder({ page }).include('submit-form').analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);

  // Fixing the fields clears their errors as the writer goes.
  await summaryInput.fill('Vertaisryhmä työssäkäyville omaishoitajille tiistai-iltaisin Kuopion keskustassa.');
  await page.getByRole('checkbox', { name: 'Omaishoito' }).check();
  const rule = page.locator('[data-list="schedule"] [data-item]').first();
  await rule.getByLabel('Päättyy klo').fill('19:00');
  await page.getByRole('textbox', { name: 'Sähköposti (valinnainen)', exact: true }).fill('ryhma@omaisvoima.example.org');
  await expect(summary).toBeHidden();

  // The rule read back in words, and its next dates.
  await expect(rule.locator('[data-rule-summary]')).toContainText('tiistaisin klo 17.30–19.00');
  await expect(page.locator('[data-schedule-preview] li').first()).toContainText('24.11.2026');

  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
  const result = page.locator('[data-result]');
  await expect(result).toBeFocused();
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Valmis lähetettäväksi');
  await expect(page.locator('[data-result-file]')).toHaveText(`Tiedoston paikka hakemistossa: content/activities/${ORG}/${ID}.yaml`);

  const text = (await page.locator('[data-preview]').textContent())!;
  expect(text).toContain('# yaml-language-server: $schema=../../../public/schemas/activity.schema.json\n');
  expect(text).toContain('schedule:\n  - weekly:\n      - tue\n    start: "17:30"\n    end: "19:00"\n    from: "2026-09-01"\n    until: "2026-12-15"\n    except:\n      - "2026-10-20"\n');

  // GitHub's new-file page gets exactly that file, in the repository named in site.yaml.
  const github = new URL((await result.getByRole('link', { name: 'Avaa valmis tiedosto GitHubissa' }).getAttribute('href'))!);
  expect(`${github.origin}${github.pathname}`).toBe('https://github.com/tukiverkko/tukiverkko/new/main');
  expect(github.searchParams.get('filename')).toBe(`content/activities/${ORG}/${ID}.yaml`);
  expect(github.searchParams.get('value')).toBe(text);

  // The e-mail to the maintainers carries it too.
  const mail = (await result.getByRole('link', { name: 'Kirjoita sähköposti' }).getAttribute('href'))!;
  expect(mail.startsWith('mailto:toimitus@tukiverkko.example.org?subject=')).toBe(true);
  expect(decodeURIComponent(mail.split('&body=')[1]!)).toContain(text);

  // The download is the same file.
  const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('link', { name: 'Lataa tiedosto' }).click()]);
  expect(download.suggestedFilename()).toBe(`${ID}.yaml`);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(text);

  // And it passes the validator unchanged.
  const validated = validateInCopy(`activities/${ORG}/${ID}.yaml`, text);
  expect(validated.output).toContain('✓ 1 file checked: no errors.');
  expect(validated.status).toBe(0);

  expect(await cspViolations(page)).toEqual([]);
});

test('an id that is already taken is caught before anything is sent', async ({ page }) => {
  await openForm(page, '/ilmoita/');
  await page.getByLabel('Järjestäjä').selectOption('suruvalo');
  await page.getByLabel('Nimi (suomeksi)').fill('Surupuhelin');
  await expect(page.getByLabel('Lyhyt nimi verkko-osoitteeseen')).toHaveValue('surupuhelin');
  await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
  await expect(page.locator('[data-field="id"] .field-error')).toHaveText(
    'Virhe: Järjestöllä on jo toiminta, jonka lyhyt nimi on ”surupuhelin”. Valitse toinen nimi tai ehdota muutosta olemassa olevaan.',
  );
});

test('suggest a change: every sample entry comes back from the form as the same data, and validates', async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00Z'));
  const files = readContentDirectory('content').filter((file) => parseEntryPath(file.relativePath));
  expect(files.length).toBeGreaterThan(60);
  for (const file of files) {
    const source = parseEntryPath(file.relativePath)!;
    const key = source.kind === 'organisation' ? `organisation/${source.id}` : `${source.kind}/${source.org}/${source.id}`;
    await page.goto(`/ilmoita/?edit=${key}`);
    await expect(page.locator('[data-notice]'), key).toContainText('Ehdotat muutosta tietoihin');
    await page.getByRole('button', { name: 'Tarkista ja esikatsele' }).click();
    await expect(page.locator('[data-result]'), `${key}: ${await page.locator('[data-error-list]').textContent()}`).toBeVisible();
    const text = (await page.locator('[data-preview]').textContent())!;
    const original = readEntryData(new TextDecoder().decode(file.bytes), source.extension, 'fi');
    expect(trimStrings(readEntryData(text, source.extension, 'fi')), key).toEqual(trimStrings(original));
    // A change is made in GitHub's editor of the existing file.
    await expect(page.locator('[data-github-link]')).toHaveAttribute('href', `https://github.com/tukiverkko/tukiverkko/edit/main/content/${file.relativePath}`);
  }
});

function trimStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trimStrings(item)]));
  return value;
}
