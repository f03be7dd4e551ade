/**
 * Imported first by the form's script: Zod decides at schema definition whether it may compile
 * parsers with `new Function`, and the site's Content-Security-Policy allows no eval (even a
 * caught attempt is reported as a violation). So this runs before any schema module.
 */
import { z } from 'zod';

z.config({ jitless: true });
