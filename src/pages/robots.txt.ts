import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/feeds.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site ?? new URL('http://localhost/')), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
