import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/publishing.ts';

/** robots.txt at the root of the build (a host serving the site under a path serves it from there). */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(new URL(import.meta.env.BASE_URL, site).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
