// Reads the `_headers` format of static hosts: a path pattern line, then indented `Name: value` lines.

/** @returns {{ pattern: string, headers: Record<string, string> }[]} */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const separator = line.indexOf(':');
      const rule = rules.at(-1);
      if (rule && separator > 0) rule.headers[line.slice(0, separator).trim()] = line.slice(separator + 1).trim();
    }
  }
  return rules;
}

/**
 * The headers that apply to a path: every matching rule, later rules adding to earlier ones.
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (pattern.test(pathname)) Object.assign(headers, rule.headers);
  }
  return headers;
}
