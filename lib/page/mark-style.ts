// Dotted and in the text's own colour, so it reads on light and dark pages alike.
const markCss = '::highlight(lead-viewer) { text-decoration: underline dotted; }';

export interface MarkStyle {
  /** Adopts the sheet again if the page replaced `document.adoptedStyleSheets`. */
  refresh(): void;
  remove(): void;
}

function adopt(doc: Document, sheet: CSSStyleSheet): void {
  const sheets = doc.adoptedStyleSheets;
  if (sheets.includes(sheet)) {
    return;
  }

  // push() mutates the page's own array; assigning one built here fails through Firefox's Xrays.
  try {
    sheets.push(sheet);
  } catch {
    doc.adoptedStyleSheets = [...sheets, sheet];
  }
}

/**
 * Styles the marks from a constructed stylesheet: adopted sheets are not DOM nodes, so the page
 * DOM gains nothing but our one host element (CONTRACT C7).
 */
export function adoptMarkStyle(doc: Document): MarkStyle {
  if (typeof CSSStyleSheet !== 'function' || !Array.isArray(doc.adoptedStyleSheets)) {
    return { refresh: () => undefined, remove: () => undefined };
  }

  const sheet = new CSSStyleSheet();
  sheet.replaceSync(markCss);
  adopt(doc, sheet);

  return {
    refresh: () => adopt(doc, sheet),
    remove() {
      const index = doc.adoptedStyleSheets.indexOf(sheet);
      try {
        doc.adoptedStyleSheets.splice(index, index === -1 ? 0 : 1);
      } catch {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      }
    },
  };
}
