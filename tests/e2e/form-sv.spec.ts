/**
 * The submission form in Swedish: an event of a Swedish-speaking association, with the messages a
 * Swedish speaker sees, then a file that passes `npm run validate` unchanged.
 */
import { expect, test } from '@playwright/test';
import { cspViolations, openForm, validateInCopy } from './form-support.ts';

test.use({ locale: 'sv-FI', timezoneId: 'Europe/Helsinki' });

const ORG = 'osterbottens-minnesforening';
const ID = 'muistikahvilan-joulujuhla';

test('an event in Swedish: errors in Swedish next to the fields, then a file that validates', async ({ page }) => {
  await openForm(page, '/sv/anmal/?kind=event');
  await expect(page.getByRole('radio', { name: 'Evenemang' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anmäl verksamhet, evenemang eller organisation');

  await page.getByLabel('Arrangör').selectOption(ORG);
  await page.getByRole('textbox', { name: 'Namn (på finska)', exact: true }).fill('Muistikahvilan joulujuhla');
  await page.getByRole('textbox', { name: 'Namn (på svenska) (frivilligt)' }).fill('Minnescaféets julfest');
  // Written only in Swedish: the directory's default language is Finnish.
  await page.getByRole('textbox', { name: 'Kort beskrivning (på svenska) (frivilligt)' }).fill('Julfest för personer med minnessjukdom och deras närstående.');
  await page.getByRole('checkbox', { name: 'Minnessjukdom' }).check();
  await page.getByRole('checkbox', { name: 'Svenska', exact: true }).check();
  await page.getByRole('checkbox', { name: 'På plats' }).check();
  await page.getByRole('radio', { name: 'Ett eller flera välfärdsområden' }).check();
  await page.getByRole('checkbox', { name: 'Österbottens välfärdsområde', exact: true }).check();

  const place = page.locator('[data-list="locations"] [data-item]').first();
  await place.getByLabel('Gatuadress').fill('Hovrättsesplanaden 12');
  await place.getByLabel('Postnummer').fill('6510');
  await place.getByLabel('Kommun').selectOption('905');

  await page.getByLabel('Börjar', { exact: true }).fill('2027-12-05T18:00');
  await page.getByLabel('Slutar', { exact: true }).fill('2027-12-05T17:00');
  await page.getByRole('radio', { name: 'Ja', exact: true }).first().check();
  await page.getByLabel('Telefonnummer för anmälan').fill('12 34');

  await page.getByRole('button', { name: 'Kontrollera och förhandsgranska' }).click();
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('Rätta de här uppgifterna');
  await expect(summary.getByRole('listitem')).toHaveText([
    'Kort beskrivning (på finska): Skriv texten också på finska: katalogen visar den när det inte finns någon översättning.',
    'Plats 1 › Postnummer: "6510" är inte ett finländskt postnummer – skriv fem siffror, t.ex. "00100".',
    'Måste man anmäla sig i förväg? › Telefonnummer för anmälan: "12 34" är inte ett telefonnummer – skriv t.ex. "040 123 4567", "09 123 4567", "+358 40 123 4567" eller ett servicenummer "116 111".',
  ]);
  await expect(place.locator('[data-field="postalCode"] .field-error')).toHaveText('Fel: "6510" är inte ett finländskt postnummer – skriv fem siffror, t.ex. "00100".');
  await expect(place.getByLabel('Postnummer')).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('textbox', { name: 'Kort beskrivning (på finska)', exact: true }).fill('Joulujuhla muistisairaille ja heidän läheisilleen.');
  await place.getByLabel('Postnummer').fill('65100');
  await page.getByLabel('Telefonnummer för anmälan').fill('06 000 1234');

  // The checks across fields come once the fields themselves are right, as in the validator.
  await expect(summary.getByRole('listitem')).toHaveText(['Slutar: Slutet "2027-12-05T17:00" är inte efter starten – kontrollera slutets datum och tid.']);
  await expect(page.getByLabel('Slutar', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Slutar', { exact: true }).fill('2027-12-05T20:00');
  await expect(summary).toBeHidden();

  await page.getByRole('button', { name: 'Kontrollera och förhandsgranska' }).click();
  const result = page.locator('[data-result]');
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Klart att skicka');
  await expect(page.locator('[data-result-file]')).toHaveText(`Filens plats i katalogen: content/events/${ORG}/${ID}.yaml`);

  const text = (await page.locator('[data-preview]').textContent())!;
  expect(text).toContain('name:\n  fi: Muistikahvilan joulujuhla\n  sv: Minnescaféets julfest\n');
  expect(text).toContain('start: 2027-12-05T18:00\nend: 2027-12-05T20:00\n');
  expect(text).toContain('registration:\n  required: true\n  phone: 06 000 1234\n');

  const github = new URL((await result.getByRole('link', { name: 'Öppna den färdiga filen på GitHub' }).getAttribute('href'))!);
  expect(github.searchParams.get('filename')).toBe(`content/events/${ORG}/${ID}.yaml`);
  expect(github.searchParams.get('value')).toBe(text);

  const validated = validateInCopy(`events/${ORG}/${ID}.yaml`, text);
  expect(validated.output).toContain('✓ 1 file checked: no errors.');
  expect(validated.status).toBe(0);

  // "Change the details" goes back to the filled form.
  await result.getByRole('button', { name: 'Ändra uppgifterna' }).click();
  await expect(page.getByRole('button', { name: 'Kontrollera och förhandsgranska' })).toBeFocused();
  await expect(place.getByLabel('Postnummer')).toHaveValue('65100');

  expect(await cspViolations(page)).toEqual([]);
});
