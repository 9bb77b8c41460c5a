import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/security-headers.ts';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file.mjs';
import { builtFile, builtPages, distDir, page } from '../helpers/dist.ts';

const pages = builtPages();
const existing = new Set(pages);

describe('integrity of the built site', () => {
  it('every internal link and #anchor resolves, on every page, in both languages', () => {
    const broken: string[] = [];
    for (const path of pages) {
      for (const link of page(path).querySelectorAll('a[href]')) {
        const href = link.getAttribute('href') ?? '';
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${path}`);
        const target = url.pathname;
        const isPage = target.endsWith('/');
        if (isPage && !existing.has(target)) broken.push(`${path} -> ${href}`);
        else if (!isPage) {
          try {
            builtFile(target.slice(1));
          } catch {
            broken.push(`${path} -> ${href}`);
          }
        }
        if (isPage && url.hash && existing.has(target) && !page(target).querySelector(`[id="${decodeURIComponent(url.hash.slice(1))}"]`)) broken.push(`${path} -> ${href} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every page has a title, a description, lang, a canonical URL and hreflang alternates', () => {
    for (const path of pages) {
      const root = page(path);
      expect(root.querySelector('title')?.textContent.trim(), path).toBeTruthy();
      expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(), path).toBeTruthy();
      expect(root.querySelector('html')?.getAttribute('lang'), path).toMatch(/^(en|km)$/);
      expect(new URL(root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? 'x:').pathname, path).toBe(path);
      expect(root.querySelectorAll('link[rel="alternate"][hreflang]').length, path).toBe(3);
      expect(root.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'), path).toBe(contentSecurityPolicy);
    }
  });

  it('the HTML of every page validates', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro writes void elements as <meta ... />; the attributes and structure are what we validate.
        'void-style': 'off',
        'no-trailing-whitespace': 'off',
        // Long Khmer and legal titles are meant to be long.
        'long-title': 'off',
        // The cite box's copy buttons carry text; Pagefind filter markers are empty spans by design.
        'empty-heading': 'error',
      },
    });
    const reports: string[] = [];
    for (const path of [...pages, '/404.html', '/km/404.html']) {
      const file = path.endsWith('.html') ? join(distDir, path) : join(distDir, path, 'index.html');
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) for (const message of result.messages) reports.push(`${path}:${message.line}: ${message.ruleId} ${message.message}`);
    }
    expect([...new Set(reports.map((report) => report.replace(/^[^:]+:\d+: /, '')))].slice(0, 30), reports.slice(0, 5).join('\n')).toEqual([]);
  });

  it('the sitemap lists exactly the built pages, each with its English and Khmer alternates', () => {
    const index = builtFile('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname.slice(1));
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((file) => [...builtFile(file).matchAll(/<url>(.*?)<\/url>/g)].map((match) => match[1] ?? ''));
    const listed = urls.map((url) => new URL(/<loc>([^<]+)<\/loc>/.exec(url)?.[1] ?? 'x:').pathname).sort();
    expect(listed).toEqual(pages);
    for (const url of urls) {
      const path = new URL(/<loc>([^<]+)<\/loc>/.exec(url)?.[1] ?? 'x:').pathname;
      if (path === '/') continue;
      const alternates = [...url.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => `${match[1]} ${new URL(match[2] ?? '').pathname}`).sort();
      expect(alternates, path).toEqual([`en ${path.replace(/^\/km\//, '/en/')}`, `km ${path.replace(/^\/en\//, '/km/')}`]);
    }
  });

  it('404 pages have no canonical URL or alternates, are not indexed, and exist in both languages', () => {
    for (const [file, lang] of [
      ['404.html', 'en'],
      ['km/404.html', 'km'],
    ] as const) {
      const root = parse(builtFile(file));
      expect(root.querySelector('html')?.getAttribute('lang'), file).toBe(lang);
      expect(root.querySelector('link[rel="canonical"]'), file).toBeNull();
      expect(root.querySelectorAll('link[hreflang]'), file).toHaveLength(0);
      expect(root.querySelector('meta[name="robots"]')?.getAttribute('content'), file).toBe('noindex');
      expect(root.querySelector('a.lang-switch')?.getAttribute('href'), file).toBe(lang === 'en' ? '/km/' : '/en/');
    }
  });

  it('ships the security headers for static hosts, with the same CSP as the pages', () => {
    const rules = parseHeadersFile(builtFile('_headers'));
    const headers = headersFor(rules, '/en/');
    expect(headers['Content-Security-Policy']).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(headers['Content-Security-Policy']).not.toMatch(/unsafe-inline|https?:/);
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(headersFor(rules, '/_astro/site.abc123.css')['Cache-Control']).toMatch(/immutable/);
  });

  it('no page carries an inline script or style that the CSP would block', () => {
    for (const path of pages) {
      const root = page(path);
      const inline = root.querySelectorAll('script:not([src])').filter((script) => !['application/ld+json', 'application/json'].includes(script.getAttribute('type') ?? ''));
      expect(inline.length, path).toBe(0);
      expect(root.querySelectorAll('style, [style]').length, path).toBe(0);
    }
  });
});
