// <atlas-obligations body="<id>" lang="en|km">: a body's obligations from Directive Atlas, for any
// website. No dependency, no inline style (a constructed stylesheet in a shadow root), no HTML
// injection (text only). It reads /data/bodies/<id>.json (the index of the body's parts) and its first
// part (the newest obligations) from the origin this file was loaded from.
(() => {
  const origin = new URL(document.currentScript ? document.currentScript.src : location.href).origin;
  const words = {
    en: {
      title: 'Obligations of',
      rec: 'Recommendation',
      intro: 'Introduction',
      via: 'as a member of',
      deadline: 'Deadline',
      source: 'Source: Directive Atlas',
      none: 'No obligation.',
      error: 'The list could not be loaded.',
      more: 'Obligations of earlier directives',
    },
    km: {
      title: 'កាតព្វកិច្ចរបស់',
      rec: 'អនុសាសន៍ទី',
      intro: 'សេចក្តីផ្តើម',
      via: 'ក្នុងនាមជាសមាជិកនៃ',
      deadline: 'កាលកំណត់',
      source: 'ប្រភព៖ Directive Atlas (ការបកប្រែក្រៅផ្លូវការ)',
      none: 'គ្មានកាតព្វកិច្ច។',
      error: 'មិនអាចផ្ទុកបញ្ជីនេះបានទេ។',
      more: 'កាតព្វកិច្ចនៃលិខិតបទបញ្ជាមុនៗ',
    },
  };
  const css = ':host{display:block;font:inherit;color:inherit}ol{padding-left:1.4em;margin:.4em 0}li{margin:.3em 0}.m{opacity:.75;font-size:.9em}h2{font-size:1.1em;margin:.2em 0}';
  let sheet;
  const styles = () => {
    if (!sheet && 'adoptedStyleSheets' in Document.prototype) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    return sheet ? [sheet] : [];
  };
  const el = (name, text, attrs) => {
    const node = document.createElement(name);
    if (text) node.textContent = text;
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    return node;
  };
  const digits = (lang, text) => (lang === 'km' ? String(text).replace(/[0-9]/g, (d) => String.fromCharCode(0x17e0 + Number(d))) : String(text));

  class AtlasObligations extends HTMLElement {
    static observedAttributes = ['body', 'lang'];
    connectedCallback() {
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).adoptedStyleSheets = styles();
      this.load();
    }
    attributeChangedCallback() {
      if (this.shadowRoot) this.load();
    }
    async load() {
      const lang = this.getAttribute('lang') === 'km' ? 'km' : 'en';
      const id = this.getAttribute('body') || '';
      const w = words[lang];
      const root = this.shadowRoot;
      if (!root || !/^[a-z0-9-]+$/.test(id)) return;
      try {
        // The index lists the body's parts, newest first; the widget shows the first (its newest obligations).
        const get = async (url) => {
          const response = await fetch(url, { mode: 'cors', credentials: 'omit' });
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        };
        const index = await get(`${origin}/data/bodies/${id}.json`);
        const data = index.parts.length > 0 ? await get(`${origin}${new URL(index.parts[0].json).pathname}`) : { body: index.body, obligations: [] };
        const section = el('section', '', { lang });
        const heading = el('h2', `${w.title} `);
        heading.append(el('a', data.body.name[lang], { href: data.body.url[lang] }));
        section.append(heading);
        const list = el('ol');
        for (const item of data.obligations) {
          const li = el('li', '', { 'data-obligation': item.id });
          li.append(el('a', `${digits(lang, item.number)} · ${item.action[lang]}`, { href: item.url[lang] }));
          const where = item.recommendation === 0 ? w.intro : lang === 'km' ? `${w.rec}${digits(lang, item.recommendation)}` : `${w.rec} ${item.recommendation}`;
          const details = [where];
          if (item.via) details.push(`${w.via} ${item.via.name[lang]}`);
          if (item.deadline) details.push(`${w.deadline}: “${lang === 'km' ? item.deadline.km : item.deadline.text}”`);
          li.append(el('div', details.join(' · '), { class: 'm' }));
          list.append(li);
        }
        section.append(data.obligations.length ? list : el('p', w.none));
        if (index.parts.length > 1) {
          const more = el('p', '', { class: 'm' });
          more.append(el('a', w.more, { href: index.parts[1].page[lang] }));
          section.append(more);
        }
        section.append(el('p', w.source, { class: 'm' }));
        root.replaceChildren(section);
      } catch {
        root.replaceChildren(el('p', w.error));
      }
    }
  }
  if (!customElements.get('atlas-obligations')) customElements.define('atlas-obligations', AtlasObligations);
})();
